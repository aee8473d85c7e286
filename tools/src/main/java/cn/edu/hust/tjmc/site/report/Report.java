package cn.edu.hust.tjmc.site.report;

import java.util.List;

/**
 * The one text that lists editors' mistakes, in the build's console and in the preview alike:
 * a sentence with the count, one {@code file:line:column: field: message} line each, then what to do.
 */
public final class Report {

    private Report() {
    }

    /** "1 mistake" or "3 mistakes". */
    public static String mistakes(int count) {
        return count + (count == 1 ? " mistake" : " mistakes");
    }

    /** The first line of a report: what happened and that the last good output stands. */
    public static String heading(int count) {
        return "The site was not built: " + mistakes(count) + " in the sources. The last good build is unchanged.";
    }

    /** The last line of a report: what to do next. */
    public static final String ADVICE = "Fix these and build again. docs/EDITING.md explains each kind of file.";

    /** The whole report; each mistake's {@code toString()} is its line. */
    public static String text(List<?> mistakes) {
        StringBuilder text = new StringBuilder(heading(mistakes.size())).append('\n');
        for (Object mistake : mistakes) {
            text.append("  ").append(mistake).append('\n');
        }
        return text.append(ADVICE).toString();
    }
}
