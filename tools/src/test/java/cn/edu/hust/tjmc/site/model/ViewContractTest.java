package cn.edu.hust.tjmc.site.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.edu.hust.tjmc.site.ProjectCopy;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The view records say exactly what templates read: no component that no template reads,
 * and no label in data/labels.yaml that nothing prints, nor one printed that the schema does not require.
 */
class ViewContractTest {

    @Test
    void everyComponentOfEveryViewRecordIsReadByATemplate() throws IOException {
        String templates = templates();
        List<String> unread = new ArrayList<>();
        for (Class<?> view : viewRecords()) {
            for (RecordComponent component : view.getRecordComponents()) {
                if (!Pattern.compile("\\." + component.getName() + "\\b").matcher(templates).find()) {
                    unread.add(view.getSimpleName() + "." + component.getName());
                }
            }
        }
        assertEquals(List.of(), unread, "components no template reads: remove them from the view");
    }

    @Test
    void theLabelsTheSchemaRequiresAreTheLabelsThatArePrinted() throws IOException {
        Set<String> required = new TreeSet<>();
        try (InputStream in = getClass().getResourceAsStream("/schemas/labels.schema.json")) {
            JsonNode schema = new ObjectMapper().readTree(in);
            schema.get("required").forEach(key -> required.add(key.asText()));
            assertEquals(required, fieldNames(schema.get("properties")), "every label is required");
        }
        Set<String> printed = new TreeSet<>(TemplateModel.LABELS_THE_MODEL_PRINTS);
        Matcher label = Pattern.compile("\\blabels\\.([a-z0-9_]+)").matcher(templates());
        while (label.find()) {
            printed.add(label.group(1));
        }
        assertEquals(required, printed, "the labels the schema requires (left) and those printed (right)");
    }

    private static Set<String> fieldNames(JsonNode node) {
        Set<String> names = new TreeSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** SiteView and every record reachable from it through components, lists and maps. */
    private static Set<Class<?>> viewRecords() {
        Set<Class<?>> found = new LinkedHashSet<>();
        List<Type> todo = new ArrayList<>(List.of(SiteView.class));
        while (!todo.isEmpty()) {
            Type type = todo.remove(todo.size() - 1);
            if (type instanceof ParameterizedType generic) {
                todo.addAll(List.of(generic.getActualTypeArguments()));
            } else if (type instanceof Class<?> record && record.isRecord() && found.add(record)) {
                for (RecordComponent component : record.getRecordComponents()) {
                    todo.add(component.getGenericType());
                }
            }
        }
        return found;
    }

    private static String templates() throws IOException {
        StringBuilder text = new StringBuilder();
        try (Stream<Path> files = Files.list(ProjectCopy.REAL_PROJECT.resolve("templates"))) {
            for (Path file : files.sorted().toList()) {
                text.append(Files.readString(file, StandardCharsets.UTF_8)).append('\n');
            }
        }
        return text.toString();
    }
}
