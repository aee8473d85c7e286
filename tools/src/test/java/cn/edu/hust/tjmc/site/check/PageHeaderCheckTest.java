package cn.edu.hust.tjmc.site.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.edu.hust.tjmc.site.ProjectCopy;
import cn.edu.hust.tjmc.site.report.Problem;
import cn.edu.hust.tjmc.site.source.JBakeSettings;
import cn.edu.hust.tjmc.site.source.YamlFile;
import com.fasterxml.jackson.databind.JsonNode;
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
        Files.createDirectories(dir.resolve("content"));
        Files.writeString(dir.resolve("content/camp.md"), text, StandardCharsets.UTF_8);
        List<Problem> problems = new ArrayList<>();
        PageHeaderCheck.readPages(dir, JBakeSettings.read(ProjectCopy.REAL_PROJECT), problems, new ArrayList<>());
        return problems.stream().filter(problem -> problem.file().equals(Path.of("content/camp.md"))).toList();
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
        for (String variant : variants) {
            JsonNode header = YamlFile.parse(variant.substring(4, variant.indexOf("\n---\n")), Path.of("camp.md"), 1,
                    new ArrayList<>()).orElseThrow().tree();
            boolean schemaAccepts = schema.validate(header).isEmpty();
            List<Problem> problems = problemsOf(variant);
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
