package cn.edu.hust.tjmc.site.check;

import cn.edu.hust.tjmc.site.report.Problem;
import cn.edu.hust.tjmc.site.source.JBakeSettings;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;

/**
 * No symbolic link in the folders the site is made from. JBake follows links where the checks'
 * walks do not, so a link to a folder published files nobody checked, and a link to an absolute
 * path whatever the build machine can read. Links are refused where they are, before anything
 * reads through them.
 */
final class SymbolicLinkCheck {

    private SymbolicLinkCheck() {
    }

    static void check(Path projectDir, JBakeSettings settings, List<Problem> problems) {
        for (String folder : settings.sourceFolders()) {
            Path root = projectDir.resolve(folder);
            try {
                // walkFileTree does not follow links: each is visited as a file of its own
                Files.walkFileTree(root, new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                        if (attributes.isSymbolicLink()) {
                            problems.add(new Problem(projectDir.relativize(file), 0, 0, "", "is a symbolic link (a"
                                    + " shortcut to " + target(file) + "), which would publish files no check has"
                                    + " seen (expected the file or folder itself: copy it here instead of linking)"));
                        }
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path file, IOException e) {
                        return FileVisitResult.CONTINUE; // unreadable files are the readers' to report
                    }
                });
            } catch (IOException e) {
                // a folder that cannot be walked is reported by the checks that read it
            }
        }
    }

    private static String target(Path link) {
        try {
            return Files.readSymbolicLink(link).toString().replace('\\', '/');
        } catch (IOException e) {
            return "another place";
        }
    }
}
