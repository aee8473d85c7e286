package cn.edu.hust.tjmc.site.architecture;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The tools' packages are the stages of a build, and each imports only from the stages
 * before it (docs/ARCHITECTURE.md): report, source, check, model, pipeline, bake, preview.
 */
class ArchitectureTest {

    private static final String ROOT = "cn.edu.hust.tjmc.site";
    private static final JavaClasses TOOLS = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);

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
