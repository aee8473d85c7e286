package cn.edu.hust.tjmc.site.source;

import cn.edu.hust.tjmc.site.report.Problem;
import java.util.List;
import java.util.Map;

/**
 * The photos the site shows, checked.
 *
 * @param files     every photo used, by the address editors write ("photos/x.jpg")
 * @param pageUses  the photos in each page's Markdown, in order, by page output name ("about.html")
 * @param uses      every place that shows a photo: pages' and events'
 * @param warnings  what does not stop the build but should be fixed: a photo too small, a file nothing uses
 */
public record SitePhotos(Map<String, PhotoFile> files, Map<String, List<PhotoUse>> pageUses, List<PhotoUse> uses,
                         List<Problem> warnings) {

    public static SitePhotos none() {
        return new SitePhotos(Map.of(), Map.of(), List.of(), List.of());
    }
}
