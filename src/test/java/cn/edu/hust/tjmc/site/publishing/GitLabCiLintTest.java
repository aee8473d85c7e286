package cn.edu.hust.tjmc.site.publishing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.edu.hust.tjmc.site.report.CodeQualityReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * .gitlab-ci.yml against GitLab's own JSON Schema of it (offline: the copy gitlab-ci-local
 * bundles, see .ci/lint/gitlab-ci-schema.cjs), the report path the build writes, and the one
 * CI script, .ci/run, on JDK 17 and 25.
 */
class GitLabCiLintTest {

    private static JsonSchema schema;

    @BeforeAll
    static void loadGitLabSchema() throws Exception {
        CiLinters.Run run = CiLinters.node("gitlab-ci-schema.cjs", List.of());
        assertEquals(0, run.exitCode(), run.output());
        schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(run.output());
    }

    @Test
    void thePipelineFollowsGitLabsSchema() throws Exception {
        Set<ValidationMessage> mistakes = schema.validate(pipeline());
        assertTrue(mistakes.isEmpty(), ".gitlab-ci.yml: " + mistakes.stream()
                .map(ValidationMessage::getMessage).sorted().collect(Collectors.joining("\n")));
    }

    /** Guards the schema check itself: a misspelt keyword and a wrong type must not pass. */
    @Test
    void theSchemaRejectsABrokenPipeline() throws Exception {
        JsonNode broken = new YAMLMapper().readTree("""
                test:
                  scrip: [echo]
                  when: sometimes
                """);
        assertFalse(schema.validate(broken).isEmpty());
    }

    @Test
    void theTestJobKeepsTheCodeQualityReportTheBuildWrites() throws Exception {
        JsonNode test = pipeline().path("test");
        assertEquals(CodeQualityReport.PATH, test.at("/artifacts/reports/codequality").asText());
        assertEquals("always", test.at("/artifacts/when").asText(), "the report is kept when the build fails too");
    }

    @Test
    void mergeRequestPreviewsAreParallelDeploymentsThatExpire() throws Exception {
        JsonNode preview = pipeline().path("pages-preview").path("pages");
        assertEquals("mr-$CI_MERGE_REQUEST_IID", preview.path("path_prefix").asText());
        assertFalse(preview.path("expire_in").asText().isEmpty());
        assertEquals("$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH",
                pipeline().at("/pages/rules/0/if").asText(), "the pages job publishes the default branch only");
    }

    @Test
    void bothTestJobsRunCiRunOnJdk17And25() throws Exception {
        JsonNode pipeline = pipeline();
        List<String> jdks = new ArrayList<>();
        for (String job : List.of("test", "test-jdk25")) {
            List<String> script = lines(resolved(pipeline, job, "script"));
            assertEquals(1, script.size(), job + ": " + script);
            assertTrue(script.get(0).endsWith(" .ci/run"), job + " runs " + script);
            jdks.add(resolved(pipeline, job, "variables").path("JDK").asText());
        }
        assertEquals(List.of("17", "25"), jdks);
    }

    /** Builds and packages go through .ci/run, so that no job builds the site again. */
    @Test
    void noJobRunsMavenOrAptGetItself() throws Exception {
        List<String> found = new ArrayList<>();
        pipeline().fields().forEachRemaining(job -> {
            for (String part : List.of("before_script", "script", "after_script")) {
                lines(job.getValue().path(part)).stream().filter(line -> line.contains("mvnw") || line.contains("apt-get"))
                        .forEach(line -> found.add(job.getKey() + ", " + part + ": " + line));
            }
        });
        assertEquals(List.of(), found, "run .ci/run instead");
    }

    @Test
    void thePagesJobsPublishTheTestJobsBuildOnceBothTestJobsPassed() throws Exception {
        JsonNode pipeline = pipeline();
        assertTrue(lines(pipeline.at("/test/artifacts/paths")).contains("target/to-publish/"));
        for (String job : List.of("pages", "pages-preview")) {
            assertEquals("target/to-publish/site", pipeline.at("/" + job + "/pages/publish").asText(), job);
            assertEquals(List.of("test", "test-jdk25"), lines(resolved(pipeline, job, "needs")), job);
        }
    }

    /** A job's keyword, its own or else from the templates it extends (the last one first, as GitLab merges them). */
    private static JsonNode resolved(JsonNode pipeline, String job, String keyword) {
        JsonNode node = pipeline.path(job);
        if (node.has(keyword)) {
            return node.get(keyword);
        }
        List<String> parents = node.path("extends").isArray() ? lines(node.path("extends")) : List.of(node.path("extends").asText());
        for (int i = parents.size() - 1; i >= 0; i--) {
            if (!parents.get(i).isEmpty()) {
                JsonNode found = resolved(pipeline, parents.get(i), keyword);
                if (!found.isMissingNode()) {
                    return found;
                }
            }
        }
        return node.path(keyword);
    }

    private static List<String> lines(JsonNode node) {
        if (node.isTextual()) {
            return List.of(node.asText());
        }
        return StreamSupport.stream(node.spliterator(), false).map(JsonNode::asText).toList();
    }

    private static JsonNode pipeline() throws Exception {
        return new YAMLMapper().readTree(CiLinters.projectDir().resolve(".gitlab-ci.yml").toFile());
    }
}
