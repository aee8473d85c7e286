package cn.edu.hust.tjmc.site.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import cn.edu.hust.tjmc.site.ProjectCopy;
import cn.edu.hust.tjmc.site.check.SiteSourceReader;
import cn.edu.hust.tjmc.site.model.SiteView.EventLink;
import cn.edu.hust.tjmc.site.source.SiteSources;
import cn.edu.hust.tjmc.site.source.TimelineEvent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A page's related_event_kinds lists events under its text: the kinds in the order named, each in date order. */
class RelatedEventsTest {

    private static final SiteSettings SETTINGS = SiteSettings.fromArguments(Map.of("site.host", "https://example.org"));

    @Test
    void eachKindNamedInTurnWithItsEventsInDateOrder(@TempDir Path dir) {
        ProjectCopy project = new ProjectCopy(dir);
        project.edit("content/conferences.md", text -> text.replaceFirst("related_event_kinds: [^\n]*",
                "related_event_kinds: [agreement, university-day]"));
        SiteSources sources = SiteSourceReader.read(dir);

        SiteView site = TemplateModel.build(sources, SETTINGS);

        List<String> expected = new ArrayList<>();
        for (String kind : List.of("agreement", "university-day")) {
            sources.events().stream().filter(event -> event.kind().equals(kind))
                    .map(event -> "timeline.html#" + event.id()).forEach(expected::add);
        }
        assertFalse(expected.isEmpty(), "the fixture has events of these kinds");
        assertEquals(expected, site.pages().get("conferences.html").relatedEvents().stream()
                .map(EventLink::href).toList());
        assertEquals(List.of(), site.pages().get("about.html").relatedEvents(), "a page that names no kind");
    }

    @Test
    void theEventsOfAKindAreInTimelineOrder(@TempDir Path dir) {
        new ProjectCopy(dir);
        SiteSources sources = SiteSourceReader.read(dir);

        List<EventLink> related = TemplateModel.build(sources, SETTINGS).pages().get("conferences.html")
                .relatedEvents();

        List<TimelineEvent> universityDays = sources.events().stream()
                .filter(event -> event.kind().equals("university-day")).toList();
        assertEquals(universityDays.stream().map(TimelineEvent::title).toList(),
                related.stream().map(EventLink::title).toList());
        assertEquals(universityDays.stream().map(event -> DateFormats.date(event.date(), Locale.ENGLISH)).toList(),
                related.stream().map(EventLink::display).toList());
    }
}
