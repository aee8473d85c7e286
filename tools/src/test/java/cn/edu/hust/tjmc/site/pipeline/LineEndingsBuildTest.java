package cn.edu.hust.tjmc.site.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.edu.hust.tjmc.site.ProjectCopy;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Editors on Windows save with CRLF line ends, and some editors add a byte-order mark: the same
 * sources saved either way build the same site, byte for byte.
 */
class LineEndingsBuildTest {

    @TempDir
    Path dir;

    @Test
    void sources_saved_with_crlf_and_a_byte_order_mark_build_the_same_site() throws IOException {
        Path lf = new ProjectCopy(dir.resolve("lf")).bake();
        ProjectCopy windows = new ProjectCopy(dir.resolve("crlf"));
        int converted = 0;
        for (String folder : List.of("content", "data")) {
            try (Stream<Path> files = Files.walk(windows.dir().resolve(folder))) {
                for (Path file : files.filter(path -> path.toString().matches(".*\\.(md|yaml)$")).toList()) {
                    String text = Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n")
                            .replace("\n", "\r\n");
                    Files.writeString(file, (converted % 2 == 0 ? "\uFEFF" : "") + text, StandardCharsets.UTF_8);
                    converted++;
                }
            }
        }
        assertTrue(converted > 5, "the fixture has pages and data files to convert");
        Path crlf = windows.bake();
        List<String> differ = new ArrayList<>();
        List<String> files = files(lf);
        assertEquals(files, files(crlf));
        for (String file : files) {
            if (Files.mismatch(lf.resolve(file), crlf.resolve(file)) != -1) {
                differ.add(file);
            }
        }
        assertEquals(List.of(), differ, "files that differ between the LF and the CRLF build");
    }

    private static List<String> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(file -> root.relativize(file).toString()).sorted().toList();
        }
    }
}
