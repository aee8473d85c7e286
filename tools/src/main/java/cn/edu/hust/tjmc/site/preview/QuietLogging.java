package cn.edu.hust.tjmc.site.preview;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps the preview's console to one line per bake. JBake logs through logback and
 * OrientDB through java.util.logging, both at INFO for every bake; only their warnings
 * and errors matter here, and bake errors are reported by the preview itself.
 * Must run before the first JBake or OrientDB class is loaded.
 */
final class QuietLogging {

    /** Held so that java.util.logging cannot forget the levels (it keeps loggers weakly). */
    private static final Logger ORIENTDB = Logger.getLogger("com.orientechnologies");
    /** Logs each template error with stack traces, once per page; the preview reports it in one line. */
    private static final Logger FREEMARKER = Logger.getLogger("freemarker");

    private QuietLogging() {
    }

    static void apply() {
        setIfAbsent("logback.configurationFile", "cn/edu/hust/tjmc/site/preview/logback-preview.xml");
        setIfAbsent("log.console.level", "severe");
        setIfAbsent("log.file.level", "severe");
        // The content store is an in-memory database recreated by every bake; its admin
        // password needs no key stretching, which otherwise costs a noticeable part of a bake.
        setIfAbsent("security.userPasswordSaltIterations", "1");
        setIfAbsent("security.userPasswordDefaultAlgorithm", "SHA-256");
        ORIENTDB.setLevel(Level.SEVERE);
        FREEMARKER.setLevel(Level.OFF);
    }

    private static void setIfAbsent(String property, String value) {
        if (System.getProperty(property) == null) {
            System.setProperty(property, value);
        }
    }
}
