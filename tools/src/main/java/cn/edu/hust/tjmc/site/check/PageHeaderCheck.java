package cn.edu.hust.tjmc.site.check;

import cn.edu.hust.tjmc.site.report.DidYouMean;
import cn.edu.hust.tjmc.site.report.Problem;
import cn.edu.hust.tjmc.site.source.Utf8Text;
import cn.edu.hust.tjmc.site.source.IgnoredFiles;
import cn.edu.hust.tjmc.site.source.InvisibleCharacters;
import cn.edu.hust.tjmc.site.source.JBakeSettings;
import cn.edu.hust.tjmc.site.source.Language;
import cn.edu.hust.tjmc.site.source.Page;
import cn.edu.hust.tjmc.site.source.PageFile;
import cn.edu.hust.tjmc.site.source.PhotoUse;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.TreeMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads the header of every page in content/ and checks it the way JBake would use it,
 * so that a mistake stops the build instead of silently dropping or renaming the page.
 *
 * <p>A header is YAML front matter between two {@code ---} lines, read by {@link PageFile}; the
 * fields, their kinds and values are those of schemas/page.schema.json (PageHeaderCheckTest keeps them in agreement).
 */
public final class PageHeaderCheck {

    static final Set<String> REQUIRED = Set.of("title", "description", "type", "status");
    static final Set<String> OPTIONAL = Set.of("nav_title", "nav_order", "related_event_kinds");
    /** A translation's header also says which version of its English page it translates (source.SourceVersion). */
    static final String SOURCE_VERSION = "source_version";
    /**
     * Fields JBake knows but this site does not use, each with what to do instead. A mistake
     * rather than ignored: whoever writes date= expects the page to show or sort by it, and nothing would.
     */
    static final Map<String, String> NOT_USED = Map.of(
            "date", "pages show no date and are not sorted by one (expected no date line: remove it;"
                    + " dated news belongs in data/timeline.yaml)");
    /** The page types whose page others link into, so there must be exactly one of each. */
    static final Set<String> ONE_PAGE_TYPES = new TreeSet<>(Set.of("timeline", "partners"));
    /**
     * The largest page the build reads, refused by its size before it is read. The longest page
     * today is 2 KB of Markdown and a long one might be 100 KB (a book chapter); no editor writes
     * a megabyte, but a pasted export or a file saved under a page's name can be hundreds (a
     * 200 MB page took 221 s and 3 GB before this limit).
     */
    static final long MAX_PAGE_BYTES = 1024 * 1024;
    private static final Pattern FILE_NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*\\.md");
    private static final Pattern KEY = Pattern.compile("[a-z_]+");

    private final Path projectDir;
    private final String contentFolder;
    private final Set<String> pageTypes;
    private final List<Problem> problems;
    private final List<Page> withHeaderMistakes = new ArrayList<>();
    private final Map<Language, List<Page>> translations = new EnumMap<>(Language.class);

    private PageHeaderCheck(Path projectDir, JBakeSettings settings, List<Problem> problems) {
        this.projectDir = projectDir;
        this.contentFolder = settings.contentFolder();
        this.problems = problems;
        this.pageTypes = settings.pageTypes();
    }

    /**
     * Like {@link #readPages}, and also collects into {@code withHeaderMistakes} the pages whose
     * header has a mistake: they will not be published, but their text can still be checked.
     */
    public static List<Page> readPages(Path projectDir, JBakeSettings settings, List<Problem> problems,
                                       List<Page> withHeaderMistakes) {
        return readPages(projectDir, settings, problems, withHeaderMistakes, new EnumMap<>(Language.class));
    }

    /**
     * The same, and puts into {@code translations} the translated pages of content/&lt;language&gt;/,
     * by language then by the output name of the English page they translate ("about.html").
     */
    public static List<Page> readPages(Path projectDir, JBakeSettings settings, List<Problem> problems,
                                       List<Page> withHeaderMistakes, Map<Language, Map<String, Page>> translations) {
        PageHeaderCheck check = new PageHeaderCheck(projectDir, settings, problems);
        List<Page> pages = check.readAll();
        withHeaderMistakes.addAll(check.withHeaderMistakes);
        check.checkTranslations(pages, translations);
        return pages;
    }

    /**
     * A translation translates an English page of the same name, and is of its type; a translation
     * of no page is a mistake (the English page was renamed or removed).
     */
    private void checkTranslations(List<Page> pages, Map<Language, Map<String, Page>> checked) {
        Map<String, Page> english = new HashMap<>();
        pages.forEach(page -> english.put(page.outputName(), page));
        withHeaderMistakes.forEach(page -> english.putIfAbsent(page.outputName(), page));
        translations.forEach((language, translated) -> {
            Map<String, Page> byEnglishName = new TreeMap<>();
            for (Page translation : translated) {
                String name = translation.source().getFileName().toString();
                Page source = english.get(translation.outputName().substring(language.folder().length()));
                if (source == null) {
                    problems.add(new Problem(translation.source(), 1, 1, "", "translates content/" + name
                            + ", which does not exist (expected the name of an English page of content/: rename"
                            + " this file as its English page was renamed, or remove it with its English page)"));
                } else if (source.type() != null && !source.type().equals(translation.type())) {
                    problems.add(headerProblem(translation, "type", "type: " + translation.type() + " is not the type"
                            + " of its English page " + source.source().toString().replace('\\', '/')
                            + " (expected type: " + source.type() + ")"));
                } else {
                    byEnglishName.put(source.outputName(), translation);
                }
            }
            checked.put(language, byEnglishName);
        });
    }

    private List<Page> readAll() {
        Path contentDir = projectDir.resolve(contentFolder);
        List<Path> files;
        try (Stream<Path> walk = Files.walk(contentDir)) {
            Path photosDir = contentDir.resolve(PhotoUse.FOLDER);
            files = walk.filter(Files::isRegularFile)
                    .filter(file -> !IgnoredFiles.isIgnored(contentDir, file))
                    .filter(file -> !file.startsWith(photosDir)) // photos: PhotoCheck's
                    .sorted().toList();
        } catch (IOException e) {
            problems.add(new Problem(Path.of(contentFolder), 0, 0, "", "cannot be read: " + e.getMessage()
                    + " (expected a file the build may read; check its permissions)"));
            return List.of();
        }
        List<Page> pages = new ArrayList<>();
        for (Path file : files) {
            Path relative = projectDir.relativize(file);
            String name = file.getFileName().toString();
            Optional<Language> translation = Language.translations().stream()
                    .filter(language -> file.getParent().equals(contentDir.resolve(language.code()))).findFirst();
            if (translation.isPresent() && name.endsWith(".md") && FILE_NAME.matcher(name).matches()) {
                readPage(file, relative, translation.get())
                        .ifPresent(page -> translations.computeIfAbsent(translation.get(), key -> new ArrayList<>()).add(page));
            } else if (!file.getParent().equals(contentDir) && translation.isEmpty()) {
                problems.add(new Problem(relative, 0, 0, "", "pages must be directly in content/, not in a"
                        + " subfolder; translations in content/" + Language.ZH.folder()
                        + " (expected content/" + name + " or content/" + Language.ZH.folder() + name + ")"));
            } else if (!name.endsWith(".md")) {
                problems.add(new Problem(relative, 0, 0, "", "is not a Markdown page and would not be published"
                        + " (expected a .md file; photos belong in content/photos/, other images and documents in assets/)"));
            } else if (!FILE_NAME.matcher(name).matches()) {
                problems.add(new Problem(relative, 0, 0, "", "the file name becomes the page address, so it may"
                        + " only contain lower-case letters, digits and hyphens (expected e.g. " + suggestName(name) + ")"));
            } else {
                readPage(file, relative, Language.DEFAULT).ifPresent(pages::add);
            }
        }
        checkAcrossPages(pages);
        return pages;
    }

    private static String suggestName(String name) {
        String base = name.replaceFirst("\\.[^.]*$", "").toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return (base.isEmpty() ? "new-page" : base) + ".md";
    }

    private Optional<Page> readPage(Path file, Path relative, Language language) {
        String text;
        try {
            long size = Files.size(file);
            if (size > MAX_PAGE_BYTES) {
                problems.add(new Problem(relative, 0, 0, "", "the page is " + Utf8Text.megabytes(size)
                        + ", larger than the " + Utf8Text.megabytes(MAX_PAGE_BYTES) + " a page may be (expected"
                        + " a page of text a person wrote: split a long one into several pages; photos and"
                        + " documents go in content/photos/ and assets/, not into the page)"));
                return Optional.empty();
            }
            text = Utf8Text.decode(Files.readAllBytes(file), relative, problems);
        } catch (IOException e) {
            problems.add(new Problem(relative, 0, 0, "", "cannot be read: " + e.getMessage()
                    + " (expected a file the build may read; check its permissions)"));
            return Optional.empty();
        }
        if (text == null) {
            return Optional.empty();
        }
        PageFile pageFile = PageFile.parse(text, relative);
        List<String> lines = pageFile.lines();
        int separator = pageFile.separator();
        int headerEnd = separator < 0 ? 0 : separator + 1;
        Map<String, String> header = new LinkedHashMap<>();
        Map<String, Integer> lineOf = new HashMap<>();
        int before = problems.size();
        // the header is lines 1 to headerEnd; a character in the text keeps the page, one in the header does not
        InvisibleCharacters.check(text.startsWith("\uFEFF") ? text.substring(1) : text, relative,
                line -> line <= headerEnd ? headerKey(lines.get(line - 1)) : "", problems);
        long inText = problems.subList(before, problems.size()).stream().filter(p -> p.line() > headerEnd).count();
        // an invisible character in the header is told once, not again as the YAML parser stumbles on it
        if (problems.size() - inText == before) {
            problems.addAll(pageFile.problems());
        }
        if (!pageFile.hasHeader()) {
            return Optional.empty();
        }
        for (PageFile.HeaderField field : pageFile.fields()) {
            String key = field.key();
            if (NOT_USED.containsKey(key)) {
                problems.add(new Problem(relative, field.line(), field.keyColumn(), key, NOT_USED.get(key)));
                continue;
            }
            if (!KEY.matcher(key).matches() || !allFields(language).contains(key)) {
                problems.add(new Problem(relative, field.line(), field.keyColumn(), key, "unknown header field ("
                        + DidYouMean.hint(key, allFields(language)) + "expected one of "
                        + String.join(", ", allFields(language)) + "; check the spelling)"));
                continue;
            }
            header.put(key, field.text());
            lineOf.put(key, field.line());
            checkValue(relative, field, key, language);
        }
        Set<String> required = new TreeSet<>(REQUIRED);
        if (language != Language.DEFAULT) {
            required.add(SOURCE_VERSION);
        }
        if (pageFile.problems().isEmpty()) {
            for (String key : required) {
                if (!header.containsKey(key)) {
                    problems.add(new Problem(relative, separator + 1, 1, key, "missing from the header (expected a line "
                            + key + ": ... above the closing " + PageFile.FENCE + ")"));
                }
            }
        }
        String outputName = language.folder() + relative.getFileName().toString().replaceFirst("\\.md$", ".html");
        Page page = new Page(relative, outputName, header, lineOf, pageFile.body(), pageFile.bodyFirstLine());
        if (problems.size() - inText > before) {
            withHeaderMistakes.add(page);
            return Optional.empty();
        }
        return Optional.of(page);
    }

    /** A text's length as the schemas count it (JSON Schema's code points): an emoji is one character, not two. */
    private static int characters(String text) {
        return text.codePointCount(0, text.length());
    }

    /** The key of a header line: what is before its ':', or the whole line. */
    private static String headerKey(String line) {
        int colon = line.indexOf(':');
        return colon < 0 ? line.strip() : line.substring(0, colon).strip();
    }

    private static Set<String> allFields(Language language) {
        Set<String> fields = new TreeSet<>(REQUIRED);
        fields.addAll(OPTIONAL);
        if (language != Language.DEFAULT) {
            fields.add(SOURCE_VERSION);
        }
        return fields;
    }

    /** Checks a field's kind (text, number, list), then its value. */
    private void checkValue(Path file, PageFile.HeaderField field, String key, Language language) {
        int line = field.line();
        int column = field.column();
        Object raw = field.value();
        if (raw == null || raw instanceof String text && text.isEmpty()) {
            problems.add(new Problem(file, line, column, key, "is empty (expected a value after '" + key + ": ')"));
            return;
        }
        String value = field.text();
        if (key.equals("nav_order")) {
            if (!(raw instanceof BigInteger) || !value.matches("[1-9][0-9]{0,2}")) {
                problems.add(new Problem(file, line, column, key, "'" + value + "' is not a position"
                        + " (expected a whole number such as 3, without quotes)"));
            }
            return;
        }
        if (key.equals("related_event_kinds")) {
            if (!(raw instanceof List<?> kinds) || kinds.isEmpty()
                    || kinds.stream().anyMatch(kind -> !(kind instanceof String))) {
                problems.add(new Problem(file, line, column, key, "is not a list of kinds of event (expected e.g. "
                        + key + ": [visit, agreement])"));
            }
            return;
        }
        if (!(raw instanceof String)) {
            String kind = raw instanceof List<?> ? "a list" : raw instanceof Map<?, ?> ? "a group of fields"
                    : raw instanceof BigInteger ? "the number " + value : value;
            problems.add(new Problem(file, line, column, key, "is " + kind + " (expected text: put it in quotes, "
                    + key + ": \"" + value + "\")"));
            return;
        }
        switch (key) {
            case "type" -> {
                if (!pageTypes.contains(value)) {
                    problems.add(new Problem(file, line, column, key, "'" + value + "' is not a page type"
                            + " (expected one of " + String.join(", ", pageTypes) + ")"));
                }
            }
            case "status" -> {
                if (!value.equals("published")) {
                    problems.add(new Problem(file, line, column, key, "'" + value + "' would not be published"
                            + " (expected published; to hold a page back, keep it out of content/)"));
                }
            }
            case "nav_order" -> {
                if (!value.matches("[1-9][0-9]{0,2}")) {
                    problems.add(new Problem(file, line, column, key, "'" + value + "' is not a position"
                            + " (expected a whole number such as 3)"));
                }
            }
            case "title" -> {
                if (characters(value) > 70) {
                    problems.add(new Problem(file, line, column, key, "is " + characters(value) + " characters long"
                            + " (expected at most 70, so that search results show it whole)"));
                }
            }
            case "description" -> {
                // a Chinese sentence says in 20 characters what an English one says in 50
                int min = language == Language.ZH ? 20 : 50;
                int max = language == Language.ZH ? 150 : 300;
                if (characters(value) < min || characters(value) > max) {
                    problems.add(new Problem(file, line, column, key, "is " + characters(value) + " characters long"
                            + " (expected " + min + " to " + max + ": one or two sentences for search results)"));
                }
            }
            case SOURCE_VERSION -> {
                if (!value.matches("[0-9a-f]{8}")) {
                    problems.add(new Problem(file, line, column, key, "'" + value + "' is not a version of the"
                            + " English page (expected the 8 digits and letters a to f the build gives, like 1a2b3c4d)"));
                }
            }
            default -> {
            }
        }
    }

    private void checkAcrossPages(List<Page> pages) {
        Map<String, Page> byTitle = new HashMap<>();
        Map<String, List<Page>> byNavOrder = new LinkedHashMap<>();
        Map<String, Page> byOnePageType = new HashMap<>();
        long homePages = pages.stream().filter(page -> page.type().equals("home")).count();
        for (Page page : pages) {
            Page sameTitle = byTitle.putIfAbsent(page.title(), page);
            if (sameTitle != null) {
                problems.add(headerProblem(page, "title", "the same title as " + sameTitle.source()
                        + " (expected every page to have its own title)"));
            }
            page.field("nav_order").ifPresent(order -> byNavOrder.computeIfAbsent(order, key -> new ArrayList<>())
                    .add(page));
            if (ONE_PAGE_TYPES.contains(page.type())) {
                Page sameType = byOnePageType.putIfAbsent(page.type(), page);
                if (sameType != null) {
                    problems.add(headerProblem(page, "type", "type: " + page.type() + " is already the type of "
                            + sameType.source() + ", and links to the " + page.type() + " go to one page"
                            + " (expected type: page here)"));
                }
            }
            if (page.type().equals("home") && !page.outputName().equals("index.html")) {
                problems.add(headerProblem(page, "type", "only content/index.md can be the home page"
                        + " (expected type: page)"));
            }
        }
        byNavOrder.values().stream().filter(same -> same.size() > 1)
                .forEach(same -> reportSameNavOrder(same, byNavOrder.keySet()));
        for (String type : ONE_PAGE_TYPES) {
            // a page left out for a mistake in its header has been reported already
            boolean leftOut = withHeaderMistakes.stream().anyMatch(page -> type.equals(page.type()));
            if (!byOnePageType.containsKey(type) && !leftOut && !pages.isEmpty()) {
                problems.add(new Problem(Path.of(contentFolder), 0, 0, "type", "no page has type: " + type
                        + " (expected one page of content/ with the line type: " + type + ")"));
            }
        }
        if (homePages == 0 && pages.stream().noneMatch(page -> page.outputName().equals("index.html"))) {
            problems.add(new Problem(Path.of(contentFolder, "index.md"), 0, 0, "", "missing (expected a home page"
                    + " content/index.md with type: home)"));
        }
    }

    /**
     * Pages with the same nav_order, each told of the others: the editor changed one of them, and
     * only the files' modification times tell which; the one changed last is most likely the one
     * to renumber, so the mistake is told there, naming the others. When the times tell nothing
     * (a fresh checkout), it is told at each of them.
     */
    private void reportSameNavOrder(List<Page> same, Set<String> usedOrders) {
        List<Page> newestFirst = new ArrayList<>(same);
        Map<Page, Long> modified = new HashMap<>();
        same.forEach(page -> modified.put(page, modifiedMillis(page)));
        newestFirst.sort(Comparator.comparing((Page page) -> -modified.get(page))
                .thenComparing(page -> page.source().toString()));
        Page newest = newestFirst.get(0);
        // equal times (a fresh checkout) tell nothing
        boolean known = modified.get(newest) > modified.get(newestFirst.get(1));
        String free = "such as " + (usedOrders.stream().filter(order -> order.matches("[0-9]+"))
                .mapToInt(Integer::parseInt).max().orElse(0) + 1);
        for (Page page : newestFirst) {
            String others = newestFirst.stream().filter(other -> other != page)
                    .map(other -> other.source().toString().replace('\\', '/')).collect(Collectors.joining(" and "));
            String advice;
            if (!known) {
                advice = "expected every menu entry to have its own nav_order: give one of them a free one, " + free;
            } else if (page == newest) {
                advice = "expected every menu entry to have its own nav_order: this page changed last, so most"
                        + " likely it needs a free one, " + free;
            } else {
                continue; // told at the page changed last, which names this one
            }
            problems.add(headerProblem(page, "nav_order", "the same position as " + others + " (" + advice + ")"));
        }
    }

    private long modifiedMillis(Page page) {
        try {
            return Files.getLastModifiedTime(projectDir.resolve(page.source())).toMillis();
        } catch (IOException e) {
            return 0; // it was just read; a file gone since is reported by the next build
        }
    }

    private static Problem headerProblem(Page page, String field, String message) {
        return new Problem(page.source(), page.lineOf(field), 1, field, message);
    }
}
