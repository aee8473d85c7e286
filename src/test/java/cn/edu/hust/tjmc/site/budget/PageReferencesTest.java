package cn.edu.hust.tjmc.site.budget;

import cn.edu.hust.tjmc.site.BuiltSite;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * No page makes the browser contact a host other than the site's own: no CDN, font service,
 * analytics or embed (they would be slow or blocked in China, and track visitors). Hyperlinks to
 * other sites are fine: following one is the visitor's choice, not a request the page makes.
 */
class PageReferencesTest {


    @ParameterizedTest(name = "{0}")
    @MethodSource(BuiltSite.ALL_PAGES)
    void everyRequestGoesToTheSitesOwnHost(String page) {
        BuiltSite site = BuiltSite.fromSystemProperties();
        Document document = site.parse(page);
        List<String> foreign = new ArrayList<>();
        for (Element element : document.select("[src], link[href], object[data], form[action], video[poster], use[href], image[href], [xlink:href]")) {
            for (String attribute : List.of("src", "href", "data", "action", "poster", "xlink:href")) {
                if (element.hasAttr(attribute) && !(attribute.equals("href") && element.is("a"))) {
                    checkHost(site, "<" + element.tagName() + " " + attribute + ">", element.attr(attribute), foreign);
                }
            }
        }
        for (Element element : document.select("[srcset]")) {
            for (String candidate : element.attr("srcset").split(",")) {
                String url = candidate.trim().split("\\s+")[0];
                checkHost(site, "<" + element.tagName() + " srcset>", url, foreign);
            }
        }
        for (PageWeight.FileWeight stylesheet : PageWeight.of(site, page).stylesheets()) {
            for (String url : BuiltSite.cssReferences(site.text(stylesheet.file()))) {
                checkHost(site, stylesheet.file() + " url()", url, foreign);
            }
        }
        assertTrue(foreign.isEmpty(), () -> page + " makes requests to hosts other than " + site.host() + ":\n  "
                + String.join("\n  ", foreign));
    }

    private static void checkHost(BuiltSite site, String where, String url, List<String> foreign) {
        if (!site.isOwnHost(url)) {
            foreign.add(where + " " + url);
        }
    }
}
