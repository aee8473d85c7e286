package cn.edu.hust.tjmc.site.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.edu.hust.tjmc.site.PlainMessages;
import cn.edu.hust.tjmc.site.report.Problem;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The one reading of a page's header: YAML front matter with positions, and the old form refused with its conversion. */
class PageFileTest {

    private static final Path FILE = Path.of("content/about.md");

    private static PageFile parse(String text) {
        return PageFile.parse(text, FILE);
    }

    /**
     * The page's problems, one a line; each in the plain form of every message editors read, but
     * for a header to paste, which holds the editor's own values (a list such as [university-day]).
     */
    private static String problems(PageFile page) {
        page.problems().forEach(problem -> PlainMessages.assertPlain(problem.toString(),
                problem.message().replaceFirst("(?s)these lines:\n---\n.*\n---\\)$", "these lines ---)")));
        return page.problems().stream().map(Problem::toString).collect(Collectors.joining("\n"));
    }

    @Test
    void fieldsKeepTheirYamlKindAndTheirPlaceInTheFile() {
        PageFile page = parse("---\ntitle: International profile\nnav_order: 2\n"
                + "related_event_kinds: [visit, agreement]\ntype:   page\n---\n## Text\n\nMore.\n");
        assertEquals(List.of(), page.problems());
        List<PageFile.HeaderField> fields = page.fields();
        assertEquals(List.of("title", "nav_order", "related_event_kinds", "type"),
                fields.stream().map(PageFile.HeaderField::key).toList());
        assertEquals(new PageFile.HeaderField("title", "International profile", 2, 8, 1), fields.get(0));
        assertEquals(BigInteger.valueOf(2), fields.get(1).value());
        assertEquals("2", fields.get(1).text());
        assertEquals("visit,agreement", fields.get(2).text());
        assertEquals(List.of(5, 9), List.of(fields.get(3).line(), fields.get(3).column()));
        assertEquals(7, page.bodyFirstLine());
        assertEquals("## Text\n\nMore.", page.body());
    }

    @Test
    void aByteOrderMarkAndSpacesAfterTheFencesAreHarmless() {
        PageFile page = parse("\uFEFF--- \ntitle: News\n---  \nText\n");
        assertEquals(List.of(), page.problems());
        assertEquals("News", page.fields().get(0).value());
        assertEquals("Text", page.body());
    }

    @Test
    void anOldHeaderIsRefusedWithTheExactYamlToPasteInstead() {
        PageFile page = parse("title=Partners: Europe\nnav_order = 3\ndescription=The college's partners.\n"
                + "related_event_kinds=visit, agreement\ntype=page\nstatus=published\n~~~~~~\nText\n");
        assertFalse(page.hasHeader());
        assertEquals("content/about.md:1:1: the header is in JBake's old form (key=value lines ended by ~~~~~~);"
                + " pages now start with YAML front matter (expected lines 1 to 7 replaced by these lines:\n"
                + "---\n"
                + "title: 'Partners: Europe'\n"
                + "nav_order: 3\n"
                + "description: The college's partners.\n"
                + "related_event_kinds: [visit, agreement]\n"
                + "type: page\n"
                + "status: published\n"
                + "---)", problems(page));
    }

    /** The fixture's pages were converted from the old form: converting their fields again gives the same lines. */
    @Test
    void theConversionGivesTheFixturePagesHeadersAsWritten() throws IOException {
        Path content = Path.of("src/test/resources/fixture-site/content");
        List<Path> pages;
        try (Stream<Path> files = Files.list(content)) {
            pages = files.filter(file -> file.toString().endsWith(".md")).sorted().toList();
        }
        assertFalse(pages.isEmpty());
        for (Path file : pages) {
            PageFile page = PageFile.parse(Files.readString(file, StandardCharsets.UTF_8), file);
            assertEquals(List.of(), page.problems(), file.toString());
            List<String> old = page.fields().stream().map(field -> field.key() + "="
                    + (field.value() instanceof List<?> ? field.text().replace(",", ", ") : field.text()))
                    .toList();
            PageFile refused = parse(String.join("\n", old) + "\n~~~~~~\n" + page.body());
            String expected = String.join("\n", page.lines().subList(0, page.separator() + 1));
            assertTrue(problems(refused).endsWith("these lines:\n" + expected + ")"), file + ":\n" + problems(refused));
        }
    }

    @Test
    void aTextWithAColonMustBeQuoted() {
        assertEquals("content/about.md:2:16: not valid YAML: a text with a colon in it must be quoted"
                + " (expected title: \"Partners: Europe\")", problems(parse("---\ntitle: Partners: Europe\n---\n")));
    }

    @Test
    void aTextStartingWithABracketAStarOrAnAmpersandMustBeQuoted() {
        assertEquals("content/about.md:2:8: title: a text that starts with [ must be in quotes"
                + " (expected title: \"[Draft] Partners\")", problems(parse("---\ntitle: [Draft] Partners\n---\n")));
        assertEquals("content/about.md:3:14: description: a text that starts with * must be in quotes"
                + " (expected description: \"*New* partners\")",
                problems(parse("---\ntitle: News\ndescription: *New* partners\n---\n")));
        assertEquals("content/about.md:2:8: title: a text that starts with & must be in quotes"
                + " (expected title: \"&Co\")", problems(parse("---\ntitle: &Co\n---\n")));
        assertTrue(problems(parse("---\ntitle: Visits #1 and #2\n---\n"))
                .contains("title: a text with ' #' in it must be in quotes"), "a comment would cut the title");
    }

    @Test
    void aTabIsRefusedAtItsPlace() {
        assertEquals("content/about.md:3:1: not valid YAML: a tab character is used here (expected spaces:"
                + " YAML allows only spaces to indent)", problems(parse("---\ntitle: News\n\ttype: page\n---\n")));
    }

    @Test
    void aHeaderNeverClosedIsToldWhereItStarted() {
        PageFile page = parse("---\ntitle: News\ntype: page\n\nThe text.\n");
        assertFalse(page.hasHeader());
        assertEquals("content/about.md:1:1: the header that starts on line 1 with --- is never closed (expected"
                + " a line --- after the header's last field, before the page text)", problems(page));
    }

    @Test
    void anEmptyHeaderIsRefused() {
        assertTrue(problems(parse("---\n\n---\nText\n")).startsWith("content/about.md:1:1: the header is empty"));
    }

    @Test
    void aKeyGivenTwiceIsRefusedNotTakenLast() {
        PageFile page = parse("---\ntitle: News\ntype: page\ntitle: Old news\n---\n");
        assertEquals("content/about.md:4:1: title: given twice, also on line 2 (expected each key once)",
                problems(page));
        assertEquals(List.of(), page.fields());
    }

    @Test
    void noHeaderAndAnEmptyFileAreTold() {
        assertTrue(problems(parse("## Text\n")).startsWith("content/about.md:1:1: no header found"));
        assertTrue(problems(parse("\n\n")).startsWith("content/about.md:1:1: file is empty"));
    }
}
