package cn.edu.hust.tjmc.site.output;

import java.nio.file.Files;
import java.nio.file.Path;

/** Files of the project itself (system property {@code project.dir}, set by the pom's failsafe configuration). */
final class ProjectFiles {

    private ProjectFiles() {
    }

    static Path path(String relative) {
        String dir = System.getProperty("project.dir");
        if (dir == null) {
            throw new IllegalStateException("system property project.dir is needed (set by the pom's failsafe configuration)");
        }
        Path file = Path.of(dir).resolve(relative);
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException(file + " does not exist");
        }
        return file;
    }
}
