package cn.edu.hust.tjmc.site.source;

import java.text.Normalizer;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The rule that turns editors' text into the id of an anchor or the value of a filter: one rule
 * for the model and the link check. Letters and digits of every script are kept, so "日本",
 * "Россия" and "Côte d'Ivoire" each give an id of their own.
 */
public final class Slug {

    private Slug() {
    }

    /** "Côte d’Ivoire" gives "côte-d-ivoire", "中国香港" stays "中国香港"; may be empty (only punctuation). */
    public static String of(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{M}\\p{N}]+", "-").replaceAll("(^-|-$)", "");
    }

    /**
     * An id for each text, none empty and no two alike: a text that gives no id gets
     * {@code fallback}, and a repeated id a suffix -2, -3...
     *
     * @param texts    in the order ids are given: the first keeps the plain id
     * @param reserved ids already used on the page, which none of these may take
     */
    public static Map<String, String> uniqueIds(Collection<String> texts, Set<String> reserved, String fallback) {
        Set<String> taken = new HashSet<>(reserved);
        Map<String, String> ids = new LinkedHashMap<>();
        for (String text : texts) {
            if (ids.containsKey(text)) {
                continue;
            }
            String base = of(text);
            base = base.isEmpty() ? fallback : base;
            String id = base;
            for (int n = 2; !taken.add(id); n++) {
                id = base + "-" + n;
            }
            ids.put(text, id);
        }
        return ids;
    }

    /**
     * The id of each country's section on the partners page, as the page and links to it use them:
     * countries in the order the page lists them, none taking a partner's id.
     */
    public static Map<String, String> partnerCountryIds(Collection<Partner> partners) {
        Set<String> partnerIds = new HashSet<>();
        partners.forEach(partner -> partnerIds.add(String.valueOf(partner.id())));
        return uniqueIds(partners.stream().map(Partner::country).filter(country -> country != null).sorted()
                .distinct().toList(), partnerIds, "country");
    }

    /** The filter value of each country of the timeline, as the filter and the events use them. */
    public static Map<String, String> eventCountryIds(Collection<TimelineEvent> events) {
        return uniqueIds(events.stream().map(TimelineEvent::country).filter(country -> country != null).sorted()
                .distinct().toList(), Set.of(), "country");
    }
}
