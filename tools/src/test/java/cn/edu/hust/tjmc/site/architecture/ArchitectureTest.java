package cn.edu.hust.tjmc.site.architecture;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import cn.edu.hust.tjmc.site.report.SiteCheckException;
import com.tngtech.archunit.ArchConfiguration;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The tools' packages are the stages of a build, and each imports only from the stages
 * before it (docs/ARCHITECTURE.md): report, source, check, model, pipeline, bake, preview.
 */
class ArchitectureTest {

    private static final String ROOT = "cn.edu.hust.tjmc.site";
    private static final JavaClasses TOOLS = importTools();

    /**
     * Only the tools' own classes, from their folder: the rules are about their packages. Finding
     * a package on the class path opens every jar, and following each dependency into the
     * libraries (ArchUnit's default) reads them too: most of a minute.
     */
    private static JavaClasses importTools() {
        ArchConfiguration.get().setResolveMissingDependenciesFromClassPath(false);
        try {
            Path classes = Path.of(SiteCheckException.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return new ClassFileImporter().importPath(classes);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        } finally {
            ArchConfiguration.get().reset();
        }
    }

    @Test
    void noPackageCycles() {
        slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(TOOLS);
    }

    @Test
    void eachStageImportsOnlyTheStagesBeforeIt() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("report").definedBy(ROOT + ".report..")
                .layer("source").definedBy(ROOT + ".source..")
                .layer("check").definedBy(ROOT + ".check..")
                .layer("model").definedBy(ROOT + ".model..")
                .layer("pipeline").definedBy(ROOT + ".pipeline..")
                .layer("bake").definedBy(ROOT + ".bake..")
                .layer("preview").definedBy(ROOT + ".preview..")
                .whereLayer("preview").mayNotBeAccessedByAnyLayer()
                .whereLayer("bake").mayOnlyBeAccessedByLayers("preview")
                .whereLayer("pipeline").mayOnlyBeAccessedByLayers("bake", "preview")
                .whereLayer("model").mayOnlyBeAccessedByLayers("pipeline", "bake", "preview")
                .whereLayer("check").mayOnlyBeAccessedByLayers("pipeline", "bake", "preview")
                .whereLayer("source").mayOnlyBeAccessedByLayers("check", "model", "pipeline", "bake", "preview")
                .check(TOOLS);
    }

    @Test
    void everyClassIsInAStage() {
        com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes()
                .should().resideInAnyPackage(ROOT + ".report", ROOT + ".source", ROOT + ".check", ROOT + ".model",
                        ROOT + ".pipeline", ROOT + ".bake", ROOT + ".preview")
                .check(TOOLS);
    }
}
