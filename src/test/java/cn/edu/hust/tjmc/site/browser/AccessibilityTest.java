package cn.edu.hust.tjmc.site.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.edu.hust.tjmc.site.browser.Chromium.ColorScheme;
import cn.edu.hust.tjmc.site.browser.LocalSite.SitePage;
import cn.edu.hust.tjmc.site.templates.ComponentGallery;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * axe-core (bundled in its jar, nothing fetched) on every page, and on a page of every component
 * example, at a phone and a desktop width, in the light and the dark colour scheme, against
 * WCAG 2.2 level AA. Each page is loaded once and looked at in the four ways: the viewport and the
 * colour scheme change under it (media queries apply at once; the site's script reads neither, and
 * no colour is animated), which gives the results a reload would, at a quarter of the loads.
 */
@BrowserTest
class AccessibilityTest {

    private static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");
    private static final List<Integer> WIDTHS = List.of(375, 1280);
    private static final Axe AXE = new Axe(WCAG_TAGS);

    static List<SitePage> pages() {
        return LocalSite.pages();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void hasNoAxeViolationsAtEitherWidthInEitherScheme(SitePage page, LocalSite site) {
        assertNoViolations(site, site.url(page), page.toString());
    }

    /** Every example of every macro of components.ftl on one page, written now from the real templates. */
    @Test
    void componentExamplesHaveNoAxeViolationsAtEitherWidthInEitherScheme(LocalSite site) throws IOException {
        Document gallery = ComponentGallery.page(Path.of(System.getProperty("project.dir"), "templates"), "../css/site.css");
        URI url = site.serveTestPage("component-examples.html", gallery.outerHtml());
        assertNoViolations(site, url, "component examples");
    }

    /**
     * The runner itself: text without contrast in the dark scheme on a wide screen only is a
     * violation in that view alone, so each view is looked at as it is (the page is not reloaded).
     */
    @Test
    void aViolationIsFoundInTheOneViewThatHasIt(LocalSite site) throws IOException {
        site.serveTestPage("dark-wide.css",
                "@media (prefers-color-scheme: dark) and (min-width: 1000px) { p { color: #777; background: #888; } }");
        URI url = site.serveTestPage("dark-wide.html", "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<title>Contrast</title><link rel=\"stylesheet\" href=\"dark-wide.css\"></head>"
                + "<body><main><h1>Contrast</h1><p>Grey on grey.</p></main></body></html>");
        Map<String, List<String>> found = new LinkedHashMap<>();
        violationsByView(site, url).forEach((view, rules) -> found.put(view, rules.stream().map(Rule::getId).toList()));
        assertEquals(Map.of("375 px, light scheme", List.of(), "375 px, dark scheme", List.of(),
                "1280 px, light scheme", List.of(), "1280 px, dark scheme", List.of("color-contrast")), found);
    }

    private static void assertNoViolations(LocalSite site, URI url, String what) {
        List<String> found = new ArrayList<>();
        violationsByView(site, url).forEach((view, violations) -> {
            if (!violations.isEmpty()) {
                found.add(violations.size() + " axe violation(s) on " + what + " at " + view + " (" + url + "):\n"
                        + describe(violations));
            }
        });
        assertTrue(found.isEmpty(), () -> String.join("\n", found));
    }

    /** The page loaded once, then axe at each width in each colour scheme: its violations by "375 px, dark scheme". */
    private static Map<String, List<Rule>> violationsByView(LocalSite site, URI url) {
        Chromium chromium = site.chromium();
        chromium.emulate(WIDTHS.get(0), ColorScheme.LIGHT);
        chromium.open(url);
        AXE.inject(chromium);
        Map<String, List<Rule>> violations = new LinkedHashMap<>();
        for (int width : WIDTHS) {
            for (ColorScheme scheme : ColorScheme.values()) {
                chromium.emulate(width, scheme);
                Results results = AXE.run(chromium);
                String view = width + " px, " + scheme + " scheme";
                assertFalse(results.isErrored(), () -> "axe-core failed on " + url + " at " + view + ": " + results.getErrorMessage());
                assertTrue(results.getPasses() != null && !results.getPasses().isEmpty(),
                        "axe-core reported no rule at all on " + url + " at " + view + ": it did not run");
                violations.put(view, results.getViolations());
            }
        }
        return violations;
    }

    static String describe(List<Rule> violations) {
        return violations.stream().map(rule -> "  " + rule.getId() + " [" + rule.getImpact() + "] " + rule.getHelp()
                + "\n" + rule.getNodes().stream().map(AccessibilityTest::describe).collect(Collectors.joining("\n")))
                .collect(Collectors.joining("\n"));
    }

    private static String describe(CheckedNode node) {
        String summary = node.getFailureSummary() == null ? ""
                : node.getFailureSummary().replaceFirst("^Fix (any|all) of the following:", "").replaceAll("\\s+", " ").trim();
        return "    " + node.getTarget() + (summary.isEmpty() ? "" : " -- " + summary);
    }
}
