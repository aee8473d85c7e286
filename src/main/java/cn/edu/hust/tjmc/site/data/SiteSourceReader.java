package cn.edu.hust.tjmc.site.data;

import cn.edu.hust.tjmc.site.check.PageHeaderCheck;
import cn.edu.hust.tjmc.site.check.Problem;
import cn.edu.hust.tjmc.site.check.SchemaCheck;
import cn.edu.hust.tjmc.site.check.SiteCheckException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads data/*.yaml and the headers of content/*.md, checks them, and returns them as
 * {@link SiteSources}. Every mistake found is collected; if there are any, the build stops
 * with all of them at once.
 */
public final class SiteSourceReader {

    public static final String DATA_FOLDER = "data";
    public static final String CONTENT_FOLDER = "content";

    private final Path projectDir;
    private final List<Problem> problems = new ArrayList<>();

    private SiteSourceReader(Path projectDir) {
        this.projectDir = projectDir;
    }

    /** @throws SiteCheckException listing every mistake, if there is any */
    public static SiteSources read(Path projectDir) {
        return new SiteSourceReader(projectDir).readAll();
    }

    private SiteSources readAll() {
        Optional<YamlFile> collegeFile = readData("college");
        Optional<YamlFile> partnersFile = readData("partners");
        Optional<YamlFile> timelineFile = readData("timeline");
        Optional<YamlFile> labelsFile = readData("labels");
        Optional<YamlFile> keyFiguresFile = readData("key-figures");
        List<Page> pages = PageHeaderCheck.readPages(projectDir, problems);
        if (!problems.isEmpty()) {
            throw new SiteCheckException(problems);
        }
        College college = toCollege(collegeFile.orElseThrow());
        List<Partner> partners = toPartners(partnersFile.orElseThrow());
        Map<String, Object> labels = map(labelsFile.orElseThrow().root());
        List<TimelineEvent> events = toEvents(timelineFile.orElseThrow(), partners, map(labels.get("event_kinds")));
        if (!problems.isEmpty()) {
            throw new SiteCheckException(problems);
        }
        List<KeyFigure> keyFigures = toKeyFigures(keyFiguresFile.orElseThrow());
        return new SiteSources(college, partners, events, labels, pages, keyFigures);
    }

    /** Reads data/{name}.yaml and checks it against its schema; empty if anything is wrong. */
    private Optional<YamlFile> readData(String name) {
        Path relative = Path.of(DATA_FOLDER, name + ".yaml");
        int before = problems.size();
        Optional<YamlFile> file = YamlFile.read(projectDir.resolve(relative), relative, problems);
        file.ifPresent(yaml -> SchemaCheck.check(yaml, name, problems));
        return problems.size() == before ? file : Optional.empty();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return value == null ? Map.of() : (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object value) {
        return value == null ? List.of() : (List<Object>) value;
    }

    private static String text(Map<String, Object> map, String key) {
        Object value = map.get(key);
        return value == null ? null : value.toString().strip();
    }

    private College toCollege(YamlFile file) {
        Map<String, Object> root = map(file.root());
        Map<String, Object> address = map(root.get("address"));
        List<Phone> phones = list(root.get("phones")).stream()
                .map(SiteSourceReader::map)
                .map(phone -> new Phone(text(phone, "number"), text(phone, "office")))
                .toList();
        return new College(text(root, "name"), text(root, "short_name"), text(root, "parent_organization"),
                text(root, "parent_short_name"), text(address, "street"), text(address, "city"),
                text(address, "country"), phones);
    }

    private static List<KeyFigure> toKeyFigures(YamlFile file) {
        return list(map(file.root()).get("figures")).stream()
                .map(SiteSourceReader::map)
                .map(figure -> new KeyFigure(text(figure, "value"), text(figure, "label")))
                .toList();
    }

    private List<Partner> toPartners(YamlFile file) {
        List<Partner> partners = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        List<Object> entries = list(map(file.root()).get("partners"));
        for (int i = 0; i < entries.size(); i++) {
            Map<String, Object> entry = map(entries.get(i));
            String id = text(entry, "id");
            if (!ids.add(id)) {
                problems.add(file.problem("/partners/" + i + "/id",
                        "the id '" + id + "' is used twice (expected each partner to have its own id)"));
            }
            partners.add(new Partner(id, text(entry, "name"), Optional.ofNullable(text(entry, "short_name")),
                    text(entry, "country"), "true".equals(text(entry, "intercollegiate_agreement"))));
        }
        return partners;
    }

    private List<TimelineEvent> toEvents(YamlFile file, List<Partner> partners, Map<String, Object> kindLabels) {
        Set<String> partnerIds = new HashSet<>();
        partners.forEach(partner -> partnerIds.add(partner.id()));
        Map<String, Integer> firstIndexById = new HashMap<>();
        List<TimelineEvent> events = new ArrayList<>();
        List<Object> entries = list(map(file.root()).get("events"));
        for (int i = 0; i < entries.size(); i++) {
            String at = "/events/" + i;
            Map<String, Object> entry = map(entries.get(i));
            String id = text(entry, "id");
            Integer first = firstIndexById.putIfAbsent(id, i);
            if (first != null) {
                problems.add(file.problem(at + "/id", "the id '" + id + "' is already used by events["
                        + first + "] (expected each event to have its own id)"));
            }
            EventDate date;
            try {
                date = EventDate.parse(text(entry, "date"));
            } catch (IllegalArgumentException e) {
                problems.add(file.problem(at + "/date", e.getMessage()));
                continue;
            }
            String kind = text(entry, "kind");
            if (!kindLabels.containsKey(kind)) {
                problems.add(file.problem(at + "/kind", "'" + kind + "' is not a known kind (expected one of "
                        + String.join(", ", kindLabels.keySet()) + ", or add it under event_kinds in data/labels.yaml)"));
            }
            List<Object> institutions = list(entry.get("institutions"));
            List<String> institutionIds = new ArrayList<>();
            for (int j = 0; j < institutions.size(); j++) {
                String institution = String.valueOf(institutions.get(j)).strip();
                if (!partnerIds.contains(institution)) {
                    problems.add(file.problem(at + "/institutions/" + j, "'" + institution
                            + "' is not a partner id (expected one of the ids in data/partners.yaml)"));
                }
                institutionIds.add(institution);
            }
            List<Person> people = list(entry.get("people")).stream()
                    .map(SiteSourceReader::map)
                    .map(person -> new Person(text(person, "name"), text(person, "role")))
                    .toList();
            events.add(new TimelineEvent(id, date, kind, text(entry, "country"),
                    text(entry, "title"), text(entry, "description"), List.copyOf(institutionIds), people));
        }
        // editors may add an event anywhere; the site always shows them oldest first
        events.sort(Comparator.comparing(TimelineEvent::date));
        return events;
    }
}
