package cn.edu.hust.tjmc.site.publishing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** deploy/deploy.sh against a local folder: releases, the atomic switch of current, rollback, failures. */
class DeployScriptTest {

    @TempDir
    Path work;

    private Path site;
    private Path dest;

    @BeforeEach
    void madeUpSiteAndEmptyDestination() throws IOException {
        site = Files.createDirectories(work.resolve("site"));
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
        assertTrue(link.getFileName().toString().matches("\\d{8}T\\d{6}Z-[0-9a-f]{4,}"), link.toString());
        assertEquals("<p>first</p>", Files.readString(dest.resolve("current/index.html")));
        assertEquals("body { margin: 0 }", Files.readString(dest.resolve("current/css/site.css")));
        assertTrue(Files.exists(dest.resolve("current/.htaccess")), "dot-files are part of the site");
        assertEquals("deploy.sh: " + dest + "/current -> " + link, result.stdout().strip());
    }

    @Test
    void aSecondDeploySwitchesCurrentAndHardLinksUnchangedFiles() throws Exception {
        deploy();
        Path first = dest.resolve("current").toRealPath();
        Files.writeString(site.resolve("index.html"), "<p>second</p>");
        assertEquals(0, deploy().exitCode());
        Path second = dest.resolve("current").toRealPath();
        assertNotEquals(first, second);
        assertEquals("<p>second</p>", Files.readString(dest.resolve("current/index.html")));
        assertEquals("<p>first</p>", Files.readString(first.resolve("index.html")), "the old release stays for rollback");
        assertEquals(Files.getAttribute(first.resolve("css/site.css"), "unix:ino"),
                Files.getAttribute(second.resolve("css/site.css"), "unix:ino"), "an unchanged file is stored once");
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
        assertTrue(log.contains("rsync --server") && log.contains("bash -s -- activate"), log);
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
        for (int i = 1; i <= 7; i++) {
            Files.writeString(site.resolve("index.html"), "<p>" + i + "</p>");
            assertEquals(0, deploy().exitCode());
        }
        List<String> releases = releases();
        assertEquals(5, releases.size(), releases.toString());
        assertEquals(releases.get(4), Files.readSymbolicLink(dest.resolve("current")).getFileName().toString());
        assertEquals("<p>7</p>", Files.readString(dest.resolve("current/index.html")));
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

    private List<String> releases() throws IOException {
        try (Stream<Path> releases = Files.list(dest.resolve("releases"))) {
            return releases.map(release -> release.getFileName().toString()).sorted().toList();
        }
    }

    private Path fakeRsync(String body) throws IOException {
        Path bin = Files.createDirectories(work.resolve("bin"));
        Path rsync = Files.writeString(bin.resolve("rsync"), "#!/bin/sh\n" + body + "\n");
        Files.setPosixFilePermissions(rsync, PosixFilePermissions.fromString("rwxr-xr-x"));
        return bin;
    }

    private DeployScript.Result run(List<String> arguments, Map<String, String> environment) throws Exception {
        return DeployScript.run(work, arguments, environment);
    }
}
