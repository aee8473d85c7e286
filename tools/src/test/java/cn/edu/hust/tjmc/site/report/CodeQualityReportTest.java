package cn.edu.hust.tjmc.site.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class CodeQualityReportTest {

    private static final Problem DATE = new Problem(Path.of("data/timeline.yaml"), 12, 11, "events[3].date",
            "not a real date (write YYYY-MM-DD)");

    @Test
    void eachMistakeIsAnIssueWithTheFieldsGitLabReads() throws Exception {
        JsonNode issue = parse(CodeQualityReport.json(List.of(DATE), List.of(), "site/")).get(0);
        assertEquals("events[3].date: not a real date (write YYYY-MM-DD)", issue.get("description").asText());
        assertEquals("events[3].date", issue.get("check_name").asText());
        assertEquals("major", issue.get("severity").asText());
        assertEquals("site/data/timeline.yaml", issue.at("/location/path").asText());
        assertEquals(12, issue.at("/location/lines/begin").asInt());
        assertEquals(64, issue.get("fingerprint").asText().length());
    }

    @Test
    void aWarningIsAMinorIssueAfterTheMistakes() throws Exception {
        Problem unused = new Problem(Path.of("content/photos/spare.jpg"), 0, 0, "", "no page or event shows this photo");
        JsonNode issues = parse(CodeQualityReport.json(List.of(DATE), List.of(unused), ""));
        assertEquals(2, issues.size());
        assertEquals("major", issues.get(0).get("severity").asText());
        assertEquals("minor", issues.get(1).get("severity").asText());
        assertEquals("content/photos/spare.jpg", issues.get(1).at("/location/path").asText());
        assertEquals(1, issues.get(1).at("/location/lines/begin").asInt());
    }

    @Test
    void noMistakeIsAnEmptyArray() throws Exception {
        assertEquals(0, parse(CodeQualityReport.json(List.of(), List.of(), "")).size());
    }

    @Test
    void theFingerprintStaysWhenTheMistakeMovesAndDiffersWhenItChanges() throws Exception {
        Problem moved = new Problem(DATE.file(), 40, 3, DATE.field(), DATE.message());
        Problem otherField = new Problem(DATE.file(), 12, 11, "events[4].date", DATE.message());
        Problem otherFile = new Problem(Path.of("data/partners.yaml"), 12, 11, DATE.field(), DATE.message());
        String first = fingerprint(DATE);
        assertEquals(first, fingerprint(DATE), "two runs");
        assertEquals(first, fingerprint(moved), "same mistake on another line");
        assertNotEquals(first, fingerprint(otherField));
        assertNotEquals(first, fingerprint(otherFile));
    }

    @Test
    void twoIdenticalMistakesInOneFileHaveTwoFingerprints() throws Exception {
        Problem again = new Problem(DATE.file(), 30, 11, DATE.field(), DATE.message());
        JsonNode issues = parse(CodeQualityReport.json(List.of(DATE, again), List.of(), ""));
        assertNotEquals(issues.get(0).get("fingerprint").asText(), issues.get(1).get("fingerprint").asText());
    }

    /**
     * An outdated translation's warning shows the English lines that changed below its first line
     * where the history tells, and why not in a shallow clone: the same warning, the same issue.
     */
    @Test
    void aWarningIsTheSameIssueWhateverItsLinesAfterTheFirstSay() throws Exception {
        String first = "the English of content/about.md has changed since this translation was made (expected …)";
        Problem withLines = new Problem(Path.of("content/zh/about.md"), 8, 1, "source_version", first
                + "\nEnglish lines that changed:\n- old\n+ new");
        Problem without = new Problem(withLines.file(), 8, 1, "source_version", first
                + "\nWhich English lines changed cannot be shown: no earlier English text with this version in the git history");
        assertEquals(fingerprintOfWarning(withLines), fingerprintOfWarning(without));
        JsonNode issue = parse(CodeQualityReport.json(List.of(), List.of(withLines), "")).get(0);
        assertEquals("source_version: " + withLines.message(), issue.get("description").asText(), "all its lines shown");
        Problem otherFirstLine = new Problem(withLines.file(), 8, 1, "source_version", "the English of"
                + " content/about.md has changed (expected another value)\nEnglish lines that changed:\n- old\n+ new");
        assertNotEquals(fingerprintOfWarning(withLines), fingerprintOfWarning(otherFirstLine));
    }

    private static String fingerprintOfWarning(Problem warning) throws Exception {
        return parse(CodeQualityReport.json(List.of(), List.of(warning), "")).get(0).get("fingerprint").asText();
    }

    private static String fingerprint(Problem problem) throws Exception {
        return parse(CodeQualityReport.json(List.of(problem), List.of(), "")).get(0).get("fingerprint").asText();
    }

    private static JsonNode parse(String json) throws Exception {
        return new ObjectMapper().readTree(json);
    }
}
