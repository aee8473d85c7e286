package cn.edu.hust.tjmc.site.pipeline;

/**
 * Stops the Maven build with a message meant for editors. Its text is the whole report;
 * it carries no stack trace, because the cause is in the sources, not in the code.
 */
public class BuildStoppedException extends RuntimeException {

    public BuildStoppedException(String report) {
        super(report, null, false, false);
    }
}
