package cn.edu.hust.tjmc.site.budget;

import cn.edu.hust.tjmc.site.BuiltSite;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Performance budgets of every HTML page, from the files alone (no browser): the first
 * round trip of a new connection carries about 14 KB, so the HTML fits in it; everything
 * needed to render fits in 30 KB over at most 4 requests; scripts stay small.
 * Prints a table of the figures so that every build log shows them.
 */
class PageBudgetTest {

    static final int HTML_GZIP_MAX = 14 * 1024;
    static final int PAGE_GZIP_MAX = 30 * 1024;
    static final int REQUESTS_MAX = 4;
    static final int SCRIPT_GZIP_MAX = 5 * 1024;
    static final int PAGE_SCRIPTS_GZIP_MAX = 5 * 1024;
    /** A phone at 375 px, device pixel ratio 2: everything on first load, images included. */
    static final int FIRST_LOAD_MAX = 300 * 1024;
    /** Each image file such a phone picks. */
    static final int PHONE_IMAGE_MAX = 80 * 1024;

    private static final Map<String, PageWeight> WEIGHTS = new LinkedHashMap<>();


    @BeforeAll
    static void weighAndPrint() {
        BuiltSite site = BuiltSite.fromSystemProperties();
        for (String page : site.htmlPages()) {
            WEIGHTS.put(page, PageWeight.of(site, page));
        }
        System.out.println(table(WEIGHTS.values()));
    }

    static String table(Iterable<PageWeight> weights) {
        StringBuilder table = new StringBuilder();
        table.append(String.format("%nPage weights, bytes gzip (budgets: HTML %d, HTML+CSS+JS %d in %d requests, JS %d)%n",
                HTML_GZIP_MAX, PAGE_GZIP_MAX, REQUESTS_MAX, PAGE_SCRIPTS_GZIP_MAX));
        table.append(String.format("%-28s %8s %8s %8s %8s %9s %10s%n", "page", "html", "css", "js", "total", "requests",
                "phone load"));
        for (PageWeight weight : weights) {
            table.append(String.format("%-28s %8d %8d %8d %8d %9d %10d%n", weight.page(), weight.html(), weight.css(),
                    weight.js(), weight.total(), weight.requests(), weight.firstLoad()));
        }
        return table.toString();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(BuiltSite.ALL_PAGES)
    void pageStaysWithinItsBudgets(String page) {
        PageWeight weight = WEIGHTS.get(page);
        List<String> problems = new ArrayList<>();
        if (weight.html() > HTML_GZIP_MAX) {
            problems.add("HTML is " + weight.html() + " bytes gzip, budget " + HTML_GZIP_MAX);
        }
        if (weight.total() > PAGE_GZIP_MAX) {
            problems.add("HTML + CSS + JS is " + weight.total() + " bytes gzip, budget " + PAGE_GZIP_MAX
                    + " (html " + weight.html() + ", css " + weight.css() + ", js " + weight.js() + ")");
        }
        if (weight.requests() > REQUESTS_MAX) {
            problems.add(weight.requests() + " requests for the page, its stylesheets and scripts, budget " + REQUESTS_MAX);
        }
        for (PageWeight.FileWeight script : weight.scripts()) {
            if (script.gzip() > SCRIPT_GZIP_MAX) {
                problems.add("script " + script.file() + " is " + script.gzip() + " bytes gzip, budget " + SCRIPT_GZIP_MAX);
            }
        }
        if (weight.js() > PAGE_SCRIPTS_GZIP_MAX) {
            problems.add("its scripts are " + weight.js() + " bytes gzip together ("
                    + weight.scripts().stream().map(PageWeight.FileWeight::file).collect(Collectors.joining(", "))
                    + "), budget " + PAGE_SCRIPTS_GZIP_MAX);
        }
        if (weight.firstLoad() > FIRST_LOAD_MAX) {
            problems.add("a phone (375 px, DPR 2) loads " + weight.firstLoad() + " bytes, budget " + FIRST_LOAD_MAX
                    + " (images " + weight.imageBytes() + ")");
        }
        for (PageWeight.ImageWeight image : weight.images()) {
            if (image.bytes() > PHONE_IMAGE_MAX) {
                problems.add("image " + image.file() + ", as a phone picks it, is " + image.bytes() + " bytes, budget "
                        + PHONE_IMAGE_MAX);
            }
        }
        for (String reference : weight.unresolved()) {
            problems.add("references " + reference + ", which is not a file of the site, so it cannot be weighed");
        }
        assertTrue(problems.isEmpty(), () -> page + ":\n  " + String.join("\n  ", problems));
    }
}
