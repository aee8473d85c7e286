package cn.edu.hust.tjmc.site.bake;

import cn.edu.hust.tjmc.site.model.SiteView;
import cn.edu.hust.tjmc.site.model.SiteView.PageView;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jbake.model.DocumentModel;

/**
 * Cuts a page's rendered Markdown at its photos, so that the template prints each photo with the
 * {@code photo} macro of components.ftl and the HTML between them as it is. The Markdown engine
 * (CheckedMarkdownEngine) writes a mark where a paragraph is a photo alone, as flexmark renders
 * the page: the cut is made at those marks, not by reading the HTML again. The page gets
 * {@code bodyParts}: maps holding either {@code html} or {@code photo}, the index of the photo in
 * its PageView's photos (in the order PhotoCheck found them in the Markdown). Pages without
 * photos get nothing.
 */
final class PhotoParagraphs {

    static final String KEY = "bodyParts";

    private PhotoParagraphs() {
    }

    /**
     * @param site     the template model of the page's language, or null when there is none (no photos then)
     * @param pageName the English page's file name, the key of its PageView
     * @param mark     the mark the engine wrote for each photo ({@code PublishedFiles.photoMark})
     */
    static void split(DocumentModel document, SiteView site, String pageName, String mark) {
        PageView page = site == null ? null : site.pages().get(pageName);
        int photos = page == null ? 0 : page.photos().size();
        if (photos == 0) {
            return;
        }
        String body = document.getBody();
        List<Map<String, Object>> parts = new ArrayList<>();
        int from = 0;
        int index = 0;
        for (int at = body.indexOf(mark); at >= 0 && index < photos; at = body.indexOf(mark, from)) {
            parts.add(Map.of("html", body.substring(from, at)));
            parts.add(Map.of("photo", index++));
            from = at + mark.length();
            if (from < body.length() && body.charAt(from) == '\n') {
                from++; // the paragraph's own line end: the figure brings its own
            }
        }
        if (index != photos) {
            throw new IllegalStateException(document.getSourceuri() + ": found " + index + " of its "
                    + photos + " photos in the rendered page; PhotoCheck and the bake disagree");
        }
        parts.add(Map.of("html", body.substring(from)));
        document.put(KEY, parts);
    }
}
