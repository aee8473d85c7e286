package cn.edu.hust.tjmc.site.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Mistakes as a GitLab Code Quality report, which GitLab shows in a merge request's changes.
 * .gitlab-ci.yml names {@link #PATH} under {@code artifacts:reports:codequality}.
 */
public final class CodeQualityReport {

    /** Where the build writes the report, from the project folder. */
    public static final String PATH = "target/code-quality-report.json";

    private CodeQualityReport() {
    }

    /**
     * The report: mistakes as "major" issues, warnings as "minor"; "[]" when there is neither, so
     * that GitLab learns they are all fixed.
     */
    public static String json(List<Problem> problems, List<Problem> warnings, String pathPrefix) {
        List<Map<String, Object>> issues = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        problems.stream().sorted().forEach(problem -> issues.add(issue(problem, "major", pathPrefix, seen)));
        warnings.stream().sorted().forEach(warning -> issues.add(issue(warning, "minor", pathPrefix, seen)));
        try {
            return new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(issues) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> issue(Problem problem, String severity, String pathPrefix, Map<String, Integer> seen) {
        String path = pathPrefix + CiPaths.slashed(problem.file());
        // a warning's identity is marked, a mistake's is as it has always been (its fingerprint stays);
        // a warning's is its message's first line: the lines after it show what changed in the English
        // (check.TranslationCheck), which a shallow CI clone cannot, and the warning is the same
        String identity = severity.equals("major") ? path + "\n" + problem.field() + "\n" + problem.message()
                : severity + "\n" + path + "\n" + problem.field() + "\n" + problem.message().lines().findFirst().orElse("");
        int occurrence = seen.merge(identity, 1, Integer::sum);
        Map<String, Object> issue = new LinkedHashMap<>();
        issue.put("description", problem.field().isEmpty()
                ? problem.message() : problem.field() + ": " + problem.message());
        issue.put("check_name", problem.field().isEmpty() ? "site-check" : problem.field());
        issue.put("fingerprint", fingerprint(identity + "\n" + occurrence));
        issue.put("severity", severity);
        issue.put("location", Map.of("path", path, "lines", Map.of("begin", Math.max(problem.line(), 1))));
        return issue;
    }

    /**
     * Stable across runs: from the file, field and message, not the line, so a mistake that
     * moves when lines are added above it stays the same issue; the occurrence number keeps two
     * identical mistakes in one file apart.
     */
    private static String fingerprint(String identity) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(identity.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
