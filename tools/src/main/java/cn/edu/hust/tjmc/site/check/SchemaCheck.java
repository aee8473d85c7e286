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

    private record LoadedSchema(JsonNode text, JsonSchema compiled) {
    }

    private SchemaCheck() {
    }

    /** Adds a problem, located at the offending line, for each way {@code file} breaks schema {@code name}. */
    public static void check(YamlFile file, String name, List<Problem> problems) {
        LoadedSchema schema = SCHEMAS.computeIfAbsent(name, SchemaCheck::load);
        JsonNode document = JSON.valueToTree(file.root());
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
                problems.add(toProblem(file, message, schema.text()));
            }
        }
    }

    private static LoadedSchema load(String name) {
        String resource = "/schemas/" + name + ".schema.json";
        try (InputStream in = SchemaCheck.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no schema " + resource + " on the class path");
            }
            JsonNode text = JSON.readTree(in);
            return new LoadedSchema(text, FACTORY.getSchema(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Problem toProblem(YamlFile file, ValidationMessage message, JsonNode schemaText) {
        String pointer = pointer(message.getInstanceLocation());
        String property = message.getProperty();
        return switch (message.getType()) {
            case "required" -> file.problem(pointer, YamlFile.fieldName(pointer + "/" + property),
                    "missing (expected a value for '" + property + "')");
            case "additionalProperties" -> {
                List<String> allowed = allowed(message, schemaText);
                String expected = allowed.isEmpty() ? "the fields described at the top of the file"
                        : "one of: " + String.join(", ", allowed);
                yield file.problemAtKey(pointer + "/" + property, "unknown field '" + property + "' ("
                        + DidYouMean.hint(property, allowed) + "expected " + expected + "; check the spelling)");
            }
            default -> file.problem(pointer, describe(message));
        };
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

    /** The validator's message without its leading "$.path: ". */
    private static String describe(ValidationMessage message) {
        String text = message.getMessage();
        int colon = text.indexOf(": ");
        return text.startsWith("$") && colon > 0 ? text.substring(colon + 2) : text;
    }

    private static String pointer(JsonNodePath path) {
        StringBuilder pointer = new StringBuilder();
        for (int i = 0; i < path.getNameCount(); i++) {
            pointer.append('/').append(path.getElement(i).toString().replace("~", "~0").replace("/", "~1"));
        }
        return pointer.toString();
    }
}
