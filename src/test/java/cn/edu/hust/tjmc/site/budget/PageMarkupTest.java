package cn.edu.hust.tjmc.site.budget;

import cn.edu.hust.tjmc.site.BuiltSite;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Markup rules that keep pages fast and the Content-Security-Policy strict: no inline code (it
 * would need 'unsafe-inline'), and images that reserve their space and say what they show.
 */
class PageMarkupTest {


    @ParameterizedTest(name = "{0}")
    @MethodSource(BuiltSite.ALL_PAGES)
    void hasNoInlineScriptOrStyle(String page) {
        Document document = BuiltSite.fromSystemProperties().parse(page);
        List<String> inline = new ArrayList<>();
        for (Element script : document.select("script:not([src])")) {
            if (!script.attr("type").trim().equalsIgnoreCase("application/ld+json")) {
                inline.add("inline <script" + (script.hasAttr("type") ? " type=\"" + script.attr("type") + "\"" : "") + ">: "
                        + abbreviate(script.data()));
            }
        }
        for (Element style : document.select("style")) {
            inline.add("<style> element: " + abbreviate(style.data()));
        }
        for (Element element : document.getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                String name = attribute.getKey().toLowerCase();
                if (name.equals("style") || name.matches("on[a-z]+")) {
                    inline.add("<" + element.tagName() + " " + name + "=\"" + abbreviate(attribute.getValue()) + "\">");
                }
            }
        }
        assertTrue(inline.isEmpty(), () -> page + " has inline code:\n  " + String.join("\n  ", inline));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(BuiltSite.ALL_PAGES)
    void everyImageHasAltWidthAndHeight(String page) {
        Document document = BuiltSite.fromSystemProperties().parse(page);
        List<String> incomplete = new ArrayList<>();
        for (Element image : document.select("img")) {
            List<String> missing = new ArrayList<>();
            for (String attribute : List.of("alt", "width", "height")) {
                if (!image.hasAttr(attribute)) {
                    missing.add(attribute);
                }
            }
            if (!missing.isEmpty()) {
                incomplete.add("<img src=\"" + image.attr("src") + "\"> has no " + String.join(", ", missing));
            }
        }
        assertTrue(incomplete.isEmpty(), () -> page + ":\n  " + String.join("\n  ", incomplete));
    }

    private static String abbreviate(String text) {
        String oneLine = text.strip().replaceAll("\\s+", " ");
        return oneLine.length() <= 60 ? oneLine : oneLine.substring(0, 57) + "...";
    }
}
