package cn.edu.hust.tjmc.site.preview;

import cn.edu.hust.tjmc.site.build.PrepareSite;
import cn.edu.hust.tjmc.site.build.SiteFiles;
import cn.edu.hust.tjmc.site.check.Problem;
import cn.edu.hust.tjmc.site.check.SiteCheckException;
import cn.edu.hust.tjmc.site.model.SiteSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

    /** Freemarker: {@code Syntax error in template "x.ftl" in line 3, column 5:} and the reason on the next line. */
    private static final Pattern SYNTAX_ERROR =
            Pattern.compile("Syntax error in template \"([^\"]+)\" in line (\\d+), column (\\d+):\\s*(.*)");
    /** Freemarker: a line saying what failed, then {@code ==> expr  [in template "x.ftl" at line 3, column 5]}. */
    private static final Pattern EVALUATION_ERROR = Pattern.compile(
            "(.*)\n(.*?)\\s*\\[in template \"([^\"]+)\"(?: in macro \"[^\"]*\")? at line (\\d+), column (\\d+)\\]");

    private final Path projectDir;
    private final Path bakesDir;
    private final SiteSettings settings;
    private int count;

    public SiteBaker(Path projectDir, SiteSettings settings) {
        this(projectDir, PREVIEW_FOLDER, settings);
    }

    /** @param bakesFolder where the bakes go, relative to the project folder; must be under target/ */
    public SiteBaker(Path projectDir, String bakesFolder, SiteSettings settings) {
        this.projectDir = projectDir.toAbsolutePath().normalize();
        this.bakesDir = this.projectDir.resolve(bakesFolder);
        this.settings = settings;
        QuietLogging.apply();
    }

    /** Removes the bakes folder, left over from an earlier run. */
    public void clean() {
        SiteFiles.deleteRecursively(bakesDir);
    }

    /** Checks and bakes into a fresh folder; on failure that folder is removed again. */
    public PreviewBake bake() {
        long start = System.nanoTime();
        Path bakeDir = bakesDir.resolve("bake-" + (++count));
        List<String> errors = new ArrayList<>();
        try {
            // The same step as the build's generate-resources phase: checks, then the model.
            PrepareSite.prepare(projectDir, bakeDir, settings);
            JBakeConfiguration config = new JBakeConfigurationFactory()
                    .createDefaultJbakeConfiguration(projectDir.toFile(), bakeDir.toFile(), true);
            Oven oven = new Oven(config);
            oven.bake();
            if (!oven.getErrors().isEmpty()) {
                errors.addAll(describe(oven.getErrors()));
            }
            if (errors.isEmpty() && !Files.isRegularFile(bakeDir.resolve("index.html"))) {
                errors.add("content/index.md:1:1: the bake made no index.html");
            }
        } catch (SiteCheckException e) {
            e.problems().stream().map(Problem::toString).forEach(errors::add);
        } catch (RuntimeException e) {
            errors.addAll(describe(List.of(e)));
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
        if (!Files.isDirectory(bakesDir)) {
            return;
        }
        try (Stream<Path> bakes = Files.list(bakesDir)) {
            bakes.filter(path -> !kept.contains(path)).forEach(SiteFiles::deleteRecursively);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Template mistakes in the form the checks use, {@code templates/x.ftl:line:column: message},
     * one line per place however many pages (and JBake errors) it broke; other failures by their message.
     * JBake hands rendering failures over as text only (its exception keeps no causes), so
     * the places are read from Freemarker's wording.
     */
    static List<String> describe(List<Throwable> errors) {
        StringBuilder text = new StringBuilder();
        for (Throwable error : errors) {
            for (Throwable cause = error; cause != null; cause = cause.getCause()) {
                text.append(cause.getMessage()).append('\n');
            }
        }
        Set<String> syntaxErrors = new LinkedHashSet<>();
        Set<String> places = new LinkedHashSet<>();
        for (String failure : text.toString().split("Failed to render file ")) {
            Matcher syntax = SYNTAX_ERROR.matcher(failure);
            Matcher evaluation = EVALUATION_ERROR.matcher(failure);
            if (syntax.find()) {
                syntaxErrors.add("templates/" + syntax.group(1) + ":" + syntax.group(2) + ":" + syntax.group(3)
                        + ": syntax error: " + syntax.group(4).strip());
            } else if (evaluation.find()) {
                // The line before the place says what failed, after JBake's "<file>. Cause: <class>: ".
                String what = evaluation.group(1).replaceFirst("^.*?Exception: ", "")
                        .replaceFirst("^FTL stack trace.*", "");
                places.add("templates/" + evaluation.group(3) + ":" + evaluation.group(4) + ":" + evaluation.group(5)
                        + ": " + summary(what + "\n" + evaluation.group(2).replaceFirst("^- ", "")));
            }
        }
        // A template that does not parse breaks every template importing it; only its own line helps.
        if (!syntaxErrors.isEmpty()) {
            return List.copyOf(syntaxErrors);
        }
        if (places.isEmpty()) {
            errors.forEach(error -> places.add("JBake: " + summary(error.getClass().getSimpleName() + ": "
                    + error.getMessage())));
        }
        return List.copyOf(places);
    }

    /** Freemarker's first line is often only "The following has evaluated to null or missing:". */
    private static String summary(String text) {
        return text.lines().map(String::strip).filter(line -> !line.isEmpty()).limit(2)
                .reduce((first, second) -> first + " " + second).orElse("");
    }
}
