package cn.edu.hust.tjmc.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.edu.hust.tjmc.site.check.SiteSourceReader;
import cn.edu.hust.tjmc.site.report.SiteCheckException;
import cn.edu.hust.tjmc.site.source.JBakeSettings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * bench/generate_site.py, the benchmark's scaler, writes sites the checks accept: a benchmark
 * that measures a build stopping at its first check measures nothing, and one that nothing runs
 * rots (it once wrote "USA" and "Korea" as countries, and events in countries none of their
 * partners was in). The scaler runs on the fixture site, as every test does, at 10x.
 */
class BenchScalerTest {

    private static final int SCALE = 10;

    @TempDir
    Path temp;

    @Test
    void theScaledSitePassesTheChecks() throws IOException, InterruptedException {
        Path source = new ProjectCopy(Files.createDirectory(temp.resolve("source"))).dir();
        // the project's templates, assets and jbake.properties; the scaler replaces content/ and data/
        Path scaled = new ProjectCopy(Files.createDirectory(temp.resolve("scaled"))).dir();
        JBakeSettings folders = JBakeSettings.read(scaled);

        String output = runScaler(source, scaled);

        List<String> problems;
        try {
            SiteSourceReader.read(scaled);
            problems = List.of();
        } catch (SiteCheckException e) {
            problems = e.problems().stream().map(Object::toString).toList();
        }
        assertEquals(List.of(), problems.stream().limit(20).toList(),
                problems.size() + " mistakes in the scaled site, the first 20 shown");
        long fixturePages = countPages(source.resolve(folders.contentFolder()));
        assertEquals(SCALE * fixturePages, countPages(scaled.resolve(folders.contentFolder())), output);
    }

    private static String runScaler(Path source, Path scaled) throws IOException, InterruptedException {
        Path script = ProjectCopy.REAL_PROJECT.resolve("bench/generate_site.py");
        Process process;
        try {
            process = new ProcessBuilder("python3", script.toString(), source.toString(), String.valueOf(SCALE),
                    scaled.toString()).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new AssertionError("python3 is needed to run bench/generate_site.py (Debian: apt-get install python3 python3-yaml)", e);
        }
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(2, TimeUnit.MINUTES), "the scaler did not end within 2 minutes");
        assertEquals(0, process.exitValue(), "bench/generate_site.py failed (it needs PyYAML: python3-yaml):\n" + output);
        return output;
    }

    private static long countPages(Path content) throws IOException {
        try (Stream<Path> files = Files.list(content)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".md")).count();
        }
    }
}
