package cn.edu.hust.tjmc.site.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The English of a translation as lines, and read again from an old revision of its file the way
 * the build reads it today: the same version as the records give.
 */
class EnglishTextTest {

    @Test
    void aPageIsItsTitleAndDescriptionByNameThenItsTextAsItsLines() {
        assertEquals(List.of("title: About", "description: What TJMC does.", "## Heading", "", "A paragraph."),
                EnglishText.ofPage("About", "What TJMC does.", "\n## Heading\r\n\r\nA paragraph.\n\n").lines());
    }

    @Test
    void aFieldOfSeveralLinesHasTheLinesAfterItsFirstIndented() {
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("title", "Day");
        texts.put("description", "First line\n\nthird line\n");
        assertEquals(List.of("title: Day", "description: First line", "", "  third line"),
                EnglishText.of(texts).lines());
    }

    @Test
    void aPageFileReadAgainHasThePageVersion() {
        String file = "---\ntitle: About\ndescription: \"What TJMC does: teaching, research and care.\"\n"
                + "type: page\nstatus: published\n---\nText.\n";
        List<EnglishText> read = EnglishText.inPage(file, Path.of("content/about.md"));
        assertEquals(List.of(SourceVersion.of("About", "What TJMC does: teaching, research and care.", "Text.")),
                read.stream().map(EnglishText::version).toList());
        assertEquals(List.of(), EnglishText.inPage("no header\n", Path.of("content/about.md")));
    }

    @Test
    void aDataFileReadAgainHasEachEntrysVersion() {
        String file = "\uFEFFevents:\n  - id: a\n    title: \"  A  \"\n    description: >-\n      Folded\n      text.\n"
                + "  - just text\n  - id: b\n    title: B\n";
        List<EnglishText> read = EnglishText.inData(file, Path.of("data/timeline.yaml"), "/events",
                TimelineEvent.class, TimelineEvent::englishText);
        assertEquals(List.of(SourceVersion.of("A", "Folded text."), SourceVersion.of("B", null)),
                read.stream().map(EnglishText::version).toList());
        assertEquals(List.of(), EnglishText.inData("events: [", Path.of("data/timeline.yaml"), "/events",
                TimelineEvent.class, TimelineEvent::englishText));
    }
}
