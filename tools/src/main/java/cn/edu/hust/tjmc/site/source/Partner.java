package cn.edu.hust.tjmc.site.source;

import java.util.Optional;

/** One entry of data/partners.yaml: an institution TJMC cooperates with. */
public record Partner(
        String id,
        String name,
        Optional<String> shortName,
        String country,
        boolean intercollegiateAgreement,
        Optional<PhotoUse> photo) {
}
