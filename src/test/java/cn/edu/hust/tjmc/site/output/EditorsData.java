package cn.edu.hust.tjmc.site.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The editors' data files, read straight from data/ so that the output tests compute what the
 * pages should show without the build's own model code (a bug there must not hide itself).
 */
final class EditorsData {

    /** A timeline event: its date as written (a year, or yyyy-mm-dd) and the partner ids it names. */
    record Event(String id, String date, List<String> institutions) {
        String year() {
            return date.substring(0, 4);
        }
    }

    record Partner(String id, String name, String shortName, String country) {
    }

    /** A telephone number of data/college.yaml, as written, and the office that answers it. */
    record Phone(String number, String office) {
    }

    /** Earliest first; a year alone before the dated events of that year, as it is less precise. */
    static final Comparator<Event> CHRONOLOGICAL = Comparator.comparing(Event::date);

    private EditorsData() {
    }

    /** The events in the order of data/timeline.yaml. */
    static List<Event> events() {
        return list(load("data/timeline.yaml"), "events").stream()
                .map(entry -> new Event(string(entry, "id"), string(entry, "date"), strings(entry, "institutions")))
                .toList();
    }

    /** The events sorted by date; events of one date keep their order in the YAML. */
    static List<Event> eventsByDate() {
        return events().stream().sorted(CHRONOLOGICAL).toList();
    }

    /**
     * The first place where {@code ids} (event ids, in page order) go back in time, as
     * "a (date) before b (date)", or null when the dates never decrease. Events of one date
     * may come in either order.
     */
    static String firstOutOfDateOrder(List<String> ids) {
        Map<String, String> dates = events().stream().collect(Collectors.toMap(Event::id, Event::date));
        for (int i = 1; i < ids.size(); i++) {
            String before = dates.get(ids.get(i - 1));
            String after = dates.get(ids.get(i));
            if (before != null && after != null && before.compareTo(after) > 0) {
                return ids.get(i - 1) + " (" + before + ") before " + ids.get(i) + " (" + after + ")";
            }
        }
        return null;
    }

    static List<Partner> partners() {
        return list(load("data/partners.yaml"), "partners").stream()
                .map(entry -> new Partner(string(entry, "id"), string(entry, "name"),
                        entry.get("short_name") == null ? null : string(entry, "short_name"), string(entry, "country")))
                .toList();
    }

    static List<Phone> phones() {
        return list(load("data/college.yaml"), "phones").stream()
                .map(entry -> new Phone(string(entry, "number"), string(entry, "office")))
                .toList();
    }

    private static Map<?, ?> load(String file) {
        Path path = ProjectFiles.path(file);
        try {
            Object document = new Load(LoadSettings.builder().setLabel(file).build())
                    .loadFromString(Files.readString(path, StandardCharsets.UTF_8));
            if (!(document instanceof Map<?, ?> map)) {
                throw new IllegalStateException(file + " is not a YAML mapping");
            }
            return map;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    private static List<Map<?, ?>> list(Map<?, ?> document, String key) {
        if (!(document.get(key) instanceof List<?> entries)) {
            throw new IllegalStateException("no list \"" + key + "\"");
        }
        return entries.stream().<Map<?, ?>>map(entry -> (Map<?, ?>) entry).toList();
    }

    /** A scalar as written: unquoted years load as numbers, and are wanted as text. */
    private static String string(Map<?, ?> entry, String key) {
        Object value = entry.get(key);
        if (value == null) {
            throw new IllegalStateException("entry " + entry + " has no " + key);
        }
        return String.valueOf(value);
    }

    private static List<String> strings(Map<?, ?> entry, String key) {
        return entry.get(key) instanceof List<?> values ? values.stream().map(String::valueOf).toList() : List.of();
    }
}
