package cn.edu.hust.tjmc.site.pipeline;

import cn.edu.hust.tjmc.site.report.CiReports;
import cn.edu.hust.tjmc.site.report.Problem;
import cn.edu.hust.tjmc.site.report.Report;
import cn.edu.hust.tjmc.site.report.SiteCheckException;
import cn.edu.hust.tjmc.site.check.SiteSourceReader;
import cn.edu.hust.tjmc.site.check.TemplateCheck;
import cn.edu.hust.tjmc.site.source.JBakeSettings;
import cn.edu.hust.tjmc.site.source.SiteSources;
import cn.edu.hust.tjmc.site.model.SiteSettings;
import cn.edu.hust.tjmc.site.model.SiteViewFile;
import cn.edu.hust.tjmc.site.model.TemplateModel;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The step before JBake: checks everything editors wrote, writes the template model
 * (target/model/site.json, read by bake.SiteModelExtractor), empties the bake folder so
 * that nothing from an earlier build can linger, and writes the files made from settings and
 * policy rather than sources ({@link SiteOutput#ALL}: robots.txt, the security headers for each
 * kind of host).
 */
public final class PrepareSite {

    /** Where the template model is written, relative to the project folder. */
    public static final String MODEL_FOLDER = "target/model";
    public static final String MODEL_FILE = "site.json";
    /** The files this step writes into the bake, beside JBake's ({@link SiteOutput#ALL}). */
    static final Set<String> GENERATED_FILES = Stream.concat(SiteOutput.ALL.stream(),
            AdminSite.OUTPUTS.stream()).map(SiteOutput::path).collect(Collectors.toUnmodifiableSet());

    private PrepareSite() {
    }

    /** Arguments: project folder, bake folder, then --site.host=... and optional filing numbers. */
    public static void main(String[] args) {
        // before anything logs: the libraries' INFO and DEBUG lines are not for editors
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", "cn/edu/hust/tjmc/site/pipeline/logback-build.xml");
        }
        Path projectDir = Path.of(args[0]).toAbsolutePath();
        Path bakeDir = Path.of(args[1]).toAbsolutePath();
        Map<String, String> options = new HashMap<>();
        for (int i = 2; i < args.length; i++) {
            String[] option = args[i].replaceFirst("^--", "").split("=", 2);
            options.put(option[0], option.length > 1 ? option[1] : "");
        }
        // released by PublishSite, or left for the next build to find gone with this process
        BuildLock.acquire(projectDir, Duration.ofMinutes(10), System.out);
        try {
            SiteSources sources = prepare(projectDir, bakeDir, SiteSettings.fromArguments(options));
            CiReports.publish(List.of(), sources.warnings(), projectDir, System.getenv(), System.out);
            if (!sources.warnings().isEmpty()) {
                // plain lines, not Maven's [WARNING]: editors read them like the mistakes
                Report.print(System.err, warnings(sources.warnings()));
            }
        } catch (SiteCheckException e) {
            Report.print(System.err, report(e));
            CiReports.publish(e.problems(), List.of(), projectDir, System.getenv(), System.out);
            System.out.flush();
            BuildLock.release(projectDir);
            BuildEnd.fail(e.problems().size());
        }
    }

    /** @throws SiteCheckException when the sources have mistakes; nothing is written then */
    public static SiteSources prepare(Path projectDir, Path bakeDir, SiteSettings settings) {
        return prepare(projectDir, JBakeSettings.read(projectDir), bakeDir, settings);
    }

    /** @throws SiteCheckException when the sources have mistakes; nothing is written then */
    public static SiteSources prepare(Path projectDir, JBakeSettings jbake, Path bakeDir, SiteSettings settings) {
        SiteSources sources = prepare(projectDir, jbake, bakeDir, projectDir.resolve(MODEL_FOLDER).resolve(MODEL_FILE),
                PublishedFiles.newTextMark(), settings);
        SiteFiles.write(projectDir.resolve(SecurityHeaders.NGINX_SNIPPET), SecurityHeaders.nginx(settings));
        return sources;
    }

    /**
     * The same step with the model written to {@code modelFile}, in a folder of its own (emptied
     * first), and no nginx snippet: the preview's, so that a preview and a build running at once
     * never read each other's model (issue 16). {@code textMark} marks the pages' texts in the bake
     * (PublishedFiles): the preview keeps one as long as the pages JBake rendered with it.
     *
     * @throws SiteCheckException when the sources have mistakes; nothing is written then
     */
    public static SiteSources prepare(Path projectDir, JBakeSettings jbake, Path bakeDir, Path modelFile,
            String textMark, SiteSettings settings) {
        List<Problem> problems = new ArrayList<>();
        SiteSources sources = null;
        try {
            sources = SiteSourceReader.read(projectDir, jbake);
        } catch (SiteCheckException e) {
            problems.addAll(e.problems());
        }
        // Templates are parsed before the bake, so that one that does not parse is told like any mistake.
        problems.addAll(TemplateCheck.check(projectDir, jbake.templateFolder()));
        if (!problems.isEmpty()) {
            throw new SiteCheckException(problems);
        }
        PhotoProcessor.cacheAll(projectDir, sources.photos());
        SiteFiles.deleteRecursively(modelFile.getParent());
        SiteViewFile.write(modelFile, TemplateModel.buildAll(sources, settings));
        SiteFiles.deleteRecursively(bakeDir);
        List<SiteOutput> outputs = SiteOutput.of(settings);
        SiteOutput.Build build = new SiteOutput.Build(projectDir, jbake, settings);
        for (SiteOutput output : outputs) {
            SiteFiles.write(bakeDir.resolve(output.path()), output.content().apply(build));
        }
        PhotoProcessor.publish(projectDir, sources.photos(), bakeDir);
        PublishedFiles.of(projectDir, jbake, sources, outputs.stream().map(SiteOutput::path).toList(), textMark)
                .write(modelFile.resolveSibling(PublishedFiles.FILE));
        TranslationReport.write(modelFile.getParent(), sources.translationStatus());
        return sources;
    }

    /** The mistakes as editors read them: one per line, then what to do. */
    public static String report(SiteCheckException e) {
        return Report.text(e.problems());
    }

    /** What should be fixed but does not stop the build, one per line. */
    public static String warnings(List<Problem> warnings) {
        StringBuilder text = new StringBuilder(Report.warningsHeading(warnings.size())).append(":\n");
        for (Problem warning : warnings.stream().sorted().toList()) {
            text.append(Report.warningLine("  ", warning)).append('\n');
        }
        return text.toString().stripTrailing();
    }
}
