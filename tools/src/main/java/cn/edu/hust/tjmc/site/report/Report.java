package cn.edu.hust.tjmc.site.report;

import java.io.PrintStream;
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

    /** "1 warning" or "3 warnings". */
    public static String warnings(int count) {
        return count + (count == 1 ? " warning" : " warnings");
    }

    /** The first line of the warnings of a build that succeeded: "The site was built, with 1 warning worth fixing". */
    public static String warningsHeading(int count) {
        return "The site was built, with " + warnings(count) + " worth fixing";
    }

    /** The first line of a report: what happened and that the last good output stands. */
    public static String heading(int count) {
        return "The site was not built: " + mistakes(count) + " in the sources. The last good build is unchanged.";
    }

    /** The last line of a report: what to do next. */
    public static final String ADVICE = "Fix these and build again. docs/EDITING.md explains each kind of file.";

    /**
     * Prints {@code text} on the build's console between empty lines, as plain lines: Maven would
     * prefix each line of an exception's message with [ERROR] and bury it among its own advice.
     */
    public static void print(PrintStream console, String text) {
        console.println();
        console.println(text);
        console.println();
        console.flush();
    }

    /**
     * A warning as the console shows it: after {@code lead}, its {@code toString()}; the further
     * lines of its message (the English lines that changed, of an outdated translation) indented
     * two spaces more than the lead, so that each warning stands apart from the next.
     */
    public static String warningLine(String lead, Problem warning) {
        String more = "\n" + " ".repeat(lead.length() - lead.stripLeading().length() + 2);
        return lead + warning.toString().replace("\r\n", "\n").replace("\n", more);
    }

    /** The whole report; each mistake's {@code toString()} is its line. */
    public static String text(List<?> mistakes) {
        StringBuilder text = new StringBuilder(heading(mistakes.size())).append('\n');
        for (Object mistake : mistakes) {
            text.append("  ").append(mistake).append('\n');
        }
        return text.append(ADVICE).toString();
    }
}
