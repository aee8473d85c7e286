package cn.edu.hust.tjmc.site.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import cn.edu.hust.tjmc.site.BuiltSite;
import cn.edu.hust.tjmc.site.output.EditorsData.Phone;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every telephone number of data/college.yaml is in every page's footer as written there, and
 * as a tel: link a phone can dial from abroad: the + and the digits alone (RFC 3966's global form).
 */
class PhoneNumbersTest {

    @ParameterizedTest(name = "{0}")
    @MethodSource(BuiltSite.ALL_PAGES)
    void everyNumberIsADialableLink(String page) {
        Document document = BuiltSite.fromSystemProperties().parse(page);
        for (Phone phone : EditorsData.phones()) {
            String href = "tel:+" + phone.number().replaceAll("[^0-9]", "");
            Element link = document.selectFirst("footer a[href=\"" + href + "\"]");
            assertNotNull(link, page + ": the footer has no link " + href + " for " + phone.office());
            assertEquals(phone.number(), link.text(), page + ": the link " + href + " shows");
        }
    }
}
