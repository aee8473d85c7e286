package cn.edu.hust.tjmc.site.source;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IgnoredFilesTest {

    @ParameterizedTest
    @ValueSource(strings = {"about.md~", "timeline.yaml.bak", "about.md.BAK", ".about.md.swp", ".#about.md",
            "#about.md#", "Thumbs.db", "desktop.ini", "Desktop.ini", ".DS_Store", "~$report.docx", "4913"})
    void backupAndSystemFilesAreIgnored(String name) {
        assertTrue(IgnoredFiles.isIgnored(name), name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"about.md", "timeline.yaml", "site.css", "favicon.svg", "backup-plan.md", "#1.md"})
    void theSitesOwnFilesAreNot(String name) {
        assertFalse(IgnoredFiles.isIgnored(name), name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"assets/.git/config", "assets/old~/site.css"})
    void everythingInAnIgnoredFolderIsIgnored(String file) {
        assertTrue(IgnoredFiles.isIgnored(Path.of("assets"), Path.of(file)), file);
    }
}
