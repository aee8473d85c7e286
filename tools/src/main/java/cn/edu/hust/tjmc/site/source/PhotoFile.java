package cn.edu.hust.tjmc.site.source;

import java.nio.file.Path;
import java.util.List;

/**
 * A photo of content/photos/ that the site shows, as read (header only) by the checks.
 *
 * @param name   its address as editors write it: "photos/2019/visit.jpg"
 * @param file   the file itself
 * @param hash   the first 16 hex digits of the SHA-256 of its bytes: names its variants and its cache entry
 * @param width  width as displayed, after the EXIF orientation
 * @param height height as displayed, after the EXIF orientation
 */
public record PhotoFile(String name, Path file, String hash, int width, int height) {

    /**
     * The widths the site publishes each photo at, those not above the photo's own: a phone
     * (about 360 px at 2 device pixels per CSS pixel) to the widest layout on a 2x screen.
     */
    public static final List<Integer> WIDTHS = List.of(480, 800, 1200, 1600);

    /** The published widths of this photo; a photo narrower than the smallest gets its own width only. */
    public List<Integer> widths() {
        List<Integer> fitting = WIDTHS.stream().filter(w -> w <= width).toList();
        return fitting.isEmpty() ? List.of(width) : fitting;
    }
}
