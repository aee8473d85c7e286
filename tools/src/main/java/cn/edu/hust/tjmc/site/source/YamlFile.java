package cn.edu.hust.tjmc.site.source;

import cn.edu.hust.tjmc.site.report.Problem;
import cn.edu.hust.tjmc.site.source.Utf8Text;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * An editor's YAML file read safely, as plain maps, lists and strings, with the line
 * and column of every value so that later checks can point at it.
 *
 * <p>Only the node tree is composed: no tag ever becomes a Java object, so global tags
 * ({@code !!java.io...}) are reported, not run. Scalars become strings, integers, booleans
 * or null as YAML's core schema resolves them; the JSON Schema then checks the types.
 */
public final class YamlFile {

    /**
     * The largest data file the build reads. Editors' files are a few KB (the timeline of 30 years
     * is 7 KB), and a thousand times the site (the benchmark's 1000x, some 7 MB) must still build;
     * 64 MB is what a build's memory holds as a node tree with room to spare. A bigger file is a
     * pasted binary or a runaway export, refused by its size before a byte of it is read.
     */
    public static final long MAX_BYTES = 64L * 1024 * 1024;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path displayPath;
    private final Object root;
    private final Map<String, Mark> marksByPointer;
    /** The lines above the YAML in its file: a page's header starts on the page's second line. */
    private final int lineOffset;
    /** The root as a JSON tree, for the schema check and the binding onto records; made once, when first asked for. */
    private JsonNode tree;

    private YamlFile(Path displayPath, Object root, Map<String, Mark> marksByPointer, int lineOffset) {
        this.displayPath = displayPath;
        this.root = root;
        this.marksByPointer = marksByPointer;
        this.lineOffset = lineOffset;
    }

    /**
     * Reads {@code file}; on failure adds a problem naming {@code displayPath} and returns empty.
     */
    public static Optional<YamlFile> read(Path file, Path displayPath, List<Problem> problems) {
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                problems.add(new Problem(displayPath, 0, 0, "", "the file is " + Utf8Text.megabytes(size)
                        + ", larger than the " + Utf8Text.megabytes(MAX_BYTES) + " the build reads (expected a data"
                        + " file of text a person wrote: is it a pasted export or another file saved under this name?)"));
                return Optional.empty();
            }
            return read(Files.readAllBytes(file), displayPath, problems);
        } catch (IOException e) {
            problems.add(new Problem(displayPath, 0, 0, "", "cannot be read: " + e.getMessage()
                    + " (expected a file the build may read; check its permissions)"));
            return Optional.empty();
        }
    }

    /** The same, from the file's bytes (no larger than {@link #MAX_BYTES}). */
    public static Optional<YamlFile> read(byte[] bytes, Path displayPath, List<Problem> problems) {
        String text = Utf8Text.decode(bytes, displayPath, problems);
        return text == null ? Optional.empty() : read(text, displayPath, problems);
    }

    /** The same, from the file's text. */
    public static Optional<YamlFile> read(String text, Path displayPath, List<Problem> problems) {
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1); // a BOM is harmless; some Windows editors add it
        }
        // the parser would refuse most of them with no line at all, and take an override as text
        if (InvisibleCharacters.check(text, displayPath, line -> "", problems)) {
            return Optional.empty();
        }
        if (text.isBlank() || text.lines().allMatch(l -> l.isBlank() || l.stripLeading().startsWith("#"))) {
            problems.add(new Problem(displayPath, 1, 1, "", "file is empty (expected YAML content)"));
            return Optional.empty();
        }
        return parse(text, displayPath, 0, problems);
    }

    /**
     * Reads YAML that is part of a file (a page's header), {@code lineOffset} lines below the
     * file's first line, so that every position points into the file. The caller has checked the
     * text for invisible characters and for being empty.
     */
    public static Optional<YamlFile> parse(String text, Path displayPath, int lineOffset, List<Problem> problems) {
        LoadSettings settings = LoadSettings.builder()
                .setLabel(displayPath.toString())
                .setAllowDuplicateKeys(false)
                .setMaxAliasesForCollections(20)
                .setAllowRecursiveKeys(false)
                .setCodePointLimit((int) MAX_BYTES)
                .build();
        try {
            Optional<Node> node = new Compose(settings).composeString(text);
            if (node.isEmpty()) {
                problems.add(new Problem(displayPath, 1, 1, "", "file is empty (expected YAML content)"));
                return Optional.empty();
            }
            Map<String, Mark> marks = new HashMap<>();
            List<Problem> found = new ArrayList<>();
            Object value = toPlain(node.get(), "", marks, displayPath, found, 0, lineOffset);
            if (!found.isEmpty()) {
                found.forEach(problem -> problems.add(new Problem(problem.file(), problem.line() + lineOffset,
                        problem.column(), problem.field(), problem.message())));
                return Optional.empty();
            }
            return Optional.of(new YamlFile(displayPath, value, marks, lineOffset));
        } catch (MarkedYamlEngineException e) {
            Mark mark = e.getProblemMark().or(e::getContextMark).orElse(null);
            int dash = listEntryWithoutSpace(text, mark);
            if (dash >= 0) {
                // the parser stumbles a line or two later; the editor needs the line of the "-"
                String line = text.lines().skip(dash).findFirst().orElse("");
                problems.add(new Problem(displayPath, dash + 1 + lineOffset, line.indexOf('-') + 1, "", "not valid YAML: a list"
                        + " entry needs a space after '-' (expected '- " + line.strip().substring(1) + "')"));
                return Optional.empty();
            }
            problems.add(new Problem(displayPath, mark == null ? 0 : mark.getLine() + 1 + lineOffset,
                    mark == null ? 0 : mark.getColumn() + 1, "", "not valid YAML: " + explain(e, lineAt(text, mark))));
            return Optional.empty();
        } catch (YamlEngineException e) {
            problems.add(new Problem(displayPath, 0, 0, "", "not valid YAML: " + e.getMessage().replaceAll("[\\s,.]+$", "")
                    + " (expected the form of the file's other entries)"));
            return Optional.empty();
        } catch (StackOverflowError e) {
            // thousands of nested brackets: the parser recurses once per level
            problems.add(new Problem(displayPath, 0, 0, "", "nested too deeply (expected a simple list of entries)"));
            return Optional.empty();
        }
    }

    /** The parser's complaint, with a hint for the usual causes: a tab, an unquoted colon, "-" without a space. */
    private static String explain(MarkedYamlEngineException e, String line) {
        String problem = e.getProblem() == null ? "" : e.getProblem();
        String context = e.getContext() == null ? "" : e.getContext();
        String text = (context.isEmpty() ? problem : context + ", " + problem).trim();
        if (text.contains("\\t(TAB)") || text.contains("'\\t'")) {
            return "a tab character is used here (expected spaces: YAML allows only spaces to indent)";
        }
        String trimmed = line.strip();
        int colon = trimmed.indexOf(": ");
        if (problem.startsWith("mapping values are not allowed") && colon > 0) {
            String value = trimmed.substring(colon + 2).strip();
            return "a text with a colon in it must be quoted (expected " + trimmed.substring(0, colon) + ": \""
                    + value.replace("\"", "\\\"") + "\")";
        }
        return text.replaceAll("[\\s,.]+$", "") + " (expected each entry's fields indented alike, with spaces,"
                + " and texts with special characters in quotes)";
    }

    /** The 0-based line, up to the parser's mark, of a list entry written "-id: ..." instead of "- id: ...", or -1. */
    private static int listEntryWithoutSpace(String text, Mark mark) {
        List<String> lines = text.lines().toList();
        int last = mark == null ? lines.size() - 1 : Math.min(mark.getLine(), lines.size() - 1);
        for (int i = last; i >= 0 && i >= last - 2; i--) {
            if (lines.get(i).strip().matches("-[^\\s-].*")) {
                return i;
            }
        }
        return -1;
    }

    private static String lineAt(String text, Mark mark) {
        if (mark == null) {
            return "";
        }
        List<String> lines = text.lines().toList();
        return mark.getLine() < lines.size() ? lines.get(mark.getLine()) : "";
    }

    private static Object toPlain(Node node, String pointer, Map<String, Mark> marks, Path displayPath,
                                  List<Problem> problems, int depth, int lineOffset) {
        node.getStartMark().ifPresent(mark -> marks.put(pointer, mark));
        if (depth > 50) {
            problems.add(problemAt(node, displayPath, pointer, "nested too deeply (expected a simple list of entries)"));
            return null;
        }
        Tag tag = node.getTag();
        boolean standardTag = tag.equals(Tag.STR) || tag.equals(Tag.MAP) || tag.equals(Tag.SEQ)
                || tag.equals(Tag.INT) || tag.equals(Tag.FLOAT) || tag.equals(Tag.BOOL) || tag.equals(Tag.NULL);
        if (!standardTag) {
            problems.add(problemAt(node, displayPath, pointer,
                    "the YAML tag " + tag.getValue() + " is not allowed (expected plain text, lists and keys)"));
            return null;
        }
        if (node instanceof ScalarNode scalar) {
            refuseEscapedInvisibleCharacter(scalar, displayPath, pointer, problems);
            return scalarValue(tag, scalar.getValue());
        }
        if (node instanceof SequenceNode sequence) {
            List<Object> list = new ArrayList<>();
            for (Node item : sequence.getValue()) {
                list.add(toPlain(item, pointer + "/" + list.size(), marks, displayPath, problems, depth + 1, lineOffset));
            }
            return list;
        }
        MappingNode mapping = (MappingNode) node;
        Map<String, Object> map = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                problems.add(problemAt(tuple.getKeyNode(), displayPath, pointer, "a key must be a plain word (expected a name such as title:)"));
                continue;
            }
            String childPointer = pointer + "/" + key.getValue().replace("~", "~0").replace("/", "~1");
            // composing alone does not reject duplicate keys (the constructor would), so do it here
            if (map.containsKey(key.getValue())) {
                Mark first = marks.get(childPointer + "#key");
                problems.add(problemAt(key, displayPath, childPointer, "given twice, also on line "
                        + (first == null ? "?" : first.getLine() + 1 + lineOffset) + " (expected each key once)"));
                continue;
            }
            key.getStartMark().ifPresent(mark -> marks.put(childPointer + "#key", mark));
            refuseEscapedInvisibleCharacter(key, displayPath, childPointer, problems);
            map.put(key.getValue(), toPlain(tuple.getValueNode(), childPointer, marks, displayPath, problems, depth + 1, lineOffset));
        }
        return map;
    }

    /**
     * A text that holds an invisible character although the file does not: a YAML escape in
     * double quotes ("\\u202E", "\\0", "\\f") made it. Reported at the start of the value.
     */
    private static void refuseEscapedInvisibleCharacter(ScalarNode scalar, Path displayPath, String pointer,
                                                        List<Problem> problems) {
        int at = InvisibleCharacters.indexOfRefused(scalar.getValue(), 0);
        if (at >= 0) {
            problems.add(problemAt(scalar, displayPath, pointer,
                    InvisibleCharacters.message(scalar.getValue().codePointAt(at), true)));
        }
    }

    /** Scalars keep the type YAML's core schema gives them, so the JSON Schema can check it. */
    private static Object scalarValue(Tag tag, String text) {
        if (tag.equals(Tag.NULL)) {
            return null;
        }
        if (tag.equals(Tag.BOOL)) {
            return Boolean.valueOf(text.toLowerCase(Locale.ROOT));
        }
        if (tag.equals(Tag.INT)) {
            try {
                return new BigInteger(text.replace("_", "").replace("+", ""));
            } catch (NumberFormatException e) {
                return text; // octal or hex: leave as text, the schema will say what it expected
            }
        }
        return text; // strings, and floats, which no field expects: the schema reports them
    }

    private static Problem problemAt(Node node, Path displayPath, String pointer, String message) {
        Mark mark = node.getStartMark().orElse(null);
        return new Problem(displayPath, mark == null ? 0 : mark.getLine() + 1, mark == null ? 0 : mark.getColumn() + 1,
                fieldName(pointer), message);
    }

    /** "/events/3/date" reads "events[3].date" (0-based like the YAML list it points into). */
    public static String fieldName(String pointer) {
        if (pointer.isEmpty()) {
            return "";
        }
        StringBuilder name = new StringBuilder();
        for (String part : pointer.substring(1).split("/", -1)) {
            String unescaped = part.replace("~1", "/").replace("~0", "~");
            if (!unescaped.isEmpty() && unescaped.chars().allMatch(Character::isDigit)) {
                name.append('[').append(unescaped).append(']');
            } else {
                name.append(name.length() == 0 ? "" : ".").append(unescaped);
            }
        }
        return name.toString();
    }

    public Path displayPath() {
        return displayPath;
    }

    /** The document as maps, lists, strings and nulls. */
    public Object root() {
        return root;
    }

    /** The document as a JSON tree (the form the schema check and {@link YamlBinding} read), with the same values. */
    public JsonNode tree() {
        if (tree == null) {
            tree = JSON.valueToTree(root);
        }
        return tree;
    }

    /** The line and column of the value under {@code pointer}, or of the nearest enclosing value that has a position. */
    public PhotoUse.Position position(String pointer) {
        Problem at = problem(pointer, "");
        return new PhotoUse.Position(at.line(), at.column());
    }

    /**
     * A problem located at the value under {@code pointer} (JSON Pointer syntax), or at the
     * nearest enclosing value that has a position.
     */
    public Problem problem(String pointer, String message) {
        return problem(pointer, fieldName(pointer), message);
    }

    public Problem problem(String pointer, String field, String message) {
        String at = pointer;
        Mark mark = marksByPointer.get(at);
        while (mark == null && !at.isEmpty()) {
            at = at.substring(0, at.lastIndexOf('/'));
            mark = marksByPointer.get(at);
        }
        return new Problem(displayPath, mark == null ? 0 : mark.getLine() + 1 + lineOffset,
                mark == null ? 0 : mark.getColumn() + 1, field, message);
    }

    /** A problem at the key (not the value) under {@code pointer}: where a misspelt key sits. */
    public Problem problemAtKey(String pointer, String message) {
        Mark mark = marksByPointer.get(pointer + "#key");
        if (mark == null) {
            return problem(pointer, message);
        }
        return new Problem(displayPath, mark.getLine() + 1 + lineOffset, mark.getColumn() + 1, fieldName(pointer), message);
    }
}
