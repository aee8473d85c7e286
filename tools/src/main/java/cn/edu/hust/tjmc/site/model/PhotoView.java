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
 * @param sizes      how wide the layout shows it: SIZES or another of the constants below
 * @param width      of {@code src}, so that the browser reserves the photo's place before it loads
 * @param height     of {@code src}
 * @param alt        what the photo shows
 * @param altLang    "en" when the alt text is English on a page of another language (an event's or a
 *                   partner's photo whose alt text is not translated yet); else null. A photo in a page's
 *                   text has the page's text's language, said around it where it is not the page's
 * @param caption    shown below it, or null
 * @param captionLang "en" when the caption is English on a page of another language; else null
 * @param credit     shown on a line of its own below the caption, or null
 * @param eager      whether it is likely the largest thing on the first screen: loaded at once, not lazily
 * @param crop       where the photo is cropped to the shape of a card (one of {@link PhotoUse#FOCUSES}), on
 *                   events and partners; null in a page's text, where the photo is shown whole
 * @param full       the largest JPEG, which a cropped photo links to so that the whole photo is one click away
 */
public record PhotoView(String webpSrcset, String jpegSrcset, String src, String sizes, int width, int height,
                        String alt, String altLang, String caption, String captionLang, String credit, boolean eager,
                        String crop, String full) {

    /*
     * The photo's width in the layout, for each place a photo is shown; each must match
     * assets/css/site.css and is checked against it in a browser (PhotoSizesTest): never narrower
     * than the photo is shown, else the browser picks a blurred variant, and at most a little
     * wider. The page's gutters are clamp(1rem, 4vw, 2rem) a side (4vw from a 25rem to a 50rem
     * window), the page at most 72rem, a photo at most 40rem (--tjmc-photo-width). vw counts a
     * desktop browser's scrollbar and the layout does not: where a grid gains a column, sizes
     * switches 1.25rem later, once the layout has switched with a scrollbar of up to 20 pixels.
     */

    /**
     * In a page's text: 40rem once the window holds that and the widest gutters, else the window
     * less the smallest gutters.
     */
    public static final String SIZES = "(min-width: 44rem) 40rem, calc(100vw - 2rem)";
    /**
     * On an event in the timeline: the page's column less the timeline's line (3px and 1.5rem) and
     * the event's padding (2 x 1.5rem) and border, up to 40rem.
     */
    public static final String TIMELINE_SIZES = "(min-width: 48.4rem) 40rem, (min-width: 25rem) calc(92vw - 4.5rem),"
            + " calc(100vw - 6.5rem)";
    /**
     * On an event card of the home page's latest events (.tjmc-cards: TemplateModel.LATEST_EVENTS
     * cards at least 16rem wide with 1rem gaps, each with 1.5rem padding a side): 1 in a row, 2
     * once the column is 33rem wide, 3 from 50rem.
     */
    public static final String CARD_SIZES = "(min-width: 72rem) 19rem,"
            + " (min-width: 55.25rem) calc((100vw - 15rem) / 3), (min-width: 50rem) calc(50vw - 5.5rem),"
            + " (min-width: 37.25rem) calc(46vw - 3.5rem), (min-width: 25rem) calc(92vw - 3rem), calc(100vw - 5rem)";
    /**
     * On a partner of the partners page (.tjmc-partners: as many columns of at least 20rem with
     * 0.75rem gaps as fit, each partner with 1rem padding a side): 1 in a row, 2 once the column
     * is 40.75rem wide, 3 from 61.5rem.
     */
    public static final String PARTNER_SIZES = "(min-width: 72rem) 20rem,"
            + " (min-width: 66.75rem) calc((100vw - 11.5rem) / 3), (min-width: 50rem) calc(50vw - 4.375rem),"
            + " (min-width: 45.7rem) calc(46vw - 2.375rem), (min-width: 25rem) calc(92vw - 2rem), calc(100vw - 4rem)";
    /** The fallback is the largest variant up to this width: sharp enough, not the heaviest. */
    static final int FALLBACK_WIDTH = 1200;

    /** A photo in a page's text: shown whole. */
    public static PhotoView of(PhotoFile file, PhotoUse use, boolean eager) {
        return of(file, use, eager, SIZES, null);
    }

    /**
     * The photo of an event or a partner, shown {@code sizes} wide (one of the constants above) and
     * cropped to the shape of its card towards the editor's {@code focus:}, the first of
     * {@link PhotoUse#FOCUSES} by default.
     */
    public static PhotoView cropped(PhotoFile file, PhotoUse use, String sizes) {
        return of(file, use, false, sizes, use.focus().orElse(PhotoUse.FOCUSES.get(0)));
    }

    private static PhotoView of(PhotoFile file, PhotoUse use, boolean eager, String sizes, String crop) {
        List<PhotoVariant> variants = PhotoVariant.of(file);
        PhotoVariant fallback = fallback(variants);
        return new PhotoView(
                variants.stream().map(v -> v.webp() + " " + v.width() + "w").collect(Collectors.joining(", ")),
                variants.stream().map(v -> v.jpeg() + " " + v.width() + "w").collect(Collectors.joining(", ")),
                fallback.jpeg(), sizes, fallback.width(), fallback.height(), use.alt().strip(), null,
                use.caption().orElse(null), null, use.credit().orElse(null), eager, crop,
                variants.get(variants.size() - 1).jpeg());
    }

    /**
     * The same photo for a page {@code toRoot} away from the site's root ("../" for zh/): the
     * photos' paths are relative to the root, the pages of a translation one folder deeper.
     */
    PhotoView fromFolder(String toRoot) {
        if (toRoot.isEmpty()) {
            return this;
        }
        return new PhotoView(srcset(webpSrcset, toRoot), srcset(jpegSrcset, toRoot), toRoot + src, sizes, width,
                height, alt, altLang, caption, captionLang, credit, eager, crop, toRoot + full);
    }

    /**
     * The same photo with its alt text and caption in a page's language (an event's or a partner's
     * translation), or in English marked as such.
     */
    PhotoView in(Words.Text alt, Words.Text caption) {
        return new PhotoView(webpSrcset, jpegSrcset, src, sizes, width, height, alt.text(), alt.lang(), caption.text(),
                caption.lang(), credit, eager, crop, full);
    }

    private static String srcset(String srcset, String toRoot) {
        return java.util.Arrays.stream(srcset.split(", ")).map(entry -> toRoot + entry)
                .collect(Collectors.joining(", "));
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
