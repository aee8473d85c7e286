package cn.edu.hust.tjmc.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.edu.hust.tjmc.site.check.SiteSourceReader;
import cn.edu.hust.tjmc.site.model.SiteSettings;
import cn.edu.hust.tjmc.site.model.SiteView;
import cn.edu.hust.tjmc.site.model.TemplateModel;
import cn.edu.hust.tjmc.site.source.Countries;
import cn.edu.hust.tjmc.site.source.Slug;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Editors' text in any script gives ids, anchors and filter values that are never empty and
 * never alike; countries are those of ISO 3166-1, written as the site shows them.
 */
class AnyScriptTest {

    @TempDir
    Path dir;

    @Test
    void slugsKeepLettersOfEveryScript() {
        assertEquals("日本", Slug.of("日本"));
        assertEquals("中国香港", Slug.of("中国香港"));
        assertEquals("にほん", Slug.of("にほん"));
        assertEquals("российская-федерация", Slug.of("Российская Федерация"));
        assertEquals("côte-d-ivoire", Slug.of("Côte d’Ivoire"));
        assertEquals("münchen-2", Slug.of("ＭÜＮＣＨＥＮ ２")); // full-width forms, as NFKC reads them
        assertEquals("", Slug.of("!?"));
    }

    @Test
    void idsAreNeverEmptyNorAlike() {
        Map<String, String> ids = Slug.uniqueIds(List.of("Köln", "KÖLN", "köln!", "!?", "…", "日本", "germany"),
                Set.of("germany"), "country");
        assertEquals(List.of("köln", "köln-2", "köln-3", "country", "country-2", "日本", "germany-2"),
                List.copyOf(ids.values()));
    }

    @Test
    void countriesAreReadAsTheSiteShowsThemOrByCodeOrInChinese() {
        assertEquals(Optional.of("DE"), Countries.code("Germany"));
        assertEquals(Optional.of("DE"), Countries.code("de"));
        assertEquals(Optional.of("DE"), Countries.code("德国"));
        assertEquals(Optional.of("JP"), Countries.code("日本"));
        assertEquals(Optional.of("CI"), Countries.code("Côte d'Ivoire"));
        assertEquals(Optional.empty(), Countries.code("Germnay"));
        assertEquals("Taiwan, China", Countries.englishName(Countries.code("Taiwan").orElseThrow()));
        assertEquals("Hong Kong SAR, China", Countries.englishName("HK"));
        assertEquals("Macao SAR, China", Countries.englishName("MO"));
        assertEquals("中国台湾", Countries.chineseName("TW"));
        assertEquals("中国香港", Countries.chineseName("HK"));
        assertEquals("中国澳门", Countries.chineseName("MO"));
        assertEquals(Optional.of("HK"), Countries.code("Hong Kong SAR, China"));
    }

    @Test
    void misspeltCountryIsRefusedWithTheLikeliestOne() {
        ProjectCopy project = new ProjectCopy(dir);
        int line = project.edit("data/partners.yaml", text -> text.replaceFirst("country: Germany", "country: Germnay"));
        assertTrue(project.problems().contains("data/partners.yaml:" + line + ":14: partners[0].country: 'Germnay' is"
                + " not a country or region (did you mean Germany? expected its English name as the site shows it,"
                + " like Germany or Hong Kong SAR, China, or its two-letter ISO code, like DE)"), project.problems()
                .toString());
    }

    @Test
    void eventAndItsPartnersAgreeOnTheCountry() {
        ProjectCopy project = new ProjectCopy(dir);
        int line = project.edit("data/timeline.yaml", text -> text.replaceFirst(
                "country: Germany(\n(?:    [^\n]*\n)*?    institutions:\n      - heidelberg\n)", "country: Japan$1"));
        List<String> problems = project.problems();
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("data/timeline.yaml:" + line + ":")
                && problems.get(0).contains("'Japan' is not where the event's partners are (expected Germany,"
                + " the country of heidelberg"), problems.toString());
    }

    @Test
    void countriesInOtherScriptsGiveDistinctNonEmptyFiltersAndSections() {
        ProjectCopy project = new ProjectCopy(dir);
        // made-up partners and events, their countries written in Chinese, Japanese, by code and with accents
        project.edit("data/partners.yaml", text -> text
                + partner("hku", "香港大学", "中国香港") + partner("keio", "慶應義塾大学", "日本")
                + partner("msu", "Московский университет", "RU") + partner("abidjan", "Université d’Abidjan", "ci")
                + partner("charite", "Charité", "德国"));
        project.edit("data/timeline.yaml", text -> text
                + event("hku-visit", "hku", "HK") + event("keio-visit", "keio", "日本")
                + event("msu-visit", "msu", "Russia") + event("abidjan-visit", "abidjan", "Côte d'Ivoire")
                + event("charite-visit", "charite", "Germany"));
        assertEquals(List.of(), project.problems());

        SiteView site = TemplateModel.build(SiteSourceReader.read(dir),
                SiteSettings.fromArguments(Map.of("site.host", "https://example.org")));
        List<SiteView.FilterOption> options = site.timeline().filters().countries();
        List<String> labels = options.stream().map(SiteView.FilterOption::label).toList();
        assertTrue(labels.containsAll(List.of("Hong Kong SAR, China", "Japan", "Russia", "Côte d’Ivoire")),
                labels.toString());
        assertDistinctAndNonEmpty(options.stream().map(SiteView.FilterOption::value).toList());
        List<String> eventCountryIds = site.timeline().years().stream().flatMap(year -> year.events().stream())
                .map(SiteView.Event::countryId).distinct().toList();
        assertTrue(options.stream().map(SiteView.FilterOption::value).toList().containsAll(eventCountryIds),
                "every event's country is a filter value: " + eventCountryIds);

        List<SiteView.CountryPartners> sections = site.partnersByCountry();
        List<String> countries = sections.stream().map(SiteView.CountryPartners::country).toList();
        assertTrue(countries.containsAll(List.of("Hong Kong SAR, China", "Japan", "Côte d’Ivoire")), countries.toString());
        assertDistinctAndNonEmpty(sections.stream().map(SiteView.CountryPartners::id).toList());
    }

    private static String partner(String id, String name, String country) {
        return "\n  - id: " + id + "\n    name: " + name + "\n    country: " + country
                + "\n    intercollegiate_agreement: false\n";
    }

    private static String event(String id, String partner, String country) {
        return "\n  - id: " + id + "\n    date: 2020\n    kind: visit\n    country: " + country
                + "\n    title: A visit " + id + "\n    description: A made-up visit.\n    institutions: [" + partner + "]\n";
    }

    private static void assertDistinctAndNonEmpty(List<String> ids) {
        assertFalse(ids.contains("") || ids.contains(null), ids.toString());
        assertEquals(ids.size(), new HashSet<>(ids).size(), "distinct: " + ids);
    }
}
