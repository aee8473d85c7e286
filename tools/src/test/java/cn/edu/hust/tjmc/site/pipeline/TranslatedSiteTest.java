package cn.edu.hust.tjmc.site.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.edu.hust.tjmc.site.ProjectCopy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A whole build of the fixture site in both languages, read as a browser and a search engine
 * would: its translations (about.md and index.md current, timeline.md outdated, the others not
 * translated), the hreflang pairs, the language switch, the fallback pages, and the dates, decades,
 * counts and names of each language. Expected values are the fixture's own texts, not the model's.
 */
class TranslatedSiteTest {

    static final String HOST = "https://example.org";

    @TempDir
    static Path dir;
    static Path site;

    @BeforeAll
    static void buildTheFixture() {
        site = new ProjectCopy(dir).bake();
    }

    @Test
    void everyEnglishPageIsAlsoInChinese() {
        List<String> english = htmlFiles().stream().filter(file -> !file.startsWith("zh/")).toList();
        assertFalse(english.isEmpty());
        for (String page : english) {
            assertTrue(Files.isRegularFile(site.resolve("zh").resolve(page)), "no zh/" + page);
        }
        assertTrue(Files.isRegularFile(site.resolve("zh/feed.xml")), "no zh/feed.xml");
    }

    @Test
    void everyPageSaysItsLanguage() {
        for (String file : htmlFiles()) {
            assertEquals(file.startsWith("zh/") ? "zh-Hans" : "en", page(file).select("html").attr("lang"), file);
            assertEquals(file.startsWith("zh/") ? "zh_CN" : "en_GB",
                    page(file).select("meta[property=og:locale]").attr("content"), file);
        }
    }

    /** Every page's hreflang links: itself among them, and each page they name has the same ones (reciprocal). */
    @Test
    void hreflangLinksAreReciprocalOverTheWholeSite() {
        int pairs = 0;
        for (String file : htmlFiles()) {
            Map<String, String> alternates = alternates(page(file));
            if (alternates.isEmpty()) {
                continue;
            }
            pairs++;
            String self = canonical(page(file));
            assertTrue(alternates.containsValue(self), file + " is not among its own alternates " + alternates);
            assertEquals(alternates.get("en"), alternates.get("x-default"), file + ": x-default is the English");
            for (Map.Entry<String, String> alternate : alternates.entrySet()) {
                String target = fileOf(alternate.getValue());
                assertTrue(Files.isRegularFile(site.resolve(target)), file + " names " + alternate.getValue());
                assertEquals(alternates, alternates(page(target)), target + " does not return " + file + "'s alternates");
            }
        }
        assertTrue(pairs >= 6, "expected the three translated pages and their English pages to have alternates");
    }

    @Test
    void aTranslatedPageAndItsEnglishPageNameEachOther() {
        Map<String, String> about = Map.of("en", HOST + "/about.html", "zh-Hans", HOST + "/zh/about.html",
                "x-default", HOST + "/about.html");
        assertEquals(about, alternates(page("about.html")));
        assertEquals(about, alternates(page("zh/about.html")));
        assertEquals(HOST + "/zh/", alternates(page("index.html")).get("zh-Hans"), "the Chinese home page is zh/");
        assertEquals("zh_CN", page("about.html").select("meta[property=og:locale:alternate]").attr("content"));
        assertEquals(List.of(), alternates(page("contact.html")).keySet().stream().toList(),
                "a page not translated has no alternates");
    }

    /** The switch on every page (404 pages too) leads to the same page in the other language, and back. */
    @Test
    void theLanguageSwitchOnEveryPageLeadsToTheSamePageInTheOtherLanguage() {
        for (String file : htmlFiles()) {
            Element link = page(file).selectFirst("a[data-language-switch]");
            assertNotNull(link, file + " has no language switch");
            String target = file.endsWith("404.html") ? link.attr("href").substring(1)
                    : resolve(file, link.attr("href"));
            String expected = file.startsWith("zh/") ? file.substring(3) : "zh/" + file;
            assertEquals(expected, target, "the switch of " + file);
            assertEquals(link.attr("hreflang"), link.attr("lang"), file + ": the link's text is in its own language");
            assertEquals(file.startsWith("zh/") ? "en" : "zh-Hans", link.attr("lang"), file);
            assertEquals(file.startsWith("zh/") ? "English" : "简体中文", link.text(), file);
        }
    }

    @Test
    void aPageNotTranslatedIsItsEnglishTextUnderTheChineseInterface() {
        Document fallback = page("zh/contact.html");
        Document english = page("contact.html");
        assertEquals(HOST + "/contact.html", canonical(fallback), "its canonical address is the English page's");
        assertEquals(Map.of(), alternates(fallback));
        Element notice = fallback.selectFirst("main > .tjmc-notice");
        assertNotNull(notice, "no notice");
        assertEquals("本页尚无中文版本，以下为英文原文。 阅读英文页面", notice.text());
        assertEquals("../contact.html", notice.selectFirst("a").attr("href"));
        assertEquals("en", fallback.selectFirst("main h1").attr("lang"));
        assertEquals(english.selectFirst("main h1").text(), fallback.selectFirst("main h1").text());
        Element text = fallback.selectFirst("main h1 + div[lang=en]");
        assertNotNull(text, "the English text is not marked lang=en");
        assertEquals("跳到主要内容", fallback.selectFirst(".tjmc-skip-link").text(), "the interface is Chinese");
        assertEquals("虚构医学院", fallback.selectFirst(".tjmc-address p").textNodes().get(0).text(),
                "the college's Chinese name");
    }

    @Test
    void anOutdatedTranslationSaysSoAndACurrentOneDoesNot() {
        Element notice = page("zh/timeline.html").selectFirst("main > .tjmc-notice");
        assertNotNull(notice);
        assertEquals("本页英文原文在翻译后已有更新。 阅读最新英文原文", notice.text());
        assertEquals("国际交流时间线（虚构的过时译文）", page("zh/timeline.html").selectFirst("main h1").text());
        assertNull(page("zh/about.html").selectFirst(".tjmc-notice"));
        assertNull(page("about.html").selectFirst(".tjmc-notice"));
        assertEquals("", page("zh/about.html").selectFirst("main h1").attr("lang"), "a translation is in the page's language");
    }

    @Test
    void datesDecadesCountsAndNamesAreInEachPagesLanguage() {
        Document english = page("timeline.html");
        Document chinese = page("zh/timeline.html");
        assertEquals("19 May 2017", english.selectFirst("#hust-heidelberg-university-day-2017 time").text());
        assertEquals("2017年5月19日", chinese.selectFirst("#hust-heidelberg-university-day-2017 time").text());
        assertEquals("2017-05-19", chinese.selectFirst("#hust-heidelberg-university-day-2017 time").attr("datetime"));
        assertEquals("2010s", english.selectFirst("#filter-decade option[value=2010s]").text());
        assertEquals("2010年代", chinese.selectFirst("#filter-decade option[value=2010s]").text());
        assertEquals("Events shown: {n}", english.selectFirst("[data-timeline-count]").attr("data-count-template"));
        assertEquals("共 {n} 项", chinese.selectFirst("[data-timeline-count]").attr("data-count-template"));
        assertEquals("Germany", english.selectFirst("#filter-country option[value=germany]").text());
        assertEquals("德国", chinese.selectFirst("#filter-country option[value=germany]").text());
        assertEquals("2017", english.selectFirst("#year-2017-heading").text());
        assertEquals("2017年", chinese.selectFirst("#year-2017-heading").text());
        // a translated event, and one not translated yet, in English marked as such
        Element translated = chinese.selectFirst("#hust-heidelberg-university-day-2017 .tjmc-event__title");
        assertEquals("华中科技大学–海德堡大学日（虚构译文）", translated.text());
        assertEquals("", translated.attr("lang"));
        Element untranslated = chinese.selectFirst("#hust-ude-university-day-2017 .tjmc-event__title");
        assertEquals("HUST–UDE University Day", untranslated.text());
        assertEquals("en", untranslated.attr("lang"));
        assertEquals("海德堡大学（虚构译名）", page("zh/partners.html").selectFirst("#heidelberg h4").text());
        assertEquals("合作大学、研究所和医学院（虚构译文）", page("zh/index.html")
                .select(".tjmc-figures__label").get(1).text());
    }

    @Test
    void linksInAChinesePageStayInChineseAndAssetsAreFoundFromItsFolder() {
        Document about = page("zh/about.html");
        assertEquals("partners.html", about.selectFirst("main a[href^=partners]").attr("href"));
        assertEquals("../css/site.css", about.selectFirst("link[rel=stylesheet]").attr("href"));
        assertEquals("../zh/partners.html", about.selectFirst(".tjmc-nav__link[href$=partners.html]").attr("href"));
        for (String file : htmlFiles()) {
            for (Element link : page(file).select("a[href], link[href], script[src]")) {
                String href = link.hasAttr("src") ? link.attr("src") : link.attr("href");
                if (href.startsWith("http") || href.startsWith("#") || href.startsWith("tel:") || href.startsWith("/")) {
                    continue;
                }
                String target = resolve(file, href.replaceFirst("[#?].*$", ""));
                assertTrue(Files.isRegularFile(site.resolve(target)), file + " links to " + href + ", a missing " + target);
            }
        }
    }

    /** A photo in a translation is printed as in an English page, its files found from zh/. */
    @Test
    void aTranslationShowsItsPhotos() {
        Element image = page("zh/about.html").selectFirst("main figure.tjmc-photo img");
        assertNotNull(image, "no photo on zh/about.html");
        assertTrue(image.attr("src").startsWith("../images/"), image.attr("src"));
        assertTrue(Files.isRegularFile(site.resolve(resolve("zh/about.html", image.attr("src")))));
        assertEquals("虚构的庭院，为测试而生成", page("zh/about.html").selectFirst("main figcaption").text());
        for (String file : htmlFiles()) {
            assertFalse(read(file).contains("<!--"), file + " holds a comment of the bake");
        }
    }

    /**
     * WCAG 3.1.2, language of parts: an event's or a partner's photo shows its translated alt text and
     * caption on a Chinese page, and where there are none the English, marked lang="en" (on the img for
     * its alt text, on the caption's paragraph); the credit, a name, is not marked.
     */
    @Test
    void aDataPhotosAltTextAndCaptionAreTranslatedOrMarkedEnglish() {
        Document chinese = page("zh/timeline.html");
        Element translated = chinese.selectFirst("#hust-heidelberg-university-day-2017 figure");
        assertNotNull(translated, "no photo on the translated event");
        assertEquals("虚构的庭院和一个红色圆圈（虚构译文）", translated.selectFirst("img").attr("alt"));
        assertEquals("虚构大学日的虚构庭院（虚构译文）", translated.selectFirst(".tjmc-photo__text").text());
        assertEquals(List.of(), translated.select("[lang]").eachAttr("lang"), "nothing English in it: " + translated);
        assertEquals("虚构的庭院和一个红色圆圈（虚构译文）", chinese.selectFirst("meta[property=og:image:alt]").attr("content"),
                "link previews of the Chinese timeline describe its newest event's photo in Chinese");

        Element untranslated = chinese.selectFirst("#fixture-chinese-agreement-2009 figure");
        assertNotNull(untranslated, "no photo on the event not translated");
        assertEquals("A made-up courtyard with a red circle, generated for the tests",
                untranslated.selectFirst("img").attr("alt"));
        assertEquals("en", untranslated.selectFirst("img").attr("lang"));
        assertEquals("A made-up courtyard", untranslated.selectFirst(".tjmc-photo__text").text());
        assertEquals("en", untranslated.selectFirst(".tjmc-photo__text").attr("lang"));
        assertEquals("", untranslated.selectFirst(".tjmc-photo__credit").attr("lang"), "the credit is a name");

        Element partner = page("zh/partners.html").selectFirst("#kyoto figure");
        assertEquals(List.of("en", "en"), partner.select("img, .tjmc-photo__text").eachAttr("lang"));

        Element english = page("timeline.html").selectFirst("#hust-heidelberg-university-day-2017 figure");
        assertEquals("A made-up courtyard with a red circle, seen again for the University Day",
                english.selectFirst("img").attr("alt"));
        assertEquals(List.of(), english.select("[lang]").eachAttr("lang"));
    }

    /**
     * A page shown untranslated is in a div lang="en", and so are the photos in its text; the data's
     * texts that have no translation are marked too: people's names and roles, a key figure in words.
     */
    @Test
    void aFallbackPagesPhotosAndUntranslatedDataAreMarkedEnglish() {
        Element figure = page("zh/fixture-features.html").selectFirst("main figure.tjmc-photo");
        assertNotNull(figure, "no photo on zh/fixture-features.html");
        assertNotNull(figure.closest("div[lang=en]"), "the photo of a page shown in English is not in its English text");
        assertEquals("", figure.selectFirst("img").attr("lang"), "the div says it once");
        assertEquals("en", page("zh/timeline.html").selectFirst("#german-ambassador-schaefer-visit .tjmc-event__people")
                .attr("lang"));
        assertEquals("", page("timeline.html").selectFirst("#german-ambassador-schaefer-visit .tjmc-event__people")
                .attr("lang"));
        Document home = page("zh/index.html");
        assertEquals(List.of("Since 1980"), home.select(".tjmc-figures__value[lang=en]").eachText());
        assertEquals(List.of(), page("index.html").select(".tjmc-figures__value[lang]").eachText());
    }

    @Test
    void theSitemapListsEachLanguagesPagesWithTheirAlternatesAndNoFallback() {
        String sitemap = read("sitemap.xml");
        assertTrue(sitemap.contains("<loc>" + HOST + "/zh/about.html</loc>"), sitemap);
        assertTrue(sitemap.contains("<xhtml:link rel=\"alternate\" hreflang=\"zh-Hans\" href=\"" + HOST
                + "/zh/about.html\"/>"), sitemap);
        assertFalse(sitemap.contains(HOST + "/zh/contact.html"), "a page shown untranslated is not listed");
    }

    @Test
    void theChineseFeedIsInChinese() {
        String feed = read("zh/feed.xml");
        assertTrue(feed.contains("xml:lang=\"zh-Hans\""), feed);
        assertTrue(feed.contains("<title>华中科技大学–海德堡大学日（虚构译文）</title>"), feed);
        assertTrue(feed.contains("<entry xml:lang=\"en\">"), "an entry not translated says it is English");
        assertTrue(feed.contains("<link rel=\"self\" type=\"application/atom+xml\" href=\"" + HOST + "/zh/feed.xml\"/>"));
    }

    private static Map<String, String> alternates(Document page) {
        return page.select("link[rel=alternate][hreflang]").stream()
                .collect(Collectors.toMap(link -> link.attr("hreflang"), link -> link.attr("href"), (a, b) -> a, TreeMap::new));
    }

    private static String canonical(Document page) {
        return page.select("link[rel=canonical]").attr("href");
    }

    /** The file of the site at an absolute address of it: a folder's is its index.html. */
    private static String fileOf(String address) {
        String path = address.substring(HOST.length() + 1);
        return path.isEmpty() || path.endsWith("/") ? path + "index.html" : path;
    }

    private static String resolve(String from, String href) {
        Path base = Path.of(from).getParent();
        Path target = base == null ? Path.of(href) : base.resolve(href);
        return target.normalize().toString().replace('\\', '/');
    }

    private static List<String> htmlFiles() {
        try (Stream<Path> walk = Files.walk(site)) {
            return walk.filter(file -> file.toString().endsWith(".html"))
                    .map(file -> site.relativize(file).toString().replace('\\', '/')).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Document page(String file) {
        return Jsoup.parse(read(file));
    }

    private static String read(String file) {
        try {
            return Files.readString(site.resolve(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
