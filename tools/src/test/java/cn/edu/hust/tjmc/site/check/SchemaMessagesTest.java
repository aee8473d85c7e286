package cn.edu.hust.tjmc.site.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.edu.hust.tjmc.site.PlainMessages;
import cn.edu.hust.tjmc.site.report.Problem;
import cn.edu.hust.tjmc.site.source.YamlFile;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every rule of every schema has a message in plain words: the test walks each schema, asks
 * SchemaCheck for the message of each rule, and fails on anything that reads like a regex.
 */
class SchemaMessagesTest {

    /** The rules SchemaCheck explains; a schema using any other fails this test until it does too. */
    private static final Set<String> RULES = Set.of("pattern", "minLength", "maxLength", "minimum", "maximum", "type",
            "minItems", "maxItems", "minProperties", "uniqueItems", "enum", "const", "required",
            "additionalProperties", "propertyNames");
    /** What a schema may hold besides rules: structure and annotations for editors' tools. */
    private static final Set<String> STRUCTURE = Set.of("$schema", "$id", "$ref", "$defs", "title", "description",
            "properties", "items", "default", "examples", "//");

    @TempDir
    Path dir;

    @Test
    void everyRuleOfEverySchemaHasAPlainMessage() {
        List<String> checked = new ArrayList<>();
        for (String name : SiteSourceReader.DATA_FILES) {
            walk(name, "", SchemaCheck.schemaText(name), checked);
        }
        assertTrue(checked.size() > 50, "walked the schemas: " + checked.size() + " rules");
    }

    private void walk(String name, String at, JsonNode schema, List<String> checked) {
        if (!schema.isObject()) {
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> fields = schema.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            String keyword = field.getKey();
            String where = name + ".schema.json#" + at + "/" + keyword;
            assertTrue(RULES.contains(keyword) || STRUCTURE.contains(keyword), where + ": SchemaCheck has no plain"
                    + " message for the rule " + keyword);
            switch (keyword) {
                case "properties", "$defs" -> field.getValue().fields().forEachRemaining(
                        property -> walk(name, at + "/" + keyword + "/" + property.getKey(), property.getValue(), checked));
                case "items", "propertyNames" -> walk(name, at + "/" + keyword, field.getValue(), checked);
                case "additionalProperties" -> {
                    if (field.getValue().isObject()) {
                        walk(name, at + "/" + keyword, field.getValue(), checked);
                    }
                }
                default -> {
                    if (RULES.contains(keyword)) {
                        for (JsonNode value : samples()) {
                            String message = SchemaCheck.explain(keyword, schema, value);
                            PlainMessages.assertPlain(where, message);
                            checked.add(where);
                        }
                    }
                }
            }
        }
    }

    private static List<JsonNode> samples() {
        JsonNodeFactory json = JsonNodeFactory.instance;
        return List.of(json.textNode("17-05-2019"), json.textNode("  "), json.numberNode(1800), json.booleanNode(true),
                json.arrayNode().add("a").add("a"), json.objectNode(), json.nullNode());
    }

    @Test
    void theRegexDetectorCatchesRegexes() {
        for (String regex : List.of("^\\d{4}(-\\d{2}-\\d{2})?$", "does not match \\S", "[a-z0-9]+", "(?i)x", "a{5,20}",
                "ends with$")) {
            assertTrue(PlainMessages.REGEX_SYNTAX.matcher(regex).find(), regex);
        }
        assertFalse(PlainMessages.REGEX_SYNTAX.matcher("expected [the video](https://example.org/video), +86 (27) 8369-2919, $5")
                .find());
    }

    /** Each rule, broken in a real data file: the message comes from the rule, not from the validator. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "timeline|date: 17-5-2019|events[0].date|a year like 2016 or a date like 2017-05-19",
        "timeline|date: 1850|events[0].date|1900 or more",
        "timeline|id: Visit_2008|events[0].id|lower-case letters a to z, digits and single hyphens",
        "timeline|title: '   '|events[0].title|some text, not only spaces",
        "timeline|institutions: [a, a]|events[0].institutions|the same value twice",
        "timeline|people: yes|events[0].people|a list",
        "college|number: 8369-2919|phones[0].number|+86 (27) 8369-2919",
        "labels|event_kinds: {Visit Days: Visits}|event_kinds.Visit Days|lower-case letters",
        "partners|intercollegiate_agreement: yes|partners[0].intercollegiate_agreement|true or false",
        "key-figures|value: ' 50+'|figures[0].value|without spaces at its start or end",
    })
    void eachRuleIsExplainedInTheFieldsOwnWords(String name, String line, String field, String phrase)
            throws IOException {
        String yaml = switch (name) {
            case "timeline" -> "events:\n  - id: visit-2008\n    date: 2008\n    kind: visit\n    country: Germany\n"
                    + "    title: A visit\n    description: A visit.\n";
            case "college" -> "name: A\nshort_name: A\nparent_organization: A\nparent_short_name: A\n"
                    + "address:\n  street: A\n  city: A\n  country: China\n"
                    + "phones:\n  - number: +86 (27) 8369-2919\n    office: A\n";
            case "labels" -> "event_kinds: {visit: Visits}\n";
            case "partners" -> "partners:\n  - id: a\n    name: A\n    country: Germany\n"
                    + "    intercollegiate_agreement: true\n";
            default -> "figures:\n  - value: '50+'\n    label: partners\n";
        };
        String key = line.substring(0, line.indexOf(':'));
        String edited = yaml.replaceFirst("(?m)^(\\s*-?\\s*)" + Pattern.quote(key) + ": .*$",
                "$1" + java.util.regex.Matcher.quoteReplacement(line));
        if (edited.equals(yaml)) {
            edited = yaml.replaceFirst("\n    title:", "\n    " + line + "\n    title:");
        }
        Path file = dir.resolve(name + ".yaml");
        Files.writeString(file, edited, StandardCharsets.UTF_8);
        List<Problem> problems = new ArrayList<>();
        YamlFile.read(file, Path.of("data", name + ".yaml"), problems)
                .ifPresent(yamlFile -> SchemaCheck.check(yamlFile, name, problems));
        Problem problem = problems.stream().filter(p -> p.field().equals(field)).findFirst()
                .orElseThrow(() -> new AssertionError("no problem for " + field + " in " + problems));
        assertTrue(problem.message().contains(phrase), problem.toString());
        PlainMessages.assertPlain(problem.toString(), problem.message());
    }

    @Test
    void wuhansAreaCodeIsAcceptedInAPhoneNumber() throws IOException {
        Path file = dir.resolve("college.yaml");
        Files.writeString(file, "name: A\nshort_name: A\nparent_organization: A\nparent_short_name: A\n"
                + "address:\n  street: A\n  city: A\n  country: China\n"
                + "phones:\n  - number: +86 (27) 8369-2919\n    office: A\n  - number: +86 27 8369 2919\n    office: B\n");
        List<Problem> problems = new ArrayList<>();
        YamlFile.read(file, Path.of("data/college.yaml"), problems)
                .ifPresent(yamlFile -> SchemaCheck.check(yamlFile, "college", problems));
        assertEquals(List.of(), problems);
    }
}
