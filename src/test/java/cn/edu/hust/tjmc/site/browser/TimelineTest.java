package cn.edu.hust.tjmc.site.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.edu.hust.tjmc.site.browser.Chromium.ColorScheme;
import cn.edu.hust.tjmc.site.browser.LocalSite.SitePage;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The timeline page: links to one event, and its filters. */
@BrowserTest
class TimelineTest {

    private static final String EVENT_SELECTOR = "article.tjmc-event[id]";

    /** The middle event of the built timeline: far enough down that opening its link must scroll. */
    private static String linkedEventId(SitePage timeline) {
        List<Element> events = LocalSite.builtPage(timeline).select(EVENT_SELECTOR);
        assertTrue(events.size() > 2, () -> timeline + " has " + events.size() + " events (" + EVENT_SELECTOR + ")");
        return events.get(events.size() / 2).id();
    }

    @Test
    void eventLinkTargetsTheEventAndScrollsItIntoView(LocalSite site) {
        SitePage timeline = LocalSite.pageOfType("timeline");
        String eventId = linkedEventId(timeline);
        URI link = site.url(timeline).resolve("#" + eventId);
        site.chromium().emulate(375, ColorScheme.LIGHT);
        site.chromium().open(link);
        @SuppressWarnings("unchecked")
        Map<String, Object> target = (Map<String, Object>) site.chromium().script("""
                const t = document.querySelector(':target');
                if (!t) return null;
                const r = t.getBoundingClientRect();
                return {id: t.id, top: r.top, bottom: r.bottom, innerHeight: innerHeight, scrollY: scrollY};
                """);
        assertTrue(target != null, () -> link + ": no element matches :target");
        assertEquals(eventId, target.get("id"), () -> link + ": :target is not the event");
        double top = ((Number) target.get("top")).doubleValue();
        double innerHeight = ((Number) target.get("innerHeight")).doubleValue();
        assertTrue(((Number) target.get("scrollY")).doubleValue() > 0, () -> link + ": the page did not scroll " + target);
        // Scrolling to a fragment can leave the top a fraction of a pixel above the viewport.
        assertTrue(top > -1 && top < innerHeight, () -> link + ": the event's top is not in the viewport " + target);
    }

    /** The language switch leads to the same event on the timeline of the other language (js/language.js). */
    @Test
    void theLanguageSwitchKeepsTheEvent(LocalSite site) {
        SitePage timeline = LocalSite.pageOfType("timeline");
        String eventId = linkedEventId(timeline);
        site.chromium().emulate(1280, ColorScheme.LIGHT);
        site.chromium().open(site.url(timeline).resolve("#" + eventId));
        site.chromium().script("document.querySelector('[data-language-switch]').click();");
        URI expected = site.url(timeline).resolve("zh/" + timeline.path() + "#" + eventId);
        long deadline = System.nanoTime() + 5_000_000_000L;
        String url = "";
        while (System.nanoTime() < deadline && !(url = site.chromium().driver().getCurrentUrl()).equals(expected.toString())) {
            Thread.onSpinWait();
        }
        assertEquals(expected.toString(), url, "the switch from " + timeline + "#" + eventId);
        assertEquals(eventId, site.chromium().script("const t = document.querySelector(':target'); return t && t.id;"));
    }

    @Test
    void targetedEventIsHighlighted(LocalSite site) {
        SitePage timeline = LocalSite.pageOfType("timeline");
        String eventId = linkedEventId(timeline);
        URI link = site.url(timeline).resolve("#" + eventId);
        site.chromium().emulate(1280, ColorScheme.LIGHT);
        site.chromium().open(link);
        @SuppressWarnings("unchecked")
        List<String> looks = (List<String>) site.chromium().script("""
                const look = e => { const s = getComputedStyle(e);
                    return [s.backgroundColor, s.outlineStyle, s.outlineColor, s.borderLeftStyle, s.borderLeftColor, s.boxShadow].join(' / '); };
                const target = document.getElementById(arguments[0]);
                const other = [...document.querySelectorAll(arguments[1])].find(e => e !== target);
                return [look(target), look(other)];
                """, eventId, EVENT_SELECTOR);
        assertNotEquals(looks.get(1), looks.get(0), () -> link + ": the targeted event looks like every other event"
                + " (background / outline / border / box-shadow: " + looks.get(0) + "); style it with :target");
    }

    @Test
    void filtersChangeTheNumberOfVisibleEvents(LocalSite site) {
        SitePage timeline = LocalSite.pageOfType("timeline");
        site.chromium().emulate(1280, ColorScheme.LIGHT);
        site.chromium().open(site.url(timeline));
        long controls = ((Number) site.chromium().script(
                "return document.querySelectorAll('main select, main input[type=checkbox], main input[type=radio]').length;")).longValue();
        assertTrue(controls > 0, timeline + " has no filter controls (select, checkbox or radio in main):"
                + " assets/js/timeline.js should show the filter form");
        // Try each choice of each control until one changes the number of visible events, as a visitor would.
        @SuppressWarnings("unchecked")
        Map<String, Object> counts = (Map<String, Object>) site.chromium().script("""
                const visible = () => [...document.querySelectorAll(arguments[0])].filter(e => e.getClientRects().length > 0).length;
                const before = visible();
                const changed = (control, label) => { const after = visible(); return after !== before ? {before, after, control: label} : null; };
                for (const select of document.querySelectorAll('main select')) {
                    const original = select.selectedIndex;
                    for (let i = 0; i < select.options.length; i++) {
                        if (i === original) continue;
                        select.selectedIndex = i;
                        select.dispatchEvent(new Event('input', {bubbles: true}));
                        select.dispatchEvent(new Event('change', {bubbles: true}));
                        const result = changed(select, (select.name || select.id) + '=' + select.value);
                        if (result) return result;
                    }
                }
                for (const input of document.querySelectorAll('main input[type=checkbox], main input[type=radio]')) {
                    if (input.type === 'radio' && input.checked) continue;
                    input.click();
                    const result = changed(input, (input.name || input.id) + '=' + input.value);
                    if (result) return result;
                }
                return {before, after: visible(), control: null};
                """, EVENT_SELECTOR);
        assertTrue(counts.get("control") != null, () -> timeline + ": no choice of its " + controls
                + " filter controls changed the number of visible events (" + counts.get("before") + ")");
        assertNotEquals(counts.get("before"), counts.get("after"));
    }

    @Test
    void countSaysHowManyEventsShowWhereItsLabelPutsTheNumber(LocalSite site) {
        SitePage timeline = LocalSite.pageOfType("timeline");
        Element count = LocalSite.builtPage(timeline).selectFirst("[data-timeline-count]");
        assertTrue(count != null, timeline + " has no [data-timeline-count]");
        String template = count.attr("data-count-template");
        assertTrue(template.contains("{n}"), () -> timeline + ": the count's data-count-template '" + template
                + "' has no {n} (filter_count in data/labels.yaml)");
        site.chromium().emulate(1280, ColorScheme.LIGHT);
        site.chromium().open(site.url(timeline));
        // The last decade: a choice that shows some events, not all of them on a timeline of several decades.
        @SuppressWarnings("unchecked")
        List<Object> shown = (List<Object>) site.chromium().script("""
                const visible = () => [...document.querySelectorAll(arguments[0])].filter(e => e.getClientRects().length > 0).length;
                const count = () => document.querySelector('[data-timeline-count]').textContent;
                const all = [visible(), count()];
                const decade = document.querySelector('main select[name=decade]');
                decade.selectedIndex = decade.options.length - 1;
                decade.dispatchEvent(new Event('change', {bubbles: true}));
                return all.concat([visible(), count()]);
                """, EVENT_SELECTOR);
        assertEquals(template.replace("{n}", shown.get(0).toString()), shown.get(1), "unfiltered");
        assertEquals(template.replace("{n}", shown.get(2).toString()), shown.get(3), "one decade");
    }
}
