package cn.edu.hust.tjmc.site.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.edu.hust.tjmc.site.browser.Chromium.ColorScheme;
import cn.edu.hust.tjmc.site.browser.Chromium.PageVisit;
import cn.edu.hust.tjmc.site.browser.LocalSite.SitePage;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every page of the sitemap, and the 404 page, as served by nginx and loaded by Chromium. */
@BrowserTest
class PageLoadTest {

    /** Headers every response must carry (target/nginx/security-headers.conf, written by the build, sends them). */
    private static final List<String> SECURITY_HEADERS = List.of("Content-Security-Policy", "Referrer-Policy",
            "X-Content-Type-Options", "Permissions-Policy", "X-Frame-Options");

    static List<SitePage> pages() {
        return LocalSite.pages();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void isServedWithItsStatusAndTheSecurityHeaders(SitePage page, LocalSite site) throws Exception {
        HttpResponse<String> response = site.fetch(page);
        assertEquals(page.status(), response.statusCode(), () -> "HTTP status of " + site.url(page));
        List<String> missing = new ArrayList<>();
        for (String header : SECURITY_HEADERS) {
            if (response.headers().firstValue(header).filter(value -> !value.isBlank()).isEmpty()) {
                missing.add(header);
            }
        }
        assertTrue(missing.isEmpty(), () -> site.url(page) + " lacks the security headers " + missing
                + "; it sent " + response.headers().map());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/html"),
                () -> site.url(page) + " Content-Type: " + response.headers().firstValue("Content-Type"));
    }

    /**
     * Loaded once at 1280 px: no console error, no CSP violation, no request to another host; then,
     * the viewport narrowed to 320 px under the loaded page (media queries apply at once, and the
     * site's script reads no width), no sideways scrolling. One load for both: they were two tests.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void loadsWithoutErrorsOnlyFromTheSiteAndNeedsNoSidewaysScrollingAt320Pixels(SitePage page, LocalSite site) {
        site.chromium().emulate(1280, ColorScheme.LIGHT);
        PageVisit visit = site.chromium().open(site.url(page));
        List<String> problems = new ArrayList<>();
        // Chromium logs a document's own error status as a console error; the 404 page is meant to have one.
        String expectedStatusError = visit.url() + " - Failed to load resource: the server responded with a status of " + page.status();
        visit.consoleErrors().stream()
                .filter(error -> page.status() == 200 || !error.startsWith(expectedStatusError))
                .forEach(error -> problems.add("console error: " + error));
        visit.cspViolations().forEach(violation -> problems.add("CSP violation: " + violation));
        visit.requests().stream()
                .filter(url -> !url.startsWith(site.origin()) && !url.startsWith("data:"))
                .forEach(url -> problems.add("request to another host: " + url));
        assertTrue(!visit.requests().isEmpty(), () -> "no request recorded for " + visit.url() + ": the network log is not working");
        assertTrue(problems.isEmpty(), () -> visit.url() + ":\n  " + String.join("\n  ", problems));

        site.chromium().resize(320);
        @SuppressWarnings("unchecked")
        Map<String, Object> layout = (Map<String, Object>) site.chromium().script("""
                const innerWidth = window.innerWidth;
                const overflowing = [...document.querySelectorAll('body *')]
                    .filter(e => e.getBoundingClientRect().right > innerWidth + 0.5)
                    .slice(0, 5)
                    .map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className ? '.' + [...e.classList].join('.') : '')
                        + ' (right edge ' + Math.round(e.getBoundingClientRect().right) + ')');
                return {scrollWidth: document.documentElement.scrollWidth, innerWidth: innerWidth, overflowing: overflowing};
                """);
        long scrollWidth = ((Number) layout.get("scrollWidth")).longValue();
        long innerWidth = ((Number) layout.get("innerWidth")).longValue();
        assertEquals(320, innerWidth, "viewport width: the width emulation is not working");
        assertTrue(scrollWidth <= innerWidth, () -> site.url(page) + " at 320 px: document is " + scrollWidth
                + " px wide, the viewport " + innerWidth + " px; wider elements: " + layout.get("overflowing"));
    }
}
