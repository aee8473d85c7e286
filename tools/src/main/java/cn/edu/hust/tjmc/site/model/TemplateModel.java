package cn.edu.hust.tjmc.site.model;

import cn.edu.hust.tjmc.site.model.SiteView.CollegeView;
import cn.edu.hust.tjmc.site.model.SiteView.CountryPartners;
import cn.edu.hust.tjmc.site.model.SiteView.Event;
import cn.edu.hust.tjmc.site.model.SiteView.EventLink;
import cn.edu.hust.tjmc.site.model.SiteView.Filing;
import cn.edu.hust.tjmc.site.model.SiteView.FilterOption;
import cn.edu.hust.tjmc.site.model.SiteView.Filters;
import cn.edu.hust.tjmc.site.model.SiteView.Link;
import cn.edu.hust.tjmc.site.model.SiteView.NavigationLink;
import cn.edu.hust.tjmc.site.model.SiteView.PageCard;
import cn.edu.hust.tjmc.site.model.SiteView.PageView;
import cn.edu.hust.tjmc.site.model.SiteView.PartnerView;
import cn.edu.hust.tjmc.site.model.SiteView.PhoneView;
import cn.edu.hust.tjmc.site.model.SiteView.Timeline;
import cn.edu.hust.tjmc.site.model.SiteView.Year;
import cn.edu.hust.tjmc.site.source.College;
import cn.edu.hust.tjmc.site.source.Page;
import cn.edu.hust.tjmc.site.source.Partner;
import cn.edu.hust.tjmc.site.source.PhotoUse;
import cn.edu.hust.tjmc.site.source.SiteSources;
import cn.edu.hust.tjmc.site.source.Slug;
import cn.edu.hust.tjmc.site.source.TimelineEvent;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Shapes the checked sources into the {@link SiteView} the templates print: events grouped by
 * year, partners grouped by country with their events, each page's related events, navigation,
 * labels. Every value is ready to print, so templates only loop and print.
 */
public final class TemplateModel {

    /** How many events the home page shows. */
    static final int LATEST_EVENTS = 3;
    static final String HOME_PAGE = "index.html";
    /** The labels the model prints into events, filters and filings; templates print the others themselves. */
    static final Set<String> LABELS_THE_MODEL_PRINTS = Set.of("event_kinds", "icp_filing", "public_security_filing");

    private final SiteSources sources;
    private final SiteSettings settings;
    private final Map<String, Partner> partnersById;
    private final Map<String, Object> kindLabels;
    /** The pages that show the timeline and the partners; the checks made sure there is one of each. */
    private final String timelinePage;
    private final String partnersPage;
    /** Each partner's events in timeline order; looked up per partner, not searched (partners times events). */
    private final Map<String, List<TimelineEvent>> eventsByPartnerId = new HashMap<>();
    private final Map<String, String> eventCountryIds;
    private final Map<String, String> partnerCountryIds;

    private TemplateModel(SiteSources sources, SiteSettings settings) {
        this.sources = sources;
        this.settings = settings;
        this.partnersById = sources.partners().stream()
                .collect(Collectors.toMap(Partner::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        this.kindLabels = map(sources.labels().get("event_kinds"));
        this.timelinePage = pageOfType("timeline");
        this.partnersPage = pageOfType("partners");
        this.eventCountryIds = Slug.eventCountryIds(sources.events());
        this.partnerCountryIds = Slug.partnerCountryIds(sources.partners());
        for (TimelineEvent event : sources.events()) {
            event.institutions().stream().distinct()
                    .forEach(id -> eventsByPartnerId.computeIfAbsent(id, key -> new ArrayList<>()).add(event));
        }
    }

    /** @param settings where the site is published, and its filing numbers */
    public static SiteView build(SiteSources sources, SiteSettings settings) {
        return new TemplateModel(sources, settings).site();
    }

    private SiteView site() {
        return new SiteView(settings.basePath(), SecurityPolicy.CONTENT_SECURITY_POLICY_META, labels(),
                college(sources.college()), filings(), navigation(), sections(), sources.keyFigures(),
                timeline(), partnersByCountry(), pages(), feed());
    }

    private TimelineFeed feed() {
        String title = sources.pages().stream().filter(page -> page.outputName().equals(timelinePage))
                .map(Page::title).findFirst().orElse(timelinePage);
        return TimelineFeed.of(sources.events(), settings.host(), timelinePage,
                sources.labels().get("site_name") + ": " + title, sources.college().name());
    }

    /** A page's photos in Markdown order; the first is likely the largest thing on its first screen. */
    private List<PhotoView> photos(Page page) {
        List<PhotoView> views = new ArrayList<>();
        for (PhotoUse use : sources.photos().pageUses().getOrDefault(page.outputName(), List.of())) {
            views.add(PhotoView.of(sources.photos().files().get(use.name()), use, views.isEmpty()));
        }
        return views;
    }

    /**
     * The photo that represents a page in link previews (og:image): the page's first photo; on the
     * timeline page the newest event's that has one, and on the home page that one if the home
     * page shows its event.
     */
    private OpenGraphImage openGraphImage(Page page) {
        List<PhotoUse> own = sources.photos().pageUses().getOrDefault(page.outputName(), List.of());
        if (!own.isEmpty()) {
            return openGraphImage(own.get(0));
        }
        List<TimelineEvent> newestFirst = new ArrayList<>(sources.events());
        Collections.reverse(newestFirst);
        int shown = page.outputName().equals(timelinePage) ? newestFirst.size()
                : page.outputName().equals(HOME_PAGE) ? LATEST_EVENTS : 0;
        return newestFirst.stream().limit(shown).flatMap(event -> event.photo().stream()).findFirst()
                .map(this::openGraphImage).orElse(null);
    }

    private OpenGraphImage openGraphImage(PhotoUse use) {
        PhotoVariant variant = PhotoView.fallback(PhotoVariant.of(sources.photos().files().get(use.name())));
        return new OpenGraphImage(settings.host() + "/" + variant.jpeg(), variant.width(), variant.height(),
                use.alt().strip());
    }

    private String pageOfType(String type) {
        return sources.pages().stream().filter(page -> page.type().equals(type)).map(Page::outputName)
                .findFirst().orElseThrow(() -> new IllegalStateException("no page has type=" + type
                        + "; the checks should have said so"));
    }

    /** The words of labels.yaml by key, but those the model prints itself. */
    private Map<String, String> labels() {
        Map<String, String> words = new TreeMap<>();
        sources.labels().forEach((key, value) -> {
            if (!LABELS_THE_MODEL_PRINTS.contains(key) && value instanceof String word) {
                words.put(key, word);
            }
        });
        return words;
    }

    private static CollegeView college(College college) {
        return new CollegeView(college.name(), college.parentOrganization(), college.address().street(),
                college.address().city(), college.address().country(), college.phones().stream()
                        .map(phone -> new PhoneView(phone.number(), phone.office(), telHref(phone.number()))).toList());
    }

    /**
     * A number as a phone dials it: "tel:" and the number without spaces, brackets or hyphens
     * (RFC 3966's global form), e.g. +86 (27) 8369-2919 is tel:+862783692919.
     */
    static String telHref(String number) {
        return "tel:" + (number.startsWith("+") ? "+" : "") + number.replaceAll("[^0-9]", "");
    }

    /** Each page's view by file name; the home page's address is the site's root. */
    private Map<String, PageView> pages() {
        Map<String, PageView> pages = new TreeMap<>();
        for (Page page : sources.pages()) {
            String path = page.outputName().equals(HOME_PAGE) ? "" : page.outputName();
            String structuredData = page.outputName().equals(HOME_PAGE)
                    ? StructuredData.college(sources.college(), settings.host()) : null;
            pages.put(page.outputName(), new PageView(settings.host() + "/" + path, relatedEvents(page),
                    structuredData, photos(page), openGraphImage(page)));
        }
        return pages;
    }

    /** The events of the kinds a page's related_event_kinds names, kind by kind. */
    private List<EventLink> relatedEvents(Page page) {
        List<EventLink> related = new ArrayList<>();
        for (String kind : page.relatedEventKinds()) {
            sources.events().stream().filter(event -> event.kind().equals(kind))
                    .map(this::eventLink).forEach(related::add);
        }
        return related;
    }

    /** China's website filing numbers, each linked to the registry where it can be checked. */
    private List<Filing> filings() {
        List<Filing> filings = new ArrayList<>();
        settings.icpFiling().ifPresent(number -> filings.add(new Filing(
                Objects.toString(sources.labels().get("icp_filing")), number, "https://beian.miit.gov.cn/")));
        settings.publicSecurityFiling().ifPresent(number -> filings.add(new Filing(
                Objects.toString(sources.labels().get("public_security_filing")), number,
                "https://beian.mps.gov.cn/#/query/webSearch?code=" + number.replaceAll("\\D", ""))));
        return filings;
    }

    /** The pages that have a place in the menu, in menu order. */
    private List<Page> menuPages() {
        return sources.pages().stream()
                .filter(page -> page.field("nav_order").isPresent())
                .sorted(Comparator.comparing((Page page) -> Integer.parseInt(page.header().get("nav_order"))))
                .toList();
    }

    private List<NavigationLink> navigation() {
        return menuPages().stream()
                .map(page -> new NavigationLink(page.field("nav_title").orElse(page.title()), page.outputName()))
                .toList();
    }

    /** The pages in the menu other than the home page, with their descriptions: the home page's signposts. */
    private List<PageCard> sections() {
        return menuPages().stream()
                .filter(page -> !page.outputName().equals(HOME_PAGE))
                .map(page -> new PageCard(page.title(), page.field("description").orElse(""), page.outputName()))
                .toList();
    }

    /**
     * The timeline newest first: the newest year first, and in each year its newest event first; and the same
     * oldest first, for the second list the page shows at #oldest-first.
     */
    private Timeline timeline() {
        List<TimelineEvent> events = sources.events();
        Map<Integer, List<Event>> byYear = new TreeMap<>(Comparator.reverseOrder());
        for (int i = events.size() - 1; i >= 0; i--) {
            TimelineEvent event = events.get(i);
            byYear.computeIfAbsent(event.date().year(), year -> new ArrayList<>())
                    .add(event(event, PhotoView.TIMELINE_SIZES));
        }
        List<Year> years = byYear.entrySet().stream()
                .map(entry -> new Year(entry.getKey().toString(), "year-" + entry.getKey(), entry.getValue()))
                .toList();
        List<Event> latest = new ArrayList<>();
        for (int i = events.size() - 1; i >= 0 && latest.size() < LATEST_EVENTS; i--) {
            latest.add(event(events.get(i), PhotoView.CARD_SIZES));
        }
        List<Year> oldestFirst = new ArrayList<>();
        for (Year year : years) {
            List<Event> yearEvents = new ArrayList<>(year.events());
            Collections.reverse(yearEvents);
            oldestFirst.add(0, new Year(year.year(), "oldest-" + year.id(), List.copyOf(yearEvents)));
        }
        return new Timeline(timelinePage, years, List.copyOf(oldestFirst), latest, filters(events));
    }

    private Filters filters(List<TimelineEvent> events) {
        return new Filters(
                options(List.copyOf(eventCountryIds.keySet()), eventCountryIds::get, Function.identity()),
                options(kindLabels.keySet().stream()
                        .filter(kind -> events.stream().anyMatch(event -> event.kind().equals(kind))).toList(),
                        Function.identity(), kind -> Objects.toString(kindLabels.get(kind))),
                options(events.stream().map(event -> DateFormats.decade(event.date(), Locale.ENGLISH)).distinct().sorted()
                                .toList(),
                        Function.identity(), Function.identity()));
    }

    private static List<FilterOption> options(List<String> values, Function<String, String> value,
                                              Function<String, String> label) {
        return values.stream().map(item -> new FilterOption(value.apply(item), label.apply(item))).toList();
    }

    private String eventHref(TimelineEvent event) {
        return timelinePage + "#" + event.id();
    }

    /** An event as the timeline (TIMELINE_SIZES) or the home page's cards (CARD_SIZES) show it. */
    private Event event(TimelineEvent event, String photoSizes) {
        return Event.of(event, eventHref(event), Objects.toString(kindLabels.get(event.kind())),
                eventCountryIds.get(event.country()),
                event.institutions().stream()
                        .map(partnersById::get)
                        .map(partner -> new Link(partner.name(), partnersPage + "#" + partner.id()))
                        .toList(),
                event.photo().map(use -> PhotoView.cropped(sources.photos().files().get(use.name()), use, photoSizes))
                        .orElse(null));
    }

    private EventLink eventLink(TimelineEvent event) {
        return new EventLink(event.title(), eventHref(event), event.date().iso(),
                DateFormats.date(event.date(), Locale.ENGLISH));
    }

    private List<CountryPartners> partnersByCountry() {
        Map<String, List<PartnerView>> byCountry = new LinkedHashMap<>();
        sources.partners().stream()
                .sorted(Comparator.comparing(Partner::country).thenComparing(Partner::name))
                .forEach(partner -> byCountry.computeIfAbsent(partner.country(), c -> new ArrayList<>())
                        .add(partner(partner)));
        return byCountry.entrySet().stream()
                .map(entry -> new CountryPartners(entry.getKey(), partnerCountryIds.get(entry.getKey()),
                        entry.getValue()))
                .toList();
    }

    private PartnerView partner(Partner partner) {
        return new PartnerView(partner.id(), partner.name(), partner.shortName().orElse(null),
                partner.intercollegiateAgreement(),
                eventsByPartnerId.getOrDefault(partner.id(), List.of()).stream().map(this::eventLink).toList(),
                partner.photo().map(use -> PhotoView.cropped(sources.photos().files().get(use.name()), use,
                                PhotoView.PARTNER_SIZES))
                        .orElse(null));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }
}
