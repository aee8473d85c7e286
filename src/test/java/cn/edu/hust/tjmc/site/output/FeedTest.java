package cn.edu.hust.tjmc.site.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.edu.hust.tjmc.site.BuiltSite;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nu.validator.vendor.thaiopensource.util.PropertyMapBuilder;
import nu.validator.vendor.thaiopensource.validate.ValidateProperty;
import nu.validator.vendor.thaiopensource.validate.ValidationDriver;
import nu.validator.vendor.thaiopensource.validate.rng.CompactSchemaReader;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/**
 * feed.xml, the timeline's Atom feed: valid against RFC 4287's RELAX NG schema (with Jing, which
 * the Nu HTML Checker brings), every event newest first with a permanent tag: id and a link to its
 * place on the timeline page, dates from the data only, and linked from every page.
 */
class FeedTest {

    static final String FEED = "feed.xml";
    /** RFC 4151: tag:authority,date:specific, the authority a DNS name or an e-mail address. */
    static final Pattern TAG_URI = Pattern.compile(
            "tag:([a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+),(\\d{4}(-\\d{2}(-\\d{2})?)?):([\\w.~!$&'()*+,;=:@/?%-]+)");
    static final String TAG_PREFIX = "tag:tjmc.hust.edu.cn,2026:timeline/";

    private static BuiltSite site;
    private static Document feed;

    @BeforeAll
    static void readTheFeed() {
        site = BuiltSite.fromSystemProperties();
        feed = Jsoup.parse(site.text(FEED), "", Parser.xmlParser());
    }

    /** Every error Jing reports for {@code xml} against RFC 4287's schema. */
    static List<String> atomErrors(String xml) throws IOException {
        List<String> errors = new ArrayList<>();
        ErrorHandler collect = new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
            }

            @Override
            public void error(SAXParseException e) {
                errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                error(e);
            }
        };
        PropertyMapBuilder properties = new PropertyMapBuilder();
        properties.put(ValidateProperty.ERROR_HANDLER, collect);
        ValidationDriver driver = new ValidationDriver(properties.toPropertyMap(), CompactSchemaReader.getInstance());
        try {
            assertTrue(driver.loadSchema(new InputSource(FeedTest.class.getResource("/atom.rnc").toString())),
                    "atom.rnc loads: " + errors);
            driver.validate(new InputSource(new StringReader(xml)));
        } catch (org.xml.sax.SAXException e) {
            errors.add(e.getMessage());
        }
        return errors;
    }

    @Test
    void theFeedIsValidAtom() throws IOException {
        assertEquals(List.of(), atomErrors(site.text(FEED)));
        // RFC 4287's Schematron rules, which RELAX NG cannot say, and section 4.1.1's alternate links
        assertNotNull(feed.selectFirst("feed > author > name"), "a feed author, as the entries have none");
        for (Element entry : feed.select("entry")) {
            assertTrue(entry.selectFirst("> link[rel=alternate], > link:not([rel]), > content") != null,
                    "an alternate link or content in " + entry.selectFirst("> id"));
        }
        for (Element parent : feed.select("feed, entry")) {
            Set<String> alternates = new HashSet<>();
            for (Element link : parent.select("> link[rel=alternate]")) {
                assertTrue(alternates.add(link.attr("type") + " " + link.attr("hreflang")),
                        "one alternate link per type and language");
            }
        }
    }

    @Test
    void theSchemaCatchesAnInvalidFeed() throws IOException {
        String withoutId = site.text(FEED).replaceFirst("<id>[^<]*</id>", "");
        assertTrue(!atomErrors(withoutId).isEmpty(), "a feed without its id is refused");
        String badDate = site.text(FEED).replaceFirst("<updated>[^<]*</updated>", "<updated>7 September 2019</updated>");
        assertTrue(!atomErrors(badDate).isEmpty(), "a date that is not RFC 3339 is refused");
    }

    @Test
    void everyEventIsAnEntryNewestFirstWithAPermanentIdAndItsPlaceOnTheTimeline() {
        List<EditorsData.Event> newestFirst = new ArrayList<>(EditorsData.eventsByDate());
        Collections.reverse(newestFirst);
        List<Element> entries = feed.select("feed > entry");
        assertEquals(newestFirst.size(), entries.size(), "one entry per event");
        Document timeline = site.parse("timeline.html");
        for (int i = 0; i < entries.size(); i++) {
            Element entry = entries.get(i);
            EditorsData.Event event = newestFirst.get(i);
            String id = entry.selectFirst("id").text();
            assertEquals(TAG_PREFIX + event.id(), id, "entry " + i);
            assertTrue(TAG_URI.matcher(id).matches(), id + " is a tag: URI");
            String href = entry.selectFirst("link[rel=alternate]").attr("href");
            assertEquals(site.host().resolve("timeline.html#" + event.id()).toString(), href);
            assertNotNull(timeline.getElementById(event.id()), "timeline.html has the anchor #" + event.id());
            String date = event.date().length() == 4 ? event.date() + "-01-01" : event.date();
            assertEquals(date + "T00:00:00Z", entry.selectFirst("updated").text(), event.id());
        }
    }

    @Test
    void theFeedHoldsNoTimeButTheData() {
        String newest = EditorsData.eventsByDate().get(EditorsData.eventsByDate().size() - 1).date();
        assertEquals((newest.length() == 4 ? newest + "-01-01" : newest) + "T00:00:00Z",
                feed.selectFirst("feed > updated").text(), "the feed is as new as its newest event");
        Set<String> eventDates = new HashSet<>();
        EditorsData.events().forEach(event -> eventDates.add(event.date().length() == 4 ? event.date() + "-01-01" : event.date()));
        Matcher dates = Pattern.compile("\\d{4}-\\d{2}-\\d{2}").matcher(site.text(FEED));
        while (dates.find()) {
            assertTrue(eventDates.contains(dates.group()), dates.group() + " is no event's date: a build time?");
        }
        Matcher tag = TAG_URI.matcher(feed.selectFirst("feed > id").text());
        assertTrue(tag.matches(), "the feed's own id is a tag: URI");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(BuiltSite.ALL_PAGES)
    void everyPageLinksToTheFeed(String page) {
        Element link = site.parse(page).selectFirst("head > link[rel=alternate][type=application/atom+xml]");
        assertNotNull(link, page + " links to the feed");
        // the feed of the page's language: feed.xml, zh/feed.xml
        assertEquals((page.startsWith("zh/") ? "zh/" : "") + FEED, site.localFile(page, link.attr("href")).orElseThrow());
        assertTrue(!link.attr("title").isBlank());
    }
}
