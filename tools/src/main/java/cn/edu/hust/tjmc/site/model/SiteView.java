package cn.edu.hust.tjmc.site.model;

import cn.edu.hust.tjmc.site.source.KeyFigure;
import cn.edu.hust.tjmc.site.source.Person;
import cn.edu.hust.tjmc.site.source.TimelineEvent;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The templates' contract: everything a template may read, and nothing else. Templates get it
 * as {@code site} (layout.ftl takes it from JBake once, see bake.SiteModelExtractor) and read
 * record components as properties: {@code site.timeline.years}, {@code event.title}. Every
 * string is printed as is (escaped by Freemarker); nothing needs shaping in a template.
 * Built once per bake by {@link TemplateModel}.
 *
 * @param basePath              path of the published site with slashes at both ends, "/international/";
 *                              for pages served at any depth (404.html)
 * @param contentSecurityPolicy the policy for the {@code <meta http-equiv>} element
 * @param labels                the words the UI repeats, from data/labels.yaml, by their keys there
 *                              ({@code site.labels.site_name}); labels.schema.json requires each, and the
 *                              templates print each (ViewContractTest). Event kinds are not here: the model
 *                              prints them into events and filters
 * @param college               the college's names and address, for the header, footer and contact page
 * @param filings               China's website filing numbers for the footer; empty when none is given
 * @param navigation            the menu, in menu order
 * @param sections              the home page's signposts: menu pages other than the home page
 * @param keyFigures            the home page's figures, in file order
 * @param timeline              the events, as the timeline page and the home page show them
 * @param partnersByCountry     the partners page: countries and regions by name, partners by name
 * @param pages                 each page of content/ by its file name ("about.html"), in name order
 * @param feed                  the timeline's Atom feed, for feed.xml and every page's link to it
 */
public record SiteView(
        String basePath,
        String contentSecurityPolicy,
        Map<String, String> labels,
        CollegeView college,
        List<Filing> filings,
        List<NavigationLink> navigation,
        List<PageCard> sections,
        List<KeyFigure> keyFigures,
        Timeline timeline,
        List<CountryPartners> partnersByCountry,
        Map<String, PageView> pages,
        TimelineFeed feed) {

    /**
     * The college as the header, footer and contact page print it.
     *
     * @param phones telephone numbers with the office that answers each, in file order
     */
    public record CollegeView(String name, String parentOrganization, String street, String city, String country,
                              List<PhoneView> phones) {
    }

    /**
     * A telephone number to read and to call.
     *
     * @param number the number as data/college.yaml writes it, e.g. +86 27 8369 2919
     * @param office the office that answers it
     * @param href   the number as a tel: link, digits only, e.g. tel:+862783692919
     */
    public record PhoneView(String number, String office, String href) {
    }

    /**
     * A website filing number (备案号) and the registry where it can be checked.
     *
     * @param label  what the number is, from data/labels.yaml
     * @param number the number as given on the build's command line
     * @param href   the registry's address
     */
    public record Filing(String label, String number, String href) {
    }

    /**
     * One entry of the menu.
     *
     * @param title the page's nav_title, or its title
     * @param uri   the page's file name, relative to the site's root
     */
    public record NavigationLink(String title, String uri) {
    }

    /** A signpost to a page: its title as the link, its description below. */
    public record PageCard(String title, String description, String uri) {
    }

    /**
     * The timeline.
     *
     * @param uri     the file name of the page that shows the timeline (the page with type=timeline);
     *                every event's href points into it
     * @param years   the years that have events, newest first, each with its events newest first (the reverse
     *                of data/timeline.yaml's date order, as in latest and the feed)
     * @param oldestFirst the same years and events the other way round, oldest first, for the page's second
     *                list (shown at #oldest-first, with or without a script); its years' ids start "oldest-",
     *                and its events print no id, so that timeline.html#event-id keeps one target
     * @param latest  the newest events, newest first, for the home page
     * @param filters the options of the timeline page's filters
     */
    public record Timeline(String uri, List<Year> years, List<Year> oldestFirst, List<Event> latest, Filters filters) {
    }

    /**
     * One year of the timeline page, under its own heading.
     *
     * @param year   "2016"
     * @param id     the HTML id of the year's section, "year-2016"
     * @param events the year's events, newest first
     */
    public record Year(String year, String id, List<Event> events) {
    }

    /**
     * One timeline event, as the event macro of components.ftl prints it.
     *
     * @param id           the event's id from data/timeline.yaml: its HTML id
     * @param href         its address on the timeline page, "timeline.html#id"
     * @param iso          for {@code <time datetime>}: "2016" or "2017-05-19"
     * @param display      for readers: "2016" or "19 May 2017"
     * @param decade       "2010s", the decade filter's value
     * @param kind         the kind's key in data/labels.yaml, the kind filter's value
     * @param kindLabel    the kind as readers see it
     * @param country      the country or region as readers see it
     * @param countryId    the country filter's value
     * @param people       who took part, with their roles; may be empty
     * @param institutions the partners involved, each linked to its place on the partners page; may be empty
     * @param photo        its photo, or null when it has none
     */
    public record Event(String id, String href, String iso, String display, String decade, String kind,
                        String kindLabel, String country, String countryId, String title, String description,
                        List<Person> people, List<Link> institutions, PhotoView photo) {

        /**
         * The event as written in data/timeline.yaml, with what the model works out for it: the
         * fields printed as written are copied here by name, the date's forms come from its date.
         */
        static Event of(TimelineEvent event, String href, String kindLabel, String countryId,
                        List<Link> institutions, PhotoView photo) {
            return new Event(event.id(), href, event.date().iso(), DateFormats.date(event.date(), Locale.ENGLISH),
                    DateFormats.decade(event.date(), Locale.ENGLISH),
                    event.kind(), kindLabel, event.country(), countryId, event.title(), event.description(),
                    event.people(), institutions, photo);
        }
    }

    /** A link: the text to show and where it goes. */
    public record Link(String name, String href) {
    }

    /**
     * A short link to an event, for lists of events on other pages.
     *
     * @param href    the event's address on the timeline page
     * @param iso     for {@code <time datetime>}
     * @param display the date for readers
     */
    public record EventLink(String title, String href, String iso, String display) {
    }

    /** The timeline filters' options, each in the order they are offered. */
    public record Filters(List<FilterOption> countries, List<FilterOption> kinds, List<FilterOption> decades) {
    }

    /** One option of a filter: the value events carry in their data- attribute, and what readers see. */
    public record FilterOption(String value, String label) {
    }

    /**
     * One country or region of the partners page.
     *
     * @param id       the HTML id of its section
     * @param partners its partners by name
     */
    public record CountryPartners(String country, String id, List<PartnerView> partners) {
    }

    /**
     * A partner institution.
     *
     * @param id                       its id from data/partners.yaml: its HTML id
     * @param shortName                its short name, or null when it has none
     * @param intercollegiateAgreement whether it has signed an intercollegiate cooperation agreement
     * @param events                   the events that involved it, in date order; may be empty
     * @param photo                    its photo, or null when it has none
     */
    public record PartnerView(String id, String name, String shortName, boolean intercollegiateAgreement,
                              List<EventLink> events, PhotoView photo) {
    }

    /**
     * What one page of content/ shows besides its own header and text.
     *
     * @param canonicalUrl   its absolute address; the home page's is the site's root
     * @param relatedEvents  the events of the kinds its related_event_kinds names, kind by kind in
     *                       the order named, each kind in date order; empty when it names none
     * @param structuredData schema.org JSON-LD for a {@code <script>} element, escaped for it by
     *                       Java; null except on the home page
     * @param photos         the photos in its Markdown, in order (the body macro of components.ftl prints them)
     * @param ogImage        the photo link previews show for it, or null when it shows none
     */
    public record PageView(String canonicalUrl, List<EventLink> relatedEvents, String structuredData,
                           List<PhotoView> photos, OpenGraphImage ogImage) {
    }
}
