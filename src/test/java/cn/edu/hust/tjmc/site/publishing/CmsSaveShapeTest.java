package cn.edu.hust.tjmc.site.publishing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A save in the CMS changes only what was edited when the data files are already in the shape
 * Decap writes them (docs/CMS.md): .ci/lint/cms-yaml.cjs writes each as Decap 3.16.3 does (its
 * YAML library, yaml 1.10.2, the configuration's field order and comments) and finds nothing to
 * change in the fixture's. And the pinned CMS is the one npm publishes.
 */
class CmsSaveShapeTest {

    private static final String CONFIG = "target/site/admin/config.yml";

    /**
     * The fixture's data files, never the live ones: an editor's hand edit in another style is no
     * mistake (the next CMS save only rewrites it once), so it must not fail a developer test. The
     * live files were put in this shape once, with the command the message gives (docs/CMS.md).
     */
    @Test
    void theFixturesDataIsInTheShapeASaveWrites(@TempDir Path copy) throws Exception {
        Path fixture = CiLinters.projectDir().resolve("tools/src/test/resources/fixture-site");
        Files.createDirectories(copy.resolve("data"));
        Files.createDirectories(copy.resolve("content"));
        try (var files = Files.list(fixture.resolve("data"))) {
            for (Path file : files.toList()) {
                Files.copy(file, copy.resolve("data").resolve(file.getFileName()));
            }
        }
        CiLinters.Run run = CiLinters.node("cms-yaml.cjs",
                List.of(CiLinters.projectDir().resolve(CONFIG).toString(), copy.toString()));
        assertEquals(0, run.exitCode(), run.output());
    }

    /** A file a save would rewrite is found (the script compares at all). */
    @Test
    void aFileInAnotherShapeIsFound(@TempDir Path copy) throws Exception {
        Path project = CiLinters.projectDir();
        Files.createDirectories(copy.resolve("data"));
        Files.createDirectories(copy.resolve("content"));
        Files.writeString(copy.resolve("data/key-figures.yaml"), Files.readString(project.resolve("data/key-figures.yaml"))
                .replace("  - value: 50+", "  - value: \"50+\""), StandardCharsets.UTF_8);
        for (String name : List.of("college", "labels", "partners", "timeline")) {
            Files.copy(project.resolve("data/" + name + ".yaml"), copy.resolve("data/" + name + ".yaml"));
        }
        CiLinters.Run run = CiLinters.node("cms-yaml.cjs", List.of(project.resolve(CONFIG).toString(), copy.toString()));
        assertEquals(1, run.exitCode(), run.output());
        assertEquals("data/key-figures.yaml: not in the shape a CMS save writes (run: node .ci/lint/cms-yaml.cjs"
                + " --write target/site/admin/config.yml .)\n", run.output());
    }

    /** npm's tarball of the pinned version has the integrity the pin records, and its script is cms/'s copy. */
    @Test
    void thePinnedScriptIsNpmsOwn(@TempDir Path download) throws Exception {
        Path project = CiLinters.projectDir();
        Properties pin = new Properties();
        try (var in = Files.newInputStream(project.resolve("cms/decap-cms.properties"))) {
            pin.load(in);
        }
        Process pack = new ProcessBuilder("npm", "pack", "--json", "--pack-destination", download.toString(),
                pin.getProperty("package") + "@" + pin.getProperty("version")).redirectErrorStream(false).start();
        String json = new String(pack.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, pack.waitFor(), json);
        assertTrue(json.contains("\"integrity\": \"" + pin.getProperty("tarball.integrity") + "\""), json);
        Process untar = new ProcessBuilder("tar", "-xzf", "decap-cms-" + pin.getProperty("version") + ".tgz",
                pin.getProperty("script")).directory(download.toFile()).inheritIO().start();
        assertEquals(0, untar.waitFor());
        assertEquals(-1L, Files.mismatch(download.resolve(pin.getProperty("script")), project.resolve("cms/decap-cms.js")));
    }
}
