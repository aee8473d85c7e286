package cn.edu.hust.tjmc.site.report;

import java.nio.file.Path;

/**
 * One mistake in a source file, worded for the editor who made it.
 * Printed as {@code path:line:column: field: message}, the form editors and IDEs recognise.
 *
 * @param file   the source file, relative to the project folder
 * @param line   1-based line, or 0 when the mistake concerns the whole file
 * @param column 1-based column, or 0 when unknown
 * @param field  the header key or YAML path concerned, or "" for the file itself
 * @param message what is wrong and what was expected
 */
public record Problem(Path file, int line, int column, String field, String message)
        implements Comparable<Problem> {

    @Override
    public String toString() {
        String where = file.toString().replace('\\', '/') + ":" + Math.max(line, 1) + ":" + Math.max(column, 1);
        return field.isEmpty() ? where + ": " + message : where + ": " + field + ": " + message;
    }

    /**
     * Root causes first: data files, which pages link into, then the fields of page headers, which
     * decide whether a page exists, then what the pages' text says; within each, by file and line.
     */
    @Override
    public int compareTo(Problem other) {
        int byStage = Integer.compare(stage(), other.stage());
        if (byStage != 0) {
            return byStage;
        }
        int byFile = file.toString().compareTo(other.file.toString());
        if (byFile != 0) {
            return byFile;
        }
        return line != other.line ? Integer.compare(line, other.line) : Integer.compare(column, other.column);
    }

    private int stage() {
        if (file.startsWith("data")) {
            return 0;
        }
        return field.isEmpty() && line > 0 ? 2 : 1;
    }
}
