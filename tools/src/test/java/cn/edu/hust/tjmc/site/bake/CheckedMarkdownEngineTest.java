package cn.edu.hust.tjmc.site.bake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import cn.edu.hust.tjmc.site.ProjectCopy;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;
import org.jbake.model.DocumentModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What JBake receives from a page with YAML front matter: the same texts its old key=value header gave. */
class CheckedMarkdownEngineTest {

    private static final String BODY = "## International standards\n\nTJMC has made **great efforts**.\n";

    @TempDir
    Path dir;

    private DocumentModel parse(String text) throws IOException {
        Files.copy(ProjectCopy.REAL_PROJECT.resolve("jbake.properties"), dir.resolve("jbake.properties"));
        Files.createDirectories(dir.resolve("content"));
        Path page = dir.resolve("content/about.md");
        Files.writeString(page, text, StandardCharsets.UTF_8);
        JBakeConfiguration config = new JBakeConfigurationFactory().createDefaultJbakeConfiguration(
                dir.toFile(), dir.resolve("out").toFile(), false);
        return new CheckedMarkdownEngine().parse(config, page.toFile());
    }

    @Test
    void aConvertedPageGivesJBakeTheOldHeadersTextsAndTheSameBody() throws IOException {
        DocumentModel document = parse("---\ntitle: 'Profile: the college'\nnav_title: Profile\nnav_order: 2\n"
                + "description: How Tongji Medical College aligned with international standards.\n"
                + "type: page\nstatus: published\nrelated_event_kinds: [visit, agreement]\n---\n" + BODY);
        // what the old header "title=Profile: the college" ... "related_event_kinds=visit,agreement" gave
        Map<String, String> old = Map.of("title", "Profile: the college", "nav_title", "Profile", "nav_order", "2",
                "description", "How Tongji Medical College aligned with international standards.", "type", "page",
                "status", "published", "related_event_kinds", "visit,agreement");
        old.forEach((key, value) -> assertEquals(value, document.get(key), key));
        assertEquals("<h2><a href=\"#international-standards\" id=\"international-standards\">International"
                + " standards</a></h2>\n"
                + "<p>TJMC has made <strong>great efforts</strong>.</p>\n", document.getBody());
    }

    @Test
    void aPageWithAMistakeInItsHeaderIsNotBaked() throws IOException {
        assertNull(parse("title=About\ntype=page\nstatus=published\n~~~~~~\n" + BODY));
    }
}
