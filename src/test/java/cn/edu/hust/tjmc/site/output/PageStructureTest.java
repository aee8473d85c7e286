package cn.edu.hust.tjmc.site.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.edu.hust.tjmc.site.BuiltSite;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What every page needs to be found, understood and navigated: a language, a title and a
 * description of its own, one h1, the landmarks, the current page marked in the navigation;
 * and the site files around the pages: 404.html, a complete sitemap.xml and robots.txt.
 */
class PageStructureTest {

    static final String NOT_FOUND_PAGE = InternalLinksTest.NOT_FOUND_PAGE;


    @ParameterizedTest(name = "{0}")
    @MethodSource(BuiltSite.ALL_PAGES)
    void pageHasLanguageTitleDescriptionAndOneH1(String page) {
        Document document = BuiltSite.fromSystemProperties().parse(page);
        List<String> problems = new ArrayList<>();
        if (document.selectFirst("html").attr("lang").isBlank()) {
            problems.add("<html> has no lang");
        }
        Elements titles = document.select("title");
        if (titles.size() != 1 || titles.get(0).text().isBlank()) {
            problems.add("needs exactly one non-empty <title>, has " + titles.size() + ": " + titles.eachText());
        }
        Elements descriptions = document.select("meta[name=description]");
        if (descriptions.size() != 1 || descriptions.get(0).attr("content").isBlank()) {
            problems.add("needs exactly one non-empty <meta name=\"description\">, has " + descriptions.size());
        }
        Elements h1 = document.select("h1");
        if (h1.size() != 1 || h1.get(0).text().isBlank()) {
            problems.add("needs exactly one non-empty <h1>, has " + h1.size() + ": " + h1.eachText());
        }
        assertTrue(problems.isEmpty(), () -> page + ":\n  " + String.join("\n  ", problems));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(BuiltSite.ALL_PAGES)
    void pageHasLandmarks(String page) {
        Document document = BuiltSite.fromSystemProperties().parse(page);
        List<String> problems = new ArrayList<>();
        // header and footer are the page's banner and contentinfo only outside sectioning content
        String sectioning = "main, article, aside, nav, section";
        if (document.select("header").stream().noneMatch(header -> header.closest(sectioning) == null)) {
            problems.add("no page-level <header> (banner landmark)");
        }
        if (document.select("footer").stream().noneMatch(footer -> footer.closest(sectioning) == null)) {
            problems.add("no page-level <footer> (contentinfo landmark)");
        }
        if (document.select("nav").isEmpty()) {
            problems.add("no <nav>");
        }
        if (document.select("main").size() != 1) {
            problems.add("needs exactly one <main>, has " + document.select("main").size());
        }
        assertTrue(problems.isEmpty(), () -> page + ":\n  " + String.join("\n  ", problems));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(BuiltSite.ALL_PAGES)
    void navigationMarksTheCurrentPage(String page) {
        BuiltSite site = BuiltSite.fromSystemProperties();
        Document document = site.parse(page);
        List<String> problems = new ArrayList<>();
        int current = 0;
        for (Element link : document.select("nav a[href]")) {
            Optional<String> target = site.localFile(page, link.attr("href")).map(path -> path.isEmpty() ? "index.html" : path);
            boolean isThisPage = target.isPresent() && target.get().equals(page) && !link.attr("href").contains("#");
            boolean marked = link.attr("aria-current").equals("page");
            if (marked) {
                current++;
            }
            if (isThisPage && !marked) {
                problems.add("<a href=\"" + link.attr("href") + "\"> leads to this page but has no aria-current=\"page\"");
            } else if (!isThisPage && marked) {
                problems.add("<a href=\"" + link.attr("href") + "\"> has aria-current=\"page\" but leads to another page");
            }
        }
        if (!InternalLinksTest.isNotFoundPage(page) && current != 1) {
            problems.add("the navigation should mark this page (aria-current=\"page\") exactly once, marks " + current + " links");
        }
        assertTrue(problems.isEmpty(), () -> page + ":\n  " + String.join("\n  ", problems));
    }

    @Test
    void titlesAreUniqueAcrossPages() {
        assertUnique("<title>", document -> document.title());
    }

    /** Among the pages with an address of their own: a page not translated yet is its English page's text under zh/, canonical to it. */
    @Test
    void descriptionsAreUniqueAcrossPages() {
        assertUnique("<meta name=\"description\">", document -> document.select("meta[name=description]").attr("content"));
    }

    @Test
    void notFoundPageExists() {
        assertTrue(BuiltSite.fromSystemProperties().exists(NOT_FOUND_PAGE), NOT_FOUND_PAGE + " is missing from target/site");
    }

    @Test
    void sitemapListsEveryPageButTheNotFoundPageWithAbsoluteAddresses() {
        BuiltSite site = BuiltSite.fromSystemProperties();
        String host = site.host().toString();
        List<String> locations = Parser.xmlParser().parseInput(site.text("sitemap.xml"), "").select("url > loc").eachText();
        List<String> notOnHost = locations.stream().filter(location -> !location.startsWith(host)).toList();
        assertTrue(notOnHost.isEmpty(), () -> "sitemap.xml addresses should start with site.host " + host + ": " + notOnHost);
        TreeSet<String> listed = new TreeSet<>();
        for (String location : locations) {
            String path = location.substring(host.length());
            listed.add(path.isEmpty() || path.endsWith("/") ? path + "index.html" : path);
        }
        // every page with an address of its own: not the 404 pages, nor a page under zh/ that shows its English page
        // untranslated (canonical to that page)
        TreeSet<String> expected = new TreeSet<>();
        for (String page : site.htmlPages()) {
            if (!InternalLinksTest.isNotFoundPage(page) && hasOwnAddress(site, page)) {
                expected.add(page);
            }
        }
        assertTrue(expected.contains("index.html"));
        assertEquals(expected, listed, "sitemap.xml should list every page of target/site with an address of its own");
    }

    @Test
    void robotsTxtPointsToTheSitemap() {
        BuiltSite site = BuiltSite.fromSystemProperties();
        String expected = "Sitemap: " + site.host() + "sitemap.xml";
        List<String> lines = site.text("robots.txt").lines().map(String::strip).toList();
        assertTrue(lines.contains(expected), () -> "robots.txt should have the line \"" + expected + "\"; it has " + lines);
    }

    /** Whether a page's canonical address is its own: not so for a page under zh/ that shows its English page untranslated. */
    private static boolean hasOwnAddress(BuiltSite site, String page) {
        String host = site.host().toString();
        String canonical = site.parse(page).select("link[rel=canonical]").attr("href");
        if (!canonical.startsWith(host)) {
            return false;
        }
        String own = canonical.substring(host.length());
        return (own.isEmpty() || own.endsWith("/") ? own + "index.html" : own).equals(page);
    }

    private static void assertUnique(String what, Function<Document, String> value) {
        BuiltSite site = BuiltSite.fromSystemProperties();
        Map<String, List<String>> pagesByValue = new TreeMap<>();
        for (String page : site.htmlPages()) {
            if (hasOwnAddress(site, page) || InternalLinksTest.isNotFoundPage(page)) {
                pagesByValue.computeIfAbsent(value.apply(site.parse(page)).strip(), key -> new ArrayList<>()).add(page);
            }
        }
        List<String> shared = pagesByValue.entrySet().stream().filter(entry -> entry.getValue().size() > 1)
                .map(entry -> entry.getValue() + " share \"" + entry.getKey() + "\"").toList();
        assertTrue(shared.isEmpty(), () -> "pages with the same " + what + ":\n  " + String.join("\n  ", shared));
    }
}
