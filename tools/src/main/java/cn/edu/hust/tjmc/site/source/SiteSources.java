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
 * @param translations the translated pages of content/&lt;language&gt;/, by language, then by the
 *                 output name of the English page they translate ("about.html")
 * @param translationStatus what is translated, outdated or missing, and a warning for each outdated translation
 */
public record SiteSources(
        College college,
        List<Partner> partners,
        List<TimelineEvent> events,
        Map<String, Object> labels,
        List<Page> pages,
        List<KeyFigure> keyFigures,
        SitePhotos photos,
        Map<Language, Map<String, Page>> translations,
        TranslationStatus translationStatus) {

    /** What should be fixed but does not stop the build: photos nothing shows, outdated translations. */
    public java.util.List<cn.edu.hust.tjmc.site.report.Problem> warnings() {
        java.util.List<cn.edu.hust.tjmc.site.report.Problem> warnings = new java.util.ArrayList<>(photos.warnings());
        warnings.addAll(translationStatus.warnings());
        return warnings;
    }

    /** The translation of an English page into a language, if there is one. */
    public java.util.Optional<Page> translation(Language language, String outputName) {
        return java.util.Optional.ofNullable(translations.getOrDefault(language, Map.of()).get(outputName));
    }
}
