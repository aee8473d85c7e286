package cn.edu.hust.tjmc.site.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Builds that run twice and are killed: with real processes, since the lock belongs to a
 * process and a kill is what a process can not clean up after.
 */
class BuildLockTest {

    @TempDir
    Path dir;

    /** Another JVM: {@code hold} takes the build lock and keeps it until its input closes. */
    static Process child(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", System.getProperty("java.class.path"), ChildProcess.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }

    @Test
    void a_second_build_waits_for_the_first_and_says_so_in_one_line() throws Exception {
        Process first = child("hold", dir.toString());
        BufferedReader out = new BufferedReader(new InputStreamReader(first.getInputStream(), StandardCharsets.UTF_8));
        assertEquals("held", out.readLine());
        ByteArrayOutputStream said = new ByteArrayOutputStream();
        CompletableFuture<Void> second = CompletableFuture.runAsync(() ->
                BuildLock.acquire(dir, Duration.ofSeconds(60), new PrintStream(said, true, StandardCharsets.UTF_8)));
        Thread.sleep(1_000);
        assertFalse(second.isDone(), "the second build must wait while the first holds the lock");
        first.getOutputStream().close(); // the first build ends
        second.get(30, TimeUnit.SECONDS);
        assertTrue(said.toString(StandardCharsets.UTF_8).matches(
                "Another build of this folder is running \\(process \\d+\\); this one waits for it to finish.\\R"),
                said.toString(StandardCharsets.UTF_8));
        BuildLock.release(dir);
        assertFalse(Files.exists(dir.resolve(BuildLock.FILE)));
    }

    @Test
    void a_lock_left_by_a_killed_build_is_taken_over() throws Exception {
        Process first = child("hold", dir.toString());
        assertEquals("held", new BufferedReader(new InputStreamReader(first.getInputStream(),
                StandardCharsets.UTF_8)).readLine());
        first.destroyForcibly().waitFor();
        assertTrue(Files.exists(dir.resolve(BuildLock.FILE)), "a killed build cannot give its lock back");
        ByteArrayOutputStream said = new ByteArrayOutputStream();
        BuildLock.acquire(dir, Duration.ofSeconds(5), new PrintStream(said, true, StandardCharsets.UTF_8));
        assertEquals("", said.toString(StandardCharsets.UTF_8));
        BuildLock.release(dir);
    }

    /**
     * Kills a publish at each of its renames in turn, before the rename happens (strace's fault
     * injection): every time, every page of the old or the new site is there, whole, with the old
     * content or the new. Moving the old site aside and the new one in failed this at the second.
     */
    @Test
    void a_publish_killed_at_any_rename_leaves_a_whole_site() throws Exception {
        assertEquals(0, new ProcessBuilder("strace", "-V").redirectErrorStream(true).start().waitFor(),
                "strace is needed for this test (Debian: apt-get install strace; .ci/run installs it)");
        int pages = 6;
        for (int kill = 1; kill <= pages + 3; kill++) {
            Path site = dir.resolve("site" + kill);
            Path bake = dir.resolve("bake" + kill);
            for (int i = 0; i < pages; i++) {
                write(site.resolve("page" + i + ".html"), "old " + i);
                write(bake.resolve("page" + i + ".html"), "new " + i);
            }
            write(site.resolve("only-old.html"), "old");
            write(bake.resolve("css/only-new.css"), "new");
            List<String> command = new ArrayList<>(List.of("strace", "-f", "-qq", "-o", "/dev/null",
                    "-e", "trace=rename,renameat,renameat2",
                    "-e", "inject=rename,renameat,renameat2:signal=SIGKILL:when=" + kill,
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-XX:-UsePerfData",
                    "-cp", System.getProperty("java.class.path"), ChildProcess.class.getName(),
                    "publish", bake.toString(), site.toString()));
            new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(dir.resolve("out" + kill).toFile())
                    .start().waitFor();
            assertTrue(Files.isDirectory(site), "killed at rename " + kill + ": no site");
            for (int i = 0; i < pages; i++) {
                String page = Files.readString(site.resolve("page" + i + ".html"));
                assertTrue(page.equals("old " + i) || page.equals("new " + i),
                        "killed at rename " + kill + ": page" + i + " is '" + page + "'");
            }
        }
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    /** What the tests above run in a process of its own. */
    public static final class ChildProcess {
        public static void main(String[] args) throws Exception {
            Path dir = Path.of(args[1]);
            switch (args[0]) {
                case "hold" -> {
                    BuildLock.acquire(dir, Duration.ofSeconds(5), System.out);
                    System.out.println("held");
                    System.out.flush();
                    while (System.in.read() >= 0) {
                        // until the parent closes our input
                    }
                    BuildLock.release(dir);
                }
                case "publish" -> PublishSite.replace(dir, Path.of(args[2]));
                default -> throw new IllegalArgumentException(args[0]);
            }
        }
    }
}
