package cn.edu.hust.tjmc.site.output;

import java.util.function.Predicate;
import org.jsoup.nodes.Element;

/** Which heading a piece of a page is grouped under, as a reader scanning the page sees it. */
final class Headings {

    private Headings() {
    }

    /**
     * The text of the last heading before {@code element} in document order whose text passes
     * {@code wanted}, or "(none)": this holds whatever sections or lists the template wraps around them.
     */
    static String groupOf(Element element, Predicate<String> wanted) {
        String group = "(none)";
        for (Element candidate : element.ownerDocument().getAllElements()) {
            if (candidate == element) {
                return group;
            }
            if (candidate.normalName().matches("h[1-6]") && wanted.test(candidate.text())) {
                group = candidate.text();
            }
        }
        return group;
    }
}
