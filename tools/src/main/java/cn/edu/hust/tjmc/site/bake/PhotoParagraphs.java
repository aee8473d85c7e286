package cn.edu.hust.tjmc.site.bake;

import cn.edu.hust.tjmc.site.model.SiteView;
import cn.edu.hust.tjmc.site.model.SiteView.PageView;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jbake.model.DocumentModel;

/**
 * Cuts a page's rendered Markdown at its photos, so that the template prints each photo with the
 * {@code photo} macro of components.ftl and the HTML between them as it is. The page gets
 * {@code bodyParts}: maps holding either {@code html} or {@code photo}, the index of the photo in
 * its PageView's photos (in the order PhotoCheck found them in the Markdown). Pages without
 * photos get nothing.
 */
final class PhotoParagraphs {

    static final String KEY = "bodyParts";
    /** A photo as flexmark renders a Markdown image alone in its paragraph (PhotoCheck requires that). */
    private static final Pattern PHOTO_PARAGRAPH = Pattern.compile("<p><img src=\"(photos/[^\"]*)\"[^>]*></p>\\n?");

    private PhotoParagraphs() {
    }

    /** @param site the template model, or null when there is none (no photos then) */
    static void split(DocumentModel document, SiteView site) {
        PageView page = site == null ? null : site.pages().get(document.getUri());
        int photos = page == null ? 0 : page.photos().size();
        if (photos == 0) {
            return;
        }
        String body = document.getBody();
        List<Map<String, Object>> parts = new ArrayList<>();
        Matcher matcher = PHOTO_PARAGRAPH.matcher(body);
        int from = 0;
        int index = 0;
        while (matcher.find()) {
            if (index == photos) {
                break;
            }
            parts.add(Map.of("html", body.substring(from, matcher.start())));
            parts.add(Map.of("photo", index++));
            from = matcher.end();
        }
        if (index != photos) {
            throw new IllegalStateException(document.getSourceuri() + ": found " + index + " of its "
                    + photos + " photos in the rendered page; PhotoCheck and the bake disagree");
        }
        parts.add(Map.of("html", body.substring(from)));
        document.put(KEY, parts);
    }
}
