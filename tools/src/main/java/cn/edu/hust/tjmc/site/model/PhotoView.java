package cn.edu.hust.tjmc.site.model;

import cn.edu.hust.tjmc.site.source.PhotoFile;
import cn.edu.hust.tjmc.site.source.PhotoUse;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A photo as the {@code photo} macro of templates/components.ftl prints it: a {@code <picture>}
 * with WebP and JPEG {@code srcset}s.
 *
 * @param webpSrcset "images/x-480.h.webp 480w, images/x-800.h.webp 800w, ..."
 * @param jpegSrcset the same in JPEG
 * @param src        the JPEG for browsers without srcset, and the one width and height describe
 * @param sizes      how wide the layout shows it; must match .tjmc-photo in assets/css/site.css
 * @param width      of {@code src}, so that the browser reserves the photo's place before it loads
 * @param height     of {@code src}
 * @param alt        what the photo shows
 * @param caption    shown below it, or null
 * @param credit     shown after the caption, or null
 * @param eager      whether it is likely the largest thing on the first screen: loaded at once, not lazily
 */
public record PhotoView(String webpSrcset, String jpegSrcset, String src, String sizes, int width, int height,
                        String alt, String caption, String credit, boolean eager) {

    /**
     * The photo's width in the layout: 40rem (the CSS's --tjmc-photo-width) once the window holds
     * that and the page's gutters (2 x 2rem), else the window less the smallest gutters (2 x 1rem).
     */
    public static final String SIZES = "(min-width: 44rem) 40rem, calc(100vw - 2rem)";
    /** The fallback is the largest variant up to this width: sharp enough, not the heaviest. */
    static final int FALLBACK_WIDTH = 1200;

    public static PhotoView of(PhotoFile file, PhotoUse use, boolean eager) {
        List<PhotoVariant> variants = PhotoVariant.of(file);
        PhotoVariant fallback = fallback(variants);
        return new PhotoView(
                variants.stream().map(v -> v.webp() + " " + v.width() + "w").collect(Collectors.joining(", ")),
                variants.stream().map(v -> v.jpeg() + " " + v.width() + "w").collect(Collectors.joining(", ")),
                fallback.jpeg(), SIZES, fallback.width(), fallback.height(), use.alt().strip(),
                use.caption().orElse(null), use.credit().orElse(null), eager);
    }

    /** The variant that {@code src}, og:image and feed readers get. */
    static PhotoVariant fallback(List<PhotoVariant> variants) {
        PhotoVariant chosen = variants.get(0);
        for (PhotoVariant variant : variants) {
            if (variant.width() <= FALLBACK_WIDTH) {
                chosen = variant;
            }
        }
        return chosen;
    }
}
