package cn.edu.hust.tjmc.site.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.edu.hust.tjmc.site.ProjectCopy;
import cn.edu.hust.tjmc.site.check.SchemaCheck;
import cn.edu.hust.tjmc.site.model.CmsSettings;
import cn.edu.hust.tjmc.site.model.SiteSettings;
import cn.edu.hust.tjmc.site.source.JBakeSettings;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * Every field the schemas define is editable in the CMS: the test walks each schema of
 * tools/src/main/resources/schemas and the configuration the build makes from them (on the
 * fixture), and finds each property as a field at the same place, with the schema's description
 * in its hint, its allowed values as a select, optional where the schema does not require it (and
 * inside an object it does not require), a list's least and most entries, a number's least and
 * most, and for a text a pattern that accepts exactly what the schema's pattern and length
 * limits accept, with their plain words in its message and the hint. A schema no collection edits fails it too. The
 * Chinese pages' collection is held to the page's schema as $defs/translation changes it.
 *
 * <p>The form's patterns are JavaScript, read here by Java's regular expressions as JavaScript
 * reads them ({@link #jsFinds}); CmsPreviewTest runs one in Chromium as Decap does.
 */
class CmsConfigTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path SCHEMAS = ProjectCopy.REAL_PROJECT.resolve(CmsConfig.SCHEMA_FOLDER);

    @TempDir
    static Path dir;
    private static JsonNode config;

    @BeforeAll
    static void generate() {
        new ProjectCopy(dir);
        SiteSettings settings = new SiteSettings("https://example.org", Optional.empty(), Optional.empty(),
                CmsSettings.fromArguments(Map.of("site.cms.repo", "college/site")));
        String yaml = CmsConfig.yaml(dir, JBakeSettings.read(dir), settings, "en");
        config = JSON.valueToTree(new Load(LoadSettings.builder().build()).loadFromString(yaml));
    }

    @Test
    void everySchemaFieldIsEditable() throws IOException {
        List<String> missing = new ArrayList<>();
        List<String> names;
        try (Stream<Path> files = Files.list(SCHEMAS)) {
            names = files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".schema.json"))
                    .map(name -> name.substring(0, name.length() - ".schema.json".length())).sorted().toList();
        }
        assertTrue(names.contains("timeline"), names.toString());
        for (String name : names) {
            JsonNode schema = SchemaCheck.schemaText(name);
            List<JsonNode> collections = collectionsFor(name);
            if (collections.isEmpty()) {
                missing.add(name + ".schema.json: no collection of the CMS edits what it describes");
            }
            for (JsonNode collection : collections) {
                Object data = name.equals(CmsConfig.PAGE_SCHEMA) ? Map.of()
                        : new Load(LoadSettings.builder().build()).loadFromString(
                                Files.readString(dir.resolve("data/" + name + ".yaml")));
                boolean translations = collection.path("folder").asText().endsWith("/" + CmsConfig.CHINESE_PAGES);
                JsonNode rules = translations ? translated(schema) : schema;
                walk(name, rules, rules, fields(collection, name), JSON.valueToTree(data),
                        translations ? "(as translated) " : "", false, missing);
            }
        }
        assertEquals(List.of(), missing);
    }

    /**
     * The Chinese pages' form is the page's as $defs/translation changes it: it has source_version,
     * so a translator's save keeps it, and the Chinese description's limits (20 to 150 characters),
     * where the English pages' form has the English (50 to 300).
     */
    @Test
    void translationsHaveTheirOwnFieldsAndLimits() {
        JsonNode translation = SchemaCheck.schemaText(CmsConfig.PAGE_SCHEMA).path("$defs").path("translation");
        List<JsonNode> translated = new ArrayList<>();
        Map<Boolean, String> description = new HashMap<>();
        for (JsonNode collection : config.path("collections")) {
            if (collection.has("folder")) {
                boolean chinese = collection.path("folder").asText().endsWith("/" + CmsConfig.CHINESE_PAGES);
                if (chinese) {
                    translated.add(collection);
                }
                description.put(chinese, field(collection.path("fields"), "description").path("pattern").path(0).asText());
                assertEquals(chinese, field(collection.path("fields"), "source_version") != null);
            }
        }
        assertEquals(1, translated.size(), "the fixture's Chinese pages have one collection");
        assertTrue(translation.path("required").toString().contains("source_version"));
        assertFalse(field(translated.get(0).path("fields"), "source_version").has("required"),
                "source_version is required in a translation's form");
        assertEquals(List.of(false, true, true, false), Stream.of(19, 20, 150, 151)
                .map(length -> jsFinds(description.get(true), "文".repeat(length))).toList());
        assertEquals(List.of(false, true, true, false), Stream.of(49, 50, 300, 301)
                .map(length -> jsFinds(description.get(false), "x".repeat(length))).toList());
    }

    /**
     * Each data file's modeline is its first field's comment, in the collection's fields too, where
     * Decap reads it: a save keeps it.
     */
    @Test
    void aSaveKeepsEachDataFilesModeline() throws IOException {
        for (JsonNode collection : config.path("collections")) {
            for (JsonNode file : collection.path("files")) {
                String firstLine = Files.readAllLines(dir.resolve(file.path("file").asText())).get(0);
                assertEquals(firstLine, "# " + file.path("fields").get(0).path("comment").asText());
                // Decap 3.16.3 reads comments from the collection's fields only, not the file's
                assertEquals(file.path("fields"), collection.path("fields"), collection.path("name").asText());
            }
        }
    }

    /**
     * The configuration is made again when a data file changes (the preview makes it at every
     * save and keeps the last one made): a kind of event added to the labels is a field at once.
     */
    @Test
    void aDataEditChangesTheNextConfiguration(@TempDir Path other) {
        ProjectCopy copy = new ProjectCopy(other);
        SiteSettings settings = new SiteSettings("https://example.org", Optional.empty(), Optional.empty(),
                CmsSettings.fromArguments(Map.of("site.cms.repo", "college/site")));
        String before = CmsConfig.yaml(other, JBakeSettings.read(other), settings, "en");
        assertEquals(before, CmsConfig.yaml(other, JBakeSettings.read(other), settings, "en"));
        assertFalse(before.contains("name: lecture-series"), before);
        copy.edit("data/labels.yaml", text -> text.replace("event_kinds:\n",
                "event_kinds:\n  lecture-series:\n    en: Lecture series\n    zh: 系列讲座\n"));
        String after = CmsConfig.yaml(other, JBakeSettings.read(other), settings, "en");
        assertTrue(after.contains("name: lecture-series"), after);
        assertTrue(CmsConfig.yaml(other, JBakeSettings.read(other), settings, "zh_Hans").contains("name: lecture-series"));
    }

    /** The collections that edit what schema {@code name} describes: a data file's, or pages'. */
    private static List<JsonNode> collectionsFor(String name) {
        List<JsonNode> found = new ArrayList<>();
        for (JsonNode collection : config.path("collections")) {
            if (name.equals(CmsConfig.PAGE_SCHEMA) ? collection.has("folder")
                    : !collection.has("folder") && fields(collection, name) != null) {
                found.add(collection);
            }
        }
        return found;
    }

    /** The fields of {@code collection} that edit what schema {@code name} describes. */
    private static JsonNode fields(JsonNode collection, String name) {
        if (collection.has("folder")) {
            return collection.path("fields");
        }
        for (JsonNode file : collection.path("files")) {
            if (file.path("file").asText().equals("data/" + name + ".yaml")) {
                return file.path("fields");
            }
        }
        return null;
    }

    /** The page's schema for a translation: $defs/translation's properties over the page's, and its required. */
    private static JsonNode translated(JsonNode schema) {
        ObjectNode page = schema.deepCopy();
        JsonNode translation = schema.path("$defs").path("translation");
        translation.path("properties").fields().forEachRemaining(entry ->
                ((ObjectNode) page.path("properties")).set(entry.getKey(), entry.getValue()));
        translation.path("required").forEach(((ArrayNode) page.path("required"))::add);
        return page;
    }

    private static void walk(String schemaName, JsonNode root, JsonNode rule, JsonNode fields, JsonNode data,
                             String at, boolean inOptional, List<String> missing) {
        JsonNode object = resolve(root, rule);
        List<String> required = new ArrayList<>();
        object.path("required").forEach(name -> required.add(name.asText()));
        List<Map.Entry<String, JsonNode>> properties = new ArrayList<>();
        object.path("properties").fields().forEachRemaining(properties::add);
        if (!object.has("properties") && object.path("additionalProperties").isObject()) {
            data.fieldNames().forEachRemaining(key -> properties.add(Map.entry(key, object.get("additionalProperties"))));
            data.fieldNames().forEachRemaining(required::add);
        }
        for (Map.Entry<String, JsonNode> property : properties) {
            String where = schemaName + ".schema.json: " + at + property.getKey();
            JsonNode field = field(fields, property.getKey());
            if (field == null) {
                missing.add(where + ": no field in the CMS");
                continue;
            }
            JsonNode value = resolve(root, property.getValue());
            String hint = field.path("hint").asText();
            if (value.has("description") && !hint.contains(value.path("description").asText())) {
                missing.add(where + ": its description is not the field's hint");
            }
            if (!value.has("enum") && !value.path("pattern").asText().equals("^photos/")) {
                checkText(where, value, field, missing);
            }
            if (value.has("enum") && !(field.path("widget").asText().equals("select")
                    && field.path("options").equals(value.path("enum")))) {
                missing.add(where + ": its allowed values are not the field's options");
            }
            boolean optional = field.path("required").asBoolean(true) == false;
            boolean nullable = value.path("type").isArray() && value.path("type").toString().contains("\"null\"");
            // Decap checks the fields of an object that is not there: in an optional object all are optional
            if (optional != (!required.contains(property.getKey()) || nullable || inOptional)) {
                missing.add(where + ": required in one and not the other");
            }
            String type = value.path("type").asText();
            String[][] limits = field.path("widget").asText().equals("number")
                    ? new String[][] {{"minimum", "min"}, {"maximum", "max"}}
                    : new String[][] {{"minItems", "min"}, {"maxItems", "max"}};
            for (String[] limit : limits) {
                if (value.has(limit[0]) && !value.path(limit[0]).equals(field.path(limit[1]))) {
                    missing.add(where + ": its " + limit[0] + " is not the field's " + limit[1]);
                }
            }
            if (type.equals("object")) {
                walk(schemaName, root, value, field.path("fields"), data.path(property.getKey()),
                        at + property.getKey() + "/", inOptional || !required.contains(property.getKey()), missing);
            } else if (type.equals("array")) {
                JsonNode items = resolve(root, value.path("items"));
                if (items.path("type").asText().equals("object")) {
                    walk(schemaName, root, items, field.path("fields"), JSON.createObjectNode(),
                            at + property.getKey() + "/*/", false, missing);
                } else if (!field.has("field")) {
                    missing.add(where + ": a list without the field of its entries");
                } else {
                    checkText(where + "/*", items, field.path("field"), missing);
                }
            }
        }
    }

    /**
     * A text's pattern and length limits (the schema's {@code rule}) are the form's, with their
     * plain words in its message and the hint. A pattern alone is the schema's as written. With
     * length limits, on texts at each limit and one past it, of letters and of emoji, and on
     * texts the pattern refuses, the form's pattern accepts exactly what the schema accepts,
     * counted as the build's schema check counts. Decap tests no pattern on an empty text (that
     * is the presence check's, required or not), so none is tried, and a least length of 1 is no limit.
     */
    private static void checkText(String where, JsonNode rule, JsonNode field, List<String> missing) {
        String pattern = rule.path("pattern").asText(null);
        int min = rule.path("minLength").asInt(0) > 1 ? rule.path("minLength").asInt() : 0;
        int max = rule.path("maxLength").asInt(-1);
        String message = field.path("pattern").path(1).asText();
        List<String> words = new ArrayList<>();
        if (pattern != null) {
            words.add(SchemaCheck.patternDescription(pattern));
        }
        if (max >= 0) {
            words.add(max + " characters");
        }
        if (min > 0) {
            words.add(min + " ");
        }
        if (words.isEmpty()) {
            return;
        }
        if (!field.path("pattern").isArray()) {
            missing.add(where + ": the form checks neither its pattern nor its length");
            return;
        }
        for (String word : words) {
            if (!message.contains(word) || !field.path("hint").asText().toLowerCase(Locale.ROOT)
                    .contains(word.toLowerCase(Locale.ROOT))) {
                missing.add(where + ": the form's message or hint does not say " + word.strip());
            }
        }
        if (min == 0 && max < 0) {
            if (!field.path("pattern").path(0).asText().equals(pattern)) {
                missing.add(where + ": its pattern is not the form's");
            }
            return;
        }
        ObjectNode text = JSON.createObjectNode().put("type", "string");
        List.of("pattern", "minLength", "maxLength").forEach(key -> {
            if (rule.has(key)) {
                text.set(key, rule.get(key));
            }
        });
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(text);
        String form = field.path("pattern").path(0).asText();
        int longest = max >= 0 ? max : min + 10;
        List<String> tried = new ArrayList<>(List.of(" ", "x", "x ", " x", "A-", "{n}", "x{n}"));
        for (String filler : List.of("x", "\uD83D\uDE00")) {
            // the start of a text the pattern asks for (a count label's {n}); an id refuses the emoji
            Optional<String> start = Stream.of("", "{n}")
                    .filter(prefix -> accepts(schema, text(prefix, filler, longest))).findFirst();
            if (start.isEmpty() && filler.equals("x")) {
                missing.add(where + ": the test makes no text its pattern accepts: add a start to checkText");
            }
            start.ifPresent(prefix -> IntStream.of(min - 1, min, longest, longest + 1)
                    .filter(length -> length > 0).forEach(length -> tried.add(text(prefix, filler, length))));
        }
        for (String sample : tried) {
            if (jsFinds(form, sample) != accepts(schema, sample)) {
                missing.add(where + ": the form " + (accepts(schema, sample) ? "refuses" : "accepts") + " a text of "
                        + sample.codePointCount(0, sample.length()) + " characters the schema "
                        + (accepts(schema, sample) ? "accepts" : "refuses") + ": \"" + text(sample, "", 6)
                        + (sample.codePointCount(0, sample.length()) > 6 ? "…\"" : "\""));
            }
        }
    }

    /** {@code prefix}, then {@code filler} to {@code length} characters (code points), or the prefix's start. */
    private static String text(String prefix, String filler, int length) {
        int count = prefix.codePointCount(0, prefix.length());
        return length <= count ? prefix.substring(0, prefix.offsetByCodePoints(0, length)) : prefix + filler.repeat(length - count);
    }

    /**
     * What Decap's {@code RegExp(pattern).test(text)} gives, for the constructions CmsConfig
     * writes (lookaheads, classes, counts, escapes of UTF-16 units). JavaScript without the u flag
     * matches UTF-16 units, so an emoji is two characters to {@code [\s\S]}; Java matches code
     * points, an emoji one. So here each surrogate, in the text and in the pattern's escapes, is
     * moved to a private-use character of its own, which Java too matches alone. (Java's {@code $}
     * also matches before a last line break, JavaScript's not: no text tried ends with one.)
     */
    static boolean jsFinds(String pattern, String text) {
        int shift = 0xE800 - 0xD800; // D800 to DFFF onto E800 to EFFF, all private use
        String units = text.chars().map(unit -> Character.isSurrogate((char) unit) ? unit + shift : unit)
                .collect(StringBuilder::new, (built, unit) -> built.append((char) unit), StringBuilder::append).toString();
        String shifted = Pattern.compile("\\\\u([dD][89a-fA-F][0-9a-fA-F]{2})").matcher(pattern).replaceAll(escape ->
                "\\\\u" + Integer.toHexString(Integer.parseInt(escape.group(1), 16) + shift));
        return Pattern.compile(shifted).matcher(new Steps(units)).find();
    }

    /**
     * A text that counts the regular expression's reads of it and stops it after a million: a
     * pattern with many ways to match a text backtracks through all of them (Java's and the
     * browser's engines alike) before it refuses it, and the editor's tab would hang.
     */
    private record Steps(String text, int[] reads) implements CharSequence {
        Steps(String text) {
            this(text, new int[1]);
        }

        @Override
        public char charAt(int index) {
            if (++reads[0] > 1_000_000) {
                throw new IllegalStateException("the pattern reads the text of " + text.length()
                        + " units more than a million times: it would hang the browser");
            }
            return text.charAt(index);
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return text.subSequence(start, end);
        }

        @Override
        public String toString() {
            return text;
        }
    }

    private static boolean accepts(JsonSchema schema, String text) {
        return schema.validate(TextNode.valueOf(text)).isEmpty();
    }

    private static JsonNode field(JsonNode fields, String name) {
        for (JsonNode field : fields) {
            if (field.path("name").asText().equals(name)) {
                return field;
            }
        }
        return null;
    }

    private static JsonNode resolve(JsonNode root, JsonNode rule) {
        if (!rule.has("$ref")) {
            return rule;
        }
        ObjectNode merged = resolve(root, root.at(rule.path("$ref").asText()
                .substring(1))).deepCopy();
        rule.fields().forEachRemaining(entry -> {
            if (!entry.getKey().equals("$ref")) {
                merged.set(entry.getKey(), entry.getValue());
            }
        });
        assertNotNull(merged);
        return merged;
    }
}
