package cn.edu.hust.tjmc.site.check;

import cn.edu.hust.tjmc.site.report.ChangedLines;
import cn.edu.hust.tjmc.site.report.Problem;
import cn.edu.hust.tjmc.site.source.EnglishHistory;
import cn.edu.hust.tjmc.site.source.EnglishText;
import cn.edu.hust.tjmc.site.source.KeyFigure;
import cn.edu.hust.tjmc.site.source.Language;
import cn.edu.hust.tjmc.site.source.Page;
import cn.edu.hust.tjmc.site.source.Partner;
import cn.edu.hust.tjmc.site.source.TimelineEvent;
import cn.edu.hust.tjmc.site.source.TranslationStatus;
import cn.edu.hust.tjmc.site.source.TranslationStatus.Item;
import cn.edu.hust.tjmc.site.source.TranslationStatus.State;
import cn.edu.hust.tjmc.site.source.YamlFile;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * Which translations are there, and which were made from an English text that has changed
 * since: each translation records the {@code source_version} of the English it translates
 * (source.SourceVersion), and an outdated one is a warning at that line, with the value to write
 * once the translation says what the English says now. It is a warning, not a mistake: the
 * English is published at once, the translation follows when the translator has time.
 *
 * <p>The warning also shows the English lines that changed since the translation was made
 * (report.ChangedLines): the English it was made from is the latest revision of the English file
 * in the git history with the recorded version (source.EnglishHistory), against today's text, the
 * working copy's. Where the history cannot tell (no git, no working copy, a shallow CI clone, no
 * revision with that version), the warning says why instead. The history is read only for
 * outdated translations, so a build with none runs no git process.
 */
public final class TranslationCheck {

    private final List<Item> items = new ArrayList<>();
    /** The outdated translations, in the order found; their warnings are written once the history is read. */
    private final List<Outdated> outdated = new ArrayList<>();

    /**
     * An outdated translation.
     *
     * @param item     its index in {@link #items}
     * @param english  the English file, relative to the project folder
     * @param kind     what is read of the English file ("page", "/events"), for {@link EnglishHistory#find}
     * @param reader   reads the English of one revision of that file
     * @param recorded the translation's source_version
     * @param current  the English of today
     * @param warning  where the warning goes, with its first words
     */
    private record Outdated(int item, Path english, String kind, EnglishHistory.Reader reader, String recorded,
                            EnglishText current, Problem warning) {
    }

    private TranslationCheck() {
    }

    /**
     * @param files   the data files by name ("timeline"); those missing are not looked at
     * @param history where the English of outdated translations is looked up
     */
    public static TranslationStatus check(List<Page> pages, Map<Language, Map<String, Page>> translations,
                                          List<TimelineEvent> events, List<Partner> partners,
                                          List<KeyFigure> figures, Map<String, Object> labels,
                                          Map<String, YamlFile> files, EnglishHistory history) {
        TranslationCheck check = new TranslationCheck();
        for (Language language : Language.translations()) {
            for (Page page : pages) {
                Optional<Page> translation = Optional.ofNullable(translations.getOrDefault(language, Map.of())
                        .get(page.outputName()));
                String at = translation.map(found -> slashes(found.source().toString()))
                        .orElse("content/" + language.folder() + page.source().getFileName());
                Path english = page.source();
                check.item("page", page.outputName(), language, at, translation.map(found -> {
                    String version = found.field("source_version").orElse("");
                    return check.state(version, page.englishText(), english, "page",
                            text -> EnglishText.inPage(text, english), () -> new Problem(found.source(),
                            found.lineOf("source_version"), 1, "source_version", outdated(
                            "content/" + page.source().getFileName(), page.englishVersion())));
                }));
            }
            YamlFile timeline = files.get("timeline");
            Map<String, Integer> eventIndexes = indexes(timeline, "/events");
            for (TimelineEvent event : events) {
                check.data(language, "event", event.id(), timeline, "/events", eventIndexes.getOrDefault(event.id(), 0),
                        event.zh().map(TimelineEvent.Zh::sourceVersion), event.englishText(),
                        (text, path) -> EnglishText.inData(text, path, "/events", TimelineEvent.class,
                                TimelineEvent::englishText));
            }
            YamlFile partnersFile = files.get("partners");
            Map<String, Integer> partnerIndexes = indexes(partnersFile, "/partners");
            for (int i = 0; i < partners.size(); i++) {
                Partner partner = partners.get(i);
                check.data(language, "partner", partner.id(), partnersFile, "/partners",
                        partnerIndexes.getOrDefault(partner.id(), 0),
                        partner.zh().map(Partner.Zh::sourceVersion), partner.englishText(),
                        (text, path) -> EnglishText.inData(text, path, "/partners", Partner.class,
                                Partner::englishText));
            }
            YamlFile figuresFile = files.get("key-figures");
            for (int i = 0; i < figures.size(); i++) {
                KeyFigure figure = figures.get(i);
                if (figure != null) {
                    check.data(language, "key figure", figure.value(), figuresFile, "/figures", i,
                            figure.zh().map(KeyFigure.Zh::sourceVersion), figure.englishText(),
                            (text, path) -> EnglishText.inData(text, path, "/figures", KeyFigure.class,
                                    KeyFigure::englishText));
                }
            }
            // every word is required in every language (labels.schema.json): listed for the counts
            labels.forEach((key, value) -> check.items.add(new Item("word", key, language, State.TRANSLATED,
                    "data/labels.yaml")));
        }
        List<Problem> warnings = check.warnings(history); // before the items: it adds what changed to them
        return new TranslationStatus(List.copyOf(check.items), warnings);
    }

    /**
     * The warnings of the outdated translations: below the first line, which says what to do, the
     * English lines that changed since, or why they cannot be shown. The history of each English
     * file is read once.
     */
    private List<Problem> warnings(EnglishHistory history) {
        Map<Path, List<Outdated>> byFile = new LinkedHashMap<>();
        outdated.forEach(one -> byFile.computeIfAbsent(one.english(), file -> new ArrayList<>()).add(one));
        Map<Integer, String> changes = new HashMap<>(); // by item
        byFile.forEach((file, ones) -> {
            Set<String> versions = new HashSet<>();
            ones.forEach(one -> versions.add(one.recorded()));
            EnglishHistory.Found found = history.find(file, ones.get(0).kind(), versions, ones.get(0).reader());
            for (Outdated one : ones) {
                EnglishText before = found.texts().get(one.recorded());
                changes.put(one.item(), before == null ? "Which English lines changed cannot be shown: "
                        + found.whyNot() : changedLines(before, one.current()));
            }
        });
        List<Problem> warnings = new ArrayList<>();
        for (Outdated one : outdated) {
            String change = changes.get(one.item());
            Problem at = one.warning();
            warnings.add(new Problem(at.file(), at.line(), at.column(), at.field(), at.message() + "\n" + change));
            Item item = items.get(one.item());
            items.set(one.item(), new Item(item.kind(), item.name(), item.language(), item.state(), item.at(), change));
        }
        return List.copyOf(warnings);
    }

    private static String changedLines(EnglishText before, EnglishText now) {
        List<String> changed = ChangedLines.between(before.lines(), now.lines());
        return changed.isEmpty() ? "English lines that changed: none that can be seen (spaces only)"
                : "English lines that changed:\n" + ChangedLines.shown(changed);
    }

    private static String outdated(String english, String version) {
        return "the English of " + english + " has changed since this translation was made (expected the"
                + " translation brought up to date with it, then source_version: " + version + " to mark it current)";
    }

    private void data(Language language, String kind, String name, YamlFile file, String list, int index,
                      Optional<String> recorded, EnglishText current,
                      BiFunction<String, Path, List<EnglishText>> reader) {
        String pointer = list + "/" + index;
        String at = file == null ? "" : slashes(file.problem(pointer, "").file().toString()) + ":"
                + file.problem(pointer, "").line();
        Path english = file == null ? null : file.displayPath();
        item(kind, name, language, at, recorded.map(version -> state(version, current, english, list,
                text -> reader.apply(text, english),
                () -> file.problem(pointer + "/" + language.code() + "/source_version", outdated(kind + " '" + name + "'",
                        current.version())))));
    }

    /** TRANSLATED, or OUTDATED, noted for its warning (the next item is this translation's). */
    private State state(String recorded, EnglishText current, Path english, String kind, EnglishHistory.Reader reader,
                        Supplier<Problem> warning) {
        if (recorded.equals(current.version())) {
            return State.TRANSLATED;
        }
        outdated.add(new Outdated(items.size(), english, kind, reader, recorded, current, warning.get()));
        return State.OUTDATED;
    }

    private void item(String kind, String name, Language language, String at, Optional<State> state) {
        items.add(new Item(kind, name, language, state.orElse(State.MISSING), at));
    }

    /**
     * The index of each entry in the file's list by its id (events are sorted by date once read),
     * read once: looking each one up by walking the list made the check quadratic (1.2 s a save
     * at 100 times the site).
     */
    private static Map<String, Integer> indexes(YamlFile file, String list) {
        Map<String, Integer> indexes = new HashMap<>();
        if (file == null) {
            return indexes;
        }
        JsonNode entries = file.tree().at(list);
        for (int i = 0; i < entries.size(); i++) {
            String id = entries.get(i).path("id").asText(null);
            if (id != null) {
                indexes.putIfAbsent(id, i);
            }
        }
        return indexes;
    }

    private static String slashes(String path) {
        return path.replace('\\', '/');
    }
}
