package cn.edu.hust.tjmc.site.templates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.edu.hust.tjmc.site.ProjectCopy;
import cn.edu.hust.tjmc.site.model.PhotoView;
import cn.edu.hust.tjmc.site.source.PhotoUse;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

/**
 * Each macro of templates/components.ftl rendered with its named examples (ComponentExamples)
 * through Freemarker, and the resulting DOM checked with jsoup: what GOV.UK Frontend does for
 * each of its components.
 */
class ComponentsTest {

    private static final Path TEMPLATES = ProjectCopy.REAL_PROJECT.resolve("templates");
    private static final ComponentRenderer RENDERER = new ComponentRenderer(TEMPLATES);

    /** The example's HTML as the body of a document. */
    private static Element render(String macro, String example) {
        Map<String, Object> parameters = ComponentExamples.all().get(macro).get(example);
        assertNotNull(parameters, "no example '" + example + "' of " + macro);
        return Jsoup.parseBodyFragment(RENDERER.render(macro, parameters)).body();
    }

    @Test
    void everyMacroHasExamplesAndEveryExampleIsOfAMacro() {
        Set<String> macros = RENDERER.macros();
        assertFalse(macros.isEmpty());
        List<String> withoutExamples = new ArrayList<>();
        for (String macro : macros) {
            Map<String, ?> examples = ComponentExamples.all().get(macro);
            if (examples == null || examples.isEmpty()) {
                withoutExamples.add(macro);
            }
        }
        assertEquals(List.of(), withoutExamples, "macros of components.ftl without examples in ComponentExamples");
        assertEquals(macros, new HashSet<>(ComponentExamples.all().keySet()), "examples of macros that do not exist");
    }

    /**
     * Every example once more with markup added to each of its texts (every string of its view
     * records and lists; not the rendered Markdown body, which is HTML by contract): a text that
     * any macro prints unescaped makes an element, and each example must print some of its texts.
     */
    @Test
    void everyExampleRendersItsTextsAsTextEvenWithMarkupInThem() {
        List<String> letThrough = new ArrayList<>();
        ComponentExamples.all().forEach((macro, examples) -> examples.forEach((example, parameters) -> {
            assertFalse(render(macro, example).children().isEmpty(), macro + ": " + example + " rendered nothing");
            Map<String, Object> hostile = new LinkedHashMap<>();
            parameters.forEach((name, value) -> hostile.put(name, value instanceof Map ? value : withMarkup(value)));
            Element body = Jsoup.parseBodyFragment(RENDERER.render(macro, hostile)).body();
            Elements injected = body.select("b.injected, script");
            if (!injected.isEmpty()) {
                letThrough.add(macro + ": " + example + ": " + injected.first().parent());
            }
            boolean hasTexts = !hostile.equals(parameters);
            boolean printed = body.text().contains(INJECTED) || body.getAllElements().stream()
                    .anyMatch(element -> element.attributes().asList().stream()
                            .anyMatch(attribute -> attribute.getValue().contains(INJECTED)));
            // Only the page body's example has no text but its Markdown HTML.
            assertTrue(printed || !hasTexts, macro + ": " + example + " printed none of its texts: " + body);
        }));
        assertEquals(List.of(), letThrough, "texts printed as markup");
    }

    private static final String INJECTED = "<b class=\"injected\">x</b><script>x</script>";

    /** The value with {@link #INJECTED} after each string in it, records and lists rebuilt. */
    private static Object withMarkup(Object value) {
        if (value instanceof String text) {
            return text + INJECTED;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(ComponentsTest::withMarkup).toList();
        }
        if (value instanceof Record record) {
            RecordComponent[] components = record.getClass().getRecordComponents();
            Object[] values = new Object[components.length];
            Class<?>[] types = new Class<?>[components.length];
            try {
                for (int i = 0; i < components.length; i++) {
                    values[i] = withMarkup(components[i].getAccessor().invoke(record));
                    types[i] = components[i].getType();
                }
                return record.getClass().getDeclaredConstructor(types).newInstance(values);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot rebuild " + record, e);
            }
        }
        return value;
    }

    @Test
    void eventDefault() {
        Element article = render("event", "default").selectFirst("article.tjmc-event");
        assertEquals("example-visit", article.id());
        assertEquals("example-country", article.attr("data-country"));
        assertEquals("visit", article.attr("data-kind"));
        assertEquals("2010s", article.attr("data-decade"));
        Element time = article.selectFirst(".tjmc-event__meta time");
        assertEquals("2017-05-19", time.attr("datetime"));
        assertEquals("19 May 2017 · Visit · Example Country", article.selectFirst(".tjmc-event__meta").text());
        Element heading = article.selectFirst("h3.tjmc-event__title");
        assertEquals("A delegation visits the college", heading.text());
        assertTrue(heading.select("a").isEmpty(), "the title is not a link by default");
        assertEquals("What happened, in a sentence or two.", article.selectFirst(".tjmc-event__description").text());
        assertEquals(List.of("Ada Example, President of Example University"),
                article.select(".tjmc-event__people li").eachText());
        Element partner = article.selectFirst(".tjmc-event__institutions a");
        assertEquals("partners.html#example-university", partner.attr("href"));
        assertEquals("Example University", partner.text());
    }

    @Test
    void eventLinkedTitleAtHeadingLevel2() {
        Element article = render("event", "linked title at heading level 2").selectFirst("article");
        Element link = article.selectFirst("h2.tjmc-event__title > a");
        assertEquals("timeline.html#example-agreement", link.attr("href"));
        assertEquals("An agreement is signed", link.text());
        assertNull(article.selectFirst("h3"));
        assertNull(article.selectFirst(".tjmc-event__people"), "no list without people");
        assertNull(article.selectFirst(".tjmc-event__institutions"), "no line without institutions");
    }

    @Test
    void eventTextWithMarkupIsShownAsText() {
        Element article = render("event", "text with markup is shown as text").selectFirst("article");
        assertEquals("A <b>bold</b> & \"quoted\" visit", article.selectFirst("h3").text());
        assertEquals("<i>Someone</i>, Guest", article.selectFirst(".tjmc-event__people li").text());
    }

    @Test
    void eventWithAPhoto() {
        Element article = render("event", "with a photo").selectFirst("article");
        Element img = article.selectFirst("figure.tjmc-photo picture img");
        assertEquals("Guests in front of an example building", img.attr("alt"));
        assertEquals("lazy", img.attr("loading"), "an event's photo is never the page's first thing");
        assertNull(render("event", "default").selectFirst("figure"), "no figure without a photo");
    }

    @Test
    void photoLikelyTheLargestThingOnTheScreen() {
        Element figure = render("photo", "likely the largest thing on the screen, with caption and credit")
                .selectFirst("figure.tjmc-photo");
        Element source = figure.selectFirst("picture > source");
        assertEquals("image/webp", source.attr("type"));
        assertEquals("images/example-480.0123456789abcdef.webp 480w, images/example-800.0123456789abcdef.webp 800w",
                source.attr("srcset"));
        assertEquals(PhotoView.SIZES, source.attr("sizes"));
        Element img = figure.selectFirst("picture > img");
        assertEquals("images/example-800.0123456789abcdef.jpg", img.attr("src"));
        assertEquals("images/example-480.0123456789abcdef.jpg 480w, images/example-800.0123456789abcdef.jpg 800w",
                img.attr("srcset"));
        assertEquals(PhotoView.SIZES, img.attr("sizes"));
        assertEquals("800", img.attr("width"));
        assertEquals("600", img.attr("height"));
        assertEquals("high", img.attr("fetchpriority"));
        assertFalse(img.hasAttr("loading") || img.hasAttr("decoding"), "loaded at once");
        assertEquals("The example building Example archive", figure.selectFirst("figcaption").text());
        assertEquals("Example archive", figure.selectFirst("figcaption .tjmc-photo__credit small").text());
        assertNull(figure.selectFirst("a"), "a photo in a page's text is shown whole: nothing to link to");
        assertFalse(figure.hasClass("tjmc-photo--cropped"), "a photo in a page's text is not cropped");
    }

    /** Issue 18: "…12 November 2025 Photo by …" ran together; now two paragraphs, read as two. */
    @Test
    void photoCaptionAndCreditAreParagraphsOfTheirOwn() {
        Element caption = render("event", "with a portrait photo cropped towards its top").selectFirst("figcaption");
        assertTrue(caption.textNodes().stream().allMatch(text -> text.isBlank()),
                "the figcaption holds no loose text, only its paragraphs: " + caption);
        Elements paragraphs = caption.children();
        assertEquals(List.of("p", "p"), paragraphs.stream().map(Element::tagName).toList(), caption.toString());
        assertEquals("An example lecture, 12 May 2017", paragraphs.get(0).text());
        assertTrue(paragraphs.get(0).hasClass("tjmc-photo__text"));
        assertTrue(paragraphs.get(1).hasClass("tjmc-photo__credit"));
        assertEquals("Photo by an example office", paragraphs.get(1).selectFirst("small").text());

        Element creditOnly = render("photo", "cropped towards its bottom, with a credit only").selectFirst("figcaption");
        assertEquals(1, creditOnly.children().size(), creditOnly.toString());
        assertEquals("Example archive", creditOnly.selectFirst("p.tjmc-photo__credit > small").text());
    }

    /** Cards and the timeline crop to one shape (site.css), towards the editor's focus, and link to the whole photo. */
    @Test
    void croppedPhotoHasItsFocusClassAndLinksToTheWholePhoto() {
        Element figure = render("event", "with a portrait photo cropped towards its top").selectFirst("figure");
        assertEquals(Set.of("tjmc-photo", "tjmc-photo--cropped", "tjmc-photo--focus-top"), figure.classNames());
        Element link = figure.selectFirst("a.tjmc-photo__full");
        assertNotNull(link, "no link to the whole photo: " + figure);
        assertEquals("images/example-600.0123456789abcdef.jpg", link.attr("href"), "the largest variant");
        assertEquals("A guest at an example lectern", link.selectFirst("picture > img").attr("alt"),
                "the link's name is the photo's alt text");
        assertNull(figure.selectFirst("figcaption a"), "the caption stays outside the link");
        assertEquals(Set.of("tjmc-photo", "tjmc-photo--cropped", "tjmc-photo--focus-bottom"),
                render("photo", "cropped towards its bottom, with a credit only").selectFirst("figure").classNames());
        assertEquals(Set.of("tjmc-photo", "tjmc-photo--cropped", "tjmc-photo--focus-center"),
                render("event", "with a photo").selectFirst("figure").classNames());
    }

    /**
     * The security policy allows no style attribute: each focus the schemas let an editor write is
     * PhotoUse's list and a class of site.css.
     */
    @Test
    void everyFocusIsInTheSchemasAndHasItsRuleInTheStylesheet() throws IOException {
        Path project = TEMPLATES.getParent();
        String choices = "\"enum\": [\"" + String.join("\", \"", PhotoUse.FOCUSES) + "\"]";
        for (String schema : List.of("timeline", "partners")) {
            assertTrue(Files.readString(project.resolve("tools/src/main/resources/schemas/" + schema + ".schema.json"))
                    .contains(choices), schema + ".schema.json's photo has no focus " + choices);
        }
        String css = Files.readString(project.resolve("assets/css/site.css"));
        for (String focus : PhotoUse.FOCUSES) {
            assertTrue(css.contains(".tjmc-photo--focus-" + focus + " "), "assets/css/site.css has no rule for focus " + focus);
        }
    }

    @Test
    void photoLazyWithoutCaption() {
        Element figure = render("photo", "lazy, without caption").selectFirst("figure");
        Element img = figure.selectFirst("img");
        assertEquals("lazy", img.attr("loading"));
        assertEquals("async", img.attr("decoding"));
        assertFalse(img.hasAttr("fetchpriority"));
        assertNull(figure.selectFirst("figcaption"));
    }

    @Test
    void photoTextWithMarkupIsShownAsText() {
        Element figure = render("photo", "text with markup is shown as text").selectFirst("figure");
        assertEquals("A <b>bold</b> alt", figure.selectFirst("img").attr("alt"));
        assertEquals("A <i>caption</i>", figure.selectFirst("figcaption").text());
    }

    @Test
    void bodyWithoutPhotosIsTheRenderedMarkdownAsItIs() {
        assertEquals("<p>Text of an example page.</p>\n",
                RENDERER.render("body", ComponentExamples.all().get("body").get("a page without photos")));
    }

    @Test
    void bodyWithAPhotoPrintsItBetweenTheParagraphs() {
        Element body = render("body", "a page with a photo between paragraphs");
        assertEquals(List.of("p", "figure", "p"), body.children().stream().map(Element::normalName).toList());
        assertEquals("An example lawn", body.selectFirst("figure img").attr("alt"));
        assertEquals("After the photo.", body.child(2).text());
    }

    @Test
    void eventLinksDefault() {
        Elements items = render("eventLinks", "default").select("ul.tjmc-event-links > li");
        assertEquals(2, items.size());
        assertEquals("timeline.html#example-visit", items.get(0).selectFirst("a").attr("href"));
        assertEquals("A delegation visits the college", items.get(0).selectFirst("a").text());
        assertEquals("2017-05-19", items.get(1).selectFirst("time").attr("datetime"));
        assertEquals("19 May 2017", items.get(1).selectFirst("time").text());
    }

    /** On a Chinese page, a text not translated yet is marked as English, and only that text. */
    @Test
    void textsNotTranslatedYetAreMarkedAsEnglish() {
        Element event = render("event", "not translated yet, on a Chinese page").selectFirst("article");
        assertEquals("", event.attr("lang"), "the event's kind, date and country are in the page's language");
        assertEquals("en", event.selectFirst(".tjmc-event__title").attr("lang"));
        assertEquals("en", event.selectFirst(".tjmc-event__description").attr("lang"));
        assertEquals("en", event.selectFirst(".tjmc-event__institutions a").attr("lang"));
        Elements links = render("eventLinks", "on a Chinese page, one not translated yet").select("li a");
        assertEquals(List.of("", "en"), links.stream().map(link -> link.attr("lang")).toList());
        Elements labels = render("keyFigures", "with a label not translated yet").select(".tjmc-figures__label");
        assertEquals(List.of("", "en"), labels.stream().map(label -> label.attr("lang")).toList());
        Elements cards = render("pageCards", "default").select("li.tjmc-card");
        assertEquals(List.of("", "en"), cards.stream().map(card -> card.attr("lang")).toList());
        assertEquals("", render("eventLinks", "default").selectFirst("li a").attr("lang"));
        Element address = render("address", "on a Chinese page").selectFirst("address");
        assertEquals(List.of("1 Example Road, Example City", "Example Office"),
                address.select("[lang=en]").eachText());
        assertTrue(render("address", "default").select("[lang]").isEmpty());
        assertEquals("en", event.selectFirst(".tjmc-event__people").attr("lang"), "names and roles are not translated");
        assertEquals(List.of("en", ""), render("keyFigures", "with a value in words, on a Chinese page")
                .select(".tjmc-figures__value, .tjmc-figures__label").stream().map(text -> text.attr("lang")).toList());
        assertTrue(render("keyFigures", "default").select("[lang]").isEmpty());
    }

    /**
     * An event's or a partner's photo on a Chinese page: its alt text (lang on the img) and caption
     * marked English where they are not translated, and only those; the credit, a name, never.
     */
    @Test
    void aPhotosTextsNotTranslatedYetAreMarkedAsEnglish() {
        for (Element figure : List.of(
                render("photo", "alt text and caption not translated yet, on a Chinese page").selectFirst("figure"),
                render("event", "not translated yet, on a Chinese page").selectFirst("figure"))) {
            assertEquals("en", figure.selectFirst("img").attr("lang"), figure.toString());
            assertEquals("en", figure.selectFirst(".tjmc-photo__text").attr("lang"), figure.toString());
            assertEquals(2, figure.select("[lang]").size(), "only the alt text and the caption: " + figure);
        }
        Element translated = render("event", "translated, with its photo's alt text and caption, on a Chinese page")
                .selectFirst("article");
        assertEquals("虚构建筑前的来宾", translated.selectFirst("img").attr("alt"));
        assertEquals("虚构的建筑", translated.selectFirst(".tjmc-photo__text").text());
        assertTrue(translated.select("[lang]").isEmpty(), translated.toString());
        assertTrue(render("event", "with a photo").select("[lang]").isEmpty(), "nothing marked on an English page");
    }

    @Test
    void keyFiguresDefault() {
        Elements items = render("keyFigures", "default").select("ul.tjmc-figures > li.tjmc-figures__item");
        assertEquals(List.of("12+", "1999"), items.select(".tjmc-figures__value").eachText());
        assertEquals(List.of("example partners", "year of an example agreement"),
                items.select(".tjmc-figures__label").eachText());
    }

    @Test
    void pageCardsDefault() {
        Elements cards = render("pageCards", "default").select("ul.tjmc-cards > li.tjmc-card");
        assertEquals(2, cards.size());
        Element link = cards.get(0).selectFirst("h3.tjmc-card__title > a.tjmc-card__link");
        assertEquals("example.html", link.attr("href"));
        assertEquals("Example page", link.text());
        assertEquals("A page that shows how signposts look.", cards.get(0).selectFirst("p.tjmc-card__text").text());
    }

    @Test
    void pageCardsHeadingLevel2() {
        Element body = render("pageCards", "heading level 2");
        assertEquals("Top-level page", body.selectFirst("li.tjmc-card > h2.tjmc-card__title").text());
        assertNull(body.selectFirst("h3"));
    }

    @Test
    void filterSelectDefault() {
        Element body = render("filterSelect", "default");
        assertEquals("Example filter", body.selectFirst("label[for=filter-example]").text());
        Element select = body.selectFirst("select#filter-example");
        assertEquals("example", select.attr("name"));
        Elements options = select.select("option");
        assertEquals(List.of("", "first", "second"), options.stream().map(option -> option.attr("value")).toList());
        assertEquals(List.of("All", "First option", "Second option"), options.eachText());
    }

    @Test
    void addressDefault() {
        Element address = render("address", "default").selectFirst("address.tjmc-address");
        assertEquals("Example College Example University 1 Example Road, Example City, Example Country",
                address.selectFirst("p").text());
        assertEquals(List.of("Example Office: +86 00 0000 0000", "Another Office: +86 00 0000 0001"),
                address.select(".tjmc-address__phones li").eachText());
        assertEquals(List.of("tel:+860000000000", "tel:+860000000001"),
                address.select("a.tjmc-address__number").eachAttr("href"));
    }

    @Test
    void theGalleryShowsEveryExampleUnderItsOwnHeadingWithUniqueIds() {
        Element page = ComponentGallery.page(TEMPLATES, "css/site.css");
        int examples = ComponentExamples.all().values().stream().mapToInt(Map::size).sum();
        assertEquals(examples, page.select("main > section > h2").size());
        Set<String> ids = new HashSet<>();
        for (Element element : page.select("[id]")) {
            assertTrue(ids.add(element.id()), "id used twice: " + element.id());
        }
    }
}
