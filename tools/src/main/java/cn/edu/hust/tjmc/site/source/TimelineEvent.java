package cn.edu.hust.tjmc.site.source;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One entry of data/timeline.yaml: a visit, agreement, university day or other milestone. Its
 * components are the entry's keys ({@link YamlBinding}); timeline.schema.json says which are required.
 *
 * @param date         null when it is not a real date (the checks leave such an event off the timeline)
 * @param country      the country or region as the site shows it, also when written as an ISO code
 * @param institutions ids of data/partners.yaml; may be empty
 * @param people       who took part, with their roles; may be empty
 * @param zh           the event in Chinese, if it is translated
 */
public record TimelineEvent(
        String id,
        EventDate date,
        String kind,
        String country,
        String title,
        String description,
        List<String> institutions,
        List<Person> people,
        Optional<PhotoUse> photo,
        Optional<Zh> zh) {

    /**
     * The event's title and description in Chinese, and its photo's alt text and caption.
     *
     * @param photoAlt      the photo's alt text, if translated (without it the English is shown, marked as such)
     * @param photoCaption  the photo's caption, if translated
     * @param sourceVersion the {@link SourceVersion} of the English they were translated from
     */
    public record Zh(String title, String description, Optional<String> photoAlt, Optional<String> photoCaption,
                     String sourceVersion) {

        public Zh {
            photoAlt = photoAlt == null ? Optional.empty() : photoAlt;
            photoCaption = photoCaption == null ? Optional.empty() : photoCaption;
        }
    }

    /**
     * The English a translation is made from: its title and description, and its photo's alt text
     * and caption where it has them (so that the version of an event without a photo is that of
     * its title and description alone).
     */
    public EnglishText englishText() {
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("title", title);
        texts.put("description", description);
        photo.ifPresent(use -> EnglishText.putPhoto(texts, use));
        return EnglishText.of(texts);
    }

    /** The version of the English a translation records in source_version. */
    public String englishVersion() {
        return englishText().version();
    }

    public TimelineEvent {
        country = Countries.asShown(country);
        institutions = institutions == null ? List.of() : institutions;
        people = people == null ? List.of() : people;
        photo = photo == null ? Optional.empty() : photo;
        zh = zh == null ? Optional.empty() : zh;
    }
}
