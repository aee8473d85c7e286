package cn.edu.hust.tjmc.site.report;

import java.nio.file.Path;

/** Paths as CI systems want them: from the repository root, with forward slashes. */
final class CiPaths {

    private CiPaths() {
    }

    static String slashed(Path path) {
        return path.toString().replace('\\', '/');
    }

    /**
     * The project folder's path from the repository root, "" or ending in "/": CI names files
     * from the repository's root, the checks from the project folder, which may be a sub-folder.
     */
    static String prefix(Path projectDir, String repositoryRoot) {
        if (repositoryRoot == null || repositoryRoot.isBlank()) {
            return "";
        }
        Path project = projectDir.toAbsolutePath().normalize();
        Path root = Path.of(repositoryRoot).toAbsolutePath().normalize();
        if (!project.startsWith(root) || project.equals(root)) {
            return "";
        }
        return slashed(root.relativize(project)) + "/";
    }
}
