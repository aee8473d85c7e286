package cn.edu.hust.tjmc.site.model;

import cn.edu.hust.tjmc.site.source.Person;
import cn.edu.hust.tjmc.site.source.TimelineEvent;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The templates' contract, for one language: the model holds one for each (site.json maps them
 * by language code, and layout.ftl takes the one of the page's language): everything a template may read, and nothing else. Templates get it
 * as {@code site} (layout.ftl takes it from JBake once, see bake.SiteModelExtractor) and read
 * record components as properties: {@code site.timeline.years}, {@code event.title}. Every
 * string is printed as is (escaped by Freemarker); nothing needs shaping in a template.
 * Built once per bake by {@link TemplateModel}.
 *
 * @param language              the language of the pages this view is for
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
 * @param notFound              the 404 page's view: no address, no alternates, a switch to the other language's
 */
public record SiteView(
        LanguageView language,
        String basePath,
        String contentSecurityPolicy,
        Map<String, String> labels,
        CollegeView college,
        List<Filing> filings,
        List<NavigationLink> navigation,
        List<PageCard> sections,
        List<FigureView> keyFigures,
        Timeline timeline,
        List<CountryPartners> partnersByCountry,
        Map<String, PageView> pages,
        TimelineFeed feed,
        PageView notFound) {

    /**
     * The language of a view's pages.
     *
     * @param htmlLang for {@code <html lang>}: "en", "zh-Hans"
     * @param ogLocale for {@code og:locale}: "en_GB", "zh_CN"
     * @param folder   the folder of the site its pages are in, "" or "zh/": links to pages are rootpath, folder, page
     */
    public record LanguageView(String htmlLang, String ogLocale, String folder) {
    }

    /**
     * A link to the same page in another language, for the language switch.
     *
     * @param name     the language's name in itself, "简体中文"
     * @param lang     its BCP 47 tag, for {@code lang} and {@code hreflang}
     * @param href     the page's path from the site's root, "zh/about.html": printed after rootpath
     */
    public record LanguageLink(String name, String lang, String href) {
    }

    /**
     * One {@code <link rel="alternate" hreflang>} of a page, and of its sitemap entry.
     *
     * @param hreflang "en", "zh-Hans" or "x-default"
     * @param href     absolute
     */
    public record Alternate(String hreflang, String href) {
    }

    /**
     * A short notice above a page's text: it is not translated yet, or its original changed since.
     *
     * @param text     the notice, in the page's language
     * @param linkText the link's text
     * @param href     the original page's path from the site's root: printed after rootpath
     * @param hreflang the original's language
     */
    public record Notice(String text, String linkText, String href, String hreflang) {
    }

    /**
     * One key figure of the home page.
     *
     * @param valueLang "en" when the value has words (Since 1980), which are English, on a page of another
     *                  language; else null: digits and signs (50+, 2008) are read in the page's language
     * @param lang      "en" when the label is English on a page of another language (not translated yet); else null
     */
    public record FigureView(String value, String valueLang, String label, String lang) {
    }

    /**
     * The college as the header, footer and contact page print it.
     *
     * @param phones      telephone numbers with the office that answers each, in file order
     * @param addressLang "en" when the street, the city and the offices are English on a page of another
     *                    language (the office has given no translation of them); else null
     */
    public record CollegeView(String name, String parentOrganization, String street, String city, String country,
                              List<PhoneView> phones, String addressLang) {
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
     * @param uri   the page's file name, relative to its language's folder
     * @param lang  "en" when the title is English on a page of another language (not translated yet); else null
     */
    public record NavigationLink(String title, String uri, String lang) {
    }

    /**
     * A signpost to a page: its title as the link, its description below.
     *
     * @param lang "en" when the texts are English on a page of another language; else null
     */
    public record PageCard(String title, String description, String uri, String lang) {
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
     * @param peopleLang   "en" on a page of another language: names and roles are written in English
     *                     and not translated; else null
     * @param institutions the partners involved, each linked to its place on the partners page; may be empty
     * @param photo        its photo, or null when it has none
     * @param lang         "en" when its title and description are English on a page of another language
     *                     (not translated yet); else null
     */
    public record Event(String id, String href, String iso, String display, String decade, String kind,
                        String kindLabel, String country, String countryId, String title, String description,
                        List<Person> people, String peopleLang, List<Link> institutions, PhotoView photo,
                        String lang) {

        /**
         * The event as written in data/timeline.yaml, with what the model works out for it in the
         * page's language: the date's and the country's forms, its texts or their translation.
         */
        static Event of(TimelineEvent event, Words words, String href, String kindLabel, String countryId,
                        List<Link> institutions, PhotoView photo) {
            Words.Text title = words.title(event);
            return new Event(event.id(), href, event.date().iso(), words.date(event.date()),
                    DateFormats.decade(event.date(), Locale.ENGLISH), event.kind(), kindLabel, words.country(event.country()), countryId,
                    title.text(), words.description(event).text(), event.people(), words.untranslatedLang(), institutions,
                    photo, title.lang());
        }
    }

    /**
     * A link: the text to show and where it goes.
     *
     * @param lang "en" when the text is English on a page of another language; else null
     */
    public record Link(String name, String href, String lang) {
    }

    /**
     * A short link to an event, for lists of events on other pages.
     *
     * @param href    the event's address on the timeline page
     * @param iso     for {@code <time datetime>}
     * @param display the date for readers
     * @param lang    "en" when the title is English on a page of another language; else null
     */
    public record EventLink(String title, String href, String iso, String display, String lang) {
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
     * @param lang                     "en" when its name is English on a page of another language; else null
     */
    public record PartnerView(String id, String name, String shortName, boolean intercollegiateAgreement,
                              List<EventLink> events, PhotoView photo, String lang) {
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
     * @param alternates     its hreflang links: itself and each translation, and x-default (the English);
     *                       empty when it has no translation, and on a page shown untranslated
     * @param ogLocaleAlternates the og:locale of each of its translations
     * @param languageSwitch the same page in each other language (a fallback page where it is not translated)
     * @param notice         that it is not translated yet, or that its original changed since; else null
     * @param textLang       "en" when its text is the English one on a page of another language; else null
     */
    public record PageView(String canonicalUrl, List<EventLink> relatedEvents, String structuredData,
                           List<PhotoView> photos, OpenGraphImage ogImage, List<Alternate> alternates,
                           List<String> ogLocaleAlternates, List<LanguageLink> languageSwitch, Notice notice,
                           String textLang) {
    }
}
