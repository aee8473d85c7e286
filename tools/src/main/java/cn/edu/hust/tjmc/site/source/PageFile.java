package cn.edu.hust.tjmc.site.source;

import cn.edu.hust.tjmc.site.report.Problem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;

/**
 * A page of content/ split into its header and its text: the one reading of a page that the
 * checks (check.PageHeaderCheck) and the bake (bake.CheckedMarkdownEngine) share, so that no
 * header the checks accept is one JBake would read otherwise, and no page the checks saw is one
 * the bake skips.
 *
 * <p>The header is YAML front matter, as in Hugo, Jekyll and Eleventy: a line {@code ---}, the
 * fields, a line {@code ---}. It is read as the data files are ({@link YamlFile}: no tags, no
 * duplicate keys), with the position of every field in the page. A page still in JBake's old
 * form ({@code key=value} lines ended by {@code ~~~~~~}) is refused with its header converted.
 *
 * @param lines     the file's lines, without line ends (a byte-order mark taken off the first)
 * @param separator the index in {@code lines} of the header's closing {@code ---}, or -1
 * @param fields    the header's fields, in order; none if the header has a mistake in its form
 * @param problems  mistakes in the header's form (the checks of the fields' values are PageHeaderCheck's)
 */
public record PageFile(List<String> lines, int separator, List<HeaderField> fields, List<Problem> problems) {

    /** The line that opens and closes the header. */
    public static final String FENCE = "---";
    /** The line that ended JBake's old {@code key=value} header. */
    public static final String OLD_SEPARATOR = "~~~~~~";
    /** What the messages say a header looks like. */
    /** A field on one line whose value is not quoted. */
    private static final Pattern FIELD_LINE = Pattern.compile("([a-z_]+):[ ]+([^\"' ].*)");
    public static final String EXAMPLE = FENCE + ", then lines such as title: ..., then " + FENCE;

    /**
     * One field of a header.
     *
     * @param key       the field's name
     * @param value     as YAML reads it: a text, a whole number (BigInteger), true/false, a list, or null
     * @param line      the line of the value (of the key when the value is empty), from 1
     * @param column    the column the value starts at, from 1
     * @param keyColumn the column the key starts at, from 1
     */
    public record HeaderField(String key, Object value, int line, int column, int keyColumn) {

        /**
         * The value as the model and JBake get it, the same text the old header gave: a text as
         * written, a number's digits, a list's entries joined by ','.
         */
        public String text() {
            if (value == null) {
                return "";
            }
            if (value instanceof List<?> list) {
                return list.stream().map(entry -> entry == null ? "" : entry.toString()).collect(Collectors.joining(","));
            }
            return value.toString();
        }
    }

    public static PageFile parse(String text, Path displayPath) {
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1); // some Windows editors add a byte-order mark
        }
        List<String> lines = text.lines().toList();
        List<Problem> problems = new ArrayList<>();
        if (lines.isEmpty() || lines.stream().allMatch(String::isBlank)) {
            problems.add(new Problem(displayPath, 1, 1, "", "file is empty (expected a header: " + EXAMPLE
                    + ", then the page text)"));
            return new PageFile(lines, -1, List.of(), problems);
        }
        if (!isFence(lines.get(0))) {
            int old = lines.indexOf(OLD_SEPARATOR);
            if (old >= 0) {
                problems.add(new Problem(displayPath, 1, 1, "", "the header is in JBake's old form (key=value lines"
                        + " ended by " + OLD_SEPARATOR + "); pages now start with YAML front matter (expected lines 1 to "
                        + (old + 1) + " replaced by these lines:\n" + converted(lines.subList(0, old)) + ")"));
            } else {
                problems.add(new Problem(displayPath, 1, 1, "", "no header found (expected the page to start with a"
                        + " header: " + EXAMPLE + ", then the page text)"));
            }
            return new PageFile(lines, -1, List.of(), problems);
        }
        int closing = 1;
        while (closing < lines.size() && !isFence(lines.get(closing))) {
            closing++;
        }
        if (closing == lines.size()) {
            problems.add(new Problem(displayPath, 1, 1, "", "the header that starts on line 1 with " + FENCE
                    + " is never closed (expected a line " + FENCE + " after the header's last field, before the page text)"));
            return new PageFile(lines, -1, List.of(), problems);
        }
        List<String> block = lines.subList(1, closing);
        if (block.stream().allMatch(line -> line.isBlank() || line.stripLeading().startsWith("#"))) {
            problems.add(new Problem(displayPath, 1, 1, "", "the header is empty (expected fields between the two "
                    + FENCE + " lines, one per line, such as title: International profile)"));
            return new PageFile(lines, closing, List.of(), problems);
        }
        for (int i = 0; i < block.size(); i++) {
            unquotedText(block.get(i), i + 2, displayPath).ifPresent(problems::add);
        }
        if (!problems.isEmpty()) {
            return new PageFile(lines, closing, List.of(), List.copyOf(problems));
        }
        List<HeaderField> fields = new ArrayList<>();
        YamlFile.parse(String.join("\n", block), displayPath, 1, problems).ifPresent(yaml -> {
            if (!(yaml.root() instanceof Map<?, ?> map)) {
                problems.add(yaml.problem("", "the header is not a list of fields (expected one field per line,"
                        + " such as title: International profile)"));
                return;
            }
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                String key = entry.getKey().toString();
                String pointer = "/" + key.replace("~", "~0").replace("/", "~1");
                Problem at = yaml.problem(pointer, "");
                Problem keyAt = yaml.problemAtKey(pointer, "");
                fields.add(new HeaderField(key, entry.getValue(), entry.getValue() == null ? keyAt.line() : at.line(),
                        entry.getValue() == null ? keyAt.column() + key.length() + 1 : at.column(), keyAt.column()));
            }
        });
        return new PageFile(lines, closing, problems.isEmpty() ? List.copyOf(fields) : List.of(), List.copyOf(problems));
    }

    /**
     * A text that YAML would read as something else unless quoted: one starting with '[' or '{'
     * (a list), '*' or '&' (a reference, silently dropped), '@' or '`' (refused), or holding
     * " #" (the rest is a comment, silently dropped). related_event_kinds is a list on purpose.
     */
    private static Optional<Problem> unquotedText(String line, int lineNumber, Path displayPath) {
        Matcher field = FIELD_LINE.matcher(line);
        if (!field.matches() || field.group(1).equals("related_event_kinds")) {
            return Optional.empty();
        }
        String value = field.group(2).stripTrailing();
        boolean special = !value.isEmpty() && "[{*&@`".indexOf(value.charAt(0)) >= 0;
        if (!special && !value.contains(" #")) {
            return Optional.empty();
        }
        String why = special ? "a text that starts with " + value.charAt(0) + " must be in quotes"
                : "a text with ' #' in it must be in quotes (YAML takes the rest of the line for a comment)";
        return Optional.of(new Problem(displayPath, lineNumber, field.start(2) + 1, field.group(1), why
                + " (expected " + field.group(1) + ": \"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\")"));
    }

    /** A header's opening or closing line; spaces after it are invisible in an editor, so they do not count. */
    private static boolean isFence(String line) {
        return line.stripTrailing().equals(FENCE);
    }

    /**
     * An old header's {@code key=value} lines as YAML front matter with the same values: numbers
     * stay numbers, related_event_kinds becomes a list, and a text YAML would read otherwise is quoted.
     */
    static String converted(List<String> oldHeader) {
        StringBuilder yaml = new StringBuilder(FENCE).append('\n');
        for (String line : oldHeader) {
            int equals = line.indexOf('=');
            if (line.isBlank() || equals < 0) {
                continue;
            }
            String key = line.substring(0, equals).strip();
            String value = line.substring(equals + 1).strip();
            String written;
            if (key.equals("nav_order") && value.matches("[1-9][0-9]*")) {
                written = value;
            } else if (key.equals("related_event_kinds")) {
                written = Arrays.stream(value.split(",")).map(String::strip).map(PageFile::scalar)
                        .collect(Collectors.joining(", ", "[", "]"));
            } else {
                written = scalar(value);
            }
            yaml.append(key).append(": ").append(written).append('\n');
        }
        return yaml.append(FENCE).toString();
    }

    /** A text as YAML writes it: plain where YAML reads it back as the same text, quoted where not. */
    private static String scalar(String text) {
        return SCALAR.dumpToString(text).stripTrailing();
    }

    private static final Dump SCALAR = new Dump(DumpSettings.builder().setWidth(Integer.MAX_VALUE)
            .setSplitLines(false).build());

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
