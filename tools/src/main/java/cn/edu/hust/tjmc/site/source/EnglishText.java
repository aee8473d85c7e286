package cn.edu.hust.tjmc.site.source;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The English texts a translation is made from, each with its name: a page's title, description
 * and text, an event's title and description, a partner's name, a figure's label, and an event's or
 * a partner's photo's alt text and caption. Their {@link SourceVersion} is what the translation
 * records in {@code source_version}; their lines are what the build shows of an outdated
 * translation's English (check.TranslationCheck).
 *
 * @param parts in the order {@link SourceVersion} hashes them
 */
public record EnglishText(List<Part> parts) {

    /**
     * One English text.
     *
     * @param name the field it is written under ("title"), or "" for a page's text, which is shown as its lines
     * @param text as read (null when absent, which counts as empty)
     */
    public record Part(String name, String text) {
    }

    public EnglishText {
        parts = List.copyOf(parts);
    }

    /** The texts of a page's English: its title, description and text. */
    public static EnglishText ofPage(String title, String description, String body) {
        return new EnglishText(List.of(new Part("title", title), new Part("description", description),
                new Part("", body)));
    }

    /** The texts under these names, in this order (an event's "title", then "description"). */
    public static EnglishText of(Map<String, String> texts) {
        return new EnglishText(texts.entrySet().stream().map(entry -> new Part(entry.getKey(), entry.getValue()))
                .toList());
    }

    /**
     * Adds a photo's English alt text and caption to an entry's texts, as "photo_alt" and
     * "photo_caption" (the names of their translations), each only where the photo has it: adding,
     * changing or removing them makes a translation outdated, and an entry without a photo keeps
     * the version of its other texts.
     */
    static void putPhoto(Map<String, String> texts, PhotoUse photo) {
        if (photo.alt() != null && !photo.alt().isBlank()) {
            texts.put("photo_alt", photo.alt());
        }
        photo.caption().ifPresent(caption -> texts.put("photo_caption", caption));
    }

    public String version() {
        return SourceVersion.of(parts.stream().map(Part::text).toArray(String[]::new));
    }

    /**
     * The texts as lines, as SourceVersion sees them (line ends as '\n', stripped): a field as
     * {@code title: …} (the lines after its first indented by two spaces), a page's text as its own lines.
     */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        for (Part part : parts) {
            String text = part.text() == null ? "" : part.text().replace("\r\n", "\n").replace('\r', '\n').strip();
            List<String> own = List.of(text.split("\n", -1));
            if (part.name().isEmpty()) {
                lines.addAll(text.isEmpty() ? List.of() : own);
                continue;
            }
            lines.add(part.name() + ": " + own.get(0));
            own.subList(1, own.size()).forEach(line -> lines.add(line.isEmpty() ? "" : "  " + line));
        }
        return lines;
    }

    /**
     * The English of a page as one revision of its file has it, read as the build reads a page
     * ({@link PageFile}); none if that revision's header cannot be read.
     */
    public static List<EnglishText> inPage(String fileText, Path displayPath) {
        PageFile page = PageFile.parse(fileText, displayPath);
        if (!page.hasHeader() || page.fields().isEmpty()) {
            return List.of();
        }
        return List.of(ofPage(field(page, "title"), field(page, "description"), page.body()));
    }

    private static String field(PageFile page, String key) {
        return page.fields().stream().filter(field -> field.key().equals(key)).findFirst()
                .map(PageFile.HeaderField::text).orElse(null);
    }

    /**
     * The English of every entry of a list in one revision of a data file, read as the build reads
     * the data files ({@link YamlFile}, {@link YamlBinding}); none if that revision cannot be read.
     *
     * @param list    the list's JSON pointer, "/events"
     * @param english an entry's English, {@code TimelineEvent::englishText}
     */
    public static <T> List<EnglishText> inData(String fileText, Path displayPath, String list, Class<T> type,
                                               Function<T, EnglishText> english) {
        Optional<YamlFile> file = YamlFile.read(fileText, displayPath, new ArrayList<>());
        return file.map(yaml -> YamlBinding.list(yaml, list, type).stream().filter(Objects::nonNull).map(english)
                .toList()).orElse(List.of());
    }
}
