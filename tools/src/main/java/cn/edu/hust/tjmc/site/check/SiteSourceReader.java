package cn.edu.hust.tjmc.site.check;

import cn.edu.hust.tjmc.site.source.College;
import cn.edu.hust.tjmc.site.source.Countries;
import cn.edu.hust.tjmc.site.source.EnglishHistory;
import cn.edu.hust.tjmc.site.source.EventDate;
import cn.edu.hust.tjmc.site.source.IgnoredFiles;
import cn.edu.hust.tjmc.site.source.JBakeSettings;
import cn.edu.hust.tjmc.site.source.KeyFigure;
import cn.edu.hust.tjmc.site.source.Language;
import cn.edu.hust.tjmc.site.source.TranslationStatus;
import cn.edu.hust.tjmc.site.source.Page;
import cn.edu.hust.tjmc.site.source.Partner;
import cn.edu.hust.tjmc.site.source.Phone;
import cn.edu.hust.tjmc.site.source.PhotoUse;
import cn.edu.hust.tjmc.site.source.SitePhotos;
import cn.edu.hust.tjmc.site.source.SiteSources;
import cn.edu.hust.tjmc.site.source.TimelineEvent;
import cn.edu.hust.tjmc.site.source.YamlBinding;
import cn.edu.hust.tjmc.site.source.YamlFile;
import com.fasterxml.jackson.databind.JsonNode;
import cn.edu.hust.tjmc.site.report.DidYouMean;
import cn.edu.hust.tjmc.site.check.LinkCheck;
import cn.edu.hust.tjmc.site.check.PageHeaderCheck;
import cn.edu.hust.tjmc.site.report.Problem;
import cn.edu.hust.tjmc.site.check.SchemaCheck;
import cn.edu.hust.tjmc.site.report.SiteCheckException;
import com.vladsch.flexmark.util.ast.Document;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Year;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads data/*.yaml and the headers of content/*.md, checks them, and returns them as
 * {@link SiteSources}. Every mistake found is collected; if there are any, the build stops
 * with all of them at once.
 */
public final class SiteSourceReader {

    /** The data files the site reads; each has a schema of the same name in src/main/resources/schemas. */
    public static final Set<String> DATA_FILES = new TreeSet<>(
            Set.of("college", "key-figures", "labels", "partners", "timeline"));

    private final Path projectDir;
    private final JBakeSettings settings;
    private final List<Problem> problems = new ArrayList<>();
    /** The photos of the partners and the timeline's events, in file order, for PhotoCheck. */
    private final List<PhotoUse> dataPhotos = new ArrayList<>();
    /** Events left off the timeline because their date is not a real one. */
    private final Set<String> eventIdsWithMistakes = new HashSet<>();

    /** This year, for the years events may have: the build's clock, read once, here. */
    private final Year thisYear;
    /** Where the English of outdated translations is looked up. */
    private final EnglishHistory history;

    private SiteSourceReader(Path projectDir, JBakeSettings settings, Clock clock, EnglishHistory history) {
        this.projectDir = projectDir;
        this.settings = settings;
        this.thisYear = Year.now(clock);
        this.history = history;
    }

    /** @throws SiteCheckException listing every mistake, if there is any */
    public static SiteSources read(Path projectDir) {
        return read(projectDir, JBakeSettings.read(projectDir));
    }

    /** @throws SiteCheckException listing every mistake, if there is any */
    public static SiteSources read(Path projectDir, JBakeSettings settings) {
        // the college is in Wuhan: its year turns at midnight there, wherever the build runs
        return read(projectDir, settings, Clock.system(ZoneId.of("Asia/Shanghai")));
    }

    /**
     * @param clock the build's clock: its year bounds the events' years (tests give a fixed one)
     * @throws SiteCheckException listing every mistake, if there is any
     */
    public static SiteSources read(Path projectDir, JBakeSettings settings, Clock clock) {
        return read(projectDir, settings, clock, EnglishHistory.of(projectDir));
    }

    /**
     * @param history where the English of outdated translations is looked up (tests give another git)
     * @throws SiteCheckException listing every mistake, if there is any
     */
    public static SiteSources read(Path projectDir, JBakeSettings settings, Clock clock, EnglishHistory history) {
        return new SiteSourceReader(projectDir, settings, clock, history).readAll();
    }

    private SiteSources readAll() {
        SymbolicLinkCheck.check(projectDir, settings, problems);
        if (!problems.isEmpty()) {
            throw new SiteCheckException(problems); // nothing is read through a link
        }
        Map<String, YamlFile> data = readDataFolder();
        List<Page> unpublishable = new ArrayList<>();
        Map<Language, Map<String, Page>> translations = new EnumMap<>(Language.class);
        List<Page> pages = PageHeaderCheck.readPages(projectDir, settings, problems, unpublishable, translations);
        // The checks below also run on files with schema mistakes, so that an editor sees
        // every mistake in one build; they tolerate missing or mistyped values.
        Optional<YamlFile> partnersFile = Optional.ofNullable(data.get("partners"));
        Optional<YamlFile> labelsFile = Optional.ofNullable(data.get("labels"));
        List<Partner> partners = partnersFile.map(this::toPartners).orElse(List.of());
        Map<String, Object> labels = map(labelsFile.map(YamlFile::root).orElse(null));
        List<TimelineEvent> events = Optional.ofNullable(data.get("timeline"))
                .map(file -> toEvents(file, partnersFile.isPresent() ? partners : null,
                        labelsFile.isPresent() ? map(labels.get("event_kinds")) : null))
                .orElse(List.of());
        Optional.ofNullable(data.get("college")).ifPresent(file -> {
            checkCountry(file, "/address/country", YamlBinding.read(file, "/address/country", String.class));
            checkAreaCodes(file);
        });
        if (labelsFile.isPresent()) {
            checkRelatedEventKinds(pages, map(labels.get("event_kinds")).keySet());
        }
        Map<Page, Document> documents = LinkCheck.check(projectDir, settings, pages, unpublishable, data.containsKey("timeline") ? events : null,
                eventIdsWithMistakes, partnersFile.isPresent() ? partners : null, problems);
        documents = new HashMap<>(documents);
        documents.putAll(checkTranslatedLinks(pages, unpublishable, translations, data.containsKey("timeline") ? events : null,
                partnersFile.isPresent() ? partners : null));
        List<Page> allPages = new ArrayList<>(pages);
        translations.values().forEach(translated -> allPages.addAll(translated.values()));
        SitePhotos photos = PhotoCheck.check(projectDir, settings, allPages, documents, dataPhotos, problems);
        if (!problems.isEmpty()) {
            throw new SiteCheckException(problems);
        }
        College college = YamlBinding.read(data.get("college"), "", College.class);
        List<KeyFigure> keyFigures = toKeyFigures(data.get("key-figures"));
        TranslationStatus translationStatus = TranslationCheck.check(pages, translations, events, partners, keyFigures,
                labels, data, history);
        return new SiteSources(college, partners, events, labels, pages, keyFigures, photos, translations,
                translationStatus);
    }

    /**
     * The links, anchors and raw HTML of the translations, as the English pages' are checked: each
     * language's pages are its translations and, where there is none, the English page (published
     * in its folder), so a link to about.html from a Chinese page is checked against the Chinese
     * about page, anchors included. Only the translations' own mistakes are kept: the English
     * pages' are told once, by the English check.
     *
     * @return the Markdown tree of each translation, for PhotoCheck
     */
    private Map<Page, Document> checkTranslatedLinks(List<Page> pages, List<Page> unpublishable,
                                                     Map<Language, Map<String, Page>> translations,
                                                     List<TimelineEvent> events, List<Partner> partners) {
        Map<Page, Document> documents = new HashMap<>();
        translations.forEach((language, translated) -> {
            if (translated.isEmpty()) {
                return;
            }
            // a translation under its English name, as links in the language's folder name it
            Map<Page, Page> originals = new HashMap<>();
            List<Page> languagePages = new ArrayList<>();
            for (Page page : pages) {
                if (!translated.containsKey(page.outputName())) {
                    languagePages.add(page);
                }
            }
            // every translation, also of an English page left out for a mistake in its header
            translated.forEach((englishName, translation) -> {
                Page sameName = new Page(translation.source(), englishName, translation.header(),
                        translation.headerLines(), translation.body(), translation.bodyFirstLine());
                originals.put(sameName, translation);
                languagePages.add(sameName);
            });
            List<Problem> found = new ArrayList<>();
            // an English page with header mistakes is not published in any language: a link to it says why
            List<Page> unpublishableEnglish = unpublishable.stream()
                    .filter(page -> Language.ofPath(page.outputName()) == Language.DEFAULT).toList();
            Map<Page, Document> trees = LinkCheck.check(projectDir, settings, languagePages, unpublishableEnglish, events,
                    eventIdsWithMistakes, partners, found);
            Set<Path> translationFiles = new HashSet<>();
            translated.values().forEach(translation -> translationFiles.add(translation.source()));
            found.stream().filter(problem -> translationFiles.contains(problem.file())).forEach(problems::add);
            originals.forEach((sameName, translation) -> documents.put(translation, trees.get(sameName)));
        });
        return documents;
    }

    /** A page's related_event_kinds lists kinds of data/labels.yaml; the page template prints their events. */
    private void checkRelatedEventKinds(List<Page> pages, Set<String> kinds) {
        for (Page page : pages) {
            for (String kind : page.relatedEventKinds()) {
                if (!kinds.contains(kind)) {
                    problems.add(new Problem(page.source(), page.lineOf("related_event_kinds"), 1,
                            "related_event_kinds", "'" + kind + "' is not a kind of event ("
                            + DidYouMean.hint(kind, kinds) + "expected one of "
                            + String.join(", ", kinds) + ", separated by commas)"));
                }
            }
        }
    }

    /**
     * A number in China, dialled from abroad, needs its city's area code after +86 (27 for Wuhan):
     * its national part has 10 or 11 digits, an area code and a local number, or a mobile number.
     */
    private void checkAreaCodes(YamlFile file) {
        List<Phone> phones = YamlBinding.list(file, "/phones", Phone.class);
        for (int i = 0; i < phones.size(); i++) {
            String number = phones.get(i) == null ? null : phones.get(i).number();
            if (number == null || !number.startsWith("+86")) {
                continue;
            }
            int digits = number.substring(3).replaceAll("[^0-9]", "").length();
            if (digits > 0 && digits < 10) {
                problems.add(file.problem("/phones/" + i + "/number", "'" + number + "' has no area code, so it"
                        + " cannot be dialled from outside the city (expected the city's area code after +86, like"
                        + " +86 27 8369 2919 for a number in Wuhan)"));
            }
        }
    }

    /**
     * Reads every file of data/, each against the schema of the same name. A file the site
     * has no schema for is a mistake: nothing would show it, and the editor would not know.
     *
     * @return the files that could be read as YAML, by name, even if their schema check failed
     */
    /**
     * A data file read and checked against its schema: the same bytes give the same file and the
     * same mistakes, so the last reading of each file is kept (the preview reads every data file
     * at every save, and at 100 times the site parsing and checking them took a fifth of a save).
     */
    private record DataFileReading(byte[] bytes, Path displayPath, Optional<YamlFile> yaml, List<Problem> problems) {
    }

    private static final Map<Path, DataFileReading> LAST_READINGS = new ConcurrentHashMap<>();

    private Optional<YamlFile> readDataFile(Path file, Path displayPath, String name) {
        byte[] bytes;
        try {
            bytes = Files.size(file) <= YamlFile.MAX_BYTES ? Files.readAllBytes(file) : null;
        } catch (IOException e) {
            bytes = null;
        }
        if (bytes == null) {
            return YamlFile.read(file, displayPath, problems); // which says what is wrong with it
        }
        Path key = file.toAbsolutePath().normalize();
        DataFileReading last = LAST_READINGS.get(key);
        if (last != null && last.displayPath().equals(displayPath) && Arrays.equals(bytes, last.bytes())) {
            problems.addAll(last.problems());
            return last.yaml();
        }
        // the bytes compared are the bytes read: an edit saved meanwhile is read at the next bake
        List<Problem> found = new ArrayList<>();
        Optional<YamlFile> yaml = YamlFile.read(bytes, displayPath, found);
        yaml.ifPresent(read -> SchemaCheck.check(read, name, found));
        LAST_READINGS.put(key, new DataFileReading(bytes, displayPath, yaml, List.copyOf(found)));
        problems.addAll(found);
        return yaml;
    }

    private Map<String, YamlFile> readDataFolder() {
        Map<String, YamlFile> files = new TreeMap<>();
        Set<String> missing = new TreeSet<>(DATA_FILES);
        String dataFolder = settings.dataFolder();
        for (Path file : listFolder(dataFolder)) {
            String fileName = file.getFileName().toString();
            Path relative = Path.of(dataFolder).resolve(projectDir.resolve(dataFolder).relativize(file));
            String name = fileName.replaceFirst("\\.ya?ml$", "");
            if (Files.isDirectory(file)) {
                problems.add(new Problem(relative, 0, 0, "", "data/ holds no folders (expected only the files "
                        + dataFileList() + ")"));
            } else if (!fileName.endsWith(".yaml")) {
                String expected = DATA_FILES.contains(name) ? "data/" + name + ".yaml"
                        : "one of " + dataFileList();
                problems.add(new Problem(relative, 0, 0, "", "not a data file the site reads (expected " + expected
                        + "; the site uses only .yaml files it has a schema for)"));
            } else if (!DATA_FILES.contains(name)) {
                problems.add(new Problem(relative, 0, 0, "", "the site has no schema for this data file, so nothing"
                        + " would show it (expected one of " + dataFileList() + "; a new kind of data file needs a"
                        + " schema in src/main/resources/schemas/ and a template that uses it)"));
            } else {
                missing.remove(name);
                readDataFile(file, relative, name).ifPresent(yaml -> files.put(name, yaml));
            }
        }
        for (String name : missing) {
            problems.add(new Problem(Path.of(dataFolder, name + ".yaml"), 0, 0, "",
                    "missing (expected this file; restore it from the last good version)"));
        }
        return files;
    }

    private static String dataFileList() {
        return DATA_FILES.stream().map(name -> name + ".yaml").collect(Collectors.joining(", "));
    }

    private List<Path> listFolder(String folder) {
        try (Stream<Path> list = Files.list(projectDir.resolve(folder))) {
            return list.filter(file -> !IgnoredFiles.isIgnored(file.getFileName().toString())).sorted().toList();
        } catch (IOException e) {
            problems.add(new Problem(Path.of(folder), 0, 0, "", "cannot be read: " + e.getMessage()
                    + " (expected a folder the build may read; check its permissions)"));
            return List.of();
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> ? (Map<String, Object>) value : Map.of();
    }

    static List<KeyFigure> toKeyFigures(YamlFile file) {
        return YamlBinding.list(file, "/figures", KeyFigure.class);
    }

    private List<Partner> toPartners(YamlFile file) {
        List<Partner> partners = YamlBinding.list(file, "/partners", Partner.class);
        Map<String, Integer> firstIndexById = new HashMap<>();
        for (int i = 0; i < partners.size(); i++) {
            Partner partner = partners.get(i);
            if (partner == null) {
                continue; // not a group of fields: the schema says so
            }
            String id = partner.id();
            if (id != null) {
                Integer first = firstIndexById.putIfAbsent(id, i);
                if (first != null) {
                    problems.add(file.problem("/partners/" + i + "/id", "the id '" + id + "' is already used on line "
                            + file.position("/partners/" + first + "/id").line()
                            + " (expected each partner to have its own id)"));
                }
            }
            partner.photo().ifPresent(dataPhotos::add);
            checkCountry(file, "/partners/" + i + "/country", partner.country());
        }
        partners.removeIf(Objects::isNull);
        return partners;
    }

    /**
     * A country or region as the site shows it, or its ISO code; a name that is none is reported,
     * with the likeliest intended one (the records keep it as written, and the build stops).
     */
    private void checkCountry(YamlFile file, String pointer, String written) {
        if (written == null || written.isBlank()) {
            return; // the schema reports it
        }
        if (Countries.code(written).isEmpty()) {
            problems.add(file.problem(pointer, "'" + written + "' is not a country or region ("
                    + DidYouMean.hint(written, Countries.englishNames()) + "expected its English name as the site"
                    + " shows it, like Germany or Hong Kong SAR, China, or its two-letter ISO code, like DE)"));
        }
    }

    /** An event with partners takes place in the country of one of them. */
    private void checkCountryOfPartners(YamlFile file, String at, String country, List<String> institutionIds,
                                        Map<String, Partner> partnersById) {
        Map<String, String> partnerByCountry = new TreeMap<>();
        for (String institution : institutionIds) {
            Partner partner = partnersById.get(institution);
            if (partner != null && partner.country() != null && Countries.code(partner.country()).isPresent()) {
                partnerByCountry.putIfAbsent(partner.country(), institution);
            }
        }
        if (country == null || Countries.code(country).isEmpty() || partnerByCountry.isEmpty()
                || partnerByCountry.containsKey(country)) {
            return;
        }
        String countries = partnerByCountry.entrySet().stream()
                .map(entry -> entry.getKey() + ", the country of " + entry.getValue())
                .collect(Collectors.joining(", or "));
        problems.add(file.problem(at + "/country", "'" + country + "' is not where the event's partners are"
                + " (expected " + countries + "; or correct the partners under institutions)"));
    }

    /**
     * @param partners   the partners, or null when partners.yaml could not be read (no cross-check then)
     * @param kindLabels the event kinds of labels.yaml, or null when it could not be read
     */
    private List<TimelineEvent> toEvents(YamlFile file, List<Partner> partners, Map<String, Object> kindLabels) {
        Map<String, Partner> partnersById = new HashMap<>();
        if (partners != null) {
            partners.forEach(partner -> partnersById.putIfAbsent(partner.id(), partner));
        }
        Set<String> partnerIds = partnersById.keySet();
        Map<String, Integer> firstIndexById = new HashMap<>();
        List<TimelineEvent> entries = YamlBinding.list(file, "/events", TimelineEvent.class);
        List<TimelineEvent> events = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            String at = "/events/" + i;
            TimelineEvent event = entries.get(i);
            if (event == null) {
                continue; // not a group of fields: the schema says so
            }
            String id = event.id();
            if (id != null) {
                Integer first = firstIndexById.putIfAbsent(id, i);
                if (first != null) {
                    problems.add(file.problem(at + "/id", "the id '" + id + "' is already used on line "
                            + file.position("/events/" + first + "/id").line()
                            + " (expected each event to have its own id)"));
                }
            }
            boolean onTimeline = checkDate(file, at + "/date", event.date());
            String kind = event.kind();
            if (kind != null && kindLabels != null && !kindLabels.containsKey(kind)) {
                problems.add(file.problem(at + "/kind", "'" + kind + "' is not a known kind (expected one of "
                        + String.join(", ", kindLabels.keySet()) + ", or add it under event_kinds in data/labels.yaml)"));
            }
            List<String> institutionIds = event.institutions();
            for (int j = 0; j < institutionIds.size(); j++) {
                String institution = String.valueOf(institutionIds.get(j));
                if (partners != null && !partnerIds.contains(institution)) {
                    problems.add(file.problem(at + "/institutions/" + j, "'" + institution
                            + "' is not a partner id (" + DidYouMean.idHint(institution, partnerIds, "")
                            + "expected an id from data/partners.yaml; add the partner there first)"));
                }
            }
            checkCountry(file, at + "/country", event.country());
            checkCountryOfPartners(file, at, event.country(), institutionIds, partnersById);
            event.photo().ifPresent(dataPhotos::add);
            if (!onTimeline && id != null) {
                eventIdsWithMistakes.add(id);
            } else if (onTimeline) {
                events.add(event);
            }
        }
        // editors may add an event anywhere; the site always shows them oldest first
        events.sort(Comparator.comparing(TimelineEvent::date));
        return events;
    }

    /**
     * Whether an event's date is one the timeline can show; if it is not, says why, unless the
     * schema has said so already.
     *
     * @param date the date as read, or null when it is not a real one
     */
    private boolean checkDate(YamlFile file, String pointer, EventDate date) {
        JsonNode written = file.tree().at(pointer);
        if (!written.isValueNode() || written.isNull()) {
            return false; // missing, or a list: the schema reports it
        }
        String dateText = written.asText().strip();
        if (date == null) {
            // a date not even shaped like one was reported by the schema, in the same words
            if (dateText.matches("[0-9]{4}(-[0-9]{2}-[0-9]{2})?")) {
                try {
                    EventDate.parse(dateText);
                } catch (IllegalArgumentException e) {
                    problems.add(file.problem(pointer, e.getMessage()));
                }
            }
            return false;
        }
        Optional<String> outside = date.outsideYears(dateText, thisYear);
        if (outside.isPresent()) {
            // a year written as a number outside timeline.schema.json's bounds (1900 to 2100,
            // for editors' IDEs) is reported by the schema already, in its words
            boolean schemaSaidSo = written.isIntegralNumber()
                    && (written.bigIntegerValue().compareTo(BigInteger.valueOf(1900)) < 0
                    || written.bigIntegerValue().compareTo(BigInteger.valueOf(2100)) > 0);
            if (!schemaSaidSo) {
                problems.add(file.problem(pointer, outside.get()));
            }
            return false;
        }
        return true;
    }
}
