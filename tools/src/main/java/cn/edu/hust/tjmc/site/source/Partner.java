package cn.edu.hust.tjmc.site.source;

import java.util.Collections;
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
     * The partner's name in Chinese.
     *
     * @param sourceVersion the {@link SourceVersion} of the English name it was translated from
     */
    public record Zh(String name, String sourceVersion) {
    }

    /** The English a translation is made from: the name. */
    public EnglishText englishText() {
        return EnglishText.of(Collections.singletonMap("name", name));
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
