package cn.edu.hust.tjmc.site.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.edu.hust.tjmc.site.BuiltSite;
import cn.edu.hust.tjmc.site.output.EditorsData.Event;
import cn.edu.hust.tjmc.site.output.EditorsData.Partner;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * partners.html shows every partner of data/partners.yaml, with its name and short name, under
 * the heading of its country, at the address partners.html#id, with links to exactly the
 * timeline events whose institutions name it, in date order. The expected events are computed here from the YAML alone.
 */
class PartnersPageTest {

    static final String PARTNERS = "partners.html";

    static List<Partner> partners() {
        return EditorsData.partners();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("partners")
    void partnerIsNamedUnderItsCountryHeading(Partner partner) {
        Element entry = entryOf(partner);
        // the entry's own heading, so that a name inside its event titles does not count
        Element ownHeading = entry.selectFirst("h2, h3, h4, h5, h6");
        String shown = ownHeading == null ? entry.text() : ownHeading.text();
        assertTrue(shown.contains(partner.name()), () -> PARTNERS + "#" + partner.id() + " should be headed \""
                + partner.name() + "\"; it shows: " + shown);
        if (partner.shortName() != null) {
            assertTrue(shown.contains(partner.shortName()), () -> PARTNERS + "#" + partner.id()
                    + " should show the short name \"" + partner.shortName() + "\" beside its name; it shows: " + shown);
        }
        Set<String> countries = EditorsData.partners().stream().map(Partner::country).collect(Collectors.toSet());
        String heading = Headings.groupOf(entry, countries::contains);
        assertEquals(partner.country(), heading, () -> PARTNERS + ": " + partner.name() + " (" + partner.id()
                + ") should be under the heading \"" + partner.country() + "\" but is under \"" + heading + "\"");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("partners")
    void partnerListsExactlyTheEventsThatNameIt(Partner partner) {
        List<String> expected = EditorsData.eventsByDate().stream()
                .filter(event -> event.institutions().contains(partner.id()))
                .map(Event::id)
                .toList();
        List<String> listed = new ArrayList<>();
        for (Element link : entryOf(partner).select("a[href^=timeline.html#]")) {
            listed.add(link.attr("href").substring("timeline.html#".length()));
        }
        assertEquals(expected.stream().sorted().toList(), listed.stream().sorted().toList(), () -> PARTNERS + "#"
                + partner.id() + " (" + partner.name() + ") should link exactly the events of data/timeline.yaml whose"
                + " institutions include \"" + partner.id() + "\"");
        String wrong = EditorsData.firstOutOfDateOrder(listed);
        assertNull(wrong, () -> PARTNERS + "#" + partner.id() + " lists its events out of date order: " + wrong);
    }

    private static Element entryOf(Partner partner) {
        Document page = BuiltSite.fromSystemProperties().parse(PARTNERS);
        List<Element> withId = page.select("main [id=" + partner.id() + "]");
        assertEquals(1, withId.size(), () -> PARTNERS + " has " + withId.size() + " elements with id=\"" + partner.id()
                + "\" (" + partner.name() + " in data/partners.yaml); exactly one is needed for the link "
                + PARTNERS + "#" + partner.id());
        return withId.get(0);
    }
}
