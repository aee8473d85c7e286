package cn.edu.hust.tjmc.site.check;

import cn.edu.hust.tjmc.site.report.Problem;
import cn.edu.hust.tjmc.site.source.KeyFigure;
import cn.edu.hust.tjmc.site.source.Language;
import cn.edu.hust.tjmc.site.source.Page;
import cn.edu.hust.tjmc.site.source.Partner;
import cn.edu.hust.tjmc.site.source.TimelineEvent;
import cn.edu.hust.tjmc.site.source.TranslationStatus;
import cn.edu.hust.tjmc.site.source.TranslationStatus.Item;
import cn.edu.hust.tjmc.site.source.TranslationStatus.State;
import cn.edu.hust.tjmc.site.source.YamlFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which translations are there, and which were made from an English text that has changed
 * since: each translation records the {@code source_version} of the English it translates
 * (source.SourceVersion), and an outdated one is a warning at that line, with the value to write
 * once the translation says what the English says now. It is a warning, not a mistake: the
 * English is published at once, the translation follows when the translator has time. No git
 * history is read (CI clones are shallow), so the warning cannot show which English lines changed.
 */
public final class TranslationCheck {

    private final List<Item> items = new ArrayList<>();
    private final List<Problem> warnings = new ArrayList<>();

    private TranslationCheck() {
    }

    /**
     * @param files the data files by name ("timeline"); those missing are not looked at
     */
    public static TranslationStatus check(List<Page> pages, Map<Language, Map<String, Page>> translations,
                                          List<TimelineEvent> events, List<Partner> partners,
                                          List<KeyFigure> figures, Map<String, Object> labels,
                                          Map<String, YamlFile> files) {
        TranslationCheck check = new TranslationCheck();
        for (Language language : Language.translations()) {
            for (Page page : pages) {
                Optional<Page> translation = Optional.ofNullable(translations.getOrDefault(language, Map.of())
                        .get(page.outputName()));
                String at = translation.map(found -> slashes(found.source().toString()))
                        .orElse("content/" + language.folder() + page.source().getFileName());
                check.item("page", page.outputName(), language, at, translation.map(found -> {
                    String version = found.field("source_version").orElse("");
                    return check.state(version, page.englishVersion(), () -> new Problem(found.source(),
                            found.lineOf("source_version"), 1, "source_version", outdated(
                            "content/" + page.source().getFileName(), page.englishVersion())));
                }));
            }
            YamlFile timeline = files.get("timeline");
            for (TimelineEvent event : events) {
                check.data(language, "event", event.id(), timeline, "/events", eventIndex(timeline, event.id()),
                        event.zh().map(TimelineEvent.Zh::sourceVersion), event.englishVersion());
            }
            YamlFile partnersFile = files.get("partners");
            for (int i = 0; i < partners.size(); i++) {
                Partner partner = partners.get(i);
                check.data(language, "partner", partner.id(), partnersFile, "/partners",
                        index(partnersFile, "/partners", "id", partner.id()),
                        partner.zh().map(Partner.Zh::sourceVersion), partner.englishVersion());
            }
            YamlFile figuresFile = files.get("key-figures");
            for (int i = 0; i < figures.size(); i++) {
                KeyFigure figure = figures.get(i);
                if (figure != null) {
                    check.data(language, "key figure", figure.value(), figuresFile, "/figures", i,
                            figure.zh().map(KeyFigure.Zh::sourceVersion), figure.englishVersion());
                }
            }
            // every word is required in every language (labels.schema.json): listed for the counts
            labels.forEach((key, value) -> check.items.add(new Item("word", key, language, State.TRANSLATED,
                    "data/labels.yaml")));
        }
        return new TranslationStatus(List.copyOf(check.items), List.copyOf(check.warnings));
    }

    private static String outdated(String english, String version) {
        return "the English of " + english + " has changed since this translation was made (expected the"
                + " translation brought up to date with it, then source_version: " + version + " to mark it current)";
    }

    private void data(Language language, String kind, String name, YamlFile file, String list, int index,
                      Optional<String> recorded, String current) {
        String pointer = list + "/" + index;
        String at = file == null ? "" : slashes(file.problem(pointer, "").file().toString()) + ":"
                + file.problem(pointer, "").line();
        item(kind, name, language, at, recorded.map(version -> state(version, current,
                () -> file.problem(pointer + "/" + language.code() + "/source_version", outdated(kind + " '" + name + "'",
                        current)))));
    }

    private State state(String recorded, String current, java.util.function.Supplier<Problem> warning) {
        if (recorded.equals(current)) {
            return State.TRANSLATED;
        }
        warnings.add(warning.get());
        return State.OUTDATED;
    }

    private void item(String kind, String name, Language language, String at, Optional<State> state) {
        items.add(new Item(kind, name, language, state.orElse(State.MISSING), at));
    }

    private static int eventIndex(YamlFile file, String id) {
        return index(file, "/events", "id", id);
    }

    /** The index of the entry with this id in the file's list (events are sorted by date once read). */
    private static int index(YamlFile file, String list, String key, String id) {
        if (file == null) {
            return 0;
        }
        for (int i = 0; i < file.tree().at(list).size(); i++) {
            if (id != null && id.equals(file.tree().at(list + "/" + i + "/" + key).asText(null))) {
                return i;
            }
        }
        return 0;
    }

    private static String slashes(String path) {
        return path.replace('\\', '/');
    }
}
