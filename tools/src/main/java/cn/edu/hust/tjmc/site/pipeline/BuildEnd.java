package cn.edu.hust.tjmc.site.pipeline;

/**
 * Ends a failed editors' build after its report. The report must be the last thing an editor
 * reads; a failing Maven step is followed by Maven's own advice (-e, -X, help links, -rf), so in
 * a JVM that Maven's command line started for this one build, the build ends with exit code 1
 * right after the report. A JVM that lives on (a Maven daemon, an IDE's embedded Maven) must not
 * be ended: there the step fails by an exception, and the report is followed by Maven's advice.
 */
public final class BuildEnd {

    private BuildEnd() {
    }

    /** Ends the build, once its report is printed. */
    public static void fail(int mistakes) {
        System.out.flush();
        System.err.flush();
        if (startedByMavenCommandLine()) {
            System.exit(1);
        }
        throw new BuildStoppedException("The site was not built: " + mistakes + (mistakes == 1 ? " mistake" : " mistakes")
                + ", listed above.");
    }

    /**
     * Maven's launcher (bin/mvn, ./mvnw) names its class-world configuration; a Maven daemon
     * (mvnd) has a home of its own, and embedded Maven has neither.
     */
    static boolean startedByMavenCommandLine() {
        return System.getProperty("classworlds.conf") != null && System.getProperty("mvnd.home") == null;
    }
}
