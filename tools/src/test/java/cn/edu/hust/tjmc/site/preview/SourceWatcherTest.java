package cn.edu.hust.tjmc.site.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.edu.hust.tjmc.site.ProjectCopy;
import cn.edu.hust.tjmc.site.preview.SourceWatcher.Mode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the watcher takes for a source, whichever system reports the change. On Windows and
 * macOS one registration covers the whole project, target/ included, so every path is sorted
 * here; SitePreviewTest covers Linux's notifications end to end.
 */
class SourceWatcherTest {

    @TempDir
    Path dir;

    @Test
    void eachSystemGetsItsOwnNotifications() {
        assertEquals(Mode.PER_FOLDER, Mode.forSystem("Linux"));
        assertEquals(Mode.FILE_TREE, Mode.forSystem("Windows 11"));
        assertEquals(Mode.FILE_TREE, Mode.forSystem("Windows Server 2022"));
        assertEquals(Mode.FSEVENTS, Mode.forSystem("Mac OS X"));
        assertEquals(Mode.PER_FOLDER, Mode.forSystem("FreeBSD"));
    }

    /** The paths a recursive registration of the project reports: only sources may start a bake. */
    @Test
    void onlySourcesCount() throws Exception {
        Path project = new ProjectCopy(dir).dir().toAbsolutePath().normalize();
        try (SourceWatcher watcher = new SourceWatcher(project, Mode.PER_FOLDER)) {
            for (String source : List.of("content/about.md", "content/photos/new.jpg", "data/college.yaml",
                    "templates/page.ftl", "assets/css/site.css", "content", "jbake.properties", "content/new-folder")) {
                assertTrue(watcher.isSource(project.resolve(source)), source);
            }
            for (String other : List.of("target/preview/bake-2/about.html", "target/model/site.json", "notes.txt",
                    ".git/index", "content/.about.md.swp", "content/about.md~", "data/.DS_Store",
                    "content/photos/Thumbs.db", "tools/pom.xml", "target")) {
                assertFalse(watcher.isSource(project.resolve(other)), other);
            }
            assertFalse(watcher.isSource(project), "the project folder itself");
            assertFalse(watcher.isSource(project.getParent().resolve("elsewhere/content/about.md")));
        }
    }

    /** An overflow (lost events) bakes only if a source differs: never for the bake's own files under target/. */
    @Test
    void overflowIsCheckedAgainstTheSources() throws Exception {
        Path project = new ProjectCopy(dir).dir().toAbsolutePath().normalize();
        try (SourceWatcher watcher = new SourceWatcher(project, Mode.PER_FOLDER)) {
            Map<Path, String> before = watcher.scanSources();
            Files.createDirectories(project.resolve("target/preview/bake-1"));
            Files.writeString(project.resolve("target/preview/bake-1/about.html"), "baked");
            Files.writeString(project.resolve("content/.about.md.swp"), "vim's");
            assertTrue(before.equals(watcher.scanSources()), "bakes and scratch files change no source");

            Path page = project.resolve("content/about.md");
            Files.setLastModifiedTime(page, FileTime.from(Instant.parse("2030-01-01T00:00:00Z")));
            assertFalse(before.equals(watcher.scanSources()), "a saved page does");
        }
    }
}
