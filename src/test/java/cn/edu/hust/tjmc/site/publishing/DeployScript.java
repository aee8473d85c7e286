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

    private DeployScript() {
    }

    /** Runs the script in {@code work}, which also receives its output files. */
    static Result run(Path work, List<String> arguments, Map<String, String> environment) throws Exception {
        List<String> command = new ArrayList<>(List.of("bash", CiLinters.projectDir().resolve("deploy/deploy.sh").toString()));
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command).directory(work.toFile())
                .redirectOutput(work.resolve("stdout").toFile()).redirectError(work.resolve("stderr").toFile());
        builder.environment().putAll(environment);
        Process process = builder.start();
        process.getOutputStream().close();
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("deploy.sh did not finish in 2 minutes");
        }
        return new Result(process.exitValue(), Files.readString(work.resolve("stdout"), StandardCharsets.UTF_8),
                Files.readString(work.resolve("stderr"), StandardCharsets.UTF_8));
    }
}
