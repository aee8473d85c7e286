package cn.edu.hust.tjmc.site.model;

/**
 * The photo a link preview shows for a page (og:image), at an absolute address built from site.host.
 *
 * @param url    absolute address of a JPEG variant: every preview service reads JPEG
 * @param width  pixels
 * @param height pixels
 * @param alt    the photo's alt text
 */
public record OpenGraphImage(String url, int width, int height, String alt) {
}
