package cn.edu.hust.tjmc.site.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.edu.hust.tjmc.site.ProjectCopy;
import cn.edu.hust.tjmc.site.check.SiteSourceReader;
import cn.edu.hust.tjmc.site.source.TimelineEvent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Editors may add an event anywhere in data/timeline.yaml; the build puts the timeline in date order. */
class EventOrderTest {

    @Test
    void anEventAddedAtTheTopIsSortedIntoPlace(@TempDir Path dir) throws Exception {
        new ProjectCopy(dir);
        List<String> inOrder = ids(SiteSourceReader.read(dir).events());
        Path timeline = dir.resolve("data/timeline.yaml");
        String text = Files.readString(timeline, StandardCharsets.UTF_8);
        // move the last entry (from its "  - id:" line to the end) in front of the first one
        int last = text.lastIndexOf("\n  - id: ") + 1;
        int first = text.indexOf("\n  - id: ") + 1;
        String moved = text.substring(0, first) + text.substring(last).stripTrailing() + "\n\n"
                + text.substring(first, last);
        assertNotEquals(text, moved);
        Files.writeString(timeline, moved, StandardCharsets.UTF_8);

        List<TimelineEvent> events = SiteSourceReader.read(dir).events();

        assertEquals(inOrder.stream().sorted().toList(), ids(events).stream().sorted().toList(), "the same events");
        for (int i = 1; i < events.size(); i++) {
            assertTrue(events.get(i - 1).date().compareTo(events.get(i).date()) <= 0,
                    events.get(i - 1).id() + " before " + events.get(i).id());
        }
    }

    private static List<String> ids(List<TimelineEvent> events) {
        return events.stream().map(TimelineEvent::id).toList();
    }
}
