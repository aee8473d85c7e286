package cn.edu.hust.tjmc.site.model;

import cn.edu.hust.tjmc.site.source.PhotoFile;
import java.util.List;

/**
 * One published size of a photo, in WebP and in JPEG (for browsers without WebP), at addresses
 * relative to the site's root. The names carry the hash of the original, so a changed photo
 * gets new addresses and no browser keeps showing the old one.
 *
 * @param width  pixels
 * @param height pixels, in the photo's proportions
 * @param webp   e.g. "images/2019/visit-800.3f2a9c1e0b7d4a55.webp"
 * @param jpeg   the same as JPEG
 */
public record PhotoVariant(int width, int height, String webp, String jpeg) {

    /** Where the variants are published; content/photos/ itself never is. */
    public static final String FOLDER = "images";

    /** The variants of {@code photo}, smallest first. */
    public static List<PhotoVariant> of(PhotoFile photo) {
        String base = FOLDER + "/" + photo.name().substring(photo.name().indexOf('/') + 1).replaceFirst("\\.[^./]*$", "");
        return photo.widths().stream()
                .map(width -> {
                    int height = Math.max(1, Math.round((float) width * photo.height() / photo.width()));
                    String stem = base + "-" + width + "." + photo.hash();
                    return new PhotoVariant(width, height, stem + ".webp", stem + ".jpg");
                })
                .toList();
    }
}
