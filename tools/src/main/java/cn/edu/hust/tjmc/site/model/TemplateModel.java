package cn.edu.hust.tjmc.site.model;

import cn.edu.hust.tjmc.site.source.College;
import cn.edu.hust.tjmc.site.source.Page;
import cn.edu.hust.tjmc.site.source.Partner;
import cn.edu.hust.tjmc.site.source.Person;
import cn.edu.hust.tjmc.site.source.PhotoUse;
import cn.edu.hust.tjmc.site.source.SiteSources;
import cn.edu.hust.tjmc.site.source.Slug;
import cn.edu.hust.tjmc.site.source.TimelineEvent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Shapes the checked sources into what the templates print: events grouped by year,
 * partners grouped by country with their events, navigation, labels. Every value is a
 * ready-to-print string, list, map or boolean, so templates only loop and print.
 */
public final class TemplateModel {

    /** How many events the home page shows. */
    static final int LATEST_EVENTS = 3;
    static final String TIMELINE_PAGE = "timeline.html";
    static final String PARTNERS_PAGE = "partners.html";

    private final SiteSources sources;
    private final SiteSettings settings;
    private final Map<String, Partner> partnersById;
    private final Map<String, Object> kindLabels;
    /** Each partner's events in timeline order; looked up per partner, not searched (partners times events). */
    private final Map<String, List<TimelineEvent>> eventsByPartnerId = new HashMap<>();

    private TemplateModel(SiteSources sources, SiteSettings settings) {
        this.sources = sources;
        this.settings = settings;
        this.partnersById = sources.partners().stream()
                .collect(Collectors.toMap(Partner::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        @SuppressWarnings("unchecked")
        Map<String, Object> kinds = (Map<String, Object>) sources.labels().get("event_kinds");
        this.kindLabels = kinds;
        for (TimelineEvent event : sources.events()) {
            event.institutionIds().stream().distinct()
                    .forEach(id -> eventsByPartnerId.computeIfAbsent(id, key -> new ArrayList<>()).add(event));
        }
    }

    /**
     * The model under the key "site", as plain maps and lists.
     *
     * @param settings where the site is published, and its filing numbers
     */
    public static Map<String, Object> build(SiteSources sources, SiteSettings settings) {
        return new TemplateModel(sources, settings).site();
    }

    private Map<String, Object> site() {
        Map<String, Object> site = new LinkedHashMap<>();
        site.put("host", settings.host());
        site.put("basePath", settings.basePath());
        site.put("labels", sources.labels());
        site.put("security", Map.of("contentSecurityPolicy", SecurityPolicy.CONTENT_SECURITY_POLICY_META));
        site.put("canonical", canonicalUrls());
        site.put("sitemap", List.copyOf(canonicalUrls().values()));
        site.put("filings", filings());
        site.put("college", college(sources.college()));
        site.put("nav", navigation());
        site.put("sections", sections());
        site.put("keyFigures", sources.keyFigures().stream()
                .map(figure -> Map.of("value", figure.value(), "label", figure.label()))
                .toList());
        site.put("timeline", timeline());
        site.put("partners", partners());
        site.put("structuredData", StructuredData.college(sources.college(), settings.host()));
        site.put("pagePhotos", pagePhotos());
        site.put("ogImages", ogImages());
        site.put("feed", TimelineFeed.of(sources.events(), settings.host(),
                sources.labels().get("site_name") + ": " + pageTitle(TIMELINE_PAGE), sources.college().name()));
        return site;
    }

    private String pageTitle(String outputName) {
        return sources.pages().stream().filter(page -> page.outputName().equals(outputName))
                .map(Page::title).findFirst().orElse(outputName);
    }

    /** The photos in each page's Markdown, in order, by page; the first is likely the page's largest thing. */
    private Map<String, List<PhotoView>> pagePhotos() {
        Map<String, List<PhotoView>> byPage = new TreeMap<>();
        sources.photos().pageUses().forEach((page, uses) -> {
            List<PhotoView> views = new ArrayList<>();
            for (PhotoUse use : uses) {
                views.add(PhotoView.of(sources.photos().files().get(use.name()), use, views.isEmpty()));
            }
            byPage.put(page, views);
        });
        return byPage;
    }

    /**
     * The photo that represents each page that shows one, for link previews (og:image): the
     * page's first photo; on the timeline and the home page, the newest event's that has one.
     */
    private Map<String, OpenGraphImage> ogImages() {
        Map<String, OpenGraphImage> images = new TreeMap<>();
        sources.photos().pageUses().forEach((page, uses) -> images.put(page, openGraphImage(uses.get(0))));
        List<TimelineEvent> newestFirst = new ArrayList<>(sources.events());
        java.util.Collections.reverse(newestFirst);
        newestFirst.stream().flatMap(event -> event.photo().stream()).findFirst().ifPresent(use -> {
            images.putIfAbsent(TIMELINE_PAGE, openGraphImage(use));
            boolean onHomePage = newestFirst.stream().limit(LATEST_EVENTS)
                    .anyMatch(event -> event.photo().filter(use::equals).isPresent());
            if (onHomePage) {
                images.putIfAbsent("index.html", openGraphImage(use));
            }
        });
        return images;
    }

    private OpenGraphImage openGraphImage(PhotoUse use) {
        PhotoVariant variant = PhotoView.fallback(PhotoVariant.of(sources.photos().files().get(use.name())));
        return new OpenGraphImage(settings.host() + "/" + variant.jpeg(), variant.width(), variant.height(),
                use.alt().strip());
    }

    private static Map<String, Object> college(College college) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("name", college.name());
        model.put("shortName", college.shortName());
        model.put("parentOrganization", college.parentOrganization());
        model.put("parentShortName", college.parentShortName());
        model.put("street", college.street());
        model.put("city", college.city());
        model.put("country", college.country());
        model.put("phones", college.phones().stream()
                .map(phone -> Map.of("number", phone.number(), "office", phone.office()))
                .toList());
        return model;
    }

    /** Page file name to its absolute address; the home page is the site's root. */
    private Map<String, String> canonicalUrls() {
        Map<String, String> urls = new TreeMap<>();
        for (Page page : sources.pages()) {
            String path = page.outputName().equals("index.html") ? "" : page.outputName();
            urls.put(page.outputName(), settings.host() + "/" + path);
        }
        return urls;
    }

    /** China's website filing numbers, each linked to the registry where it can be checked. */
    private List<Map<String, Object>> filings() {
        List<Map<String, Object>> filings = new ArrayList<>();
        settings.icpFiling().ifPresent(number -> filings.add(Map.of(
                "label", sources.labels().get("icp_filing"), "number", number,
                "href", "https://beian.miit.gov.cn/")));
        settings.publicSecurityFiling().ifPresent(number -> filings.add(Map.of(
                "label", sources.labels().get("public_security_filing"), "number", number,
                "href", "https://beian.mps.gov.cn/#/query/webSearch?code=" + number.replaceAll("\\D", ""))));
        return filings;
    }

    /** The pages that have a place in the menu, in menu order. */
    private List<Page> menuPages() {
        return sources.pages().stream()
                .filter(page -> page.field("nav_order").isPresent())
                .sorted(Comparator.comparing((Page page) -> Integer.parseInt(page.header().get("nav_order"))))
                .toList();
    }

    private List<Map<String, Object>> navigation() {
        return menuPages().stream()
                .map(page -> Map.<String, Object>of(
                        "title", page.field("nav_title").orElse(page.title()),
                        "uri", page.outputName()))
                .toList();
    }

    /** The pages in the menu other than the home page, with their descriptions: the home page's signposts. */
    private List<Map<String, Object>> sections() {
        return menuPages().stream()
                .filter(page -> !page.outputName().equals("index.html"))
                .map(page -> Map.<String, Object>of(
                        "title", page.title(),
                        "description", page.field("description").orElse(""),
                        "uri", page.outputName()))
                .toList();
    }

    private Map<String, Object> timeline() {
        List<TimelineEvent> events = sources.events();
        Map<String, List<Map<String, Object>>> byYear = new TreeMap<>();
        Map<String, List<Map<String, Object>>> byKind = new TreeMap<>();
        for (TimelineEvent event : events) {
            Map<String, Object> shaped = event(event);
            byYear.computeIfAbsent(Integer.toString(event.date().year()), year -> new ArrayList<>()).add(shaped);
            byKind.computeIfAbsent(event.kind(), kind -> new ArrayList<>()).add(shaped);
        }
        List<Map<String, Object>> years = byYear.entrySet().stream()
                .map(entry -> Map.<String, Object>of("year", entry.getKey(), "id", "year-" + entry.getKey(),
                        "events", entry.getValue()))
                .toList();
        List<Map<String, Object>> latest = new ArrayList<>();
        for (int i = events.size() - 1; i >= 0 && latest.size() < LATEST_EVENTS; i--) {
            latest.add(event(events.get(i)));
        }

        Map<String, Object> timeline = new LinkedHashMap<>();
        timeline.put("years", years);
        timeline.put("latest", latest);
        timeline.put("byKind", byKind);
        timeline.put("count", Integer.toString(events.size()));
        timeline.put("filters", filters(events));
        return timeline;
    }

    private Map<String, Object> filters(List<TimelineEvent> events) {
        Map<String, Object> filters = new LinkedHashMap<>();
        filters.put("countries", options(events.stream().map(TimelineEvent::country).distinct().sorted()
                .toList(), Slug::of, Function.identity()));
        filters.put("kinds", options(kindLabels.keySet().stream()
                .filter(kind -> events.stream().anyMatch(event -> event.kind().equals(kind))).toList(),
                Function.identity(), kind -> Objects.toString(kindLabels.get(kind))));
        filters.put("decades", options(events.stream().map(event -> event.date().decade()).distinct().sorted()
                .toList(), Function.identity(), Function.identity()));
        return filters;
    }

    private static List<Map<String, Object>> options(List<String> values, Function<String, String> value,
                                                     Function<String, String> label) {
        return values.stream()
                .map(item -> Map.<String, Object>of("value", value.apply(item), "label", label.apply(item)))
                .toList();
    }

    private Map<String, Object> event(TimelineEvent event) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("id", event.id());
        model.put("href", TIMELINE_PAGE + "#" + event.id());
        model.put("iso", event.date().iso());
        model.put("display", event.date().display());
        model.put("year", Integer.toString(event.date().year()));
        model.put("decade", event.date().decade());
        model.put("kind", event.kind());
        model.put("kindLabel", Objects.toString(kindLabels.get(event.kind())));
        model.put("country", event.country());
        model.put("countryId", Slug.of(event.country()));
        model.put("title", event.title());
        model.put("description", event.description());
        event.photo().ifPresent(use ->
                model.put("photo", PhotoView.of(sources.photos().files().get(use.name()), use, false)));
        model.put("people", event.people().stream()
                .map((Person person) -> Map.of("name", person.name(), "role", person.role()))
                .toList());
        model.put("institutions", event.institutionIds().stream()
                .map(partnersById::get)
                .map(partner -> Map.of("id", partner.id(), "name", partner.name(),
                        "href", PARTNERS_PAGE + "#" + partner.id()))
                .toList());
        return model;
    }

    private Map<String, Object> partners() {
        Map<String, List<Map<String, Object>>> byCountry = new LinkedHashMap<>();
        sources.partners().stream()
                .sorted(Comparator.comparing(Partner::country).thenComparing(Partner::name))
                .forEach(partner -> byCountry.computeIfAbsent(partner.country(), c -> new ArrayList<>())
                        .add(partner(partner)));
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("byCountry", byCountry.entrySet().stream()
                .map(entry -> Map.<String, Object>of("country", entry.getKey(), "id", Slug.of(entry.getKey()),
                        "partners", entry.getValue()))
                .toList());
        model.put("count", Integer.toString(sources.partners().size()));
        model.put("countryCount", Integer.toString(byCountry.size()));
        return model;
    }

    private Map<String, Object> partner(Partner partner) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("id", partner.id());
        model.put("name", partner.name());
        model.put("shortName", partner.shortName().orElse(""));
        model.put("country", partner.country());
        model.put("intercollegiateAgreement", partner.intercollegiateAgreement());
        model.put("events", eventsByPartnerId.getOrDefault(partner.id(), List.of()).stream()
                .map(event -> Map.of("id", event.id(), "title", event.title(), "display", event.date().display(),
                        "iso", event.date().iso(), "href", TIMELINE_PAGE + "#" + event.id()))
                .toList());
        return model;
    }
}
