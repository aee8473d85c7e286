package cn.edu.hust.tjmc.site.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** A JVM that lives on after the build (this test's, a daemon's, an IDE's) is never ended by it. */
class BuildEndTest {

    @Test
    void outside_mavens_command_line_a_failed_step_throws_instead_of_exiting() {
        assertFalse(BuildEnd.startedByMavenCommandLine(), "surefire's JVM is not Maven's command line");
        BuildStoppedException e = assertThrows(BuildStoppedException.class, () -> BuildEnd.fail(1));
        assertEquals("The site was not built: 1 mistake, listed above.", e.getMessage());
    }

    @Test
    void a_maven_daemon_is_not_the_command_line_either() {
        System.setProperty("classworlds.conf", "/opt/maven/bin/m2.conf");
        System.setProperty("mvnd.home", "/opt/mvnd");
        try {
            assertFalse(BuildEnd.startedByMavenCommandLine());
            assertThrows(BuildStoppedException.class, () -> BuildEnd.fail(2));
        } finally {
            System.clearProperty("classworlds.conf");
            System.clearProperty("mvnd.home");
        }
    }
}
