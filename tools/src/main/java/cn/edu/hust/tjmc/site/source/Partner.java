package cn.edu.hust.tjmc.site.source;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One entry of data/partners.yaml: an institution TJMC cooperates with. Its components are the
 * entry's keys ({@link YamlBinding}); partners.schema.json says which are required.
 *
 * @param country the country or region as the site shows it, also when written as an ISO code
 */
public record Partner(
        String id,
        String name,
        Optional<String> shortName,
        String country,
        boolean intercollegiateAgreement,
        Optional<PhotoUse> photo,
        Optional<Zh> zh) {

    /**
     * The partner's name in Chinese, and its photo's alt text and caption.
     *
     * @param photoAlt      the photo's alt text, if translated (without it the English is shown, marked as such)
     * @param photoCaption  the photo's caption, if translated
     * @param sourceVersion the {@link SourceVersion} of the English it was translated from
     */
    public record Zh(String name, Optional<String> photoAlt, Optional<String> photoCaption, String sourceVersion) {

        public Zh {
            photoAlt = photoAlt == null ? Optional.empty() : photoAlt;
            photoCaption = photoCaption == null ? Optional.empty() : photoCaption;
        }
    }

    /** The English a translation is made from: the name, and its photo's alt text and caption where it has them. */
    public EnglishText englishText() {
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("name", name);
        photo.ifPresent(use -> EnglishText.putPhoto(texts, use));
        return EnglishText.of(texts);
    }

    /** The version of the English a translation records in source_version. */
    public String englishVersion() {
        return englishText().version();
    }

    public Partner {
        country = Countries.asShown(country);
        shortName = shortName == null ? Optional.empty() : shortName;
        photo = photo == null ? Optional.empty() : photo;
        zh = zh == null ? Optional.empty() : zh;
    }
}
