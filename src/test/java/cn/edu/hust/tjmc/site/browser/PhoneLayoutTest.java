package cn.edu.hust.tjmc.site.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.edu.hust.tjmc.site.browser.Chromium.ColorScheme;
import cn.edu.hust.tjmc.site.browser.LocalSite.SitePage;
import cn.edu.hust.tjmc.site.model.PhotoView;
import cn.edu.hust.tjmc.site.templates.ComponentRenderer;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/**
 * What a visitor on a phone hits first (issue 18): a menu of one row, a hero that leaves room for
 * what follows, key figures that hold a phrase as well as a number, photos of one shape in cards
 * and in the timeline, a calm mark on a heading reached by its link, and the timeline's order.
 */
@BrowserTest
class PhoneLayoutTest {

    /** A common phone: 360 CSS pixels wide, and a first screen about 740 high. */
    private static final int PHONE = 360;
    private static final int PHONE_SCREEN = 740;

    /**
     * Every page, without a script, loaded once: the menu is one row, with the current page's name in
     * it on the first screen; then with the keyboard, Menu opens and every page of the menu is a
     * link reached with Tab and in sight (or the current page, named in the row). These were two
     * tests with a load each; the row is measured before Tab and Enter change anything.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("cn.edu.hust.tjmc.site.browser.LocalSite#pages")
    void menuIsOneRowWithTheCurrentPageInSightAndEveryLinkIsReachedWithTheKeyboard(SitePage page, LocalSite site) {
        Chromium chromium = site.chromium();
        chromium.emulate(PHONE, ColorScheme.LIGHT);
        chromium.driver().executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
        try {
            chromium.open(site.url(page));
            @SuppressWarnings("unchecked")
            Map<String, Object> nav = (Map<String, Object>) chromium.script("""
                    const nav = document.querySelector('header nav');
                    const shown = [...nav.querySelectorAll('a, summary, [aria-current]')].filter(e => e.checkVisibility());
                    const current = shown.filter(e => e.getAttribute('aria-current') === 'page')
                        .map(e => { const r = e.getBoundingClientRect();
                                    return r.left >= 0 && r.right <= innerWidth && r.top >= 0 && r.bottom <= innerHeight ? 'in sight' : r.left + '..' + r.right; });
                    return {height: nav.getBoundingClientRect().height,
                            rows: new Set(shown.map(e => Math.round(e.getBoundingClientRect().top))).size,
                            current: current,
                            overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth};
                    """);
            double height = ((Number) nav.get("height")).doubleValue();
            assertTrue(height < 60, () -> page + ": the menu is " + height + " px high at " + PHONE + " px, in " + nav.get("rows") + " rows");
            assertEquals(1L, ((Number) nav.get("rows")).longValue(), page + ": the menu is one row");
            assertEquals(page.status() == 200 ? List.of("in sight") : List.of(), nav.get("current"),
                    page + ": the current page's name in the menu (aria-current=page), on load without a script");
            assertEquals(0, ((Number) nav.get("overflow")).intValue(), page + ": the page itself does not scroll sideways");

            // the wide screen's row, hidden on a phone, names every page of the menu
            @SuppressWarnings("unchecked")
            List<String> expected = (List<String>) chromium.script(
                    "return [...document.querySelectorAll('header nav > ul a')].map(a => a.getAttribute('href'));");
            assertTrue(expected.size() > 1, page + " has no menu");
            String current = (String) chromium.script("""
                    const c = document.querySelector('header nav a[aria-current="page"]');
                    return c ? c.getAttribute('href') : null;""");
            List<String> reached = new ArrayList<>();
            if (current != null) {
                reached.add(current);
            }
            List<String> hidden = new ArrayList<>();
            boolean opened = false;
            for (int i = 0; i < expected.size() + 6; i++) {
                chromium.pressTab();
                Object focused = chromium.script("""
                        const e = document.activeElement;
                        if (!e.closest('header nav')) return null;
                        const r = e.getBoundingClientRect();
                        const where = r.left >= -1 && r.right <= innerWidth + 1 && r.top >= -1 && r.bottom <= innerHeight + 1 ? '' : ' out of sight';
                        return e.localName === 'summary' ? 'summary' + where : e.getAttribute('href') + where;
                        """);
                if ("summary".equals(focused)) {
                    if (!opened) {
                        chromium.press(Keys.ENTER);
                        opened = true;
                    }
                } else if (focused instanceof String text && text.endsWith(" out of sight")) {
                    hidden.add(text);
                } else if (focused instanceof String href && !reached.contains(href)) {
                    reached.add(href);
                }
            }
            assertTrue(opened, page + ": Tab never reached the menu's Menu");
            assertTrue(hidden.isEmpty(), () -> page + ": menu entries focused out of sight: " + hidden);
            assertEquals(expected.stream().sorted().toList(), reached.stream().sorted().toList(),
                    page + ": every page of the menu is reached");
        } finally {
            chromium.driver().executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", false));
        }
    }

    @Test
    void heroLeavesRoomOnThePhonesFirstScreen(LocalSite site) {
        site.chromium().emulate(PHONE, ColorScheme.LIGHT);
        site.chromium().open(site.url(LocalSite.pageOfType("home")));
        @SuppressWarnings("unchecked")
        Map<String, Object> hero = (Map<String, Object>) site.chromium().script("""
                const r = document.querySelector('main section').getBoundingClientRect();
                return {top: r.top + scrollY, height: r.height};
                """);
        double bottom = ((Number) hero.get("top")).doubleValue() + ((Number) hero.get("height")).doubleValue();
        assertTrue(bottom < PHONE_SCREEN * 0.85, () -> "the hero ends at " + bottom + " px on a " + PHONE + " x "
                + PHONE_SCREEN + " phone: nothing else on the first screen");
    }

    @ParameterizedTest(name = "{0} px")
    @ValueSource(ints = {320, PHONE, 800, 1280})
    void everyKeyFigureIsOnOneLineInItsBox(int width, LocalSite site) {
        site.chromium().emulate(width, ColorScheme.LIGHT);
        site.chromium().open(site.url(LocalSite.pageOfType("home")));
        @SuppressWarnings("unchecked")
        List<String> wrong = (List<String>) site.chromium().script("""
                const values = [...document.querySelectorAll('#figures-heading ~ ul > li > span:first-child')];
                if (!values.length) return ['no key figures after #figures-heading'];
                return values.filter(v => {
                    const r = v.getBoundingClientRect(), box = v.parentElement.getBoundingClientRect();
                    return r.height > 1.5 * parseFloat(getComputedStyle(v).lineHeight) || r.right > box.right + 0.5;
                }).map(v => v.textContent + ': ' + Math.round(v.getBoundingClientRect().height) + ' px high');
                """);
        assertTrue(wrong.isEmpty(), () -> "at " + width + " px, key figures broken over lines or out of their box: " + wrong);
    }

    /** A label beside "Since 1980" had a third of a phone's width and took 3 or 4 lines; two at most. */
    @ParameterizedTest(name = "{0} px")
    @ValueSource(ints = {PHONE, 412})
    void keyFigureLabelsTakeAtMostTwoLinesOnAPhone(int width, LocalSite site) {
        site.chromium().emulate(width, ColorScheme.LIGHT);
        site.chromium().open(site.url(LocalSite.pageOfType("home")));
        @SuppressWarnings("unchecked")
        List<String> wrong = (List<String>) site.chromium().script("""
                const labels = [...document.querySelectorAll('#figures-heading ~ ul > li > span:last-child')];
                if (!labels.length) return ['no key figure labels after #figures-heading'];
                return labels.filter(l => l.getBoundingClientRect().height > 2.5 * parseFloat(getComputedStyle(l).lineHeight))
                    .map(l => l.textContent + ': ' + Math.round(l.getBoundingClientRect().height) + ' px high');
                """);
        assertTrue(wrong.isEmpty(), () -> "at " + width + " px, key figure labels on more than two lines: " + wrong);
    }

    /**
     * A portrait photo among landscape ones: every card's photo has the same height, the cards'
     * shape. The live content has no photos: the photo macro's own markup is put into the cards,
     * with an SVG served beside the site as the photo.
     */
    @ParameterizedTest(name = "{0} px")
    @ValueSource(ints = {PHONE, 1280})
    void photosInCardsAndTheTimelineHaveOneShape(int width, LocalSite site) throws Exception {
        URI portrait = site.serveTestPage("portrait.svg", svg(640, 853));
        URI landscape = site.serveTestPage("landscape.svg", svg(1600, 1067));
        ComponentRenderer renderer = new ComponentRenderer(Path.of(System.getProperty("project.dir"), "templates"));
        List<String> figures = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            boolean tall = i == 1;
            String src = (tall ? portrait : landscape).toString();
            figures.add(renderer.render("photo", Map.of("photo", new PhotoView(src + " 640w", src + " 640w", src,
                    PhotoView.CARD_SIZES, tall ? 640 : 1600, tall ? 853 : 1067, "A test pattern", null, "A caption",
                    null, "A credit", false, tall ? "top" : "center", src))));
        }
        site.chromium().emulate(width, ColorScheme.LIGHT);
        for (SitePage page : List.of(LocalSite.pageOfType("home"), LocalSite.pageOfType("timeline"))) {
            site.chromium().open(site.url(page));
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> shown = (List<Map<String, Object>>) site.chromium().script("""
                    const events = [...document.querySelectorAll('main article')].slice(0, 3);
                    events.forEach((e, i) => e.querySelector('p:nth-of-type(2)').insertAdjacentHTML('afterend', arguments[0][i]));
                    return [...document.querySelectorAll('main article img')].map(img => {
                        img.loading = 'eager';
                        const r = img.getBoundingClientRect();
                        return {width: r.width, height: r.height};
                    });
                    """, figures);
            assertEquals(3, shown.size(), page + ": photos put into 3 events");
            for (Map<String, Object> photo : shown) {
                double w = ((Number) photo.get("width")).doubleValue();
                double h = ((Number) photo.get("height")).doubleValue();
                assertTrue(w > 100 && Math.abs(h - w * 2 / 3) < 2, () -> page + " at " + width + " px: a photo shown "
                        + w + " x " + h + ", not in the 3:2 shape of the others: " + shown);
            }
        }
    }

    private static String svg(int width, int height) {
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + width + "\" height=\"" + height + "\" viewBox=\"0 0 "
                + width + " " + height + "\"><rect width=\"100%\" height=\"100%\" fill=\"#8e44ad\"/></svg>";
    }

    /** A heading's link focused (as after Enter on it) shows the focus ring, not a yellow block. */
    @Test
    void headingReachedByItsLinkIsMarkedCalmly(LocalSite site) {
        SitePage page = LocalSite.pageOfType("page");
        Element anchor = LocalSite.builtPage(page).selectFirst("main h2 > a[href^=#][id]");
        assertNotNull(anchor, page + " has no heading that links to itself");
        Chromium chromium = site.chromium();
        chromium.emulate(1280, ColorScheme.LIGHT);
        chromium.open(site.url(page).resolve("#" + anchor.id()));
        chromium.driver().findElement(By.id(anchor.id())).sendKeys(Keys.SHIFT);
        @SuppressWarnings("unchecked")
        Map<String, Object> style = (Map<String, Object>) chromium.script("""
                const a = document.getElementById(arguments[0]), s = getComputedStyle(a);
                return {focused: document.activeElement === a, target: a.matches(':target'), background: s.backgroundColor,
                        outline: s.outlineStyle + ' ' + s.outlineWidth, boxShadow: s.boxShadow};
                """, anchor.id());
        assertEquals(Boolean.TRUE, style.get("focused"), "the heading's link has focus");
        assertEquals(Boolean.TRUE, style.get("target"), "the heading's link is the :target");
        assertEquals("rgba(0, 0, 0, 0)", style.get("background"), () -> "a heading reached by its link is a coloured block: " + style);
        assertEquals("none", style.get("boxShadow"), () -> "a heading reached by its link has a border of box-shadow: " + style);
        assertTrue(((String) style.get("outline")).startsWith("solid"), () -> "the focused heading link shows no outline: " + style);
    }

    /**
     * Newest first by default; "Oldest first" (#oldest-first) shows the timeline oldest first, with the
     * script and without it: on screen, in reading order (the events shown, in the DOM's order) and in
     * Tab order, never the other order's events as well.
     */
    @ParameterizedTest(name = "script {0}")
    @ValueSource(booleans = {true, false})
    void timelineOrderIsNewestFirstAndSwitchable(boolean script, LocalSite site) throws InterruptedException {
        SitePage timeline = LocalSite.pageOfType("timeline");
        Chromium chromium = site.chromium();
        chromium.emulate(PHONE, ColorScheme.LIGHT);
        chromium.driver().executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", !script));
        try {
            chromium.open(site.url(timeline));
            int events = LocalSite.builtPage(timeline).select("main article[id]").size();
            String order = """
                    const shown = [...document.querySelectorAll('main article')].filter(a => a.checkVisibility());
                    const date = a => a.querySelector('time').getAttribute('datetime');
                    const byScreen = [...shown].sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top).map(date);
                    const links = [...document.querySelectorAll('main article a')].filter(a => a.checkVisibility());
                    const current = [...document.querySelectorAll('a[aria-current="true"]')].map(a => a.getAttribute('href'));
                    return {screen: byScreen, dom: shown.map(date), current: current,
                            tab: links.map(a => date(a.closest('article')))};
                    """;
            @SuppressWarnings("unchecked")
            Map<String, Object> newest = (Map<String, Object>) chromium.script(order);
            List<?> newestDom = (List<?>) newest.get("dom");
            assertEquals(events, newestDom.size(), "each event shown once, newest first");
            assertTrue(descending(newestDom), () -> "not newest first in reading order: " + newestDom);
            assertEquals(newestDom, newest.get("screen"), "reading order is the order on screen");
            assertEquals(script ? List.of("#newest-first") : List.of(), newest.get("current"));

            chromium.driver().findElement(By.cssSelector("a[href='#oldest-first']")).click();
            for (int i = 0; i < 20 && script && chromium.script("return document.querySelector('a[href=\"#oldest-first\"][aria-current]');") == null; i++) {
                Thread.sleep(100);
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> oldest = (Map<String, Object>) chromium.script(order);
            List<?> dom = (List<?>) oldest.get("dom");
            List<Object> reversed = new ArrayList<>(dom);
            Collections.reverse(reversed);
            assertEquals(events, dom.size(), "each event shown once, oldest first");
            assertTrue(descending(reversed), () -> "not oldest first in reading order: " + dom);
            assertEquals(dom, oldest.get("screen"), "reading order is the order on screen");
            List<?> tab = (List<?>) oldest.get("tab");
            List<Object> tabReversed = new ArrayList<>(tab);
            Collections.reverse(tabReversed);
            assertTrue(tab.isEmpty() || descending(tabReversed) || tab.size() == 1, () -> "Tab goes through the events' links out of date order: " + tab);
            assertEquals(script ? List.of("#oldest-first") : List.of(), oldest.get("current"));

            // the address itself, opened afresh (a link from elsewhere, a reload)
            chromium.open(site.url(timeline).resolve("#oldest-first"));
            @SuppressWarnings("unchecked")
            Map<String, Object> linked = (Map<String, Object>) chromium.script(order);
            assertEquals(dom, linked.get("dom"), "timeline.html#oldest-first is oldest first");
        } finally {
            chromium.driver().executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", false));
        }
    }

    private static boolean descending(List<?> dates) {
        for (int i = 1; i < dates.size(); i++) {
            if (String.valueOf(dates.get(i - 1)).compareTo(String.valueOf(dates.get(i))) < 0) {
                return false;
            }
        }
        return dates.size() > 1;
    }
}
