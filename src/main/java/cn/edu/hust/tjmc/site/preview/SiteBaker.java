package cn.edu.hust.tjmc.site.preview;

import cn.edu.hust.tjmc.site.build.PrepareSite;
import cn.edu.hust.tjmc.site.build.SiteFiles;
import cn.edu.hust.tjmc.site.check.Problem;
import cn.edu.hust.tjmc.site.check.SiteCheckException;
import cn.edu.hust.tjmc.site.model.SiteSettings;
import freemarker.core.ParseException;
import freemarker.template.TemplateException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jbake.app.Oven;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;

/**
 * Runs the build's checks and JBake in this JVM, each time into a new folder under
 * target/preview, so that a failed or half-done bake never replaces a good one. The JVM
 * stays warm between bakes, which is what makes a re-bake take tenths of a second.
 * Not thread-safe: OrientDB binds its database to the baking thread, so one thread bakes.
 */
public final class SiteBaker {

    /** Where the preview's bakes go; never watched, never published. */
    static final String PREVIEW_FOLDER = "target/preview";

    private final Path projectDir;
    private final Path previewDir;
    private final SiteSettings settings;
    private int count;

    public SiteBaker(Path projectDir, SiteSettings settings) {
        this.projectDir = projectDir.toAbsolutePath().normalize();
        this.previewDir = this.projectDir.resolve(PREVIEW_FOLDER);
        this.settings = settings;
        QuietLogging.apply();
    }

    /** Empties target/preview, left over from an earlier run. */
    public void clean() {
        SiteFiles.deleteRecursively(previewDir);
    }

    /** Checks and bakes into a fresh folder; on failure that folder is removed again. */
    public PreviewBake bake() {
        long start = System.nanoTime();
        Path bakeDir = previewDir.resolve("bake-" + (++count));
        List<String> errors = new ArrayList<>();
        try {
            // The same step as the build's generate-resources phase: checks, then the model.
            PrepareSite.prepare(projectDir, bakeDir, settings);
            JBakeConfiguration config = new JBakeConfigurationFactory()
                    .createDefaultJbakeConfiguration(projectDir.toFile(), bakeDir.toFile(), true);
            Oven oven = new Oven(config);
            oven.bake();
            oven.getErrors().forEach(error -> errors.add(describe(error)));
            if (errors.isEmpty() && !Files.isRegularFile(bakeDir.resolve("index.html"))) {
                errors.add("content/index.md:1:1: the bake made no index.html");
            }
        } catch (SiteCheckException e) {
            e.problems().stream().map(Problem::toString).forEach(errors::add);
        } catch (RuntimeException e) {
            errors.add(describe(e));
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        if (!errors.isEmpty()) {
            SiteFiles.deleteRecursively(bakeDir);
            return new PreviewBake(null, List.copyOf(errors), millis);
        }
        return new PreviewBake(bakeDir, List.of(), millis);
    }

    /** Removes every earlier bake except {@code keep}, which may still be serving requests. */
    public void removeBakesOtherThan(Path... keep) {
        List<Path> kept = Stream.of(keep).filter(path -> path != null).toList();
        if (!Files.isDirectory(previewDir)) {
            return;
        }
        try (Stream<Path> bakes = Files.list(previewDir)) {
            bakes.filter(path -> !kept.contains(path)).forEach(SiteFiles::deleteRecursively);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A template mistake in the form the checks use, {@code templates/x.ftl:line:column: message},
     * so editors and developers read one kind of line; other failures by their message.
     */
    static String describe(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof TemplateException template && template.getTemplateSourceName() != null) {
                return "templates/" + template.getTemplateSourceName() + ":" + template.getLineNumber() + ":"
                        + template.getColumnNumber() + ": " + summary(template.getMessageWithoutStackTop());
            }
            if (cause instanceof ParseException parse && parse.getTemplateName() != null) {
                return "templates/" + parse.getTemplateName() + ":" + parse.getLineNumber() + ":"
                        + parse.getColumnNumber() + ": " + summary(parse.getEditorMessage());
            }
        }
        Throwable root = error;
        while (root.getCause() != null && root.getMessage() == null) {
            root = root.getCause();
        }
        return "JBake: " + summary(root.getClass().getSimpleName() + ": " + root.getMessage());
    }

    /** Freemarker's first line is often only "The following has evaluated to null or missing:". */
    private static String summary(String text) {
        return text.lines().map(String::strip).filter(line -> !line.isEmpty()).limit(2)
                .reduce((first, second) -> first + " " + second).orElse("");
    }
}
