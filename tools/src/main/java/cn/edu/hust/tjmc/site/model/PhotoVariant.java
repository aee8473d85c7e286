package cn.edu.hust.tjmc.site.model;

import cn.edu.hust.tjmc.site.source.PhotoFile;
import java.util.List;
import java.util.Locale;

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

    /** The most characters of a variant's folders, and of its name before "-&lt;width&gt;.&lt;hash&gt;.webp". */
    static final int MAX_FOLDERS = 60;
    static final int MAX_NAME = 60;

    /**
     * "2019/visit" for "photos/2019/visit.jpg": the photo's folders and name in lower-case ASCII
     * letters, digits and hyphens, each part shortened. Any file name gives an address that needs
     * no escaping (a space would split a srcset) and a path far within the 255 bytes a file
     * system allows a name and the 260 characters Windows allows a path; the hash in the name
     * keeps two photos apart whose names shorten alike.
     */
    static String stem(String name) {
        String[] parts = name.substring(name.indexOf('/') + 1).replaceFirst("\\.[^./]*$", "").split("/");
        StringBuilder folders = new StringBuilder();
        for (int i = 0; i < parts.length - 1; i++) {
            String folder = plain(parts[i], MAX_FOLDERS);
            if (folders.length() + folder.length() + 1 > MAX_FOLDERS) {
                break; // deeper folders add nothing the hash does not
            }
            folders.append(folder).append('/');
        }
        return folders + plain(parts[parts.length - 1], MAX_NAME);
    }

    private static String plain(String part, int max) {
        String plain = part.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        plain = plain.substring(0, Math.min(plain.length(), max)).replaceAll("-+$", "");
        return plain.isEmpty() ? "photo" : plain;
    }

    /** The variants of {@code photo}, smallest first. */
    public static List<PhotoVariant> of(PhotoFile photo) {
        String base = FOLDER + "/" + stem(photo.name());
        return photo.widths().stream()
                .map(width -> {
                    int height = Math.max(1, Math.round((float) width * photo.height() / photo.width()));
                    String stem = base + "-" + width + "." + photo.hash();
                    return new PhotoVariant(width, height, stem + ".webp", stem + ".jpg");
                })
                .toList();
    }
}
