package cn.edu.hust.tjmc.site.output;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.edu.hust.tjmc.site.BuiltSite;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every link and embedded file of the site's own resolves to a file of target/site, and every
 * #fragment to an element id of the page it names. Links are relative, so that the same files
 * work at a domain root, under a sub-path and opened from disk.
 */
class InternalLinksTest {

    /**
     * Served for a missing address at any depth, so its links start from the site's base path
     * (see templates/error404.ftl): the one page allowed root-relative links.
     */
    static final String NOT_FOUND_PAGE = "404.html";

    /** The 404 page of any language: 404.html, zh/404.html. */
    static boolean isNotFoundPage(String page) {
        return page.equals(NOT_FOUND_PAGE) || page.endsWith("/" + NOT_FOUND_PAGE);
    }

    private static final String REFERENCES = "a[href], area[href], link[href], script[src], img[src], source[src], "
            + "iframe[src], video[src], video[poster], audio[src], track[src], embed[src], object[data], form[action], [srcset]";

    private final Map<String, Set<String>> idsByPage = new HashMap<>();


    @ParameterizedTest(name = "{0}")
    @MethodSource(BuiltSite.ALL_PAGES)
    void everyInternalReferenceResolves(String page) {
        BuiltSite site = BuiltSite.fromSystemProperties();
        Document document = site.parse(page);
        List<String> problems = new ArrayList<>();
        for (Element element : document.select(REFERENCES)) {
            for (String attribute : List.of("href", "src", "poster", "data", "action")) {
                if (element.hasAttr(attribute)) {
                    check(site, page, element, attribute, element.attr(attribute), problems);
                }
            }
            if (element.hasAttr("srcset")) {
                for (String candidate : element.attr("srcset").split(",")) {
                    check(site, page, element, "srcset", candidate.trim().split("\\s+")[0], problems);
                }
            }
        }
        assertTrue(problems.isEmpty(), () -> page + " has broken or non-relative links:\n  " + String.join("\n  ", problems));
    }

    @Test
    void everySitemapAddressIsAFileOfTheSite() {
        BuiltSite site = BuiltSite.fromSystemProperties();
        Document sitemap = Parser.xmlParser().parseInput(site.text("sitemap.xml"), "");
        List<String> locations = sitemap.select("url > loc").eachText();
        assertFalse(locations.isEmpty(), "sitemap.xml lists no <url><loc>");
        List<String> problems = new ArrayList<>();
        for (String location : locations) {
            Optional<String> file = site.localFile("sitemap.xml", location).map(InternalLinksTest::asFile);
            if (file.isEmpty() || !site.exists(file.get())) {
                problems.add(location + (file.isEmpty() ? " is not under " + site.host() : " -> " + file.get() + " does not exist"));
            }
        }
        assertTrue(problems.isEmpty(), () -> "sitemap.xml lists addresses that are no file of target/site:\n  "
                + String.join("\n  ", problems));
    }

    private void check(BuiltSite site, String page, Element element, String attribute, String value, List<String> problems) {
        String reference = value.trim();
        String where = "<" + element.tagName() + " " + attribute + "=\"" + value + "\">: ";
        String scheme = reference.contains(":") ? reference.substring(0, reference.indexOf(':')).toLowerCase(Locale.ROOT) : "";
        if (List.of("mailto", "tel", "data").contains(scheme)) {
            return;
        }
        if (reference.isEmpty()) {
            problems.add(where + "empty address");
            return;
        }
        if (!site.isOwnHost(reference)) {
            return; // another host: not ours to resolve
        }
        boolean canonical = element.is("link[rel~=(?i)canonical|alternate]");
        if (!canonical && !isNotFoundPage(page) && (reference.startsWith("/") || !scheme.isEmpty())) {
            problems.add(where + "should be relative (no leading \"/\", no host), so that the site works under any path and from disk");
        }
        Optional<String> local = site.localFile(page, reference);
        if (local.isEmpty()) {
            problems.add(where + "leads outside the site (" + site.host() + ")");
            return;
        }
        String file = asFile(local.get());
        if (!site.exists(file)) {
            problems.add(where + file + " is not a file of the site");
            return;
        }
        int hash = reference.indexOf('#');
        if (hash >= 0) {
            String fragment = reference.substring(hash + 1);
            if (!file.endsWith(".html")) {
                problems.add(where + "a #fragment into " + file + ", which is not a page");
            } else if (fragment.isEmpty() || !ids(site, file).contains(fragment)
                    && !ids(site, file).contains(percentDecoded(fragment))) {
                problems.add(where + file + " has no element with id=\"" + fragment + "\"");
            }
        }
    }

    /**
     * A fragment as browsers look it up when no id is the fragment as written: percent-decoded
     * as UTF-8 (#%E8%BF%91 finds id="近"); a malformed one is kept as written.
     */
    private static String percentDecoded(String fragment) {
        try {
            return URLDecoder.decode(fragment.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return fragment;
        }
    }

    /** The file a server would send for a site path: a folder's index.html. */
    private static String asFile(String path) {
        String withoutQuery = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
        return withoutQuery.isEmpty() || withoutQuery.endsWith("/") ? withoutQuery + "index.html" : withoutQuery;
    }

    private Set<String> ids(BuiltSite site, String page) {
        return idsByPage.computeIfAbsent(page,
                key -> site.parse(key).select("[id]").stream().map(Element::id).collect(Collectors.toSet()));
    }
}
