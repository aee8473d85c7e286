package cn.edu.hust.tjmc.site.model;

import cn.edu.hust.tjmc.site.source.College;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.LinkedHashMap;
import java.util.Map;

/** schema.org JSON-LD describing the college, for search engines. */
final class StructuredData {

    // sorted keys: Map.of iterates in a different order in every JVM, and output must be reproducible
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    private StructuredData() {
    }

    /**
     * The college as a {@code CollegeOrUniversity} within its university. The text is safe
     * inside a {@code <script>} element: '<', '>' and '&' are written as JSON escapes.
     *
     * @param name       the college's name in the page's language
     * @param parentName the university's name in the page's language
     * @param url        the home page of the page's language
     */
    static String college(College college, String name, String parentName, String url) {
        Map<String, Object> parent = new LinkedHashMap<>();
        parent.put("@type", "CollegeOrUniversity");
        parent.put("name", parentName);
        parent.put("alternateName", college.parentShortName());

        Map<String, Object> address = new LinkedHashMap<>();
        address.put("@type", "PostalAddress");
        address.put("streetAddress", college.address().street());
        address.put("addressLocality", college.address().city());
        address.put("addressCountry", college.address().country());

        Map<String, Object> ld = new LinkedHashMap<>();
        ld.put("@context", "https://schema.org");
        ld.put("@type", "CollegeOrUniversity");
        ld.put("name", name);
        ld.put("alternateName", college.shortName());
        ld.put("url", url);
        ld.put("parentOrganization", parent);
        ld.put("address", address);
        ld.put("contactPoint", college.phones().stream()
                .map(phone -> Map.of("@type", "ContactPoint", "telephone", phone.number(),
                        "contactType", phone.office()))
                .toList());
        try {
            return JSON.writeValueAsString(ld)
                    .replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
