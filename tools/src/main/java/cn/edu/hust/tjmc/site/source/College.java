package cn.edu.hust.tjmc.site.source;

import java.util.List;
import java.util.Optional;

/**
 * data/college.yaml: the college's names, address and telephone numbers. Its components are the
 * file's keys ({@link YamlBinding}).
 */
public record College(
        String name,
        String shortName,
        String parentOrganization,
        String parentShortName,
        Address address,
        List<Phone> phones,
        Optional<Zh> zh) {

    /** The college's and the university's official Chinese names. */
    public record Zh(String name, String parentOrganization) {
    }

    public College {
        phones = phones == null ? List.of() : phones;
        zh = zh == null ? Optional.empty() : zh;
    }

    /** @param country the country or region as the site shows it, also when written as an ISO code */
    public record Address(String street, String city, String country) {
        public Address {
            country = Countries.asShown(country);
        }
    }
}
