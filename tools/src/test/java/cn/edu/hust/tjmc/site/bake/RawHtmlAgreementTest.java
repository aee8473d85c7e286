package cn.edu.hust.tjmc.site.bake;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.edu.hust.tjmc.site.ProjectCopy;
import cn.edu.hust.tjmc.site.check.PublishedHtmlCheck;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;
import org.jbake.model.DocumentModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The source check and the published-output check must agree: Markdown with raw HTML, generated
 * from pieces that have fooled one reader or another (CDATA, quotes left open, HTML in quotes and
 * lists, comments, raw-text elements), goes through the real renderer (JBake's Markdown engine
 * as the bake uses it); whatever the published check refuses in the result, the source check
 * must have refused too, so that an editor learns of it at the right line, in the right words.
 * (The source check may refuse more: links to missing pages, tags left open.)
 */
class RawHtmlAgreementTest {

    private static final String START = "<!--text:fuzz-->";
    private static final String END = "<!--/text:fuzz-->";
    private static final String[] PIECES = {
        "<meta http-equiv=\"refresh\" content=\"0;url=https://evil.example\">", "<![CDATA[ x > ", "]]>", "> ",
        "<div>", "</div>", "<p title=\"x>", "\"", "'", "**bold**", "<a href=\"https://example.org\">", "</a>",
        "<!--", "-->", "<em>", "</em>", "<form action=\"https://evil.example\">", "<input name=\"p\">",
        "<details>", "</details>", "<table><tr><td>", "</td></tr></table>", "- ", "1. ", "    ", "<br>", "`",
        "```\n", "<span title='a", "<x-y>", "<svg>", "<noscript>", "<textarea>", "&lt;", "<", ">", "<?php ?>",
        "</p>", "<p>", "<script>", "</script>", "<style>", "text", "# ", "[a](about.html)", "<img alt=\"\" src=",
        "javascript:alert(1)", "<a href=", "<iframe>", "<object>", "<title>", "<plaintext>", "<xmp>", "|a|b|\n|-|-|\n",
    };
    private static final String[] GLUE = {"", " ", "\n", "\n\n", "\n> ", "\n- "};

    @TempDir
    Path dir;

    @Test
    void whatever_the_published_check_refuses_the_source_check_refused_first() throws IOException {
        ProjectCopy project = new ProjectCopy(dir.resolve("project"));
        Path page = project.dir().resolve("content/covid-19.md");
        String original = Files.readString(page, StandardCharsets.UTF_8);
        String header = original.substring(0, original.indexOf("\n---\n") + "\n---\n".length());
        JBakeConfiguration config = new JBakeConfigurationFactory().createDefaultJbakeConfiguration(
                project.dir().toFile(), dir.resolve("out").toFile(), false);
        List<String> texts = new ArrayList<>(List.of(
                "<![CDATA[ x > <meta http-equiv=\"refresh\" content=\"0;url=https://evil.example\"> ]]>",
                "> <div title=\"\n> \"><meta http-equiv=\"refresh\" content=\"0;url=https://evil.example\"></div>",
                "<div title=\"x\n\n**a** <meta http-equiv=\"refresh\" content=\"0;url=https://evil.example\">\n",
                "- <div>\n  <form action=\"https://evil.example\"><input></form></div>"));
        Random random = new Random(16);
        for (int i = 0; i < 80; i++) {
            StringBuilder text = new StringBuilder();
            for (int n = 1 + random.nextInt(6); n > 0; n--) {
                text.append(PIECES[random.nextInt(PIECES.length)]).append(GLUE[random.nextInt(GLUE.length)]);
            }
            texts.add(text.toString());
        }
        List<String> disagreements = new ArrayList<>();
        for (String text : texts) {
            Files.writeString(page, header + text + "\n", StandardCharsets.UTF_8);
            DocumentModel document = new CheckedMarkdownEngine().parse(config, page.toFile());
            String html = "<!DOCTYPE html><html lang=\"en\"><head><title>t</title></head><body><main>" + START
                    + document.getBody() + END + "</main><footer><p>f</p></footer></body></html>";
            List<PublishedHtmlCheck.Finding> published = PublishedHtmlCheck.check(html, START, END);
            if (!published.isEmpty() && project.problems().isEmpty()) {
                disagreements.add(text.replace("\n", "\\n") + "  =>  " + published.get(0).message());
            }
        }
        assertEquals(List.of(), disagreements, "the source check let these through");
    }
}
