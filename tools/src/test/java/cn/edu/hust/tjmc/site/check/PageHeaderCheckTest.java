package cn.edu.hust.tjmc.site.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.edu.hust.tjmc.site.ProjectCopy;
import cn.edu.hust.tjmc.site.report.Problem;
import cn.edu.hust.tjmc.site.source.JBakeSettings;
import cn.edu.hust.tjmc.site.source.YamlFile;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The header check on YAML front matter: its messages and positions, and its agreement with
 * schemas/page.schema.json, the schema editors' tools read.
 */
class PageHeaderCheckTest {

    private static final String GOOD = "---\ntitle: Summer camp\nnav_title: Camp\nnav_order: 9\n"
            + "description: One or two sentences, fifty to three hundred characters, shown in search results.\n"
            + "type: page\nstatus: published\nrelated_event_kinds: [visit, agreement]\n---\nText.\n";

    @TempDir
    Path dir;

    /** The problems the check finds in content/camp.md, a page alone in its site. */
    private List<Problem> problemsOf(String text) throws IOException {
        return problemsOf("content/camp.md", text);
    }

    /** The problems the check finds in {@code page} (content/camp.md or its translation content/zh/camp.md). */
    private List<Problem> problemsOf(String page, String text) throws IOException {
        Files.createDirectories(dir.resolve(page).getParent());
        Files.writeString(dir.resolve(page), text, StandardCharsets.UTF_8);
        List<Problem> problems = new ArrayList<>();
        PageHeaderCheck.readPages(dir, JBakeSettings.read(ProjectCopy.REAL_PROJECT), problems, new ArrayList<>());
        return problems.stream().filter(problem -> problem.file().equals(Path.of(page))).toList();
    }

    private String reported(String text) throws IOException {
        return problemsOf(text).stream().map(Problem::toString).collect(Collectors.joining("\n"));
    }

    @Test
    void aGoodHeaderHasNoMistakes() throws IOException {
        assertEquals(List.of(), problemsOf(GOOD));
    }

    @Test
    void anUnknownFieldIsToldAtItsKeyWithDidYouMean() throws IOException {
        assertEquals("content/camp.md:5:1: descripton: unknown header field (did you mean description? expected"
                + " one of description, nav_order, nav_title, related_event_kinds, status, title, type; check the spelling)",
                reported(GOOD.replace("description:", "descripton:")).lines().findFirst().orElse(""));
    }

    @Test
    void aMissingTitleIsToldAtTheClosingLine() throws IOException {
        assertEquals("content/camp.md:8:1: title: missing from the header (expected a line title: ... above the"
                + " closing ---)", reported(GOOD.replace("title: Summer camp\n", "")).strip());
    }

    @Test
    void wrongKindsAreToldInPlainWords() throws IOException {
        assertEquals("content/camp.md:4:12: nav_order: 'nine' is not a position (expected a whole number such as 3,"
                + " without quotes)", reported(GOOD.replace("nav_order: 9", "nav_order: nine")));
        assertEquals("content/camp.md:2:8: title: is the number 2020 (expected text: put it in quotes, title: \"2020\")",
                reported(GOOD.replace("title: Summer camp", "title: 2020")));
        assertEquals("content/camp.md:7:9: status: 'draft' would not be published (expected published; to hold a page"
                + " back, keep it out of content/)", reported(GOOD.replace("status: published", "status: draft")));
        assertEquals("content/camp.md:2:7: title: is empty (expected a value after 'title: ')",
                reported(GOOD.replace("title: Summer camp", "title:")));
    }

    @Test
    void aPageInTheOldFormIsRefusedAtItsFirstLine() throws IOException {
        String reported = reported("title=Summer camp\ntype=page\n~~~~~~\nText.\n");
        assertTrue(reported.startsWith("content/camp.md:1:1: the header is in JBake's old form"), reported);
        assertTrue(reported.endsWith("these lines:\n---\ntitle: Summer camp\ntype: page\n---)"), reported);
    }

    @Test
    void theSchemaListsTheFieldsAndValuesTheCheckAccepts() {
        JsonNode schema = SchemaCheck.schemaText("page");
        assertEquals(PageHeaderCheck.REQUIRED, names(schema.path("required")));
        Set<String> fields = new TreeSet<>(PageHeaderCheck.REQUIRED);
        fields.addAll(PageHeaderCheck.OPTIONAL);
        Set<String> properties = new TreeSet<>();
        schema.path("properties").fieldNames().forEachRemaining(properties::add);
        assertEquals(fields, properties);
        assertEquals(JBakeSettings.read(ProjectCopy.REAL_PROJECT).pageTypes(),
                names(schema.at("/properties/type/enum")));
        assertEquals(Set.of("published"), names(schema.at("/properties/status/enum")));
    }

    /** Headers at the edges of each rule: the schema accepts exactly those the check accepts. */
    @Test
    void theSchemaAndTheCheckAgreeOnEachEdge() throws IOException {
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(SchemaCheck.schemaText("page"));
        String description = "description: " + "x".repeat(50) + "\n";
        List<String> variants = List.of(GOOD,
                GOOD.replace("title: Summer camp", "title: " + "t".repeat(70)),
                GOOD.replace("title: Summer camp", "title: " + "t".repeat(71)),
                // both count characters as code points: an emoji is one, not two UTF-16 units
                GOOD.replace("title: Summer camp", "title: " + "\uD83C\uDFD5".repeat(70)),
                GOOD.replace("title: Summer camp", "title: " + "\uD83C\uDFD5".repeat(71)),
                GOOD.replaceFirst("description: .*\n", "description: " + "\uD83C\uDFD5".repeat(300) + "\n"),
                GOOD.replaceFirst("description: .*\n", description),
                GOOD.replaceFirst("description: .*\n", "description: " + "x".repeat(49) + "\n"),
                GOOD.replaceFirst("description: .*\n", "description: " + "x".repeat(300) + "\n"),
                GOOD.replaceFirst("description: .*\n", "description: " + "x".repeat(301) + "\n"),
                GOOD.replace("nav_order: 9", "nav_order: 999"), GOOD.replace("nav_order: 9", "nav_order: 1000"),
                GOOD.replace("nav_order: 9", "nav_order: 0"), GOOD.replace("nav_order: 9", "nav_order: '9'"),
                GOOD.replace("type: page", "type: blog"), GOOD.replace("type: page", "type: contact"),
                GOOD.replace("status: published", "status: draft"),
                GOOD.replace("nav_title: Camp\n", "").replace("nav_order: 9\n", ""),
                GOOD.replace("type: page\n", ""), GOOD.replace("title: Summer camp", "titel: Summer camp"),
                GOOD.replace("[visit, agreement]", "visit"), GOOD.replace("[visit, agreement]", "[]"),
                GOOD.replace("title: Summer camp", "title: 2020"), GOOD.replace("title: Summer camp", "title: ''"));
        assertAgree(schema, "content/camp.md", variants);
    }

    /**
     * A translation's header at the edges of its own rules: the page's schema as $defs/translation
     * changes it (a Chinese description of 20 to 150 characters, source_version) accepts exactly
     * the headers the check accepts in content/zh/, so that the CMS's form for Chinese pages,
     * made from it, holds an editor to the build's limits.
     */
    @Test
    void theSchemaAndTheCheckAgreeOnATranslationsEdges() throws IOException {
        JsonNode page = SchemaCheck.schemaText("page").deepCopy();
        JsonNode translation = page.at("/$defs/translation");
        translation.path("properties").fields().forEachRemaining(entry ->
                ((ObjectNode) page.path("properties")).set(entry.getKey(), entry.getValue()));
        translation.path("required").forEach(((ArrayNode) page.path("required"))::add);
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(page);
        problemsOf(GOOD); // the English page it translates
        // made up for the test: a summer camp's title and a description of n characters
        String good = GOOD.replace("title: Summer camp", "title: 夏令营")
                .replace("status: published\n", "status: published\nsource_version: 1a2b3c4d\n");
        List<String> variants = new ArrayList<>();
        for (int length : new int[] {19, 20, 34, 150, 151, 300}) {
            variants.add(good.replaceFirst("description: .*\n", "description: " + "营".repeat(length) + "\n"));
        }
        variants.addAll(List.of(good,
                good.replaceFirst("description: .*\n", "description: " + "\uD83C\uDFD5".repeat(150) + "\n"),
                good.replaceFirst("description: .*\n", "description: " + "\uD83C\uDFD5".repeat(151) + "\n"),
                good.replace("source_version: 1a2b3c4d\n", ""), good.replace("1a2b3c4d", "1A2B3C4D"),
                good.replace("title: 夏令营", "title: " + "营".repeat(71))));
        assertAgree(schema, "content/zh/camp.md", variants);
    }

    /** For each of {@code variants} as {@code page}, the check finds no problem exactly where the schema accepts it. */
    private void assertAgree(JsonSchema schema, String page, List<String> variants) throws IOException {
        for (String variant : variants) {
            JsonNode header = YamlFile.parse(variant.substring(4, variant.indexOf("\n---\n")), Path.of(page), 1,
                    new ArrayList<>()).orElseThrow().tree();
            boolean schemaAccepts = schema.validate(header).isEmpty();
            List<Problem> problems = problemsOf(page, variant);
            assertEquals(problems.isEmpty(), schemaAccepts, variant + "\nthe check: " + problems
                    + "\nthe schema: " + schema.validate(header));
        }
    }

    private static Set<String> names(JsonNode list) {
        Set<String> names = new TreeSet<>();
        list.forEach(name -> names.add(name.asText()));
        return names;
    }
}
