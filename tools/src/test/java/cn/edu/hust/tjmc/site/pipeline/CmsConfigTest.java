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
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 * in its hint, its pattern and the pattern's plain words, its allowed values as a select, and
 * optional where the schema does not require it (and inside an object it does not require). A
 * schema no collection edits fails it too.
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
            for (JsonNode fields : collections) {
                Object data = name.equals(CmsConfig.PAGE_SCHEMA) ? Map.of()
                        : new Load(LoadSettings.builder().build()).loadFromString(
                                Files.readString(dir.resolve("data/" + name + ".yaml")));
                walk(name, schema, schema, fields, JSON.valueToTree(data), "", false, missing);
            }
        }
        assertEquals(List.of(), missing);
    }

    /** Translations' own fields ($defs/translation) are in the Chinese pages' form: a save keeps source_version. */
    @Test
    void translationsKeepTheirSourceVersion() {
        JsonNode schema = SchemaCheck.schemaText(CmsConfig.PAGE_SCHEMA);
        List<String> missing = new ArrayList<>();
        int translated = 0;
        for (JsonNode collection : config.path("collections")) {
            if (collection.path("folder").asText().endsWith("/zh")) {
                translated++;
                walk(CmsConfig.PAGE_SCHEMA, schema, schema.path("$defs").path("translation"), collection.path("fields"),
                        JSON.valueToTree(Map.of()), "$defs/translation/", false, missing);
            }
        }
        assertEquals(1, translated, "the fixture's Chinese pages have one collection");
        assertEquals(List.of(), missing);
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

    /** The collections whose fields edit what schema {@code name} describes: a data file, or pages. */
    private static List<JsonNode> collectionsFor(String name) {
        List<JsonNode> found = new ArrayList<>();
        for (JsonNode collection : config.path("collections")) {
            for (JsonNode file : collection.path("files")) {
                if (file.path("file").asText().equals("data/" + name + ".yaml")) {
                    found.add(file.path("fields"));
                }
            }
            if (name.equals(CmsConfig.PAGE_SCHEMA) && collection.has("folder")) {
                found.add(collection.path("fields"));
            }
        }
        return found;
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
            if (value.has("pattern") && !value.path("pattern").asText().equals("^photos/")
                    && (!field.path("pattern").path(0).asText().equals(value.path("pattern").asText())
                    || !hint.contains(SchemaCheck.patternDescription(value.path("pattern").asText())))) {
                missing.add(where + ": its pattern and its plain words are not the field's");
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
                }
            }
        }
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
        com.fasterxml.jackson.databind.node.ObjectNode merged = resolve(root, root.at(rule.path("$ref").asText()
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
