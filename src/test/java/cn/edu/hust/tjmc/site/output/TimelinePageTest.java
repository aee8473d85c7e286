package cn.edu.hust.tjmc.site.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.edu.hust.tjmc.site.BuiltSite;
import cn.edu.hust.tjmc.site.output.EditorsData.Event;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * timeline.html shows every event of data/timeline.yaml, once, newest first, under a heading of
 * its year (newest year first), with its YAML id as the HTML id (the address timeline.html#id is public and stable);
 * the home page links its latest events there. Years never print as "2,007".
 */
class TimelinePageTest {

    static final String TIMELINE = "timeline.html";
    static final String HOME = "index.html";

    /** A year with a thousands separator, as Freemarker's default number format prints it. */
    private static final Pattern SEPARATED_YEAR = Pattern.compile("\\b(1,9\\d\\d|2,0\\d\\d)\\b");

    private static Document timeline() {
        return BuiltSite.fromSystemProperties().parse(TIMELINE);
    }

    /** The events of data/timeline.yaml, each checked on its own. */
    static List<Event> events() {
        return EditorsData.eventsByDate();
    }

    /** Styling classes can be renamed by whoever styles the page; the script's hooks are data- attributes. */
    @Test
    void timelineScriptFindsItsElementsByDataAttributes() throws java.io.IOException {
        String script = java.nio.file.Files.readString(
                java.nio.file.Path.of(System.getProperty("site.dir"), "js", "timeline.js"));
        assertFalse(Pattern.compile("['\"]\\.[a-z]|getElementsByClassName|classList").matcher(script).find(),
                "js/timeline.js finds elements by class");
        Document page = timeline();
        List<String> hooks = Pattern.compile("\\[data-[a-z-]+\\]").matcher(script).results()
                .map(java.util.regex.MatchResult::group).distinct().toList();
        assertTrue(hooks.contains("[data-timeline-filters]"), hooks.toString());
        for (String hook : hooks) {
            assertFalse(page.select(hook).isEmpty(), TIMELINE + " has no element " + hook + " for js/timeline.js");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("events")
    void eventHasItsIdUnderItsYearHeading(Event event) {
        Document page = timeline();
        List<Element> withId = page.select("[id=" + event.id() + "]");
        assertEquals(1, withId.size(), () -> TIMELINE + " has " + withId.size() + " elements with id=\"" + event.id()
                + "\" (from data/timeline.yaml); exactly one is needed for the link " + TIMELINE + "#" + event.id());
        Element element = withId.get(0);
        String heading = Headings.groupOf(element, text -> text.matches("\\d{4}"));
        assertEquals(event.year(), heading, () -> TIMELINE + "#" + event.id() + " (dated " + event.date()
                + ") is under the year heading \"" + heading + "\"");
        assertFalse(element.select("time[datetime=" + event.date() + "]").isEmpty(), () -> TIMELINE + "#" + event.id()
                + " has no <time datetime=\"" + event.date() + "\"> (its date in data/timeline.yaml)");
    }

    /** Newest first: the visit of last month is at the top of the page, not at the end of a long one. */
    @Test
    void eventsAreExactlyThoseOfTheYamlNewestFirst() {
        List<String> articles = timeline().select("main [data-timeline=newest] article").eachAttr("id");
        List<String> expected = EditorsData.eventsByDate().stream().map(Event::id).toList();
        assertEquals(expected.stream().sorted().toList(), articles.stream().sorted().toList(), TIMELINE
                + ": every <article> in main should be one event of data/timeline.yaml with its id, each event once");
        List<String> oldestFirst = new ArrayList<>(articles);
        Collections.reverse(oldestFirst);
        String wrong = EditorsData.firstOutOfDateOrder(oldestFirst);
        assertNull(wrong, () -> TIMELINE + ": events are not newest first: " + wrong.replace(" before ", " comes after "));
    }

    /** The second list, shown at #oldest-first: the first one's events the other way round, without ids. */
    @Test
    void theOldestFirstListHoldsTheSameEventsReversedWithoutIds() {
        Document page = timeline();
        List<String> newest = page.select("main [data-timeline=newest] article").eachText();
        List<String> oldest = page.select("main [data-timeline=oldest] article").eachText();
        Collections.reverse(oldest);
        assertEquals(newest, oldest, TIMELINE + ": the oldest-first list should hold the events of the newest-first one, reversed");
        assertTrue(page.select("main [data-timeline=oldest] [id]").stream().allMatch(element -> element.id().startsWith("oldest-")),
                TIMELINE + ": in the oldest-first list only the years' own ids (oldest-…); events' ids belong to the first list");
    }

    @Test
    void yearHeadingsAreUniqueAndDescending() {
        List<String> headings = yearHeadings(timeline());
        List<String> expected = new ArrayList<>(EditorsData.eventsByDate().stream().map(Event::year).distinct().toList());
        Collections.reverse(expected);
        assertEquals(expected, headings, TIMELINE + ": one heading per year with events, newest first");
    }

    /** Oldest first is a link away, and works without a script: the page has the target of that link. */
    @Test
    void theOtherOrderIsALinkToThisPage() {
        Document page = timeline();
        for (String order : List.of("oldest-first", "newest-first")) {
            assertFalse(page.select("main a[href=#" + order + "]").isEmpty(), TIMELINE + " has no link to #" + order);
            assertEquals(1, page.select("[id=" + order + "]").size(), TIMELINE + " has no element with id=\"" + order
                    + "\" for " + TIMELINE + "#" + order + " to target");
        }
    }

    @Test
    void homePageLinksItsLatestEventsToTheTimeline() {
        Document home = BuiltSite.fromSystemProperties().parse(HOME);
        List<String> linked = new ArrayList<>();
        for (Element link : home.select("main a[href^=" + TIMELINE + "#]")) {
            String id = link.attr("href").substring(TIMELINE.length() + 1);
            if (!linked.contains(id)) {
                linked.add(id);
            }
        }
        assertFalse(linked.isEmpty(), HOME + " links to no event of the timeline (" + TIMELINE + "#<id>)");
        List<Event> byDate = EditorsData.eventsByDate();
        String oldestShown = byDate.stream().filter(event -> linked.contains(event.id())).map(Event::date).min(String::compareTo).orElse("");
        List<String> unknown = linked.stream().filter(id -> byDate.stream().noneMatch(event -> event.id().equals(id))).toList();
        assertTrue(unknown.isEmpty(), () -> HOME + " links to " + TIMELINE + "#<id> for ids not in data/timeline.yaml: " + unknown);
        List<String> newerLeftOut = byDate.stream()
                .filter(event -> !linked.contains(event.id()) && event.date().compareTo(oldestShown) > 0)
                .map(Event::id).toList();
        assertTrue(newerLeftOut.isEmpty(), () -> HOME + " shows events as far back as " + oldestShown
                + " but leaves out the newer " + newerLeftOut);
        List<String> oldestFirst = new ArrayList<>(linked);
        Collections.reverse(oldestFirst);
        String wrong = EditorsData.firstOutOfDateOrder(oldestFirst);
        assertNull(wrong, () -> HOME + ": the latest events should be listed latest first, but " + wrong.replace(" before ", " comes after "));
    }

    static List<String> pages() {
        List<String> files = new ArrayList<>(BuiltSite.fromSystemProperties().htmlPages());
        files.add("sitemap.xml");
        return files;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void yearsPrintWithoutAThousandsSeparator(String file) {
        String text = BuiltSite.fromSystemProperties().text(file);
        Map<Integer, String> found = new LinkedHashMap<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher matcher = SEPARATED_YEAR.matcher(lines[i]);
            while (matcher.find()) {
                found.put(i + 1, matcher.group());
            }
        }
        assertTrue(found.isEmpty(), () -> file + " prints years with a thousands separator (line: text): " + found
                + "; print them with ?c or number_format=\"computer\"");
    }

    private static List<String> yearHeadings(Document page) {
        return page.select("main h2, main h3").stream()
                .filter(heading -> !heading.parents().is("[data-timeline=oldest]")).map(Element::text).filter(text -> text.matches("\\d{4}")).toList();
    }
}
