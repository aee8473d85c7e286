package cn.edu.hust.tjmc.site.publishing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * deploy/deploy.sh against a local folder (and over an ssh that runs here): releases, the atomic
 * switch of current, the order of releases by sequence, rollback, the lock, the security headers
 * that travel with each release, failures with real rsync on a full disk.
 */
class DeployScriptTest {

    private static final String RELEASE_NAME = "\\d{6}-\\d{8}T\\d{6}Z-([0-9a-f]{4,}|nogit)";
    private static final String HEADERS = "add_header X-Test-Policy \"first\" always;\n";

    @TempDir
    Path work;

    private Path site;
    private Path headers;
    private Path dest;

    @BeforeEach
    void madeUpSiteAndEmptyDestination() throws IOException {
        // as the build writes them: target/site and target/nginx/security-headers.conf
        site = Files.createDirectories(work.resolve("build/site"));
        headers = Files.writeString(Files.createDirectories(work.resolve("build/nginx")).resolve("security-headers.conf"), HEADERS);
        Files.writeString(site.resolve("index.html"), "<p>first</p>");
        Files.writeString(site.resolve("404.html"), "<p>not found</p>");
        Files.writeString(site.resolve(".htaccess"), "ErrorDocument 404 /404.html");
        Files.createDirectories(site.resolve("css"));
        Files.writeString(site.resolve("css/site.css"), "body { margin: 0 }");
        dest = Files.createDirectories(work.resolve("www"));
    }

    @Test
    void aDeployUploadsAReleaseAndPointsCurrentAtItRelatively() throws Exception {
        DeployScript.Result result = deploy();
        assertEquals(0, result.exitCode(), result.stderr());
        Path link = Files.readSymbolicLink(dest.resolve("current"));
        assertFalse(link.isAbsolute(), "current must be a relative symlink: " + link);
        assertEquals(List.of(link.getFileName().toString()), releases());
        assertTrue(link.getFileName().toString().matches(RELEASE_NAME), link.toString());
        assertEquals("<p>first</p>", Files.readString(dest.resolve("current/index.html")));
        assertEquals("body { margin: 0 }", Files.readString(dest.resolve("current/css/site.css")));
        assertTrue(Files.exists(dest.resolve("current/.htaccess")), "dot-files are part of the site");
        assertEquals("deploy.sh: " + dest + "/current -> " + link, result.stdout().lines().findFirst().orElse(""));
    }

    @Test
    void aSecondDeploySwitchesCurrentAndHardLinksUnchangedFiles() throws Exception {
        deploy();
        Path first = dest.resolve("current").toRealPath();
        Files.writeString(site.resolve("index.html"), "<p>second</p>");
        // Every build writes every page again: same content, a new modification time.
        Files.setLastModifiedTime(site.resolve("404.html"), FileTime.from(Instant.now().plusSeconds(60)));
        assertEquals(0, deploy().exitCode());
        Path second = dest.resolve("current").toRealPath();
        assertNotEquals(first, second);
        assertEquals("<p>second</p>", Files.readString(dest.resolve("current/index.html")));
        assertEquals("<p>first</p>", Files.readString(first.resolve("index.html")), "the old release stays for rollback");
        assertEquals(Files.getAttribute(first.resolve("css/site.css"), "unix:ino"),
                Files.getAttribute(second.resolve("css/site.css"), "unix:ino"), "an unchanged file is stored once");
        assertEquals(Files.getAttribute(first.resolve("404.html"), "unix:ino"),
                Files.getAttribute(second.resolve("404.html"), "unix:ino"), "a page written again unchanged is stored once");
        assertNotEquals(Files.getAttribute(first.resolve("index.html"), "unix:ino"),
                Files.getAttribute(second.resolve("index.html"), "unix:ino"));
    }

    @Test
    void aHostAndPathDeployGoesOverSshForUploadSwitchAndRollback() throws Exception {
        // An ssh that runs the command line here, as sshd would run it on the server.
        Path bin = Files.createDirectories(work.resolve("ssh-bin"));
        Path ssh = Files.writeString(bin.resolve("ssh"), "#!/bin/sh\nshift\necho \"$*\" >> '" + work.resolve("ssh.log") + "'\nexec sh -c \"$*\"\n");
        Files.setPosixFilePermissions(ssh, PosixFilePermissions.fromString("rwxr-xr-x"));
        Map<String, String> environment = Map.of("DEPLOY_SSH", ssh.toString());
        String remote = "college-server:" + dest;
        assertEquals(0, run(List.of("--site", site.toString(), remote), environment).exitCode());
        Path first = dest.resolve("current").toRealPath();
        Files.writeString(site.resolve("index.html"), "<p>second</p>");
        DeployScript.Result second = run(List.of("--site", site.toString(), remote), environment);
        assertEquals(0, second.exitCode(), second.stderr());
        assertEquals("<p>second</p>", Files.readString(dest.resolve("current/index.html")));
        assertEquals(0, run(List.of("--rollback", remote), environment).exitCode());
        assertEquals(first, dest.resolve("current").toRealPath());
        String log = Files.readString(work.resolve("ssh.log"));
        assertTrue(log.contains("rsync --server") && log.contains("'activate'"), log);
    }

    @Test
    void rollbackPointsCurrentAtThePreviousRelease() throws Exception {
        deploy();
        Path first = dest.resolve("current").toRealPath();
        Files.writeString(site.resolve("index.html"), "<p>second</p>");
        deploy();
        DeployScript.Result result = run(List.of("--rollback", dest.toString()), Map.of());
        assertEquals(0, result.exitCode(), result.stderr());
        assertEquals(first, dest.resolve("current").toRealPath());
        assertEquals("<p>first</p>", Files.readString(dest.resolve("current/index.html")));
    }

    @Test
    void rollbackWithNoEarlierReleaseFailsAndLeavesCurrent() throws Exception {
        deploy();
        Path current = Files.readSymbolicLink(dest.resolve("current"));
        DeployScript.Result result = run(List.of("--rollback", dest.toString()), Map.of());
        assertFailedInOneLine(result, "no complete release before");
        assertEquals(current, Files.readSymbolicLink(dest.resolve("current")));
    }

    @Test
    void theLastFiveReleasesAreKept() throws Exception {
        // six deploys: the sixth removes the first (each deploy is a third of a second of rsync and ssh)
        for (int i = 1; i <= 6; i++) {
            Files.writeString(site.resolve("index.html"), "<p>" + i + "</p>");
            assertEquals(0, deploy().exitCode());
        }
        List<String> releases = releases();
        assertEquals(5, releases.size(), releases.toString());
        assertEquals(releases.get(4), Files.readSymbolicLink(dest.resolve("current")).getFileName().toString());
        assertEquals("<p>6</p>", Files.readString(dest.resolve("current/index.html")));
    }

    @Test
    void aFailingRsyncLeavesCurrentAsItWas() throws Exception {
        deploy();
        Path current = Files.readSymbolicLink(dest.resolve("current"));
        Path bin = fakeRsync("echo 'rsync: connection unexpectedly closed' >&2\necho 'rsync error: error in rsync protocol data stream (code 12)' >&2\nexit 12");
        Files.writeString(site.resolve("index.html"), "<p>second</p>");
        DeployScript.Result result = run(List.of("--site", site.toString(), dest.toString()), Map.of("PATH", bin + ":" + System.getenv("PATH")));
        assertFailedInOneLine(result, "rsync exit 12");
        assertEquals(current, Files.readSymbolicLink(dest.resolve("current")));
        assertEquals("<p>first</p>", Files.readString(dest.resolve("current/index.html")));
        assertEquals(List.of(current.getFileName().toString()), releases(), "the partial release is removed");
    }

    @Test
    void aHalfFinishedUploadLeavesCurrentAsItWas() throws Exception {
        deploy();
        Path current = Files.readSymbolicLink(dest.resolve("current"));
        // rsync that reports success but leaves a file out, as an interrupted transfer can.
        Path bin = fakeRsync("exec /usr/bin/rsync --exclude=404.html \"$@\"");
        Files.writeString(site.resolve("index.html"), "<p>second</p>");
        DeployScript.Result result = run(List.of("--site", site.toString(), dest.toString()), Map.of("PATH", bin + ":" + System.getenv("PATH")));
        assertFailedInOneLine(result, "incomplete");
        assertEquals(current, Files.readSymbolicLink(dest.resolve("current")));
        assertEquals("<p>first</p>", Files.readString(dest.resolve("current/index.html")));
        assertEquals(0, deploy().exitCode(), "the next good deploy goes through");
        assertEquals(2, releases().size(), "and removes the incomplete release: " + releases());
    }

    @Test
    void aMissingSiteLeavesCurrentAsItWas() throws Exception {
        deploy();
        Path current = Files.readSymbolicLink(dest.resolve("current"));
        DeployScript.Result result = run(List.of("--site", work.resolve("no-site").toString(), dest.toString()), Map.of());
        assertFailedInOneLine(result, "no site at");
        assertEquals(current, Files.readSymbolicLink(dest.resolve("current")));
        assertEquals(1, releases().size());
    }

    @Test
    void aMissingDestinationFailsInOneLine() throws Exception {
        assertFailedInOneLine(run(List.of("--site", site.toString(), work.resolve("no-www").toString()), Map.of()),
                "does not exist");
        assertFailedInOneLine(run(List.of("--site", site.toString()), Map.of()), "no DEST given");
    }

    @Test
    void theSecurityHeadersTravelWithEachReleaseOutsideItsWebRoot() throws Exception {
        DeployScript.Result first = deploy();
        String firstRelease = currentRelease();
        Path included = dest.resolve("nginx/security-headers.conf");
        assertEquals(HEADERS, Files.readString(included), "nginx includes the headers of the release");
        assertEquals(dest.resolve("nginx/" + firstRelease + ".conf").toRealPath(), included.toRealPath());
        try (Stream<Path> files = Files.walk(dest.resolve("current/"))) {
            assertTrue(files.noneMatch(file -> file.toString().endsWith(".conf")), "the headers are not in the web root");
        }
        assertTrue(first.stdout().lines().skip(1).findFirst().orElse("").contains("reload nginx"),
                "the first deploy says nginx must be reloaded: " + first.stdout());

        Files.writeString(site.resolve("index.html"), "<p>second</p>");
        DeployScript.Result unchanged = deploy();
        assertEquals(1, unchanged.stdout().lines().count(), "same headers, no reload: " + unchanged.stdout());

        Files.writeString(headers, "add_header X-Test-Policy \"third\" always;\n");
        Files.writeString(site.resolve("index.html"), "<p>third</p>");
        DeployScript.Result changed = deploy();
        assertTrue(changed.stdout().contains("security-headers.conf changed") && changed.stdout().contains("reload nginx"),
                changed.stdout());
        assertTrue(Files.readString(included).contains("third"));

        assertEquals(0, run(List.of("--rollback", dest.toString()), Map.of()).exitCode());
        assertEquals(HEADERS, Files.readString(included), "a rollback brings back the release's own headers");
    }

    @ParameterizedTest(name = "over ssh: {0}")
    @ValueSource(booleans = {false, true})
    void aDiskFullUploadLeavesNoPartialReleaseAndSaysWhy(boolean overSsh) throws Exception {
        dest = Files.createDirectories(work.resolve("small-disk"));
        Process mount = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", dest.toString())
                .redirectErrorStream(true).start();
        String why = new String(mount.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        Assumptions.assumeTrue(mount.waitFor() == 0,
                "a full disk needs a 2 MB tmpfs, and mount needs root with CAP_SYS_ADMIN: " + why.strip());
        try {
            List<String> deploy = List.of("--site", site.toString(), overSsh ? "college-server:" + dest : dest.toString());
            Map<String, String> environment = overSsh ? Map.of("DEPLOY_SSH", fakeSsh().toString()) : Map.of();
            assertEquals(0, run(deploy, environment).exitCode());
            String current = currentRelease();

            byte[] photo = new byte[3 * 1024 * 1024]; // more than the disk holds, and incompressible
            new Random(16).nextBytes(photo);
            Files.write(site.resolve("big-photo.jpg"), photo);
            Files.writeString(site.resolve("index.html"), "<p>second</p>");
            assertFailedInOneLine(run(deploy, environment), "No space left on device");
            assertEquals(current, currentRelease());
            assertEquals(List.of(current), releases(), "the partial release is removed");
            assertEquals(List.of(current + ".conf", "security-headers.conf"), list(dest.resolve("nginx")));

            Files.delete(site.resolve("big-photo.jpg"));
            DeployScript.Result next = run(deploy, environment);
            assertEquals(0, next.exitCode(), "once the site fits, the next deploy goes through: " + next.stderr());
            assertEquals("<p>second</p>", Files.readString(dest.resolve("current/index.html")));
        } finally {
            new ProcessBuilder("umount", dest.toString()).inheritIO().start().waitFor();
        }
    }

    @Test
    void aDeployWhileAnotherHoldsTheLockStopsWithOneLine() throws Exception {
        deploy();
        // The first deploy's rsync waits for the test, so that the second starts while it runs.
        Path started = work.resolve("rsync-started");
        Path go = work.resolve("go");
        Path bin = fakeRsync("touch '" + started + "'\ni=0\nwhile [ ! -e '" + go + "' ] && [ $i -lt 1200 ]; do sleep 0.1; i=$((i + 1)); done\n"
                + "exec /usr/bin/rsync \"$@\"");
        Files.writeString(site.resolve("index.html"), "<p>second</p>");
        DeployScript.Running first = DeployScript.start(work, "first", DeployScript.script(),
                List.of("--site", site.toString(), dest.toString()), Map.of("PATH", bin + ":" + System.getenv("PATH")));
        try {
            Instant deadline = Instant.now().plus(Duration.ofMinutes(1));
            while (!Files.exists(started) && first.process().isAlive() && Instant.now().isBefore(deadline)) {
                Thread.sleep(50);
            }
            assertTrue(Files.exists(started), "the first deploy never reached its upload");
            String current = currentRelease();
            DeployScript.Result second = deploy();
            assertFailedInOneLine(second, "another deploy is running on " + dest);
            assertEquals(current, currentRelease());
        } finally {
            Files.writeString(go, "");
        }
        DeployScript.Result firstResult = first.finish();
        assertEquals(0, firstResult.exitCode(), firstResult.stderr());
        assertEquals("<p>second</p>", Files.readString(dest.resolve("current/index.html")));
        assertEquals(0, deploy().exitCode(), "the lock is free again");
    }

    @Test
    void aDeployOutsideAGitCheckoutNamesTheReleaseNogit() throws Exception {
        Path copy = Files.copy(DeployScript.script(), Files.createDirectories(work.resolve("unpacked/deploy")).resolve("deploy.sh"));
        Map<String, String> noCommit = new HashMap<>();
        noCommit.put("GITHUB_SHA", null);
        noCommit.put("CI_COMMIT_SHORT_SHA", null);
        noCommit.put("GIT_CEILING_DIRECTORIES", work.toString());
        DeployScript.Result result = DeployScript.start(work, "nogit", copy, List.of("--site", site.toString(), dest.toString()), noCommit)
                .finish();
        assertEquals(0, result.exitCode(), result.stderr());
        assertTrue(currentRelease().matches("\\d{6}-\\d{8}T\\d{6}Z-nogit"), currentRelease());
        assertEquals("<p>first</p>", Files.readString(dest.resolve("current/index.html")));
    }

    @Test
    void rollbackFollowsTheSequenceNotTheDeployingClock() throws Exception {
        String first = deployAt("20261130T120000Z", "<p>1</p>");
        String second = deployAt("20261201T090000Z", "<p>2</p>");
        deployAt("20260101T000000Z", "<p>3</p>"); // a clock that went back by a year
        DeployScript.Result back = run(List.of("--rollback", dest.toString()), Map.of());
        assertEquals(0, back.exitCode(), back.stderr());
        assertEquals(second, currentRelease());
        assertEquals("<p>2</p>", Files.readString(dest.resolve("current/index.html")));
        assertEquals(0, run(List.of("--rollback", dest.toString()), Map.of()).exitCode());
        assertEquals(first, currentRelease());
    }

    @Test
    void toMovesCurrentToAnyKeptReleaseForwardAsWellAsBack() throws Exception {
        String first = deployAt("20261130T120000Z", "<p>1</p>");
        deployAt("20261130T110000Z", "<p>2</p>");
        String third = deployAt("20261130T100000Z", "<p>3</p>");
        assertEquals(0, run(List.of("--to", first, dest.toString()), Map.of()).exitCode());
        assertEquals(first, currentRelease());
        DeployScript.Result forward = run(List.of("--to", third, dest.toString()), Map.of());
        assertEquals(0, forward.exitCode(), forward.stderr());
        assertEquals(third, currentRelease());
        assertEquals("deploy.sh: " + dest + "/current -> releases/" + third, forward.stdout().lines().findFirst().orElse(""));
        assertEquals("<p>3</p>", Files.readString(dest.resolve("current/index.html")));
        assertFailedInOneLine(run(List.of("--to", "000099-nothing", dest.toString()), Map.of()), "no release 000099-nothing");
        assertEquals(third, currentRelease());
    }

    @Test
    void theLastFiveReleasesBySequenceAreKeptWhateverTheClock() throws Exception {
        List<String> deployed = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            deployed.add(deployAt("2026120" + (9 - i) + "T120000Z", "<p>" + i + "</p>")); // each clock earlier
        }
        assertEquals(deployed.subList(1, 6), releases());
        assertEquals(deployed.get(5), currentRelease());
    }

    private static void assertFailedInOneLine(DeployScript.Result result, String reason) {
        assertNotEquals(0, result.exitCode(), "should have failed: " + result.stdout());
        List<String> lines = result.stderr().lines().toList();
        assertEquals(1, lines.size(), "one line saying why, not:\n" + result.stderr());
        assertTrue(lines.get(0).startsWith("deploy.sh: ") && lines.get(0).contains(reason), lines.get(0));
        assertEquals("", result.stdout());
    }

    private DeployScript.Result deploy() throws Exception {
        return run(List.of("--site", site.toString(), dest.toString()), Map.of());
    }

    /** Deploys {@code page} as index.html with the deploying computer's clock at {@code time}; returns the release's name. */
    private String deployAt(String time, String page) throws Exception {
        Files.writeString(site.resolve("index.html"), page);
        Path bin = fakeProgram("clock", "date", "echo " + time);
        DeployScript.Result result = run(List.of("--site", site.toString(), dest.toString()), Map.of("PATH", bin + ":" + System.getenv("PATH")));
        assertEquals(0, result.exitCode(), result.stderr());
        assertTrue(currentRelease().contains(time), currentRelease());
        return currentRelease();
    }

    private String currentRelease() throws IOException {
        return Files.readSymbolicLink(dest.resolve("current")).getFileName().toString();
    }

    private List<String> releases() throws IOException {
        return list(dest.resolve("releases"));
    }

    private static List<String> list(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        }
    }

    private Path fakeRsync(String body) throws IOException {
        return fakeProgram("bin", "rsync", body);
    }

    /** An ssh that runs the command line here, as sshd would run it on the server. */
    private Path fakeSsh() throws IOException {
        return fakeProgram("ssh-bin", "ssh", "shift\nexec sh -c \"$*\"").resolve("ssh");
    }

    private Path fakeProgram(String folder, String name, String body) throws IOException {
        Path bin = Files.createDirectories(work.resolve(folder));
        Path program = Files.writeString(bin.resolve(name), "#!/bin/sh\n" + body + "\n");
        Files.setPosixFilePermissions(program, PosixFilePermissions.fromString("rwxr-xr-x"));
        return bin;
    }

    private DeployScript.Result run(List<String> arguments, Map<String, String> environment) throws Exception {
        return DeployScript.run(work, arguments, environment);
    }
}
