package cn.edu.hust.tjmc.site.check;

import cn.edu.hust.tjmc.site.report.DidYouMean;
import cn.edu.hust.tjmc.site.report.Problem;
import cn.edu.hust.tjmc.site.source.YamlFile;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonNodePath;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks a data file against its JSON Schema in src/main/resources/schemas, the same
 * schema editors' IDEs use through the modeline at the top of each file.
 */
public final class SchemaCheck {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final Map<String, LoadedSchema> SCHEMAS = new ConcurrentHashMap<>();
    /** Every pattern of the schemas, as editors read it. */
    private static final JsonNode PATTERN_DESCRIPTIONS = readResource("/schemas/pattern-descriptions.json");

    private record LoadedSchema(JsonNode text, JsonSchema compiled) {
    }

    private SchemaCheck() {
    }

    /** Adds a problem, located at the offending line, for each way {@code file} breaks schema {@code name}. */
    public static void check(YamlFile file, String name, List<Problem> problems) {
        LoadedSchema schema = SCHEMAS.computeIfAbsent(name, SchemaCheck::load);
        JsonNode document = file.tree();
        Set<ValidationMessage> messages = schema.compiled().validate(document);
        // "titel" is one mistake: report the misspelt key with its hint, not also "title missing"
        Set<String> misspelt = new HashSet<>();
        for (ValidationMessage message : messages) {
            if (message.getType().equals("additionalProperties")) {
                DidYouMean.suggest(message.getProperty(), allowed(message, schema.text())).ifPresent(intended ->
                        misspelt.add(pointer(message.getInstanceLocation()) + "/" + intended));
            }
        }
        for (ValidationMessage message : messages) {
            boolean explained = message.getType().equals("required")
                    && misspelt.contains(pointer(message.getInstanceLocation()) + "/" + message.getProperty());
            if (!explained) {
                problems.add(toProblem(file, message, schema.text(), document));
            }
        }
    }

    private static LoadedSchema load(String name) {
        JsonNode text = schemaText(name);
        return new LoadedSchema(text, FACTORY.getSchema(text));
    }

    /** Whether src/main/resources/schemas has {name}.schema.json. */
    public static boolean hasSchema(String name) {
        return SchemaCheck.class.getResource("/schemas/" + name + ".schema.json") != null;
    }

    /** The JSON Schema of data/{name}.yaml, as written. */
    public static JsonNode schemaText(String name) {
        return readResource("/schemas/" + name + ".schema.json");
    }

    private static JsonNode readResource(String resource) {
        try (InputStream in = SchemaCheck.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no " + resource + " on the class path");
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Problem toProblem(YamlFile file, ValidationMessage message, JsonNode schemaText,
                                     JsonNode document) {
        String pointer = pointer(message.getInstanceLocation());
        String property = message.getProperty();
        return switch (message.getType()) {
            case "required" -> file.problem(pointer, YamlFile.fieldName(pointer + "/" + property),
                    "missing (expected a value for '" + property + "')");
            case "additionalProperties" -> {
                List<String> allowed = allowed(message, schemaText);
                String expected = allowed.isEmpty() ? "the fields described at the top of the file"
                        : "one of: " + String.join(", ", allowed);
                String spacing = property.startsWith("-") ? "put a space after '-' to start a list entry; " : "";
                yield file.problemAtKey(pointer + "/" + property, "unknown field '" + property + "' ("
                        + DidYouMean.hint(property, allowed) + spacing + "expected " + expected
                        + "; check the spelling)");
            }
            default -> {
                String location = message.getSchemaLocation().getFragment().toString().replaceFirst("^#", "");
                String keyword = message.getType();
                JsonNode rule = schemaText.at(location.substring(0, Math.max(location.lastIndexOf('/'), 0)));
                if (keyword.equals("propertyNames") || location.contains("/propertyNames/")) {
                    yield keyProblem(file, pointer, schemaText.at(location.replaceFirst("/propertyNames/.*", "")
                            .replaceFirst("(/propertyNames)?$", "/propertyNames")), document.at(pointer));
                }
                yield file.problem(pointer, explain(keyword, rule, document.at(pointer)));
            }
        };
    }

    /** A key that breaks the pattern its map's keys must follow, at the key itself. */
    private static Problem keyProblem(YamlFile file, String pointer, JsonNode names, JsonNode map) {
        String pattern = names.path("pattern").asText();
        List<String> keys = new ArrayList<>();
        map.fieldNames().forEachRemaining(keys::add);
        String key = keys.stream().filter(name -> !java.util.regex.Pattern.compile(pattern).matcher(name).find())
                .findFirst().orElse(keys.isEmpty() ? "" : keys.get(0));
        return file.problemAtKey(pointer + "/" + key.replace("~", "~0").replace("/", "~1"), "the key '" + key
                + "' is not in the right form (expected " + patternDescription(pattern) + ")");
    }

    /**
     * What a rule of the schema asks for, said in the words of the field's own rule, never the
     * rule's syntax: patterns are described by pattern-descriptions.json next to the schemas.
     *
     * @param keyword the rule that failed: pattern, maxLength, type...
     * @param rule    the schema object holding it
     * @param value   the editor's value
     */
    static String explain(String keyword, JsonNode rule, JsonNode value) {
        String quoted = value == null || value.isMissingNode() ? "the value"
                : value.isTextual() ? "'" + value.asText() + "'" : value.toString();
        int length = value != null && value.isTextual() ? value.asText().length() : 0;
        return switch (keyword) {
            case "pattern" -> {
                String description = patternDescription(rule.path("pattern").asText());
                yield value != null && value.isTextual() && value.asText().isBlank()
                        ? "is empty (expected " + description + ")"
                        : quoted + " is not in the right form (expected " + description + ")";
            }
            case "minLength" -> "is empty (expected " + (rule.path("minLength").asInt() <= 1 ? "some text"
                    : "at least " + rule.path("minLength").asInt() + " characters") + ")";
            case "maxLength" -> "is " + length + " characters long (expected at most "
                    + rule.path("maxLength").asInt() + ")";
            case "minimum" -> quoted + " is too small (expected " + rule.path("minimum").asText() + " or more)";
            case "maximum" -> quoted + " is too large (expected " + rule.path("maximum").asText() + " or less)";
            case "type" -> "is " + kindOf(value) + " (expected " + expectedKinds(rule.path("type")) + ")";
            case "minItems" -> "has " + (value == null ? 0 : value.size()) + " entries (expected at least "
                    + rule.path("minItems").asInt() + ")";
            case "maxItems" -> "has " + (value == null ? 0 : value.size()) + " entries (expected at most "
                    + rule.path("maxItems").asInt() + ")";
            case "minProperties" -> "has no entries (expected at least " + rule.path("minProperties").asInt() + ")";
            case "uniqueItems" -> "lists the same value twice (expected each value once)";
            case "enum" -> quoted + " is not one of the choices (expected one of: " + choices(rule.path("enum")) + ")";
            case "const" -> quoted + " is not allowed here (expected " + rule.path("const").asText() + ")";
            default -> quoted + " is not as the comment at the top of the file describes (expected a value like"
                    + " the other entries')";
        };
    }

    /** The plain description of a schema pattern. */
    public static String patternDescription(String pattern) {
        JsonNode description = PATTERN_DESCRIPTIONS.get(pattern);
        if (description == null) {
            throw new IllegalStateException("schemas/pattern-descriptions.json has no description of " + pattern);
        }
        return description.asText();
    }

    private static String kindOf(JsonNode value) {
        if (value == null || value.isMissingNode() || value.isNull()) {
            return "empty";
        }
        if (value.isTextual()) {
            return "the text '" + value.asText() + "'";
        }
        if (value.isNumber()) {
            return "the number " + value.asText();
        }
        if (value.isBoolean()) {
            return value.asText();
        }
        return value.isArray() ? "a list" : "a group of fields";
    }

    private static String expectedKinds(JsonNode type) {
        List<String> kinds = new ArrayList<>();
        (type.isArray() ? type : JSON.createArrayNode().add(type)).forEach(name -> kinds.add(switch (name.asText()) {
            case "string" -> "text";
            case "integer" -> "a whole number";
            case "number" -> "a number";
            case "boolean" -> "true or false";
            case "array" -> "a list, one entry per line starting with '- '";
            case "object" -> "fields, one 'name: value' per line";
            default -> "nothing";
        }));
        return String.join(" or ", kinds);
    }

    private static String choices(JsonNode values) {
        List<String> names = new ArrayList<>();
        values.forEach(value -> names.add(value.asText()));
        return String.join(", ", names);
    }

    /** The fields the schema allows where the unknown one was found, read from the schema itself. */
    private static List<String> allowed(ValidationMessage message, JsonNode schemaText) {
        String location = message.getSchemaLocation().getFragment().toString();
        String parent = location.substring(location.startsWith("#") ? 1 : 0, Math.max(location.lastIndexOf('/'), 0));
        JsonNode properties = schemaText.at(parent).get("properties");
        List<String> names = new ArrayList<>();
        if (properties != null && properties.isObject()) {
            properties.fieldNames().forEachRemaining(names::add);
        }
        return names;
    }

    private static String pointer(JsonNodePath path) {
        StringBuilder pointer = new StringBuilder();
        for (int i = 0; i < path.getNameCount(); i++) {
            pointer.append('/').append(path.getElement(i).toString().replace("~", "~0").replace("/", "~1"));
        }
        return pointer.toString();
    }
}
