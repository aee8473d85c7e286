package cn.edu.hust.tjmc.site.source;

import java.util.List;
import java.util.Map;

/**
 * Everything editors wrote, read and checked: the input of the template model.
 *
 * @param college  data/college.yaml
 * @param partners data/partners.yaml, in file order
 * @param events   data/timeline.yaml, in chronological order
 * @param labels   data/labels.yaml: words the UI repeats; nested maps of strings
 * @param pages    the Markdown pages of content/, by file name
 * @param keyFigures data/key-figures.yaml, in file order
 * @param photos   the photos of content/photos/ that pages and events show
 */
public record SiteSources(
        College college,
        List<Partner> partners,
        List<TimelineEvent> events,
        Map<String, Object> labels,
        List<Page> pages,
        List<KeyFigure> keyFigures,
        SitePhotos photos) {
}
