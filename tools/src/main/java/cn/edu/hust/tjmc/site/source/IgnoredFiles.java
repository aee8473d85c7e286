package cn.edu.hust.tjmc.site.source;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

/**
 * Files that editors' programs and operating systems leave beside the sources: backups,
 * swap and lock files, folder thumbnails. They are not the site's, so the checks, the
 * published site and the preview's watcher all pass over them, by this one rule.
 */
public final class IgnoredFiles {

    /** Windows' and macOS' folder files whose names do not start with a dot. */
    private static final Set<String> SYSTEM_FILES = Set.of("thumbs.db", "ehthumbs.db", "desktop.ini", "icon\r");
    private static final Set<String> BACKUP_ENDINGS = Set.of("~", ".bak", ".swp", ".swo", ".swx", ".tmp");

    private IgnoredFiles() {
    }

    /**
     * Hidden files (.DS_Store, Emacs' .#page.md locks, vim's .page.md.swp; JBake skips hidden
     * pages too), backups (page.md~, page.md.bak), Emacs' #page.md#, LibreOffice's and Office's
     * ~$ and ~lock files, vim's write test file 4913, and the system files above.
     */
    public static boolean isIgnored(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return name.startsWith(".") || name.startsWith("~$") || name.startsWith("#") && name.endsWith("#")
                || name.equals("4913") || SYSTEM_FILES.contains(lower)
                || BACKUP_ENDINGS.stream().anyMatch(lower::endsWith);
    }

    /** True when the file or any folder between {@code root} and it is ignored. */
    public static boolean isIgnored(Path root, Path file) {
        for (Path part : root.relativize(file)) {
            if (isIgnored(part.toString())) {
                return true;
            }
        }
        return false;
    }
}
