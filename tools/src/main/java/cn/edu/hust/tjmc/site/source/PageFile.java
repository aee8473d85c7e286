package cn.edu.hust.tjmc.site.source;

import java.util.ArrayList;
import java.util.List;

/**
 * A page of content/ split into its header lines and its text: the one reading of a page that
 * the checks (check.PageHeaderCheck) and the bake (bake.CheckedMarkdownEngine) share, so that
 * no header the checks accept is one JBake would read otherwise, and no page the checks saw is
 * one the bake skips.
 *
 * <p>A header is a block of {@code key=value} lines ended by a line {@code ~~~~~~}. Blank
 * lines in it are skipped; spaces around the key and the value are not part of them.
 *
 * @param lines     the file's lines, without line ends (a byte-order mark taken off the first)
 * @param separator the index in {@code lines} of the header's last line {@code ~~~~~~}, or -1
 * @param fields    the header's non-blank lines, in order
 */
public record PageFile(List<String> lines, int separator, List<HeaderLine> fields) {

    public static final String SEPARATOR = "~~~~~~";

    /**
     * One line of a header.
     *
     * @param line   its line number in the file, from 1
     * @param key    what stands before '=', stripped; the whole line, stripped, if there is no '='
     * @param value  what stands after '=', stripped; null if there is no '='
     * @param column the column the value starts at, from 1 (for messages)
     */
    public record HeaderLine(int line, String key, String value, int column) {
    }

    public static PageFile parse(String text) {
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1); // some Windows editors add a byte-order mark
        }
        List<String> lines = text.lines().toList();
        int separator = lines.indexOf(SEPARATOR);
        List<HeaderLine> fields = new ArrayList<>();
        for (int i = 0; i < separator; i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            int equals = line.indexOf('=');
            if (equals < 0) {
                fields.add(new HeaderLine(i + 1, line.strip(), null, 1));
            } else {
                String value = line.substring(equals + 1);
                int leading = value.length() - value.stripLeading().length();
                fields.add(new HeaderLine(i + 1, line.substring(0, equals).strip(), value.strip(), equals + 2 + leading));
            }
        }
        return new PageFile(lines, separator, List.copyOf(fields));
    }

    public boolean hasHeader() {
        return separator >= 0;
    }

    /** The line number in the file of the text's first line. */
    public int bodyFirstLine() {
        return separator + 2;
    }

    /** The Markdown below the header, its lines joined by '\n' with none after the last. */
    public String body() {
        return separator < 0 ? "" : String.join("\n", lines.subList(separator + 1, lines.size()));
    }
}
