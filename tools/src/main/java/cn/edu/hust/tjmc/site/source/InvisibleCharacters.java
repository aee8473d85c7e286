package cn.edu.hust.tjmc.site.source;

import cn.edu.hust.tjmc.site.report.Problem;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;

/**
 * Characters that no editor means to type and no visitor can see: control characters (a NUL, a
 * form feed) and the bidirectional overrides and isolates, which reorder the text around them.
 * They arrive by copying from a PDF or a chat, or from a YAML escape such as {@code "\f"}; a
 * control character makes feed.xml ill-formed XML, an override shows visitors other text than the
 * checks and the reviewers read. The one rule for data files and pages.
 */
public final class InvisibleCharacters {

    /** A file full of them is a pasted binary: the first lines show what to fix. */
    private static final int MAX_REPORTED_PER_FILE = 20;

    private InvisibleCharacters() {
    }

    /**
     * Adds a problem at the first refused character of each line of a whole file's {@code text}
     * (line and column 1-based, the column in characters as editors count them).
     *
     * @param fieldOfLine the field a line belongs to (a page's header key), or ""
     * @return whether there was any
     */
    public static boolean check(String text, Path displayPath, IntFunction<String> fieldOfLine, List<Problem> problems) {
        int found = 0;
        int line = 1;
        int lineStart = 0;
        int lastLine = 0;
        for (int at = indexOfRefused(text, 0); at >= 0 && found < MAX_REPORTED_PER_FILE; at = indexOfRefused(text, at + 1)) {
            for (int i = text.indexOf('\n', lineStart); i >= 0 && i < at; i = text.indexOf('\n', lineStart)) {
                line++;
                lineStart = i + 1;
            }
            if (line != lastLine) {
                problems.add(new Problem(displayPath, line, text.codePointCount(lineStart, at) + 1,
                        fieldOfLine.apply(line), message(text.codePointAt(at), false)));
                lastLine = line;
                found++;
            }
        }
        return found > 0;
    }

    /**
     * Whether {@code codePoint} is refused in editors' text. Tab and line feed are allowed; a
     * carriage return only as a caller says (the CR of a CRLF line end, which readers treat as one).
     */
    public static boolean isRefused(int codePoint) {
        if (codePoint == '\t' || codePoint == '\n') {
            return false;
        }
        return codePoint < 0x20 || codePoint >= 0x7F && codePoint <= 0x9F   // C0, DEL and C1 controls
                || codePoint >= 0x202A && codePoint <= 0x202E                  // bidi embeddings and overrides
                || codePoint >= 0x2066 && codePoint <= 0x2069                  // bidi isolates
                || codePoint == 0xFFFE || codePoint == 0xFFFF;                 // not characters (no XML allows them)
    }

    /**
     * The index (in chars) of the first refused character of {@code text} at or after {@code from},
     * or -1. A carriage return directly before a line feed is a line end, not a character.
     */
    public static int indexOfRefused(CharSequence text, int from) {
        for (int i = from; i < text.length(); ) {
            int codePoint = Character.codePointAt(text, i);
            boolean lineEnd = codePoint == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n';
            if (!lineEnd && isRefused(codePoint)) {
                return i;
            }
            i += Character.charCount(codePoint);
        }
        return -1;
    }

    /** "U+202E RIGHT-TO-LEFT OVERRIDE", "U+0000 NULL": how the message names it. */
    public static String name(int codePoint) {
        String name = Character.getName(codePoint);
        return String.format(Locale.ROOT, "U+%04X", codePoint) + (name == null ? "" : " " + name);
    }

    /**
     * The message for a refused character, in the words of the report.
     *
     * @param escaped whether a YAML escape in quotes made it, rather than the character itself
     */
    public static String message(int codePoint, boolean escaped) {
        boolean bidi = codePoint >= 0x202A && codePoint <= 0x2069;
        String what = "contains " + name(codePoint) + (bidi
                ? ", an invisible character that reorders the text around it, so visitors would read other text than you see"
                : codePoint >= 0xFFFE ? ", a code that is no character, which breaks the site's feed"
                : ", an invisible control character, which breaks the site's feed");
        return escaped
                ? what + ", written as a backslash escape in quotes (expected that escape deleted from the text)"
                : what + " (expected it deleted: it is invisible, so delete the character at this place, or retype"
                + " the word around it)";
    }
}
