package cn.edu.hust.tjmc.site.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.edu.hust.tjmc.site.report.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile and odd YAML: every case ends in a clear problem or a correct reading, quickly. */
class YamlFileTest {

    private static final Path SHOWN_AS = Path.of("data/partners.yaml");

    @TempDir
    Path dir;

    private final List<Problem> problems = new ArrayList<>();

    @Test
    void globalTagIsReportedAndNeverRun() throws IOException {
        Path target = dir.resolve("created-by-yaml");
        Optional<YamlFile> file = read(("partners: !!java.io.FileOutputStream [\"" + target + "\"]\n")
                .getBytes(StandardCharsets.UTF_8));

        assertFalse(file.isPresent());
        assertOneProblem("data/partners.yaml:1:11: partners: the YAML tag", "is not allowed");
        assertFalse(Files.exists(target), "the tag must not construct a FileOutputStream");
    }

    @Test
    void billionLaughsIsRefusedFast() {
        StringBuilder yaml = new StringBuilder("a0: &a0 [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (int i = 1; i < 10; i++) {
            yaml.append('a').append(i).append(": &a").append(i).append(" [");
            for (int j = 0; j < 9; j++) {
                yaml.append(j == 0 ? "" : ",").append("*a").append(i - 1);
            }
            yaml.append("]\n");
        }
        Optional<YamlFile> file = assertTimeoutPreemptively(Duration.ofSeconds(2),
                () -> read(yaml.toString().getBytes(StandardCharsets.UTF_8)));

        assertFalse(file.isPresent());
        assertOneProblem("data/partners.yaml:", "not valid YAML", "aliases");
    }

    @Test
    void duplicateKeyIsReportedWithBothLines() {
        read("partners:\n  - id: kyoto\n    name: Kyoto University\n    name: Kyoto\n");

        assertOneProblem("data/partners.yaml:4:5: partners[0].name: given twice, also on line 3");
    }

    @Test
    void tabIndentationIsReportedAtItsLine() {
        read("partners:\n  - id: kyoto\n\tname: Kyoto University\n");

        assertOneProblem("data/partners.yaml:3:", "a tab character", "expected spaces");
    }

    @Test
    void nonUtf8BytesAreReportedAtTheirLine() {
        byte[] latin1 = "partners:\n  - name: Universit\u00e4t\n".getBytes(StandardCharsets.ISO_8859_1);

        assertFalse(read(latin1).isPresent());
        assertOneProblem("data/partners.yaml:2:20: not UTF-8 text");
    }

    @Test
    void byteOrderMarkAndCrlfLineEndingsAreAccepted() {
        Optional<YamlFile> file = read("\uFEFFpartners:\r\n  - id: kyoto\r\n    name: Kyoto University\r\n");

        assertEquals(List.of(), problems);
        assertEquals(Map.of("partners", List.of(Map.of("id", "kyoto", "name", "Kyoto University"))),
                file.orElseThrow().root());
        assertEquals(3, file.orElseThrow().problem("/partners/0/name", "x").line(), "lines count CRLF once");
    }

    @Test
    void invisibleCharactersInTheFileAreReportedAtTheirPlaceByName() {
        Optional<YamlFile> file = read("partners:\n  - id: kyoto\n    name: Kyoto\u202E University\n"
                + "    short_name: \"K\u0000U\"\n    country: Ja\fpan\n    city: K\u0085yoto\n");

        assertFalse(file.isPresent());
        assertEquals(List.of(
                "data/partners.yaml:3:16: contains U+202E RIGHT-TO-LEFT OVERRIDE, an invisible character that reorders"
                        + " the text around it, so visitors would read other text than you see (expected it deleted: it"
                        + " is invisible, so delete the character at this place, or retype the word around it)",
                "data/partners.yaml:4:19: contains U+0000 NULL, an invisible control character",
                "data/partners.yaml:5:16: contains U+000C FORM FEED (FF), an invisible control character",
                "data/partners.yaml:6:12: contains U+0085 NEXT LINE (NEL), an invisible control character"),
                problems.stream().map(Object::toString).map(p -> p.startsWith("data/partners.yaml:3:") ? p
                        : p.substring(0, p.indexOf(" control character") + " control character".length())).toList());
    }

    @Test
    void invisibleCharactersMadeByEscapesInQuotesAreReportedAtTheValue() {
        Optional<YamlFile> file = read("partners:\n  - id: kyoto\n    name: \"Kyoto \\u202E University\"\n"
                + "    short_name: \"K\\0U\"\n    country: \"Ja\\fpan\"\n    \"ci\\u2066ty\": Kyoto\n");

        assertFalse(file.isPresent());
        List<String> lines = problems.stream().map(Object::toString).toList();
        assertEquals(4, lines.size(), lines.toString());
        assertTrue(lines.get(0).startsWith("data/partners.yaml:3:11: partners[0].name: contains U+202E RIGHT-TO-LEFT"
                + " OVERRIDE"), lines.get(0));
        assertTrue(lines.get(0).endsWith("written as a backslash escape in quotes (expected that escape deleted from"
                + " the text)"), lines.get(0));
        assertTrue(lines.get(1).startsWith("data/partners.yaml:4:17: partners[0].short_name: contains U+0000 NULL"), lines.get(1));
        assertTrue(lines.get(2).startsWith("data/partners.yaml:5:14: partners[0].country: contains U+000C FORM FEED"), lines.get(2));
        assertTrue(lines.get(3).startsWith("data/partners.yaml:6:5: partners[0].ci\u2066ty: contains U+2066"
                + " LEFT-TO-RIGHT ISOLATE"), lines.get(3));
    }

    @Test
    void tabsInTextAndCrlfLineEndsInFoldedTextAreNoInvisibleCharacters() {
        Optional<YamlFile> file = read("partners:\r\n  - name: \"Kyoto\\tUniversity\"\r\n    note: >-\r\n"
                + "      one\r\n      two\r\n");

        assertEquals(List.of(), problems);
        assertEquals(Map.of("partners", List.of(Map.of("name", "Kyoto\tUniversity", "note", "one two"))),
                file.orElseThrow().root());
    }

    @Test
    void emptyFileAndCommentOnlyFileAreReported() {
        read("");
        read("# yaml-language-server: $schema=../src/main/resources/schemas/partners.schema.json\n\n");

        assertEquals(2, problems.size(), problems.toString());
        problems.forEach(problem -> assertTrue(problem.toString().contains("file is empty"), problem.toString()));
    }

    @Test
    void veryLargeFileIsRefusedWithoutReadingIt() throws IOException {
        Path file = dir.resolve("huge.yaml");
        try (java.io.RandomAccessFile sparse = new java.io.RandomAccessFile(file.toFile(), "rw")) {
            sparse.setLength(200L * 1024 * 1024); // no byte written: reading it would take seconds and 200 MB
        }

        Optional<YamlFile> read = assertTimeoutPreemptively(Duration.ofSeconds(2),
                () -> YamlFile.read(file, SHOWN_AS, problems));

        assertFalse(read.isPresent());
        assertOneProblem("data/partners.yaml:1:1: the file is 200 MB, larger than the 64 MB the build reads (expected");
    }

    @Test
    void aThousandTimesTheTimelineIsNotTooLarge() {
        String entry = "  - id: kyoto\n    name: Kyoto University with a name as long as a real one's\n";
        byte[] big = ("partners:\n" + entry.repeat(8 * 1024 * 1024 / entry.length())).getBytes(StandardCharsets.UTF_8);

        Optional<YamlFile> file = read(big);

        assertEquals(List.of(), problems);
        assertTrue(file.isPresent());
    }

    @Test
    void deeplyNestedBracketsAreRefused() {
        String deep = "partners: " + "[".repeat(200_000) + "]".repeat(200_000) + "\n";

        Optional<YamlFile> file = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> read(deep));

        assertFalse(file.isPresent());
        assertOneProblem("data/partners.yaml:", "nested too deeply");
    }

    @Test
    void htmlInStringsIsKeptAsPlainText() {
        Optional<YamlFile> file = read("title: \"<script>alert(1)</script> & <b>bold</b>\"\n");

        assertEquals(Map.of("title", "<script>alert(1)</script> & <b>bold</b>"), file.orElseThrow().root());
    }

    @Test
    void unicodeAndSpacesInTheFileNameAreKeptInMessages() throws IOException {
        Path file = dir.resolve("Partner list ü.yaml");
        Files.writeString(file, "a: [\n");

        YamlFile.read(file, Path.of("data", "Partner list ü.yaml"), problems);

        assertOneProblem("data/Partner list ü.yaml:", "not valid YAML");
    }

    private Optional<YamlFile> read(String text) {
        return read(text.getBytes(StandardCharsets.UTF_8));
    }

    private Optional<YamlFile> read(byte[] bytes) {
        try {
            Path file = Files.createTempFile(dir, "data", ".yaml");
            Files.write(file, bytes);
            return YamlFile.read(file, SHOWN_AS, problems);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Exactly one problem, starting with {@code start} and containing every phrase. */
    private void assertOneProblem(String start, String... phrases) {
        assertEquals(1, problems.size(), problems.toString());
        String problem = problems.get(0).toString();
        assertTrue(problem.startsWith(start), problem);
        for (String phrase : phrases) {
            assertTrue(problem.contains(phrase), problem);
        }
    }
}
