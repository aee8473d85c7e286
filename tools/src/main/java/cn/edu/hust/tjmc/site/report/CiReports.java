package cn.edu.hust.tjmc.site.report;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;

/**
 * The extra outputs a check gives on a CI system, chosen by the variables each one sets:
 * GitHub Actions ({@code GITHUB_ACTIONS=true}) gets annotations and a job summary, GitLab
 * ({@code GITLAB_CI=true}) a Code Quality report: mistakes as errors, warnings (which never stop
 * the build, such as a photo nothing shows) as warnings. Elsewhere nothing is added.
 */
public final class CiReports {

    private CiReports() {
    }

    /**
     * @param problems   the mistakes, none when the check passed
     * @param warnings   what should be fixed but did not stop the build
     * @param projectDir the folder {@link Problem#file()} is relative to
     * @param environment the process environment (System.getenv() in the build)
     * @param out        where workflow commands go: GitHub reads them from the step's output
     */
    public static void publish(List<Problem> problems, List<Problem> warnings, Path projectDir,
            Map<String, String> environment, PrintStream out) {
        List<Problem> sorted = problems.stream().sorted().toList();
        List<Problem> sortedWarnings = warnings.stream().sorted().toList();
        if ("true".equals(environment.get("GITHUB_ACTIONS"))) {
            String prefix = CiPaths.prefix(projectDir, environment.get("GITHUB_WORKSPACE"));
            sorted.forEach(problem -> out.println(GitHubAnnotations.error(problem, prefix)));
            sortedWarnings.forEach(warning -> out.println(GitHubAnnotations.warning(warning, prefix)));
            out.flush();
            String summaryFile = environment.get("GITHUB_STEP_SUMMARY");
            if ((!sorted.isEmpty() || !sortedWarnings.isEmpty()) && summaryFile != null && !summaryFile.isBlank()) {
                write(Path.of(summaryFile), GitHubAnnotations.summary(sorted, sortedWarnings, prefix),
                        StandardOpenOption.APPEND);
            }
        }
        if ("true".equals(environment.get("GITLAB_CI"))) {
            String prefix = CiPaths.prefix(projectDir, environment.get("CI_PROJECT_DIR"));
            write(projectDir.resolve(CodeQualityReport.PATH), CodeQualityReport.json(sorted, sortedWarnings, prefix),
                    StandardOpenOption.TRUNCATE_EXISTING);
        }
    }

    private static void write(Path file, String text, StandardOpenOption mode) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE, mode);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
