package cn.edu.hust.tjmc.site.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import cn.edu.hust.tjmc.site.report.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Data files bound onto records by their keys: optional keys, mistyped values, positions. */
class YamlBindingTest {

    @TempDir
    Path dir;

    private final List<Problem> problems = new ArrayList<>();

    @Test
    void anEventIsItsKeysWithTheCountryAsShownAndTheDateRead() throws IOException {
        YamlFile file = read("timeline.yaml", """
                events:
                  - id: hamburg-visit
                    date: 2017-05-19
                    kind: visit
                    country: DE
                    title: "  A visit  "
                    description: >-
                      Two lines
                      folded.
                    institutions: [uni-hamburg]
                    people:
                      - name: Dr. A
                        role: Rector
                  - id: year-only
                    date: 2016
                    kind: visit
                    country: Germany
                    title: T
                    description: D
                """);

        List<TimelineEvent> events = YamlBinding.list(file, "/events", TimelineEvent.class);

        assertEquals(List.of(), problems);
        TimelineEvent first = events.get(0);
        assertEquals("hamburg-visit", first.id());
        assertEquals(EventDate.parse("2017-05-19"), first.date());
        assertEquals("Germany", first.country(), "DE as the site shows it");
        assertEquals("A visit", first.title(), "texts are stripped");
        assertEquals("Two lines folded.", first.description());
        assertEquals(List.of("uni-hamburg"), first.institutions());
        assertEquals(List.of(new Person("Dr. A", "Rector")), first.people());
        assertEquals(Optional.empty(), first.photo());
        assertEquals(EventDate.parse("2016"), events.get(1).date());
        assertEquals(List.of(), events.get(1).institutions(), "a key left out is an empty list");
        assertEquals(List.of(), events.get(1).people());
    }

    @Test
    void snakeCaseKeysAndOptionalsBindOntoComponents() throws IOException {
        YamlFile file = read("partners.yaml", """
                partners:
                  - id: a
                    name: University A
                    short_name: UA
                    country: Japan
                    intercollegiate_agreement: true
                  - id: b
                    name: University B
                    country: JP
                """);

        List<Partner> partners = YamlBinding.list(file, "/partners", Partner.class);

        assertEquals(new Partner("a", "University A", Optional.of("UA"), "Japan", true, Optional.empty(), Optional.empty()),
                partners.get(0));
        assertEquals(new Partner("b", "University B", Optional.empty(), "Japan", false, Optional.empty(), Optional.empty()),
                partners.get(1));
    }

    @Test
    void aMistypedValueIsNullAndAnEntryThatIsNoGroupKeepsTheOthersAtTheirIndex() throws IOException {
        YamlFile file = read("timeline.yaml", """
                events:
                  - just a line
                  - id: [not, a, text]
                    date: 2017-02-30
                    people: none
                    institutions: {a: b}
                    title: Second
                """);

        List<TimelineEvent> events = YamlBinding.list(file, "/events", TimelineEvent.class);

        assertEquals(2, events.size());
        assertNull(events.get(0));
        TimelineEvent second = events.get(1);
        assertNull(second.id());
        assertNull(second.date(), "30 February is no date");
        assertEquals(List.of(), second.people());
        assertEquals(List.of(), second.institutions());
        assertEquals("Second", second.title());
    }

    @Test
    void aPhotoKeepsThePositionsOfItsFileAndAltText() throws IOException {
        YamlFile file = read("partners.yaml", """
                partners:
                  - id: a
                    name: A
                    country: Japan
                  - id: b
                    name: B
                    country: Japan
                    photo:
                      alt: The gate
                      file: photos/gate.jpg
                      focus: top
                """);

        PhotoUse photo = YamlBinding.list(file, "/partners", Partner.class).get(1).photo().orElseThrow();

        assertEquals(Path.of("data/partners.yaml"), photo.source());
        assertEquals("partners[1].photo", photo.field());
        assertEquals(new PhotoUse.Position(10, 13), photo.file());
        assertEquals(new PhotoUse.Position(9, 12), photo.altAt());
        assertEquals("photos/gate.jpg", photo.name());
        assertEquals(Optional.of("top"), photo.focus());
        assertEquals(Optional.empty(), photo.caption());
    }

    @Test
    void theCollegeIsReadAsAWholeWithItsAddress() throws IOException {
        YamlFile file = read("college.yaml", """
                name: Tongji Medical College
                short_name: TJMC
                parent_organization: HUST
                parent_short_name: HUST
                address:
                  street: 13 Hangkong Road
                  city: Wuhan
                  country: cn
                phones:
                  - number: +86 27 8369 2919
                    office: International office
                """);

        College college = YamlBinding.read(file, "", College.class);

        assertEquals(new College.Address("13 Hangkong Road", "Wuhan", "China"), college.address());
        assertEquals(List.of(new Phone("+86 27 8369 2919", "International office")), college.phones());
        assertEquals("TJMC", college.shortName());
    }

    private YamlFile read(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return YamlFile.read(file, Path.of("data", name), problems).orElseThrow();
    }
}
