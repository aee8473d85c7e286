package cn.edu.hust.tjmc.site.source;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

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

    /**
     * The most pixels a photo may have: a 50-megapixel camera's full size (bench/photos.sh builds
     * one within the 512 MB budget; PhotoMemoryTest decodes it in a 320 MB heap). Checked from the
     * header, before a pixel is decoded: a PNG of 1600 x 1,000,000 pixels is a few KB on disk and
     * ran the build out of memory after 52 s. Cameras round their sizes: the 50-megapixel photo
     * of PhotoMemoryTest and bench/photos.sh is 8660 x 5774, 50.0 million and a little more.
     */
    public static final long MAX_PIXELS = 50_400_000;

    /**
     * Why a photo of {@code width} x {@code height} pixels is too large for the build, if it is:
     * "content/x.png is 1600 x 1000000 pixels, 1600 megapixels; the largest ... (expected ...)".
     */
    public static Optional<String> tooManyPixels(String shownAs, int width, int height) {
        long pixels = (long) width * height;
        if (pixels <= MAX_PIXELS) {
            return Optional.empty();
        }
        return Optional.of(shownAs + " is " + width + " x " + height + " pixels, " + megapixels(pixels)
                + " megapixels; the largest the build takes is " + megapixels(MAX_PIXELS) + " megapixels (expected the"
                + " photo resized to at most that, e.g. 8000 x 6000 pixels: the site shows photos at most "
                + WIDTHS.get(WIDTHS.size() - 1) + " pixels wide)");
    }

    private static String megapixels(long pixels) {
        double megapixels = pixels / 1_000_000.0;
        return megapixels >= 10 ? Long.toString(Math.round(megapixels))
                : String.format(Locale.ROOT, "%.1f", megapixels);
    }

    /** The published widths of this photo; a photo narrower than the smallest gets its own width only. */
    public List<Integer> widths() {
        List<Integer> fitting = WIDTHS.stream().filter(w -> w <= width).toList();
        return fitting.isEmpty() ? List.of(width) : fitting;
    }
}
