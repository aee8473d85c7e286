package cn.edu.hust.tjmc.site.model;

import cn.edu.hust.tjmc.site.source.EventDate;
import cn.edu.hust.tjmc.site.source.TimelineEvent;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The Atom feed of the timeline (templates/feed.ftl writes feed.xml): every event, newest first.
 * Nothing in it depends on when it is built, so two builds of the same sources give the same bytes.
 *
 * @param id        the feed's permanent id
 * @param title     "TJMC International: Timeline"
 * @param self      the feed's own absolute address
 * @param alternate the timeline page's absolute address
 * @param updated   the newest event's date: the feed changes when the timeline gains a newer event
 * @param author    the college, which publishes the timeline
 * @param entries   one per event, newest first
 */
public record TimelineFeed(String id, String title, String self, String alternate, String updated, String author,
                           List<Entry> entries) {

    /**
     * The authority and date of the feed's tag: URIs (RFC 4151). Fixed, never the deployment's
     * host, so that an entry's id stays the same wherever and whenever the site is published.
     */
    static final String TAG_PREFIX = "tag:tjmc.hust.edu.cn,2026:";
    static final String FILE = "feed.xml";

    /**
     * @param id      "tag:tjmc.hust.edu.cn,2026:timeline/&lt;event id&gt;": from the event's id, which never changes
     * @param href    the event on the timeline page, absolute
     * @param updated the event's date as an RFC 3339 date-time; a year alone is its 1 January
     * @param lang    "en" when the entry is in English in another language's feed (not translated yet); else null
     */
    public record Entry(String id, String title, String href, String updated, String summary, String lang) {
    }

    /**
     * @param folder       the folder of the language's pages, "" or "zh/"; another language's feed has ids of its own
     * @param timelinePage the file name of the page that shows the timeline
     */
    static TimelineFeed of(List<TimelineEvent> chronological, Words words, String host, String folder,
                           String timelinePage, String title, String author) {
        List<TimelineEvent> newestFirst = new ArrayList<>(chronological);
        Collections.reverse(newestFirst);
        String timeline = host + "/" + folder + timelinePage;
        String tag = TAG_PREFIX + folder + "timeline";
        List<Entry> entries = newestFirst.stream()
                .map(event -> new Entry(tag + "/" + event.id(), words.title(event).text(), timeline + "#" + event.id(),
                        dateTime(event.date()), words.description(event).text(), words.title(event).lang()))
                .toList();
        // data/timeline.yaml's schema requires an event; the epoch only keeps an empty feed valid
        String updated = entries.isEmpty() ? "1970-01-01T00:00:00Z" : entries.get(0).updated();
        return new TimelineFeed(tag, title, host + "/" + folder + FILE, timeline, updated, author, entries);
    }

    private static String dateTime(EventDate date) {
        return date.day().map(Object::toString).orElse(date.year() + "-01-01") + "T00:00:00Z";
    }
}
