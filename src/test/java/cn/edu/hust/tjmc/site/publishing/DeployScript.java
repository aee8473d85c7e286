package cn.edu.hust.tjmc.site.publishing;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs deploy/deploy.sh with bash, its output kept apart: a failure must say why in one line on stderr. */
final class DeployScript {

    record Result(int exitCode, String stdout, String stderr) {
    }

    /** A deploy started and not yet waited for; its output goes to {@code work/<name>.stdout} and {@code .stderr}. */
    record Running(Process process, Path work, String name) {

        Result finish() throws Exception {
            if (!process.waitFor(2, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new AssertionError("deploy.sh did not finish in 2 minutes");
            }
            return new Result(process.exitValue(),
                    Files.readString(work.resolve(name + ".stdout"), StandardCharsets.UTF_8),
                    Files.readString(work.resolve(name + ".stderr"), StandardCharsets.UTF_8));
        }
    }

    private DeployScript() {
    }

    /** The project's deploy/deploy.sh. */
    static Path script() {
        return CiLinters.projectDir().resolve("deploy/deploy.sh");
    }

    /** Runs the project's script in {@code work}, which also receives its output files. */
    static Result run(Path work, List<String> arguments, Map<String, String> environment) throws Exception {
        return start(work, "deploy", script(), arguments, environment).finish();
    }

    /**
     * Starts {@code script} in {@code work}. {@code environment} is added to this JVM's; a null
     * value removes the variable (GITHUB_SHA, say, which CI sets).
     */
    static Running start(Path work, String name, Path script, List<String> arguments, Map<String, String> environment)
            throws Exception {
        List<String> command = new ArrayList<>(List.of("bash", script.toString()));
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command).directory(work.toFile())
                .redirectOutput(work.resolve(name + ".stdout").toFile())
                .redirectError(work.resolve(name + ".stderr").toFile());
        environment.forEach((variable, value) -> {
            if (value == null) {
                builder.environment().remove(variable);
            } else {
                builder.environment().put(variable, value);
            }
        });
        Process process = builder.start();
        process.getOutputStream().close();
        return new Running(process, work, name);
    }
}
