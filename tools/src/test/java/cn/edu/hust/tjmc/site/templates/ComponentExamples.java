package cn.edu.hust.tjmc.site.templates;

import cn.edu.hust.tjmc.site.model.PhotoView;
import cn.edu.hust.tjmc.site.model.SiteView.CollegeView;
import cn.edu.hust.tjmc.site.model.SiteView.PhoneView;
import cn.edu.hust.tjmc.site.model.SiteView.Event;
import cn.edu.hust.tjmc.site.model.SiteView.FigureView;
import cn.edu.hust.tjmc.site.model.SiteView.EventLink;
import cn.edu.hust.tjmc.site.model.SiteView.FilterOption;
import cn.edu.hust.tjmc.site.model.SiteView.Link;
import cn.edu.hust.tjmc.site.model.SiteView.PageCard;
import cn.edu.hust.tjmc.site.source.Person;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Named examples of each macro of templates/components.ftl, as GOV.UK Frontend keeps them beside
 * each component: the parameters a page template could pass, built from the same view records
 * the model hands templates, so the compiler holds the examples to the contract. Made up; no
 * fact here is the college's. ComponentsTest renders and checks each one; the browser tier runs
 * axe over a page of all of them (ComponentGallery). A macro without an example fails ComponentsTest.
 */
public final class ComponentExamples {

    private ComponentExamples() {
    }

    /** Macro name to example name to the macro's parameters, in the order they are shown. */
    public static Map<String, Map<String, Map<String, Object>>> all() {
        Map<String, Map<String, Map<String, Object>>> all = new LinkedHashMap<>();
        all.put("event", examples(
                "default", Map.of("event", event("example-visit", "A delegation visits the college",
                        List.of(new Person("Ada Example", "President of Example University")),
                        List.of(new Link("Example University", "partners.html#example-university", null)))),
                "linked title at heading level 2", Map.of("event", event("example-agreement",
                        "An agreement is signed", List.of(), List.of()), "headingLevel", 2, "linkTitle", true),
                "text with markup is shown as text", Map.of("event", event("example-markup",
                        "A <b>bold</b> & \"quoted\" visit", List.of(new Person("<i>Someone</i>", "Guest")),
                        List.of())),
                "with a photo", Map.of("event", event("example-photo", "A visit with a photo", List.of(), List.of(),
                        cropped("center", 800, 600, "Guests in front of an example building", "The example building",
                                "Example archive"))),
                "with a portrait photo cropped towards its top", Map.of("event", event("example-portrait",
                        "A visit with a portrait photo", List.of(), List.of(),
                        cropped("top", 600, 800, "A guest at an example lectern", "An example lecture, 12 May 2017",
                                "Photo by an example office"))),
                "not translated yet, on a Chinese page", Map.of("event", new Event("example-english",
                        "timeline.html#example-english", "2017-05-19", "2017年5月19日", "2010s", "visit", "来访",
                        "德国", "germany", "An event not translated yet", "What happened, in English.",
                        List.of(new Person("Ada Example", "President of Example University")), "en",
                        List.of(new Link("Example University", "partners.html#example-university", "en")),
                        cropped("center", 800, 600, "Guests in front of an example building", "en",
                                "The example building", "en", "Example archive"),
                        "en")),
                "translated, with its photo's alt text and caption, on a Chinese page", Map.of("event", new Event(
                        "example-chinese", "timeline.html#example-chinese", "2017-05-19", "2017年5月19日", "2010s",
                        "visit", "来访", "德国", "germany", "一个虚构的来访", "虚构的经过。", List.of(), null, List.of(),
                        cropped("center", 800, 600, "虚构建筑前的来宾", null, "虚构的建筑", null, "Example archive"),
                        null))));
        all.put("photo", examples(
                "likely the largest thing on the screen, with caption and credit", Map.of("photo",
                        photo(true, "Guests in front of an example building", "The example building", "Example archive")),
                "lazy, without caption", Map.of("photo", photo(false, "An empty example hall", null, null)),
                "text with markup is shown as text", Map.of("photo",
                        photo(false, "A <b>bold</b> alt", "A <i>caption</i>", null)),
                "cropped towards its bottom, with a credit only", Map.of("photo",
                        cropped("bottom", 600, 800, "An example garden below an example tower", null,
                                "Example archive")),
                "alt text and caption not translated yet, on a Chinese page", Map.of("photo",
                        cropped("center", 800, 600, "An example garden", "en", "The example garden", "en",
                                "Example archive"))));
        all.put("body", examples(
                "a page without photos", Map.of("content", Map.of("body", "<p>Text of an example page.</p>\n")),
                "a page with a photo between paragraphs", Map.of(
                        "content", Map.of("body", "unused when bodyParts is there", "bodyParts", List.of(
                                Map.of("html", "<p>Before the photo.</p>\n"), Map.of("photo", 0),
                                Map.of("html", "<p>After the photo.</p>\n"))),
                        "photos", List.of(photo(true, "An example lawn", null, null)))));
        all.put("eventLinks", examples(
                "default", Map.of("events", List.of(
                        new EventLink("A delegation visits the college", "timeline.html#example-visit", "2016",
                                "2016", null),
                        new EventLink("An agreement is signed", "timeline.html#example-agreement", "2017-05-19",
                                "19 May 2017", null))),
                "on a Chinese page, one not translated yet", Map.of("events", List.of(
                        new EventLink("一个虚构的事件", "timeline.html#example-chinese", "2017-05-19", "2017年5月19日", null),
                        new EventLink("An event not translated yet", "timeline.html#example-english", "2018",
                                "2018年", "en")))));
        all.put("keyFigures", examples(
                "default", Map.of("figures", List.of(new FigureView("12+", null, "example partners", null),
                        new FigureView("1999", null, "year of an example agreement", null))),
                "with a label not translated yet", Map.of("figures", List.of(new FigureView("12+", null, "示例合作伙伴", null),
                        new FigureView("1999", null, "year of an example agreement", "en"))),
                "with a value in words, on a Chinese page", Map.of("figures", List.of(
                        new FigureView("Since 1999", "en", "示例合作协议", null)))));
        all.put("pageCards", examples(
                "default", Map.of("pages", List.of(
                        new PageCard("Example page", "A page that shows how signposts look.", "example.html", null),
                        new PageCard("Another page", "A second signpost, to show the list.", "another.html", "en"))),
                "heading level 2", Map.of("headingLevel", 2, "pages", List.of(
                        new PageCard("Top-level page", "A signpost directly under the page's title.",
                                "top.html", null)))));
        all.put("filterSelect", examples(
                "default", Map.of("name", "example", "label", "Example filter", "allLabel", "All",
                        "options", List.of(new FilterOption("first", "First option"),
                                new FilterOption("second", "Second option")))));
        all.put("address", examples(
                "default", Map.of("college", new CollegeView("Example College", "Example University",
                        "1 Example Road", "Example City", "Example Country",
                        List.of(new PhoneView("+86 00 0000 0000", "Example Office", "tel:+860000000000"),
                                new PhoneView("+86 00 0000 0001", "Another Office", "tel:+860000000001")), null)),
                "on a Chinese page", Map.of("college", new CollegeView("示例学院", "示例大学",
                        "1 Example Road", "Example City", "中国",
                        List.of(new PhoneView("+86 00 0000 0000", "Example Office", "tel:+860000000000")), "en"))));
        return all;
    }

    private static Event event(String id, String title, List<Person> people, List<Link> institutions) {
        return event(id, title, people, institutions, null);
    }

    private static Event event(String id, String title, List<Person> people, List<Link> institutions,
                               PhotoView photo) {
        return new Event(id, "timeline.html#" + id, "2017-05-19", "19 May 2017", "2010s", "visit", "Visit",
                "Example Country", "example-country", title, "What happened, in a sentence or two.", people, null,
                institutions, photo, null);
    }

    /** A photo in a page's text, shown whole. */
    private static PhotoView photo(boolean eager, String alt, String caption, String credit) {
        return new PhotoView("images/example-480.0123456789abcdef.webp 480w, images/example-800.0123456789abcdef.webp 800w",
                "images/example-480.0123456789abcdef.jpg 480w, images/example-800.0123456789abcdef.jpg 800w",
                "images/example-800.0123456789abcdef.jpg", PhotoView.SIZES, 800, 600, alt, null, caption, null, credit, eager,
                null, "images/example-800.0123456789abcdef.jpg");
    }

    /** An event's photo, width x height at its largest, cropped towards {@code crop}. */
    private static PhotoView cropped(String crop, int width, int height, String alt, String caption, String credit) {
        return cropped(crop, width, height, alt, null, caption, null, credit);
    }

    /** An event's photo with the languages of its alt text and caption where they are not the page's. */
    private static PhotoView cropped(String crop, int width, int height, String alt, String altLang, String caption,
                                     String captionLang, String credit) {
        String small = "images/example-480.0123456789abcdef";
        String large = "images/example-" + width + ".0123456789abcdef";
        return new PhotoView(small + ".webp 480w, " + large + ".webp " + width + "w",
                small + ".jpg 480w, " + large + ".jpg " + width + "w", large + ".jpg", PhotoView.TIMELINE_SIZES,
                width, height, alt, altLang, caption, captionLang, credit, false, crop, large + ".jpg");
    }

    /** Pairs of example name and parameters, in order. */
    private static Map<String, Map<String, Object>> examples(Object... namesAndParameters) {
        Map<String, Map<String, Object>> examples = new LinkedHashMap<>();
        for (int i = 0; i < namesAndParameters.length; i += 2) {
            @SuppressWarnings("unchecked")
            Map<String, Object> parameters = (Map<String, Object>) namesAndParameters[i + 1];
            examples.put((String) namesAndParameters[i], parameters);
        }
        return examples;
    }
}
