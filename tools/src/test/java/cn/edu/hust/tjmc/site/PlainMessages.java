package cn.edu.hust.tjmc.site;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;

/** The one form of every message editors read: plain words, what to write instead in parentheses at the end. */
public final class PlainMessages {

    /** Regex syntax an editor should never see: anchors, escapes, classes, groups, quantifiers. */
    public static final Pattern REGEX_SYNTAX = Pattern.compile(
            "\\^|\\\\[dDsSwWbB]|\\(\\?|\\[[^\\]\\s]*-[^\\]\\s]*\\]|\\{\\d+(,\\d*)?\\}|\\.[*+]|[^\\s.]\\$|\\$(\\)|$)");
    /** The advice closes the message: " (expected ...)" or " (did you mean x? expected ...)". */
    private static final Pattern ADVICE = Pattern.compile(".* \\((did you mean [^?]*\\? )?expected .*\\)", Pattern.DOTALL);
    /** "file:line:column: " then an optional "field: ", then the message. */
    private static final Pattern REPORT_LINE = Pattern.compile("[^:]+:[1-9][0-9]*:[1-9][0-9]*: (.+)");

    private PlainMessages() {
    }

    public static void assertPlain(String where, String message) {
        assertFalse(REGEX_SYNTAX.matcher(message).find(), where + ": regex syntax in \"" + message + "\"");
        assertTrue(ADVICE.matcher(message).matches(), where
                + ": says what to write instead, in parentheses at the end: \"" + message + "\"");
        assertFalse(message.contains("; (") || message.contains(", (") || message.contains(" )")
                || message.contains("? (") || message.contains(":)"), where + ": stray punctuation in \"" + message + "\"");
    }

    /** A whole report line, as ProjectCopy.problems() gives it. */
    public static void assertPlainLine(String line) {
        assertTrue(REPORT_LINE.matcher(line).matches(), "file:line:column: field: message, got " + line);
        assertPlain(line, line);
    }
}
