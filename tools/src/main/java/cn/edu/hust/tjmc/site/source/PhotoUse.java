package cn.edu.hust.tjmc.site.source;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * One place that shows a photo of content/photos/: an image in a page's Markdown
 * ({@code ![alt](photos/x.jpg "caption")}) or the {@code photo:} of a timeline event.
 *
 * @param source  the page or data file, relative to the project folder, for messages
 * @param file    where the photo is named: the image in a page, the {@code file:} value in YAML
 * @param altAt   where its alt text is (in a page, the image again)
 * @param field   the photo's field for messages ("events[3].photo"), or "" in a page
 * @param name    the photo as the editor wrote it: "photos/2019/visit.jpg"
 * @param alt     what the photo shows, for people who cannot see it; null when missing
 * @param caption shown below the photo, if any
 * @param credit  the photographer or owner, shown after the caption, if any
 * @param focus   where an event's or a partner's photo is cropped towards ({@link #FOCUSES}), if the
 *                editor said; a photo in a page's text is never cropped and has none
 */
public record PhotoUse(Path source, Position file, Position altAt, String field, String name, String alt,
                       Optional<String> caption, Optional<String> credit, Optional<String> focus) {

    /**
     * The values of a photo's {@code focus:} in YAML, as the schemas list them: the part of the photo
     * kept when it is cropped to the shape of a card. The first is the default.
     */
    public static final List<String> FOCUSES = List.of("center", "top", "bottom", "left", "right");

    /** A 1-based line and column in {@link #source}. */
    public record Position(int line, int column) {
    }

    /** Where photos live, relative to content/; also how editors start a photo's address. */
    public static final String FOLDER = "photos";

    /** Whether an image address names a photo of content/photos/ (rather than a file of assets/). */
    public static boolean isPhotoAddress(String address) {
        return address.startsWith(FOLDER + "/");
    }
}
