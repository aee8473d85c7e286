package cn.edu.hust.tjmc.site.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.edu.hust.tjmc.site.browser.Chromium.ColorScheme;
import cn.edu.hust.tjmc.site.browser.LocalSite.SitePage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.Keys;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Keyboard use, on one page of each page type: the skip link, and a visible focus indicator everywhere. */
@BrowserTest
class KeyboardTest {

    /** The focus indicator: outline or box-shadow, read from the computed style. */
    private static final String FOCUS_STYLE = """
            const focusStyle = e => { const s = getComputedStyle(e);
                return [s.outlineStyle, s.outlineWidth, s.outlineColor, s.outlineOffset, s.boxShadow].join(' '); };
            const describe = e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
                + (e.getAttribute('href') ? '[href="' + e.getAttribute('href') + '"]' : '')
                + ' "' + (e.textContent || e.value || '').trim().replace(/\\s+/g, ' ').slice(0, 40) + '"';
            """;

    static List<SitePage> pages() {
        return LocalSite.onePagePerType();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void firstTabReachesTheSkipLinkWhichMovesFocusToMain(SitePage page, LocalSite site) {
        Chromium chromium = site.chromium();
        chromium.emulate(1280, ColorScheme.LIGHT);
        chromium.open(site.url(page));
        chromium.pressTab();
        @SuppressWarnings("unchecked")
        Map<String, Object> focused = (Map<String, Object>) chromium.script("""
                const e = document.activeElement, r = e.getBoundingClientRect();
                const main = document.querySelector('main');
                return {tag: e.tagName.toLowerCase(), href: e.getAttribute('href') || '', text: e.textContent.trim().replace(/\\s+/g, ' '),
                        mainId: main ? main.id : null,
                        visible: r.width > 1 && r.height > 1 && r.bottom > 0 && r.right > 0
                            && r.top < innerHeight && r.left < innerWidth};
                """);
        String mainId = (String) focused.get("mainId");
        assertTrue(mainId != null && !mainId.isEmpty(), () -> page + " has no <main id=...> for a skip link to reach");
        assertEquals("a #" + mainId, focused.get("tag") + " " + focused.get("href"),
                () -> page + ": the first Tab focuses " + focused + ", not a skip link to #" + mainId);
        assertEquals(Boolean.TRUE, focused.get("visible"), () -> page + ": the focused skip link is not visible on screen");

        chromium.press(Keys.ENTER);
        Object active = chromium.script("const e = document.activeElement; return e.tagName.toLowerCase() + (e.id ? '#' + e.id : '');");
        assertEquals("main#" + mainId, active, () -> page + ": after Enter on the skip link, focus is on " + active + ", not on main");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void everyFocusableElementShowsWhereFocusIs(SitePage page, LocalSite site) {
        Chromium chromium = site.chromium();
        chromium.emulate(1280, ColorScheme.LIGHT);
        chromium.open(site.url(page));
        // The style of every element in tab order while nothing has focus, to compare with its style under keyboard focus.
        long focusable = ((Number) chromium.script(FOCUS_STYLE + """
                window.__unfocused = new Map();
                const all = document.querySelectorAll('a[href], button, input, select, textarea, summary, [tabindex]');
                all.forEach(e => window.__unfocused.set(e, focusStyle(e)));
                return all.length;
                """)).longValue();
        List<String> invisible = new ArrayList<>();
        int reached = 0;
        for (int step = 0; step < focusable + 2; step++) {
            chromium.pressTab();
            @SuppressWarnings("unchecked")
            Map<String, Object> focus = (Map<String, Object>) chromium.script(FOCUS_STYLE + """
                    const e = document.activeElement;
                    if (!e || e === document.body || !window.__unfocused.has(e)) return null;
                    if (e.__seen) return {again: true};
                    e.__seen = true;
                    return {element: describe(e), before: window.__unfocused.get(e), after: focusStyle(e)};
                    """);
            if (focus == null || focus.containsKey("again")) {
                break;
            }
            reached++;
            if (!hasIndicator((String) focus.get("after")) || focus.get("before").equals(focus.get("after"))) {
                invisible.add(focus.get("element") + ": outline/box-shadow " + focus.get("after") + " (unfocused: " + focus.get("before") + ")");
            }
        }
        int tabbed = reached;
        assertTrue(tabbed > 0, () -> page + ": Tab reached no element");
        assertTrue(invisible.isEmpty(), () -> page + ": " + invisible.size() + " of " + tabbed
                + " elements reached with Tab show no focus indicator:\n  " + String.join("\n  ", invisible));
    }

    /** An outline that is drawn, or a box-shadow. */
    private static boolean hasIndicator(String style) {
        String[] parts = style.split(" ", 3);
        boolean outline = !parts[0].equals("none") && !parts[1].equals("0px");
        return outline || !style.endsWith(" none");
    }
}
