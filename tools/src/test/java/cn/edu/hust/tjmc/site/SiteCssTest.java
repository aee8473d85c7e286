package cn.edu.hust.tjmc.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.htmlunit.cssparser.parser.CSSErrorHandler;
import org.htmlunit.cssparser.parser.CSSOMParser;
import org.htmlunit.cssparser.parser.CSSParseException;
import org.htmlunit.cssparser.parser.InputSource;
import org.junit.jupiter.api.Test;

/**
 * The site's style sheet parses without a single error or warning. A browser drops a rule it
 * cannot parse without a word (a selector list that swallowed an @media block once dropped
 * the print rules for cards, events and partners). The parser is HtmlUnit's htmlunit-cssparser:
 * maintained with HtmlUnit, which parses the real web's CSS with it. Like ph-css, it reads
 * arithmetic only inside calc(), so site.css writes clamp(a, calc(b + c), d), which computes
 * the same as clamp(a, b + c, d).
 */
class SiteCssTest {

    private static final Path SITE_CSS = ProjectCopy.REAL_PROJECT.resolve("assets/css/site.css");

    @Test
    void siteCssHasNoSyntaxError() throws IOException {
        List<String> problems = new ArrayList<>();
        CSSOMParser parser = new CSSOMParser();
        parser.setErrorHandler(new CSSErrorHandler() {
            @Override
            public void warning(CSSParseException e) {
                problems.add(place(e) + ": " + e.getMessage());
            }

            @Override
            public void error(CSSParseException e) {
                problems.add(place(e) + ": " + e.getMessage());
            }

            @Override
            public void fatalError(CSSParseException e) {
                problems.add(place(e) + ": " + e.getMessage());
            }
        });
        try (Reader css = Files.newBufferedReader(SITE_CSS, StandardCharsets.UTF_8)) {
            int rules = parser.parseStyleSheet(new InputSource(css), SITE_CSS.toUri().toString()).getCssRules().getLength();
            assertTrue(rules > 10, "the sheet was read: " + rules + " rules");
        }
        assertEquals(List.of(), problems);
    }

    private static String place(CSSParseException e) {
        return "assets/css/site.css:" + e.getLineNumber() + ":" + e.getColumnNumber();
    }
}
