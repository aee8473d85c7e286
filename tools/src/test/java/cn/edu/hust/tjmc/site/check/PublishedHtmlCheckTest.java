package cn.edu.hust.tjmc.site.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.edu.hust.tjmc.site.check.PublishedHtmlCheck.Finding;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The published-page check on pages made up here: a template around one page text. */
class PublishedHtmlCheckTest {

    private static final String BEFORE = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
            + "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'self'\">\n<title>T</title>\n"
            + "<link rel=\"stylesheet\" href=\"css/site.css\">\n</head>\n<body>\n<main>\n<article>\n";
    private static final String AFTER = "\n</article>\n</main>\n<footer><p><a href=\"contact.html\">Contact</a></p>"
            + "</footer>\n<script src=\"js/timeline.js\"></script>\n</body>\n</html>\n";

    private static final String START = "<!--text:0123abcd-->";
    private static final String END = "<!--/text:0123abcd-->";

    private static List<Finding> check(String text) {
        return PublishedHtmlCheck.check(BEFORE + START + text + END + AFTER, START, END);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "<p>Plain <em>text</em> and <a href=\"about.html#x\">a link</a>.</p>",
            "<table><tr><td>a</td></tr></table>",
            "<p>An <img src=\"images/a.webp\" alt=\"a\"> and <a href=\"https://example.org\">out</a></p>",
            "<!-- a comment --><details><summary>More</summary><p>x</p></details>",
            "<p>Call <a href=\"tel:+862783692919\">us</a> or <a href=\"mailto:a@example.org\">write</a></p>",
            ""})
    void prose_passes(String text) {
        assertEquals(List.of(), check(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "<meta http-equiv=\"refresh\" content=\"0;url=https://evil.example\">",
            // jsoup reads CDATA in HTML content as text; a browser reads a bogus comment ending at the first '>'
            "<![CDATA[ x > <meta http-equiv=\"refresh\" content=\"0;url=https://evil.example\"> ]]>",
            "<form action=\"https://evil.example\"><input name=\"password\"></form>",
            "<p><a href=\"javascript:alert(1)\">x</a></p>",
            "<p><a href=\"java\tscript:alert(1)\">x</a></p>",
            "<img src=\"https://evil.example/track.gif\" alt=\"\">",
            "<img srcset=\"images/a.webp 1x, //evil.example/b.webp 2x\" alt=\"\">",
            "<p style=\"color:red\">x</p>",
            "<p onclick=\"x()\">x</p>",
            "<svg><a href=\"https://evil.example\">x</a></svg>",
            "<noscript><p>x</p></noscript>",
    })
    void refused_in_page_text(String text) {
        List<Finding> findings = check(text);
        assertTrue(!findings.isEmpty(), "nothing found in " + text);
        assertTrue(findings.stream().allMatch(Finding::inText), findings.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            // an open link is copied by the parser over the rest of the page
            "<p><b><a href=\"https://evil.example\">x",
            "<!-- swallows the rest",
            "<table><tr><td>left open",
            "</article></main><form action=\"https://evil.example\">",
    })
    void text_that_reaches_into_the_page_around_it(String text) {
        List<Finding> findings = check(text);
        assertTrue(!findings.isEmpty(), "nothing found in " + text);
        assertTrue(findings.stream().allMatch(Finding::inText), findings.toString());
    }

    @Test
    void templates_are_held_to_the_policy_too() {
        String html = BEFORE.replace("<title>", "<meta http-equiv=\"refresh\" content=\"0\"><title>") + AFTER;
        List<Finding> findings = PublishedHtmlCheck.check(html, START, END);
        assertEquals(1, findings.size(), findings.toString());
        assertTrue(!findings.get(0).inText());
    }

    @Test
    void a_text_the_marks_cannot_find_closed_is_refused() {
        // the end mark is swallowed: raw text to the end of the page
        List<Finding> findings = check("<textarea>");
        assertTrue(findings.stream().anyMatch(finding -> finding.message().contains("swallowed")), findings.toString());
    }

    @Test
    void a_forged_mark_in_the_text_changes_nothing() {
        // an editor cannot know the build's word; a mark with another word is a plain comment
        String text = "<!--/text:00000000--><meta http-equiv=\"refresh\" content=\"0\">";
        assertTrue(check(text).stream().anyMatch(Finding::inText));
    }
}
