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

    @Test
    void menuIsOneRowOnAPhone(LocalSite site) {
        site.chromium().emulate(PHONE, ColorScheme.LIGHT);
        site.chromium().open(site.url(LocalSite.pageOfType("home")));
        @SuppressWarnings("unchecked")
        Map<String, Object> nav = (Map<String, Object>) site.chromium().script("""
                const nav = document.querySelector('header nav'), links = [...nav.querySelectorAll('a')];
                return {height: nav.getBoundingClientRect().height,
                        rows: new Set(links.map(a => Math.round(a.getBoundingClientRect().top))).size,
                        overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth};
                """);
        double height = ((Number) nav.get("height")).doubleValue();
        assertTrue(height < 60, () -> "the menu is " + height + " px high at " + PHONE + " px, in " + nav.get("rows") + " rows");
        assertEquals(1L, ((Number) nav.get("rows")).longValue(), "the menu's links are on one row");
        assertEquals(0, ((Number) nav.get("overflow")).intValue(), "the page itself does not scroll sideways");
    }

    /** The menu's links out of sight are reached with Tab, which scrolls the row to show each. */
    @Test
    void everyMenuLinkIsReachedWithTabAndScrolledIntoSight(LocalSite site) {
        Chromium chromium = site.chromium();
        chromium.emulate(PHONE, ColorScheme.LIGHT);
        chromium.open(site.url(LocalSite.pageOfType("home")));
        long links = ((Number) chromium.script("return document.querySelectorAll('header nav a').length;")).longValue();
        List<String> hidden = new ArrayList<>();
        for (int i = 0; i < links + 2; i++) {
            chromium.pressTab();
            Object shown = chromium.script("""
                    const e = document.activeElement;
                    if (!e.closest('header nav')) return null;
                    const r = e.getBoundingClientRect();
                    return r.left >= -1 && r.right <= innerWidth + 1 ? 'shown' : e.textContent + ' ' + r.left + '..' + r.right;
                    """);
            if (shown != null && !"shown".equals(shown)) {
                hidden.add((String) shown);
            }
        }
        assertTrue(hidden.isEmpty(), () -> "menu links focused out of sight: " + hidden);
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
                    PhotoView.CARD_SIZES, tall ? 640 : 1600, tall ? 853 : 1067, "A test pattern", "A caption",
                    "A credit", false, tall ? "top" : "center", src))));
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

    /** Newest first by default; "Oldest first" turns the timeline round and is the address's #oldest-first. */
    @Test
    void timelineOrderIsNewestFirstAndSwitchable(LocalSite site) throws InterruptedException {
        SitePage timeline = LocalSite.pageOfType("timeline");
        Chromium chromium = site.chromium();
        chromium.emulate(PHONE, ColorScheme.LIGHT);
        chromium.open(site.url(timeline));
        String order = """
                const seen = e => [...document.querySelectorAll('main article[id]')].map(a => [a.getBoundingClientRect().top, a.querySelector('time').getAttribute('datetime')]);
                const byScreen = seen().sort((a, b) => a[0] - b[0]).map(a => a[1]);
                const byDom = [...document.querySelectorAll('main article[id] time')].map(t => t.getAttribute('datetime'));
                const current = [...document.querySelectorAll('a[aria-current="true"]')].map(a => a.getAttribute('href'));
                return {screen: byScreen, dom: byDom, current: current};
                """;
        @SuppressWarnings("unchecked")
        Map<String, Object> newest = (Map<String, Object>) chromium.script(order);
        assertTrue(descending((List<?>) newest.get("screen")), () -> "not newest first on screen: " + newest.get("screen"));
        assertEquals(List.of("#newest-first"), newest.get("current"));

        chromium.driver().findElement(By.cssSelector("a[href='#oldest-first']")).click();
        for (int i = 0; i < 20 && chromium.script("return document.querySelector('a[href=\"#oldest-first\"][aria-current]');") == null; i++) {
            Thread.sleep(100);
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> oldest = (Map<String, Object>) chromium.script(order);
        List<?> screen = (List<?>) oldest.get("screen");
        List<Object> reversed = new ArrayList<>(screen);
        Collections.reverse(reversed);
        assertTrue(descending(reversed), () -> "not oldest first on screen: " + screen);
        assertEquals(screen, oldest.get("dom"), "with the script, reading order is the order on screen");
        assertEquals(List.of("#oldest-first"), oldest.get("current"));

        // without the script's help (it never ran), the stylesheet turns the list round on its own
        chromium.open(site.url(timeline).resolve("#oldest-first"));
        @SuppressWarnings("unchecked")
        Map<String, Object> linked = (Map<String, Object>) chromium.script(order);
        assertEquals(screen, linked.get("screen"), "timeline.html#oldest-first is oldest first");
        chromium.script("document.querySelector('[data-timeline]').removeAttribute('data-timeline-ordered');"
                + "const t = document.querySelector('[data-timeline]');"
                + "[...t.children].reverse().forEach(y => t.append(y));"
                + "t.querySelectorAll('[data-timeline-events]').forEach(l => [...l.children].reverse().forEach(e => l.append(e)));");
        @SuppressWarnings("unchecked")
        Map<String, Object> styled = (Map<String, Object>) chromium.script(order);
        assertEquals(screen, styled.get("screen"), "without the script, the stylesheet shows #oldest-first oldest first");
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
