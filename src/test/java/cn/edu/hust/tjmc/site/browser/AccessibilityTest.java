package cn.edu.hust.tjmc.site.browser;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.edu.hust.tjmc.site.browser.Chromium.ColorScheme;
import cn.edu.hust.tjmc.site.browser.LocalSite.SitePage;
import cn.edu.hust.tjmc.site.templates.ComponentGallery;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * axe-core (bundled in its jar, nothing fetched) on every page, and on a page of every component
 * example, at a phone and a desktop width, in the light and the dark colour scheme, against
 * WCAG 2.2 level AA.
 */
@BrowserTest
class AccessibilityTest {

    private static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    static Stream<Arguments> pagesWidthsAndSchemes() {
        return LocalSite.pages().stream().flatMap(page -> Stream.of(375, 1280).flatMap(width -> Stream.of(ColorScheme.values())
                .map(scheme -> Arguments.of(page, width, scheme))));
    }

    static Stream<Arguments> widthsAndSchemes() {
        return Stream.of(375, 1280).flatMap(width -> Stream.of(ColorScheme.values()).map(scheme -> Arguments.of(width, scheme)));
    }

    @ParameterizedTest(name = "{0} at {1} px, {2}")
    @MethodSource("pagesWidthsAndSchemes")
    void hasNoAxeViolations(SitePage page, int width, ColorScheme scheme, LocalSite site) {
        assertNoViolations(site, site.url(page), page + " at " + width + " px, " + scheme + " scheme", width, scheme);
    }

    /** Every example of every macro of components.ftl on one page, written now from the real templates. */
    @ParameterizedTest(name = "component examples at {0} px, {1}")
    @MethodSource("widthsAndSchemes")
    void componentExamplesHaveNoAxeViolations(int width, ColorScheme scheme, LocalSite site) throws IOException {
        Document gallery = ComponentGallery.page(Path.of(System.getProperty("project.dir"), "templates"), "../css/site.css");
        URI url = site.serveTestPage("component-examples.html", gallery.outerHtml());
        assertNoViolations(site, url, "component examples at " + width + " px, " + scheme + " scheme", width, scheme);
    }

    private static void assertNoViolations(LocalSite site, URI url, String what, int width, ColorScheme scheme) {
        site.chromium().emulate(width, scheme);
        site.chromium().open(url);
        // Legacy mode runs axe in the page itself: the site has no frames, and it needs no second window.
        Results results = new AxeBuilder().withTags(WCAG_TAGS).setLegacyMode(true).analyze(site.chromium().driver());
        assertFalse(results.isErrored(), () -> "axe-core failed on " + url + ": " + results.getErrorMessage());
        assertTrue(results.getPasses() != null && !results.getPasses().isEmpty(), "axe-core reported no rule at all: it did not run");
        List<Rule> violations = results.getViolations();
        assertTrue(violations.isEmpty(), () -> violations.size() + " axe violation(s) on " + what + " (" + url + "):\n"
                + describe(violations));
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
