package cn.edu.hust.tjmc.site.source;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A Markdown page of content/ as the build sees it before JBake does.
 *
 * @param source        path relative to the project folder, for messages
 * @param outputName    the HTML file JBake will write, e.g. "about.html"
 * @param header        the header fields, as written
 * @param headerLines   the line number of each header field
 * @param body          the Markdown below the header
 * @param bodyFirstLine the line number of the body's first line in the file
 */
public record Page(Path source, String outputName, Map<String, String> header, Map<String, Integer> headerLines,
                   String body, int bodyFirstLine) {

    public String title() {
        return header.get("title");
    }

    public String type() {
        return header.get("type");
    }

    public Optional<String> field(String name) {
        return Optional.ofNullable(header.get(name));
    }

    /** The event kinds of related_event_kinds, in the order written; empty when there is none. */
    public List<String> relatedEventKinds() {
        return field("related_event_kinds").map(value -> Arrays.stream(value.split(",")).map(String::strip).toList())
                .orElse(List.of());
    }

    /** The English a translation of this page is made from: its title, description and text. */
    public EnglishText englishText() {
        return EnglishText.ofPage(title(), header.get("description"), body);
    }

    /** The version of this page's English that a translation records in source_version. */
    public String englishVersion() {
        return englishText().version();
    }

    /** The line a header field is on, or 1 if the field is absent. */
    public int lineOf(String field) {
        return headerLines.getOrDefault(field, 1);
    }
}
