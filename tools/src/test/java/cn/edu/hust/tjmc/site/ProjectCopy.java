package cn.edu.hust.tjmc.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.edu.hust.tjmc.site.pipeline.AdminSite;
import cn.edu.hust.tjmc.site.pipeline.PhotoProcessor;
import cn.edu.hust.tjmc.site.pipeline.PrepareSite;
import cn.edu.hust.tjmc.site.pipeline.PublishSite;
import cn.edu.hust.tjmc.site.model.SiteSettings;
import cn.edu.hust.tjmc.site.report.SiteCheckException;
import cn.edu.hust.tjmc.site.check.SiteSourceReader;
import cn.edu.hust.tjmc.site.source.JBakeSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.jbake.app.Oven;
import org.jbake.app.configuration.JBakeConfigurationFactory;

/**
 * A site in a temporary folder for a test to edit and build: the fixture's content/ and data/
 * (src/test/resources/fixture-site, a fixed copy, so that no editor's change to the live
 * content can fail a test) with the project's own templates/, assets/ and jbake.properties.
 * The fixture has no mistakes (FixtureSiteTest proves it once, so that the copy does not run the
 * whole check for every test), so every problem a test sees is one its own edit made.
 */
public final class ProjectCopy {

    /** The repository root, from the system property {@code project.dir} that tools/pom.xml sets. */
    public static final Path REAL_PROJECT = Path.of(System.getProperty("project.dir",
            "system property project.dir is not set (tools/pom.xml sets it for surefire)"));

    private static final Path FIXTURE_SITE = resource("fixture-site");

    private final Path dir;

    /**
     * The fixture's photos as the build processes them (into its content-addressed cache), made
     * once for all copies and runs until the tools' target/ is cleaned: encoding them again for
     * every copy cost each bake of a fresh copy seconds.
     */
    private static final Path PHOTO_CACHE = REAL_PROJECT.resolve("tools/target/fixture-photo-cache");

    public ProjectCopy(Path dir) {
        this.dir = dir;
        copySources(dir);
        copy(fixturePhotoCache(), dir.resolve(PhotoProcessor.CACHE_FOLDER));
    }

    private static void copySources(Path dir) {
        JBakeSettings folders = JBakeSettings.read(REAL_PROJECT);
        // The fixture's own folders are named content/ and data/, whatever the project calls them.
        copy(FIXTURE_SITE.resolve("content"), dir.resolve(folders.contentFolder()));
        copy(FIXTURE_SITE.resolve("data"), dir.resolve(folders.dataFolder()));
        for (String part : List.of(folders.templateFolder(), folders.assetFolder(), JBakeSettings.FILE)) {
            copy(REAL_PROJECT.resolve(part), dir.resolve(part));
        }
        link(REAL_PROJECT.resolve(AdminSite.PINNED_FOLDER), dir.resolve(AdminSite.PINNED_FOLDER));
    }

    /**
     * The pinned CMS (5 MB), hard-linked rather than copied into every copy; {@link #write}
     * replaces a file rather than writing into it, so no test can change the project's own.
     */
    private static void link(Path from, Path to) {
        try (Stream<Path> files = Files.list(from)) {
            Files.createDirectories(to);
            for (Path file : files.toList()) {
                try {
                    Files.createLink(to.resolve(file.getFileName().toString()), file);
                } catch (IOException | UnsupportedOperationException e) {
                    Files.copy(file, to.resolve(file.getFileName().toString()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Made by preparing a throwaway copy as the build does; an empty cache if the fixture has mistakes (FixtureSiteTest names them). */
    private static synchronized Path fixturePhotoCache() {
        if (Files.isDirectory(PHOTO_CACHE)) {
            return PHOTO_CACHE;
        }
        try {
            Path scratch = Files.createTempDirectory("fixture-photos");
            try {
                copySources(scratch);
                PrepareSite.prepare(scratch, scratch.resolve("target/bake"),
                        SiteSettings.fromArguments(Map.of("site.host", "https://example.org")));
                Path made = Files.createTempDirectory(Files.createDirectories(PHOTO_CACHE.getParent()), "fixture-photo-cache");
                copy(scratch.resolve(PhotoProcessor.CACHE_FOLDER), made);
                try {
                    Files.move(made, PHOTO_CACHE, StandardCopyOption.ATOMIC_MOVE);
                } catch (IOException anotherRunMadeIt) {
                    delete(made);
                }
                return PHOTO_CACHE;
            } catch (SiteCheckException e) {
                return scratch.resolve("no-photo-cache");
            } finally {
                delete(scratch);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    public Path dir() {
        return dir;
    }

    /** Every problem the checks report now, as printed: "file:line:column: field: message". */
    public List<String> problems() {
        try {
            SiteSourceReader.read(dir);
            return List.of();
        } catch (SiteCheckException e) {
            return e.problems().stream().map(Object::toString).toList();
        }
    }

    /**
     * Checks and bakes the copy as the build does (for https://example.org), into target/bake;
     * fails the test if JBake reports an error.
     *
     * @return the bake folder
     */
    public Path bake() {
        Path bake = dir.resolve("target/bake");
        assertEquals(List.of(), prepareAndBake(dir, bake,
                SiteSettings.fromArguments(Map.of("site.host", "https://example.org"))));
        PublishSite.finishBake(dir, bake);
        return bake;
    }

    /**
     * The Maven build's first two steps, the one way every test takes them: PrepareSite, then
     * JBake as jbake-maven-plugin bakes ({@link #jbake}). PublishSite.finishBake or publish is the third.
     *
     * @return JBake's errors, none when the bake went well
     */
    public static List<Throwable> prepareAndBake(Path projectDir, Path bakeDir, SiteSettings settings) {
        PrepareSite.prepare(projectDir, bakeDir, settings);
        return jbake(projectDir, bakeDir);
    }

    /** JBake's bake of {@code projectDir} into {@code bakeDir}, as jbake-maven-plugin runs it; its errors. */
    public static List<Throwable> jbake(Path projectDir, Path bakeDir) {
        Oven oven = new Oven(new JBakeConfigurationFactory().createDefaultJbakeConfiguration(projectDir.toFile(),
                bakeDir.toFile(), true));
        oven.bake();
        return oven.getErrors();
    }

    /** The problems a test's edits made: the fixture itself has none. */
    public List<String> newProblems() {
        return problems();
    }

    /**
     * Rewrites one file; fails the test if the edit changes nothing, since it then tests nothing.
     *
     * @return the 1-based line of the first changed character: where the mistake now is, even
     *         if an editor's own change moved things around
     */
    public int edit(String file, UnaryOperator<String> change) {
        Path path = dir.resolve(file);
        try {
            String before = Files.readString(path, StandardCharsets.UTF_8);
            String after = change.apply(before);
            assertTrue(!after.equals(before), "the edit of " + file + " did not apply: has the file changed?");
            Files.delete(path);
            Files.writeString(path, after, StandardCharsets.UTF_8);
            int first = 0;
            while (first < before.length() && first < after.length() && before.charAt(first) == after.charAt(first)) {
                first++;
            }
            return (int) after.substring(0, first).chars().filter(c -> c == '\n').count() + 1;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void write(String file, byte[] bytes) {
        try {
            Files.createDirectories(dir.resolve(file).getParent());
            Files.deleteIfExists(dir.resolve(file));
            Files.write(dir.resolve(file), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void write(String file, String text) {
        write(file, text.getBytes(StandardCharsets.UTF_8));
    }

    private static Path resource(String name) {
        try {
            return Path.of(ProjectCopy.class.getClassLoader().getResource(name).toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void copy(Path from, Path to) {
        if (!Files.exists(from)) {
            return;
        }
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(file, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
