package cn.edu.hust.tjmc.site.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.edu.hust.tjmc.site.ProjectCopy;
import cn.edu.hust.tjmc.site.model.SiteSettings;
import cn.edu.hust.tjmc.site.report.SiteCheckException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** jbake.properties names the source folders once; renamed there, they are renamed for the whole build. */
class SourceFoldersRenameTest {

    private static final SiteSettings SETTINGS = new SiteSettings("https://example.org", Optional.empty(),
            Optional.empty());

    @TempDir
    Path dir;

    @Test
    void theBuildFollowsFoldersRenamedInJBakeProperties() throws IOException {
        Path project = new ProjectCopy(dir.resolve("project")).dir();
        for (String[] rename : List.of(new String[] {"content", "pages"}, new String[] {"data", "yaml"},
                new String[] {"templates", "layouts"}, new String[] {"assets", "static"})) {
            Files.move(project.resolve(rename[0]), project.resolve(rename[1]));
        }
        Path properties = project.resolve("jbake.properties");
        String renamed = Files.readString(properties)
                .replaceFirst("(?m)^content\\.folder=.*$", "content.folder=pages")
                .replaceFirst("(?m)^site\\.data\\.folder=.*$", "site.data.folder=yaml")
                .replaceFirst("(?m)^template\\.folder=.*$", "template.folder=layouts")
                .replaceFirst("(?m)^asset\\.folder=.*$", "asset.folder=static");
        assertEquals(4, renamed.lines().filter(line -> line.matches("[a-z.]*folder=(pages|yaml|layouts|static)"))
                .count(), renamed);
        Files.writeString(properties, renamed);

        Path bake = dir.resolve("bake");
        assertEquals(List.of(), ProjectCopy.prepareAndBake(project, bake, SETTINGS));
        Path site = dir.resolve("site");
        PublishSite.publish(project, bake, site);
        for (String file : List.of("index.html", "about.html", "timeline.html", "css/site.css", "js/timeline.js")) {
            assertTrue(Files.isRegularFile(site.resolve(file)), file);
        }

        Path college = project.resolve("yaml/college.yaml");
        Files.writeString(college, Files.readString(college).replaceFirst("(?m)^name: .*$", "name: [unclosed"));
        SiteCheckException e = assertThrows(SiteCheckException.class, () -> PrepareSite.prepare(project, bake, SETTINGS));
        assertTrue(e.problems().get(0).toString().startsWith("yaml/college.yaml:"), e.problems().toString());
    }
}
