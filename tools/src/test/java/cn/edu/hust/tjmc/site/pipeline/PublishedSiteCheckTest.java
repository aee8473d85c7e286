package cn.edu.hust.tjmc.site.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.edu.hust.tjmc.site.ProjectCopy;
import cn.edu.hust.tjmc.site.model.SiteSettings;
import cn.edu.hust.tjmc.site.report.Problem;
import cn.edu.hust.tjmc.site.report.SiteCheckException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What is published is what was checked: the bake of a fixture copy, held to the list of
 * published files and parsed as browsers parse it, including what the source checks cannot see.
 */
class PublishedSiteCheckTest {

    @TempDir
    Path dir;

    /** Prepares and bakes as the Maven build does, without the last step. */
    private static Path prepareAndBake(ProjectCopy project) {
        Path bake = project.dir().resolve("target/bake");
        assertEquals(List.of(), ProjectCopy.prepareAndBake(project.dir(), bake,
                SiteSettings.fromArguments(Map.of("site.host", "https://example.org"))));
        return bake;
    }

    private static List<String> finish(ProjectCopy project, Path bake) {
        try {
            PublishSite.finishBake(project.dir(), bake);
            return List.of();
        } catch (SiteCheckException e) {
            return e.problems().stream().map(Problem::toString).toList();
        }
    }

    @Test
    void a_clean_bake_passes_and_loses_its_marks() throws IOException {
        ProjectCopy project = new ProjectCopy(dir.resolve("project"));
        Path bake = prepareAndBake(project);
        String marked = Files.readString(bake.resolve("about.html"));
        assertTrue(marked.contains("<!--text:"), "the bake marks the page's text");
        assertEquals(List.of(), finish(project, bake));
        assertFalse(Files.readString(bake.resolve("about.html")).contains("text:"), "the marks are taken out");
    }

    @Test
    void a_file_no_list_names_stops_the_build_at_its_path() throws IOException {
        ProjectCopy project = new ProjectCopy(dir.resolve("project"));
        Path bake = prepareAndBake(project);
        Files.writeString(bake.resolve("payload.js"), "alert(1)");
        List<String> problems = finish(project, bake);
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("target/bake/payload.js:"), problems.toString());
    }

    @Test
    void a_page_the_bake_dropped_stops_the_build() throws IOException {
        ProjectCopy project = new ProjectCopy(dir.resolve("project"));
        Path bake = prepareAndBake(project);
        Files.delete(bake.resolve("exchange.html"));
        List<String> problems = finish(project, bake);
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("content/exchange.md:1:1: the bake made no exchange.html"),
                problems.toString());
    }

    @Test
    void markup_the_source_check_did_not_see_is_found_in_the_published_page() throws IOException {
        ProjectCopy project = new ProjectCopy(dir.resolve("project"));
        Path bake = prepareAndBake(project);
        // as if the Markdown renderer had let it through: the published check reads the baked page alone
        Path about = bake.resolve("about.html");
        String page = Files.readString(about);
        int text = page.indexOf("<!--text:");
        int paragraph = page.indexOf("<p>", text);
        Files.writeString(about, page.substring(0, paragraph)
                + "<meta http-equiv=\"refresh\" content=\"0;url=https://evil.example\">" + page.substring(paragraph));
        List<String> problems = finish(project, bake);
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("content/about.md:9:1: <meta> is not allowed"), problems.toString());
        assertTrue(Files.readString(about).contains("<!--text:"), "a refused bake is left as it was");
    }

    @Test
    void a_symbolic_link_under_content_is_refused_before_anything_reads_through_it() throws IOException {
        ProjectCopy project = new ProjectCopy(dir.resolve("project"));
        Path outside = Files.createDirectories(dir.resolve("outside"));
        Files.writeString(outside.resolve("payload.js"), "alert(1)");
        Files.createSymbolicLink(project.dir().resolve("content/scripts"), outside);
        Files.createSymbolicLink(project.dir().resolve("assets/passwd"), Path.of("/etc/passwd"));
        assertEquals(List.of("assets/passwd:1:1: is a symbolic link (a shortcut to /etc/passwd), which would publish"
                        + " files no check has seen (expected the file or folder itself: copy it here instead of linking)",
                "content/scripts:1:1: is a symbolic link (a shortcut to " + outside.toString().replace('\\', '/')
                        + "), which would publish files no check has seen (expected the file or folder itself: copy it"
                        + " here instead of linking)"),
                project.problems().stream().sorted().toList());
    }

    @Test
    void header_values_with_spaces_or_quotes_are_read_alike_by_the_checks_and_the_bake()
            throws IOException {
        ProjectCopy project = new ProjectCopy(dir.resolve("project"));
        project.edit("content/about.md", text -> text.replace("title: International profile",
                "title:    International profile   ").replace("status: published", "status: 'published'"));
        assertEquals(List.of(), project.problems());
        Path bake = project.bake();
        assertTrue(Files.readString(bake.resolve("about.html")).contains("<h1>International profile</h1>"));
    }

    @Test
    void a_kill_between_the_renames_never_leaves_no_site() throws IOException {
        // a build stopped before it publishes: the site stays
        ProjectCopy project = new ProjectCopy(dir.resolve("project"));
        Path bake = prepareAndBake(project);
        Path site = project.dir().resolve("target/site");
        assertThrows(SiteCheckException.class, () -> {
            Files.writeString(bake.resolve("stray.txt"), "x");
            PublishSite.publish(project.dir(), bake, site);
        });
        assertFalse(Files.exists(site));
    }
}
