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
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * .gitlab-ci.yml against GitLab's own JSON Schema of it (offline: the copy gitlab-ci-local
 * bundles, see .ci/lint/gitlab-ci-schema.cjs), and the report path the build writes.
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

    private static JsonNode pipeline() throws Exception {
        return new YAMLMapper().readTree(CiLinters.projectDir().resolve(".gitlab-ci.yml").toFile());
    }
}
