package cn.edu.hust.tjmc.site.pipeline;

import cn.edu.hust.tjmc.site.check.SchemaCheck;
import cn.edu.hust.tjmc.site.check.SiteSourceReader;
import cn.edu.hust.tjmc.site.model.CmsSettings;
import cn.edu.hust.tjmc.site.model.SiteSettings;
import cn.edu.hust.tjmc.site.source.JBakeSettings;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.common.FlowStyle;

/**
 * The CMS's configuration (admin/config.yml), made from the JSON Schemas the checks use, so that
 * a field added to a schema is a field in the CMS, with its description as the hint, its
 * pattern's plain words (schemas/pattern-descriptions.json), its allowed values, its length
 * limits (a number's least and most, a list's entries) and whether it is required. Nothing here names a field of a data file.
 *
 * <p>How a save writes YAML is Decap's (docs/CMS.md): every comment is lost but those the
 * configuration gives as a field's {@code comment}; the first field of each data file carries
 * the file's {@code yaml-language-server} modeline that way, so editors' IDEs keep checking it.
 */
public final class CmsConfig {

    /** The schema of a page's header, once pages have YAML front matter. */
    static final String PAGE_SCHEMA = "page";
    /** The folder of the Chinese pages, under content/, once the site has them. */
    static final String CHINESE_PAGES = "zh";
    /** Where the schemas are, from the project folder; the data files' modelines point there. */
    static final String SCHEMA_FOLDER = "tools/src/main/resources/schemas";
    /** Longer texts than this get a text area rather than a line. */
    private static final int ONE_LINE = 120;
    /** A path under content/ that a photo field holds: such a field is the media library's. */
    private static final String PHOTO_PATTERN = "^photos/";
    private static final String PHOTOS = "photos";

    private CmsConfig() {
    }

    /**
     * The last configurations made, by everything they are made from: the preview makes both at
     * every save in one JVM, and they change only with the data files, the folders or the settings.
     */
    private static final Map<String, byte[]> MADE = new ConcurrentHashMap<>();

    /** The configuration in the CMS's interface language {@code locale} (Decap's: en, zh_Hans). */
    public static String yaml(Path projectDir, JBakeSettings jbake, SiteSettings settings, String locale) {
        return new String(utf8(projectDir, jbake, settings, locale), StandardCharsets.UTF_8);
    }

    /** The same, as the file's bytes (shared with the next call: not to be changed). */
    static byte[] utf8(Path projectDir, JBakeSettings jbake, SiteSettings settings, String locale) {
        boolean chinesePages = Files.isDirectory(projectDir.resolve(jbake.contentFolder()).resolve(CHINESE_PAGES));
        Map<String, String> dataTexts = new LinkedHashMap<>(); // by name; null for a file that is not there
        for (String name : SiteSourceReader.DATA_FILES) {
            dataTexts.put(name, text(projectDir.resolve(jbake.dataFolder()).resolve(name + ".yaml")));
        }
        String key = locale + "\n" + settings + "\n" + jbake + "\n" + chinesePages + "\n" + dataTexts;
        byte[] made = MADE.get(key);
        if (made == null) {
            made = make(jbake, settings, locale, chinesePages, dataTexts).getBytes(StandardCharsets.UTF_8);
            if (MADE.size() > 4) {
                MADE.clear(); // two languages; a third entry is an edit, and the old ones are gone for good
            }
            MADE.put(key, made);
        }
        return made;
    }

    private static String make(JBakeSettings jbake, SiteSettings settings, String locale, boolean chinesePages,
                               Map<String, String> dataTexts) {
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("locale", locale);
        config.put("backend", backend(settings.cms()));
        if (settings.cms().editorialWorkflow()) {
            config.put("publish_mode", "editorial_workflow");
        }
        config.put("site_url", settings.host());
        config.put("display_url", settings.host());
        config.put("media_folder", jbake.contentFolder() + "/" + PHOTOS);
        config.put("public_folder", PHOTOS);
        config.put("collections", collections(jbake, chinesePages, dataTexts));
        return "# The CMS's settings, written by the build from the JSON Schemas (pipeline/CmsConfig.java):"
                + " edit the schemas, not this file.\n"
                + new Dump(DumpSettings.builder().setDefaultFlowStyle(FlowStyle.BLOCK).setWidth(120).build())
                .dumpToString(config);
    }

    private static Map<String, Object> backend(CmsSettings cms) {
        Map<String, Object> backend = new LinkedHashMap<>();
        backend.put("name", cms.backend());
        if (cms.backend().equals("proxy")) {
            backend.put("proxy_url", cms.baseUrl());
            return backend;
        }
        backend.put("repo", cms.repo());
        backend.put("branch", cms.branch());
        switch (cms.backend()) {
            case "gitlab" -> {
                backend.put("base_url", cms.baseUrl());
                backend.put("api_root", cms.apiRoot());
                backend.put("auth_type", "pkce");
                backend.put("auth_endpoint", "oauth/authorize");
                backend.put("app_id", cms.appId());
            }
            case "gitea", "forgejo" -> {
                backend.put("base_url", cms.baseUrl());
                backend.put("api_root", cms.apiRoot());
                backend.put("app_id", cms.appId());
            }
            default -> {
                // GitHub logs in through an OAuth client of the college's (docs/PUBLISHING.md)
                if (!cms.baseUrl().equals("https://github.com")) {
                    backend.put("base_url", cms.baseUrl());
                }
            }
        }
        return backend;
    }

    private static List<Object> collections(JBakeSettings jbake, boolean chinesePages, Map<String, String> dataTexts) {
        List<Object> collections = new ArrayList<>();
        if (SchemaCheck.hasSchema(PAGE_SCHEMA)) {
            collections.add(pages("pages", "Pages", jbake.contentFolder(), false));
            if (chinesePages) {
                collections.add(pages("pages_zh", "Pages in Chinese (简体中文)", jbake.contentFolder() + "/" + CHINESE_PAGES,
                        true));
            }
        }
        for (String name : SiteSourceReader.DATA_FILES) {
            collections.add(dataFile(jbake, name, dataTexts.get(name)));
        }
        return collections;
    }

    /**
     * {@code translations}: the pages are translations, whose header the schema's $defs/translation
     * changes: its rules in place of the page's (a shorter Chinese description), its fields beside them.
     */
    private static Map<String, Object> pages(String name, String label, String folder, boolean translations) {
        JsonNode schema = SchemaCheck.schemaText(PAGE_SCHEMA);
        Map<String, Object> collection = new LinkedHashMap<>();
        collection.put("name", name);
        collection.put("label", label);
        collection.put("folder", folder);
        collection.put("extension", "md");
        collection.put("format", "yaml-frontmatter");
        collection.put("create", true);
        collection.put("slug", "{{slug}}");
        // without source_version in the form, a translator's save would drop the version the build compares
        List<Object> fields = fields(schema, translations ? translated(schema) : schema, Map.of(), false);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", "body");
        body.put("label", "Text");
        body.put("widget", "markdown");
        // the text as written: the rich-text mode would write every paragraph of the page anew
        body.put("modes", List.of("raw"));
        body.put("hint", "Markdown, as docs/EDITING.md shows.");
        fields.add(body);
        collection.put("fields", fields);
        return collection;
    }

    private static Map<String, Object> dataFile(JBakeSettings jbake, String name, String text) {
        JsonNode schema = SchemaCheck.schemaText(name);
        String path = jbake.dataFolder() + "/" + name + ".yaml";
        Object data = parse(text);
        String up = "../".repeat(Path.of(jbake.dataFolder()).getNameCount());
        String modeline = "yaml-language-server: $schema=" + up + SCHEMA_FOLDER + "/" + name + ".schema.json";
        Map<String, Object> file = new LinkedHashMap<>();
        file.put("name", name.replace('-', '_'));
        file.put("label", title(schema));
        file.put("file", path);
        file.put("fields", dataFields(schema, data, modeline));
        Map<String, Object> collection = new LinkedHashMap<>();
        collection.put("name", name.replace('-', '_'));
        collection.put("label", title(schema));
        if (schema.has("description")) {
            collection.put("description", schema.path("description").asText());
        }
        collection.put("editor", Map.of("preview", false));
        collection.put("files", List.of(file));
        // Decap 3.16.3 looks a field's comment up in the collection's fields only (selectField), never
        // in a file's: without this copy a save drops the modeline. Its own copy, so the YAML has no aliases.
        collection.put("fields", dataFields(schema, data, modeline));
        return collection;
    }

    /**
     * The page's schema as it applies to a translation: the properties of $defs/translation over
     * the page's (in the page's order), then its own; both lists of required fields.
     */
    private static JsonNode translated(JsonNode pageSchema) {
        ObjectNode page = pageSchema.deepCopy();
        JsonNode translation = pageSchema.path("$defs").path("translation");
        ObjectNode properties = (ObjectNode) page.path("properties");
        translation.path("properties").fields().forEachRemaining(entry -> properties.set(entry.getKey(), entry.getValue()));
        ArrayNode required = page.withArray("required");
        translation.path("required").forEach(required::add);
        return page;
    }

    /** A data file's fields, the first with the file's modeline as its comment, which a save writes first. */
    private static List<Object> dataFields(JsonNode schema, Object data, String modeline) {
        List<Object> fields = fields(schema, schema, data instanceof Map<?, ?> map ? map : Map.of(), false);
        if (!fields.isEmpty()) {
            @SuppressWarnings("unchecked")
            Map<String, Object> first = (Map<String, Object>) fields.get(0);
            first.put("comment", modeline);
        }
        return fields;
    }

    /** "TJMC International timeline (data/timeline.yaml)" is "Timeline". */
    private static String title(JsonNode schema) {
        String title = schema.path("title").asText().replaceFirst("^TJMC International ", "").replaceFirst(" \\(.*$", "");
        return title.isEmpty() ? title : title.substring(0, 1).toUpperCase(Locale.ROOT) + title.substring(1);
    }

    /**
     * The fields of an object of the schema; {@code data} gives the keys of a map the schema leaves
     * open. In an {@code optional} object every field is optional: Decap checks the fields of an
     * object that is not there as if it were, so an event without a photo could not be saved for
     * the photo's required file. The build's checks still require it once the object is there.
     */
    private static List<Object> fields(JsonNode root, JsonNode object, Map<?, ?> data, boolean optional) {
        JsonNode resolved = resolve(root, object);
        Set<String> required = new TreeSet<>();
        resolved.path("required").forEach(name -> required.add(name.asText()));
        List<Object> fields = new ArrayList<>();
        JsonNode properties = resolved.path("properties");
        if (properties.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = properties.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> property = it.next();
                Object value = data.get(property.getKey());
                fields.add(field(root, property.getKey(), property.getValue(), required.contains(property.getKey()),
                        optional, value instanceof Map<?, ?> map ? map : Map.of()));
            }
        } else if (resolved.path("additionalProperties").isObject()) {
            // a map with names of the editors' choosing: its entries as they are now
            for (Object key : data.keySet()) {
                fields.add(field(root, String.valueOf(key), resolved.get("additionalProperties"), true, optional, Map.of()));
            }
        }
        return fields;
    }

    /**
     * One field: its widget from the schema's type, its hint from the description and pattern;
     * {@code inOptional} when it belongs to an object the schema does not require.
     */
    static Map<String, Object> field(JsonNode root, String name, JsonNode schema, boolean required, boolean inOptional,
                                     Map<?, ?> data) {
        JsonNode rule = resolve(root, schema);
        Map<String, Object> field = new LinkedHashMap<>();
        field.put("name", name);
        field.put("label", label(name));
        Set<String> types = new TreeSet<>();
        if (rule.path("type").isArray()) {
            rule.path("type").forEach(type -> types.add(type.asText()));
        } else if (rule.has("type")) {
            types.add(rule.path("type").asText());
        }
        boolean nullable = types.remove("null");
        String pattern = rule.path("pattern").asText(null);
        if (rule.has("enum")) {
            field.put("widget", "select");
            List<Object> options = new ArrayList<>();
            rule.path("enum").forEach(option -> options.add(option.asText()));
            field.put("options", options);
        } else if (types.equals(Set.of("boolean"))) {
            field.put("widget", "boolean");
        } else if (types.equals(Set.of("integer")) || types.equals(Set.of("number"))) {
            field.put("widget", "number");
            field.put("value_type", types.contains("integer") ? "int" : "float");
            if (rule.has("minimum")) {
                field.put("min", rule.path("minimum").numberValue());
            }
            if (rule.has("maximum")) {
                field.put("max", rule.path("maximum").numberValue());
            }
        } else if (types.equals(Set.of("object"))) {
            field.put("widget", "object");
            field.put("collapsed", !required);
            field.put("fields", fields(root, rule, data, inOptional || !required));
        } else if (types.equals(Set.of("array"))) {
            field.put("widget", "list");
            JsonNode items = resolve(root, rule.path("items"));
            if (items.path("type").asText().equals("object")) {
                field.put("collapsed", true);
                field.put("fields", fields(root, items, Map.of(), false));
                String summary = summary(items);
                if (summary != null) {
                    field.put("summary", "{{fields." + summary + "}}");
                }
            } else {
                field.put("field", field(root, label(name).toLowerCase(Locale.ROOT), rule.path("items"), true, false,
                        Map.of()));
            }
            if (rule.has("minItems")) {
                field.put("min", rule.path("minItems").asInt());
            }
            if (rule.has("maxItems")) {
                field.put("max", rule.path("maxItems").asInt());
            }
        } else if (PHOTO_PATTERN.equals(pattern)) {
            field.put("widget", "image");
            field.put("choose_url", false);
        } else {
            field.put("widget", rule.path("maxLength").asInt(0) > ONE_LINE ? "text" : "string");
        }
        if (!required || nullable || inOptional) {
            field.put("required", false);
        }
        List<String> hint = new ArrayList<>();
        if (rule.has("description")) {
            hint.add(rule.path("description").asText());
        }
        if (required && !nullable && inOptional) {
            hint.add("Required as soon as a field beside it is filled in.");
        }
        boolean text = !field.get("widget").equals("select") && !PHOTO_PATTERN.equals(pattern);
        String words = text && pattern != null ? SchemaCheck.patternDescription(pattern) : null;
        if (words != null) {
            hint.add("Write " + words + ".");
        }
        // minLength 1 is the presence check's: Decap tests a pattern on a text that is not empty only
        int min = rule.path("minLength").asInt(0) > 1 ? rule.path("minLength").asInt() : 0;
        int max = rule.path("maxLength").asInt(-1);
        String length = text ? lengthWords(min, max) : null;
        if (length != null && !String.join(" ", hint).toLowerCase(Locale.ROOT).contains(length)) {
            hint.add(length.substring(0, 1).toUpperCase(Locale.ROOT) + length.substring(1) + ".");
        }
        if (words != null || length != null) {
            String expected = words == null ? length : length == null ? words : words + "; " + length;
            field.put("pattern", List.of(length == null ? pattern : lengthPattern(pattern, min, max),
                    "Expected " + expected));
        }
        if (!hint.isEmpty()) {
            field.put("hint", String.join(" ", hint));
        }
        return field;
    }

    /** "at most 70 characters", "50 to 300 characters", "at least 2 characters"; null without a limit. */
    private static String lengthWords(int min, int max) {
        if (max >= 0) {
            return min > 0 ? min + " to " + max + " characters" : "at most " + max + " characters";
        }
        return min > 0 ? "at least " + min + " characters" : null;
    }

    /**
     * A JavaScript regular expression, as Decap compiles it ({@code RegExp(pattern)}, no flags),
     * that holds a text to between {@code min} and {@code max} characters ({@code max} -1: no
     * most) and, when {@code pattern} is not null, to that pattern too. A character is counted as
     * the build's schema check counts it, by code point: without the u flag JavaScript counts
     * UTF-16 units, so an emoji (two units) would count twice; here a surrogate pair is one
     * character. Each text has one way only to be cut into characters (a unit that is not a high
     * surrogate, or a high and a low surrogate), so a text over the limit is refused at once: with
     * two ways for an emoji (a pair, or two units), refusing 121 emoji would try 2^121 ways and
     * hang the editor's tab (CmsConfigTest stops such a pattern). A lone high surrogate, which no
     * keyboard types, is refused. A pattern anchored at its start follows
     * the length's lookahead without its {@code ^}; any other is searched for after it, as JSON
     * Schema and Decap search.
     */
    private static String lengthPattern(String pattern, int min, int max) {
        String length = "(?:[^\\uD800-\\uDBFF]|[\\uD800-\\uDBFF][\\uDC00-\\uDFFF]){" + min + "," + (max < 0 ? "" : max) + "}$";
        if (pattern == null) {
            return "^" + length;
        }
        if (pattern.startsWith("^") && !pattern.contains("|")) {
            return "^(?=" + length + ")" + pattern.substring(1);
        }
        return "^(?=" + length + ")[\\s\\S]*?(?:" + pattern + ")";
    }

    /** The field a list shows for each entry when folded: its title, name or first required text. */
    private static String summary(JsonNode items) {
        for (String name : List.of("title", "name", "label", "value")) {
            if (items.path("properties").has(name)) {
                return name;
            }
        }
        return null;
    }

    /** The rule with its {@code $ref} followed, its own keys (a description, a maxLength) over the target's. */
    private static JsonNode resolve(JsonNode root, JsonNode schema) {
        if (!schema.has("$ref")) {
            return schema;
        }
        ObjectNode merged = resolve(root, root.at(schema.path("$ref").asText().substring(1))).deepCopy();
        schema.fields().forEachRemaining(entry -> {
            if (!entry.getKey().equals("$ref")) {
                merged.set(entry.getKey(), entry.getValue());
            }
        });
        return merged;
    }

    /** "short_name" is "Short name". */
    private static String label(String name) {
        String words = name.replace('_', ' ').replace('-', ' ');
        return words.isEmpty() ? words : words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
    }

    private static Object parse(String text) {
        try {
            return text == null ? null : new Load(LoadSettings.builder().build()).loadFromString(text);
        } catch (RuntimeException e) {
            return null; // the checks tell what is wrong with it
        }
    }

    private static String text(Path file) {
        try {
            return Files.isRegularFile(file) ? Files.readString(file) : null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
