package cn.edu.hust.tjmc.site.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CiReportsTest {

    private static final Problem MISTAKE = new Problem(Path.of("content/about.md"), 3, 7, "title", "missing");
    private static final Problem WARNING = new Problem(Path.of("content/photos/spare.jpg"), 0, 0, "", "not shown");

    @TempDir
    Path repository;

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();

    @Test
    void outsideCiNothingIsPrintedOrWritten() throws Exception {
        Path project = Files.createDirectories(repository.resolve("site"));
        publish(List.of(MISTAKE), project, Map.of("CI", "true", "GITHUB_ACTIONS", "false"));
        assertEquals("", printed());
        assertFalse(Files.exists(project.resolve(CodeQualityReport.PATH)));
        try (var files = Files.walk(repository)) {
            assertEquals(2, files.count(), "only the two folders");
        }
    }

    @Test
    void onGitHubEachMistakeIsAnnotatedAndSummarised() throws Exception {
        Path project = Files.createDirectories(repository.resolve("site"));
        Path summary = Files.writeString(repository.resolve("summary.md"), "earlier step\n");
        publish(List.of(MISTAKE), project, Map.of("GITHUB_ACTIONS", "true",
                "GITHUB_WORKSPACE", repository.toString(), "GITHUB_STEP_SUMMARY", summary.toString()));
        assertEquals("::error file=site/content/about.md,line=3,col=7,title=title::missing\n", printed());
        String table = Files.readString(summary);
        assertTrue(table.startsWith("earlier step\n### The site was not built: 1 mistake\n"), table);
        assertTrue(table.contains("| site/content/about.md | 3 | 7 | title | missing |"), table);
        assertFalse(Files.exists(project.resolve(CodeQualityReport.PATH)));
    }

    @Test
    void onGitHubAWarningOfABuiltSiteIsAWarningAnnotationAndSummarised() throws Exception {
        Path summary = Files.writeString(repository.resolve("summary.md"), "");
        publish(List.of(), List.of(WARNING), repository, Map.of("GITHUB_ACTIONS", "true",
                "GITHUB_WORKSPACE", repository.toString(), "GITHUB_STEP_SUMMARY", summary.toString()));
        assertEquals("::warning file=content/photos/spare.jpg,line=1,col=1::not shown\n", printed());
        String table = Files.readString(summary);
        assertTrue(table.startsWith("### The site was built, with 1 warning worth fixing\n"), table);
        assertTrue(table.contains("| content/photos/spare.jpg | 1 | 1 |  | not shown |"), table);
    }

    @Test
    void onGitLabAWarningIsAMinorIssue() throws Exception {
        publish(List.of(), List.of(WARNING), repository, Map.of("GITLAB_CI", "true", "CI_PROJECT_DIR", repository.toString()));
        String report = Files.readString(repository.resolve(CodeQualityReport.PATH));
        assertTrue(report.contains("\"severity\" : \"minor\""), report);
    }

    @Test
    void onGitHubAPassingCheckAddsNothing() throws Exception {
        Path summary = Files.writeString(repository.resolve("summary.md"), "");
        publish(List.of(), repository, Map.of("GITHUB_ACTIONS", "true", "GITHUB_STEP_SUMMARY", summary.toString()));
        assertEquals("", printed());
        assertEquals("", Files.readString(summary));
    }

    @Test
    void onGitLabTheReportIsWrittenWhenTheCheckFailsAndReplacedWhenItPasses() throws Exception {
        Path report = repository.resolve(CodeQualityReport.PATH);
        publish(List.of(MISTAKE), repository, Map.of("GITLAB_CI", "true", "CI_PROJECT_DIR", repository.toString()));
        assertTrue(Files.readString(report).contains("\"path\" : \"content/about.md\""), Files.readString(report));
        publish(List.of(), repository, Map.of("GITLAB_CI", "true", "CI_PROJECT_DIR", repository.toString()));
        assertEquals("[ ]\n", Files.readString(report));
        assertEquals("", printed(), "GitLab reads the report, not the log");
    }

    private void publish(List<Problem> problems, Path project, Map<String, String> environment) {
        publish(problems, List.of(), project, environment);
    }

    private void publish(List<Problem> problems, List<Problem> warnings, Path project, Map<String, String> environment) {
        CiReports.publish(problems, warnings, project, environment, new PrintStream(printed, true, StandardCharsets.UTF_8));
    }

    private String printed() {
        return printed.toString(StandardCharsets.UTF_8);
    }
}
