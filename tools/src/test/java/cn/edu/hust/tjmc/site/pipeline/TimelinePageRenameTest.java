package cn.edu.hust.tjmc.site.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.edu.hust.tjmc.site.ProjectCopy;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Page addresses come from the pages: renamed, the page with type=timeline takes every link to
 * an event with it (the links editors wrote in Markdown are theirs to follow; the link check
 * names each, see BrokenEditTest).
 */
class TimelinePageRenameTest {

    @Test
    void eventLinksFollowTheTimelinePageToItsNewName(@TempDir Path dir) throws Exception {
        ProjectCopy project = new ProjectCopy(dir);
        Files.move(dir.resolve("content/timeline.md"), dir.resolve("content/history.md"));
        // its translation goes with it, or it translates no page (TranslationCheckTest)
        Files.move(dir.resolve("content/zh/timeline.md"), dir.resolve("content/zh/history.md"));
        // the pages and their translations: links in both are checked
        try (Stream<Path> pages = Stream.concat(Files.list(dir.resolve("content")), Files.list(dir.resolve("content/zh")))) {
            for (Path page : pages.filter(file -> file.toString().endsWith(".md")).toList()) {
                String text = Files.readString(page, StandardCharsets.UTF_8);
                Files.writeString(page, text.replace("(timeline.html", "(history.html"), StandardCharsets.UTF_8);
            }
        }
        assertEquals(List.of(), project.problems(), "the editor followed every link of the renamed page");

        Path bake = project.bake();

        assertTrue(Files.exists(bake.resolve("history.html")));
        assertFalse(Files.exists(bake.resolve("timeline.html")));
        List<String> eventLinks = new ArrayList<>();
        for (String page : List.of("index.html", "partners.html", "conferences.html")) {
            Document html = Jsoup.parse(bake.resolve(page).toFile(), "UTF-8");
            for (Element link : html.select("main a[href]")) {
                String href = link.attr("href");
                assertFalse(href.startsWith("timeline.html"), page + " still links to " + href);
                if (href.startsWith("history.html#")) {
                    eventLinks.add(page);
                }
            }
        }
        assertTrue(eventLinks.containsAll(List.of("index.html", "partners.html", "conferences.html")),
                "each page links events on history.html: " + eventLinks);
        Document history = Jsoup.parse(bake.resolve("history.html").toFile(), "UTF-8");
        assertFalse(history.select("article.tjmc-event a[href^=partners.html#]").isEmpty(),
                "events link their partners");
    }

    @Test
    void renamingTheTimelinePageAloneIsReportedAtEachLinkToIt(@TempDir Path dir) throws IOException {
        ProjectCopy project = new ProjectCopy(dir);
        Files.move(dir.resolve("content/timeline.md"), dir.resolve("content/history.md"));
        // its translation goes with it, or it translates no page (TranslationCheckTest)
        Files.move(dir.resolve("content/zh/timeline.md"), dir.resolve("content/zh/history.md"));

        List<String> problems = project.problems();

        assertFalse(problems.isEmpty());
        assertTrue(problems.stream().allMatch(problem -> problem.matches("content/(zh/)?[a-z0-9-]+\\.md:\\d+:\\d+: .*")
                && problem.contains("'timeline.html") && problem.contains("leads to no page")), problems.toString());
    }
}
