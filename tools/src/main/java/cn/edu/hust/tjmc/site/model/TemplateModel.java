package cn.edu.hust.tjmc.site.model;

import cn.edu.hust.tjmc.site.model.SiteView.Alternate;
import cn.edu.hust.tjmc.site.model.SiteView.CollegeView;
import cn.edu.hust.tjmc.site.model.SiteView.FigureView;
import cn.edu.hust.tjmc.site.model.SiteView.LanguageLink;
import cn.edu.hust.tjmc.site.model.SiteView.LanguageView;
import cn.edu.hust.tjmc.site.model.SiteView.Notice;
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
import cn.edu.hust.tjmc.site.source.Language;
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
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Shapes the checked sources into the {@link SiteView} the templates print: events grouped by
 * year, partners grouped by country with their events, each page's related events, navigation,
 * labels. Every value is ready to print, so templates only loop and print. One view per
 * language, from the same sources: the texts of each in its language where they are translated,
 * else in English marked as such; a page not translated is its English text on that language's page.
 */
public final class TemplateModel {

    /** How many events the home page shows. */
    static final int LATEST_EVENTS = 3;
    static final String HOME_PAGE = "index.html";
    static final String NOT_FOUND_PAGE = "404.html";
    /** The labels the model prints into events, filters and filings; templates print the others themselves. */
    static final Set<String> LABELS_THE_MODEL_PRINTS = Set.of("event_kinds", "icp_filing", "public_security_filing",
            "untranslated_notice", "untranslated_link", "outdated_notice", "outdated_link");

    private final SiteSources sources;
    private final SiteSettings settings;
    private final Language language;
    private final Words words;
    /** From a page of this language to the site's root: "" for English, "../" for zh/. */
    private final String toRoot;
    private final Map<String, Partner> partnersById;
    private final Map<String, Object> kindLabels;
    /** The pages that show the timeline and the partners; the checks made sure there is one of each. */
    private final String timelinePage;
    private final String partnersPage;
    /** Each partner's events in timeline order; looked up per partner, not searched (partners times events). */
    private final Map<String, List<TimelineEvent>> eventsByPartnerId = new HashMap<>();
    private final Map<String, String> eventCountryIds;
    private final Map<String, String> partnerCountryIds;

    private TemplateModel(SiteSources sources, SiteSettings settings, Language language) {
        this.sources = sources;
        this.settings = settings;
        this.language = language;
        this.words = new Words(language);
        this.toRoot = "../".repeat((int) language.folder().chars().filter(c -> c == '/').count());
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

    /** The English view; @param settings where the site is published, and its filing numbers */
    public static SiteView build(SiteSources sources, SiteSettings settings) {
        return build(sources, settings, Language.DEFAULT);
    }

    /** The view of one language. */
    public static SiteView build(SiteSources sources, SiteSettings settings, Language language) {
        return new TemplateModel(sources, settings, language).site();
    }

    /** A view for each language, by its code, English first. */
    public static Map<String, SiteView> buildAll(SiteSources sources, SiteSettings settings) {
        Map<String, SiteView> views = new LinkedHashMap<>();
        for (Language language : Language.values()) {
            views.put(language.code(), build(sources, settings, language));
        }
        return views;
    }

    private SiteView site() {
        return new SiteView(new LanguageView(language.htmlLang(), language.ogLocale(), language.folder()), settings.basePath(), SecurityPolicy.CONTENT_SECURITY_POLICY_META, labels(),
                college(sources.college()), filings(), navigation(), sections(), keyFigures(),
                timeline(), partnersByCountry(), pages(), feed(), notFound());
    }

    private List<FigureView> keyFigures() {
        return sources.keyFigures().stream().map(figure -> {
            Words.Text label = words.label(figure);
            return new FigureView(figure.value(), words.valueLang(figure), label.text(), label.lang());
        }).toList();
    }

    private String label(String key) {
        return word(sources.labels().get(key));
    }

    /** A word of labels.yaml in this language: each is a map of the languages' codes to its text. */
    private String word(Object entry) {
        return entry instanceof Map<?, ?> languages ? Objects.toString(languages.get(language.code()), "")
                : Objects.toString(entry, "");
    }

    /** The page as shown in this language: its translation if it has one, else the English page. */
    private Page shown(Page page) {
        return sources.translation(language, page.outputName()).orElse(page);
    }

    /** null when the page is shown in this language; "en" when it is shown in English, not translated yet. */
    private String textLang(Page page) {
        return language == Language.DEFAULT || sources.translation(language, page.outputName()).isPresent()
                ? null : Language.DEFAULT.htmlLang();
    }

    private TimelineFeed feed() {
        String title = sources.pages().stream().filter(page -> page.outputName().equals(timelinePage))
                .map(page -> shown(page).title()).findFirst().orElse(timelinePage);
        return TimelineFeed.of(sources.events(), words, settings.host(), language.folder(), timelinePage,
                label("site_name") + ": " + title, college(sources.college()).name());
    }

    /** A page's photos in Markdown order; the first is likely the largest thing on its first screen. */
    private List<PhotoView> photos(Page page) {
        List<PhotoView> views = new ArrayList<>();
        for (PhotoUse use : sources.photos().pageUses().getOrDefault(page.outputName(), List.of())) {
            views.add(PhotoView.of(sources.photos().files().get(use.name()), use, views.isEmpty()).fromFolder(toRoot));
        }
        return views;
    }

    /**
     * The photo that represents a page in link previews (og:image): the first photo of the page as
     * shown in this language; on the timeline page the newest event's that has one, and on the home
     * page that one if the home page shows its event. Its alt text is the one the page shows (a
     * meta element cannot say that its content is in another language).
     */
    private OpenGraphImage openGraphImage(Page page) {
        List<PhotoUse> own = sources.photos().pageUses().getOrDefault(shown(page).outputName(), List.of());
        if (!own.isEmpty()) {
            return openGraphImage(own.get(0), own.get(0).alt().strip());
        }
        List<TimelineEvent> newestFirst = new ArrayList<>(sources.events());
        Collections.reverse(newestFirst);
        int shown = page.outputName().equals(timelinePage) ? newestFirst.size()
                : page.outputName().equals(HOME_PAGE) ? LATEST_EVENTS : 0;
        return newestFirst.stream().limit(shown).filter(event -> event.photo().isPresent()).findFirst()
                .map(event -> openGraphImage(event.photo().get(), words.photoAlt(event.photo().get(),
                        event.zh().flatMap(TimelineEvent.Zh::photoAlt)).text()))
                .orElse(null);
    }

    private OpenGraphImage openGraphImage(PhotoUse use, String alt) {
        PhotoVariant variant = PhotoView.fallback(PhotoVariant.of(sources.photos().files().get(use.name())));
        return new OpenGraphImage(settings.host() + "/" + variant.jpeg(), variant.width(), variant.height(), alt);
    }

    private String pageOfType(String type) {
        return sources.pages().stream().filter(page -> page.type().equals(type)).map(Page::outputName)
                .findFirst().orElseThrow(() -> new IllegalStateException("no page has type=" + type
                        + "; the checks should have said so"));
    }

    /** The words of labels.yaml by key in this language, but those the model prints itself. */
    private Map<String, String> labels() {
        Map<String, String> labels = new TreeMap<>();
        sources.labels().forEach((key, value) -> {
            if (!LABELS_THE_MODEL_PRINTS.contains(key)) {
                labels.put(key, word(value));
            }
        });
        return labels;
    }

    /** The college's names in this language where they are given (official names), the address as written. */
    private CollegeView college(College college) {
        boolean chinese = language == Language.ZH && college.zh().isPresent();
        return new CollegeView(chinese ? college.zh().get().name() : college.name(),
                chinese ? college.zh().get().parentOrganization() : college.parentOrganization(),
                college.address().street(), college.address().city(), words.country(college.address().country()),
                college.phones().stream()
                        .map(phone -> new PhoneView(phone.number(), phone.office(), telHref(phone.number()))).toList(),
                language == Language.DEFAULT ? null : Language.DEFAULT.htmlLang());
    }

    /**
     * A number as a phone dials it: "tel:" and the number without spaces, brackets or hyphens
     * (RFC 3966's global form), e.g. +86 (27) 8369-2919 is tel:+862783692919.
     */
    static String telHref(String number) {
        return "tel:" + (number.startsWith("+") ? "+" : "") + number.replaceAll("[^0-9]", "");
    }

    /**
     * Each page's view by its English file name ("about.html", also in the view of zh/); the home
     * page's address is its language's folder.
     */
    private Map<String, PageView> pages() {
        Map<String, PageView> pages = new TreeMap<>();
        CollegeView college = college(sources.college());
        for (Page page : sources.pages()) {
            String structuredData = page.outputName().equals(HOME_PAGE) ? StructuredData.college(sources.college(),
                    college.name(), college.parentOrganization(), settings.host() + "/" + language.folder()) : null;
            boolean translated = textLang(page) == null;
            List<Language> versions = versions(page);
            List<Alternate> alternates = new ArrayList<>();
            if (versions.size() > 1 && translated) {
                versions.forEach(version -> alternates.add(new Alternate(version.htmlLang(), address(version, page))));
                alternates.add(new Alternate("x-default", address(Language.DEFAULT, page)));
            }
            List<String> otherLocales = translated ? versions.stream().filter(version -> version != language)
                    .map(Language::ogLocale).toList() : List.of();
            pages.put(page.outputName(), new PageView(
                    address(translated ? language : Language.DEFAULT, page), relatedEvents(page),
                    structuredData, photos(shown(page)), openGraphImage(page), alternates, otherLocales,
                    languageSwitch(page.outputName()), notice(page), textLang(page)));
        }
        return pages;
    }

    /** The 404 page: no address of its own, a switch to the other languages' 404 pages. */
    private PageView notFound() {
        return new PageView(null, List.of(), null, List.of(), null, List.of(), List.of(),
                languageSwitch(NOT_FOUND_PAGE), null, null);
    }

    /** The languages a page is written in: English and those it is translated into. */
    private List<Language> versions(Page page) {
        return java.util.Arrays.stream(Language.values()).filter(version -> version == Language.DEFAULT
                || sources.translation(version, page.outputName()).isPresent()).toList();
    }

    /** A page's absolute address in a language; a home page's is its folder. */
    private String address(Language version, Page page) {
        return settings.host() + "/" + version.folder() + (page.outputName().equals(HOME_PAGE) ? "" : page.outputName());
    }

    /** The same page in each other language: every page has one (its translation, or its English text under a notice). */
    private List<LanguageLink> languageSwitch(String outputName) {
        return java.util.Arrays.stream(Language.values()).filter(other -> other != language)
                .map(other -> new LanguageLink(other.ownName(), other.htmlLang(), other.folder() + outputName))
                .toList();
    }

    /** Above a page's text: not translated yet, or translated from an English text that has changed since. */
    private Notice notice(Page page) {
        if (language == Language.DEFAULT) {
            return null;
        }
        Optional<Page> translation = sources.translation(language, page.outputName());
        if (translation.isEmpty()) {
            return new Notice(label("untranslated_notice"), label("untranslated_link"), page.outputName(),
                    Language.DEFAULT.htmlLang());
        }
        boolean current = translation.get().field("source_version").map(page.englishVersion()::equals).orElse(false);
        return current ? null : new Notice(label("outdated_notice"), label("outdated_link"), page.outputName(),
                Language.DEFAULT.htmlLang());
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
                label("icp_filing"), number, "https://beian.miit.gov.cn/")));
        settings.publicSecurityFiling().ifPresent(number -> filings.add(new Filing(
                label("public_security_filing"), number,
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
                .map(page -> new NavigationLink(shown(page).field("nav_title").orElse(shown(page).title()),
                        page.outputName(), textLang(page)))
                .toList();
    }

    /** The pages in the menu other than the home page, with their descriptions: the home page's signposts. */
    private List<PageCard> sections() {
        return menuPages().stream()
                .filter(page -> !page.outputName().equals(HOME_PAGE))
                .map(page -> new PageCard(shown(page).title(), shown(page).field("description").orElse(""),
                        page.outputName(), textLang(page)))
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
                .map(entry -> new Year(words.year(entry.getKey()), "year-" + entry.getKey(), entry.getValue()))
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
                options(List.copyOf(eventCountryIds.keySet()), eventCountryIds::get, words::country),
                options(kindLabels.keySet().stream()
                        .filter(kind -> events.stream().anyMatch(event -> event.kind().equals(kind))).toList(),
                        Function.identity(), kind -> word(kindLabels.get(kind))),
                options(events.stream().map(TimelineEvent::date).toList(),
                        date -> DateFormats.decade(date, Locale.ENGLISH), words::decade).stream().distinct()
                        .sorted(Comparator.comparing(FilterOption::value)).toList());
    }

    private static <T> List<FilterOption> options(List<T> values, Function<T, String> value,
                                              Function<T, String> label) {
        return values.stream().map(item -> new FilterOption(value.apply(item), label.apply(item))).toList();
    }

    private String eventHref(TimelineEvent event) {
        return timelinePage + "#" + event.id();
    }

    /** An event as the timeline (TIMELINE_SIZES) or the home page's cards (CARD_SIZES) show it. */
    private Event event(TimelineEvent event, String photoSizes) {
        return Event.of(event, words, eventHref(event), word(kindLabels.get(event.kind())),
                eventCountryIds.get(event.country()),
                event.institutions().stream()
                        .map(partnersById::get)
                        .map(partner -> {
                            Words.Text name = words.name(partner);
                            return new Link(name.text(), partnersPage + "#" + partner.id(), name.lang());
                        })
                        .toList(),
                event.photo().map(use -> PhotoView.cropped(sources.photos().files().get(use.name()), use, photoSizes)
                                .fromFolder(toRoot).in(words.photoAlt(use, event.zh().flatMap(TimelineEvent.Zh::photoAlt)),
                                        words.photoCaption(use, event.zh().flatMap(TimelineEvent.Zh::photoCaption))))
                        .orElse(null));
    }

    private EventLink eventLink(TimelineEvent event) {
        Words.Text title = words.title(event);
        return new EventLink(title.text(), eventHref(event), event.date().iso(), words.date(event.date()), title.lang());
    }

    private List<CountryPartners> partnersByCountry() {
        Map<String, List<PartnerView>> byCountry = new LinkedHashMap<>();
        sources.partners().stream()
                .sorted(Comparator.comparing(Partner::country).thenComparing(Partner::name))
                .forEach(partner -> byCountry.computeIfAbsent(partner.country(), c -> new ArrayList<>())
                        .add(partner(partner)));
        return byCountry.entrySet().stream()
                .map(entry -> new CountryPartners(words.country(entry.getKey()), partnerCountryIds.get(entry.getKey()),
                        entry.getValue()))
                .toList();
    }

    private PartnerView partner(Partner partner) {
        Words.Text name = words.name(partner);
        return new PartnerView(partner.id(), name.text(), partner.shortName().orElse(null),
                partner.intercollegiateAgreement(),
                eventsByPartnerId.getOrDefault(partner.id(), List.of()).stream().map(this::eventLink).toList(),
                partner.photo().map(use -> PhotoView.cropped(sources.photos().files().get(use.name()), use,
                                PhotoView.PARTNER_SIZES).fromFolder(toRoot)
                                .in(words.photoAlt(use, partner.zh().flatMap(Partner.Zh::photoAlt)),
                                        words.photoCaption(use, partner.zh().flatMap(Partner.Zh::photoCaption))))
                        .orElse(null), name.lang());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }
}
