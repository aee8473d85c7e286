package cn.edu.hust.tjmc.site.bake;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Rendering failures told as places in the templates, for the build's log and the preview. */
public final class TemplateErrors {

    /** Freemarker: {@code Syntax error in template "x.ftl" in line 3, column 5:} and the reason on the next line. */
    private static final Pattern SYNTAX_ERROR =
            Pattern.compile("Syntax error in template \"([^\"]+)\" in line (\\d+), column (\\d+):\\s*(.*)");
    /** Freemarker: a line saying what failed, then {@code ==> expr  [in template "x.ftl" at line 3, column 5]}. */
    private static final Pattern EVALUATION_ERROR = Pattern.compile(
            "(.*)\n(.*?)\\s*\\[in template \"([^\"]+)\"(?: in macro \"[^\"]*\")? at line (\\d+), column (\\d+)\\]");

    private TemplateErrors() {
    }

    /**
     * Template mistakes in the form the checks use, {@code templates/x.ftl:line:column: message},
     * one line per place however many pages (and JBake errors) it broke; other failures by their message.
     * JBake hands rendering failures over as text only (its exception keeps no causes), so
     * the places are read from Freemarker's wording.
     */
    public static List<String> places(List<Throwable> errors) {
        StringBuilder text = new StringBuilder();
        for (Throwable error : errors) {
            for (Throwable cause = error; cause != null; cause = cause.getCause()) {
                text.append(cause.getMessage()).append('\n');
            }
        }
        Set<String> syntaxErrors = new LinkedHashSet<>();
        Set<String> places = new LinkedHashSet<>();
        for (String failure : text.toString().split("Failed to render file ")) {
            Matcher syntax = SYNTAX_ERROR.matcher(failure);
            Matcher evaluation = EVALUATION_ERROR.matcher(failure);
            if (syntax.find()) {
                syntaxErrors.add("templates/" + syntax.group(1) + ":" + syntax.group(2) + ":" + syntax.group(3)
                        + ": syntax error: " + syntax.group(4).strip());
            } else if (evaluation.find()) {
                // The line before the place says what failed, after JBake's "<file>. Cause: <class>: ".
                String what = evaluation.group(1).replaceFirst("^.*?Exception: ", "")
                        .replaceFirst("^FTL stack trace.*", "");
                places.add("templates/" + evaluation.group(3) + ":" + evaluation.group(4) + ":" + evaluation.group(5)
                        + ": " + summary(what + "\n" + evaluation.group(2).replaceFirst("^- ", "")));
            }
        }
        // A template that does not parse breaks every template importing it; only its own line helps.
        if (!syntaxErrors.isEmpty()) {
            return List.copyOf(syntaxErrors);
        }
        if (places.isEmpty()) {
            errors.forEach(error -> places.add("JBake: " + summary(error.getClass().getSimpleName() + ": "
                    + error.getMessage())));
        }
        return List.copyOf(places);
    }

    /** Freemarker's first line is often only "The following has evaluated to null or missing:". */
    private static String summary(String text) {
        return text.lines().map(String::strip).filter(line -> !line.isEmpty()).limit(2)
                .reduce((first, second) -> first + " " + second).orElse("");
    }
}
