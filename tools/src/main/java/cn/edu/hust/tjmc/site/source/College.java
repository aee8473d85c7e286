package cn.edu.hust.tjmc.site.source;

import java.util.List;

/** data/college.yaml: the college's names, address and telephone numbers. */
public record College(
        String name,
        String shortName,
        String parentOrganization,
        String parentShortName,
        String street,
        String city,
        String country,
        List<Phone> phones) {
}
