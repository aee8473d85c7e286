package cn.edu.hust.tjmc.site.publishing;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The CI files' linters, installed from .ci/lint/package-lock.json with {@code npm ci --prefix .ci/lint}
 * (.ci/run does it) and run under node. A test that needs them fails, never skips, when they are missing.
 */
final class CiLinters {

    /** What a linter printed and how it exited. */
    record Run(int exitCode, String output) {
    }

    private CiLinters() {
    }

    static Path projectDir() {
        String dir = System.getProperty("project.dir");
        if (dir == null) {
            throw new IllegalStateException("system property project.dir is needed (set by the pom's failsafe configuration)");
        }
        return Path.of(dir);
    }

    /** Runs {@code node .ci/lint/<script> arguments...} in the project folder. */
    static Run node(String script, List<String> arguments) throws IOException, InterruptedException {
        Path lint = projectDir().resolve(".ci/lint");
        if (!Files.isDirectory(lint.resolve("node_modules"))) {
            fail("The CI linters are not installed: run `npm ci --prefix .ci/lint` (mvn verify does, in pre-integration-test), then test again.");
        }
        List<String> command = new ArrayList<>(List.of("node", lint.resolve(script).toString()));
        command.addAll(arguments);
        Process process;
        try {
            process = new ProcessBuilder(command).directory(projectDir().toFile()).redirectErrorStream(true).start();
        } catch (IOException e) {
            fail("node is needed to run the CI linters and was not found on PATH: " + e.getMessage());
            throw e;
        }
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            fail("node " + script + " did not finish in 2 minutes");
        }
        return new Run(process.exitValue(), output);
    }
}
