package cn.edu.hust.tjmc.site.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.edu.hust.tjmc.site.ProjectCopy;
import cn.edu.hust.tjmc.site.model.SiteSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Backup and system files beside the sources, as editors' programs leave them: the checks
 * pass over them and the published site holds none of them, though JBake copies the ones
 * in assets/ and the non-page ones in content/.
 */
public class IgnoredFilesBuildTest {

    /** Scratch files in every source folder, with the text a page or data file would have. */
    public static final List<String> SCRATCH_FILES = List.of("content/about.md~", "content/.#about.md",
            "content/about.md.bak", "content/#about.md#", "content/Thumbs.db", "content/desktop.ini",
            "content/.DS_Store", "data/timeline.yaml.bak", "data/.timeline.yaml.swp", "data/Thumbs.db",
            "assets/css/site.css~", "assets/js/.DS_Store", "assets/desktop.ini", "templates/page.ftl.bak");

    @TempDir
    Path dir;

    @Test
    void theBuildPassesOverBackupAndSystemFiles() throws IOException {
        ProjectCopy project = new ProjectCopy(dir.resolve("project"));
        for (String file : SCRATCH_FILES) {
            project.write(file, "<#if broken>\nnot: [valid\n");
        }
        assertEquals(List.of(), project.problems(), "the checks pass over them");

        Path bake = dir.resolve("bake");
        assertEquals(List.of(), ProjectCopy.prepareAndBake(project.dir(), bake,
                new SiteSettings("https://example.org", Optional.empty(), Optional.empty())));
        Path site = dir.resolve("site");
        PublishSite.publish(project.dir(), bake, site);

        List<String> published;
        try (Stream<Path> files = Files.walk(site)) {
            published = files.filter(Files::isRegularFile).map(file -> site.relativize(file).toString()).toList();
        }
        assertTrue(published.contains("about.html") && published.contains("css/site.css")
                && published.contains(".htaccess"), "the site itself is there: " + published);
        for (String file : SCRATCH_FILES) {
            String name = Path.of(file).getFileName().toString();
            assertTrue(published.stream().noneMatch(path -> Path.of(path).getFileName().toString().equals(name)),
                    file + " is not published: " + published);
        }
    }
}
