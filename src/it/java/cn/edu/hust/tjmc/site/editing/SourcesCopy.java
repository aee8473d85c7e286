package cn.edu.hust.tjmc.site.editing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Copies the project's sources (which the build has just accepted) to a folder, for a test to edit. */
final class SourcesCopy {

    static final Path PROJECT = Path.of(System.getProperty("project.dir"));

    private SourcesCopy() {
    }

    static void into(Path dir) throws IOException {
        for (String part : List.of("content", "data", "templates", "assets", "jbake.properties")) {
            Path from = PROJECT.resolve(part);
            try (Stream<Path> files = Files.walk(from)) {
                for (Path file : files.toList()) {
                    Path target = dir.resolve(part).resolve(from.relativize(file).toString());
                    if (Files.isDirectory(file)) {
                        Files.createDirectories(target);
                    } else {
                        Files.createDirectories(target.getParent());
                        Files.copy(file, target);
                    }
                }
            }
        }
    }
}
