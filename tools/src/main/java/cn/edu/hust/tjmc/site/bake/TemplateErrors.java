package cn.edu.hust.tjmc.site.bake;

import cn.edu.hust.tjmc.site.check.TemplateCheck;
import freemarker.core.ParseException;
import freemarker.template.TemplateException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Rendering failures told as places in the templates, for the build's log and the preview. */
public final class TemplateErrors {

    private TemplateErrors() {
    }

    /**
     * Template mistakes in the form the checks use, {@code templates/x.ftl:line:column: message},
     * one line per place however many pages (and JBake errors) it broke; other failures by their
     * message. The places are Freemarker's exceptions' own fields, found among each error's
     * causes and suppressed exceptions.
     */
    public static List<String> places(List<Throwable> errors, String templatesFolder) {
        Set<String> syntaxErrors = new LinkedHashSet<>();
        Set<String> places = new LinkedHashSet<>();
        Set<String> others = new LinkedHashSet<>();
        for (Throwable error : errors) {
            if (!collect(error, templatesFolder, syntaxErrors, places)) {
                others.add("JBake: " + summary(error.getClass().getSimpleName() + ": " + error.getMessage()));
            }
        }
        // A template that does not parse breaks every template importing it; only its own line helps.
        if (!syntaxErrors.isEmpty()) {
            return List.copyOf(syntaxErrors);
        }
        return List.copyOf(places.isEmpty() ? others : places);
    }

    /** @return whether a Freemarker exception was found in {@code error}, its causes or its suppressed ones */
    private static boolean collect(Throwable error, String templatesFolder, Set<String> syntaxErrors, Set<String> places) {
        boolean found = false;
        for (Throwable cause = error; cause != null && !found; cause = cause.getCause()) {
            if (cause instanceof ParseException parse && parse.getTemplateName() != null) {
                syntaxErrors.add(TemplateCheck.syntaxError(parse, templatesFolder).toString());
                found = true;
            } else if (cause instanceof TemplateException template && template.getTemplateSourceName() != null) {
                places.add(place(template, templatesFolder));
                found = true;
            }
            for (Throwable suppressed : cause.getSuppressed()) {
                found |= collect(suppressed, templatesFolder, syntaxErrors, places);
            }
        }
        return found;
    }

    /** Freemarker's first line is often only "The following has evaluated to null or missing:"; the expression follows. */
    private static String place(TemplateException e, String templatesFolder) {
        String what = e.getMessageWithoutStackTop().lines().map(String::strip).filter(line -> !line.isEmpty())
                .findFirst().orElse("");
        String blamed = e.getBlamedExpressionString();
        if (blamed != null && !what.contains(blamed)) {
            what = what.replaceFirst(":$", "") + ": " + blamed;
        }
        return templatesFolder + "/" + e.getTemplateSourceName() + ":" + Math.max(1, number(e.getLineNumber())) + ":"
                + Math.max(1, number(e.getColumnNumber())) + ": " + what;
    }

    private static int number(Integer value) {
        return value == null ? 0 : value;
    }

    private static String summary(String text) {
        return text.lines().map(String::strip).filter(line -> !line.isEmpty()).limit(2)
                .reduce((first, second) -> first + " " + second).orElse("");
    }
}
