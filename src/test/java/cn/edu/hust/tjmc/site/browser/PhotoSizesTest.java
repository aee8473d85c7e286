package cn.edu.hust.tjmc.site.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.edu.hust.tjmc.site.browser.Chromium.ColorScheme;
import cn.edu.hust.tjmc.site.browser.LocalSite.SitePage;
import cn.edu.hust.tjmc.site.model.PhotoView;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each of PhotoView's sizes agrees with the stylesheet at window widths from 320 to 1600 pixels: the
 * width it tells the browser is never less than the photo's width on the page (else the browser
 * picks a variant too small, and the photo is blurred) and at most 2.5rem more (else it downloads
 * more than it shows), but just below a breakpoint of sizes: where a grid gains a column, sizes
 * switches a scrollbar's width later than a window without one (PhotoView). The real content has
 * no photos, so the test puts a photo as the photo macro prints it into the place on the built
 * page where the site shows photos of that kind.
 */
@BrowserTest
class PhotoSizesTest {

    /** 2.5rem: the page's text photos say 40rem from a 44rem window on, up to 28 pixels more than they are. */
    private static final double MOST_EXCESS = 40;
    /** Below each breakpoint of sizes, the excess is not checked for this many pixels (1.5rem). */
    private static final int SWITCH_BAND = 24;
    private static final Pattern BREAKPOINT = Pattern.compile("\\(min-width: ([\\d.]+)rem\\)");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            SIZES          | page      | main .tjmc-prose > p
            TIMELINE_SIZES | timeline  | .tjmc-timeline .tjmc-event__description
            CARD_SIZES     | home      | .tjmc-cards .tjmc-event__description
            PARTNER_SIZES  | partners  | .tjmc-partner__name
            """)
    void sizesIsThePhotosWidthOrALittleMore(String constant, String pageType, String after, LocalSite site)
            throws ReflectiveOperationException {
        String sizes = (String) PhotoView.class.getField(constant).get(null);
        SitePage page = LocalSite.pageOfType(pageType);
        site.chromium().emulate(1280, ColorScheme.LIGHT);
        site.chromium().open(site.url(page));
        Object placed = site.chromium().script("""
                const before = document.querySelector(arguments[0]);
                if (!before) return false;
                const figure = document.createElement('figure');
                figure.className = 'tjmc-photo';
                const img = document.createElement('img');
                img.className = 'tjmc-photo__image';
                img.src = 'favicon.svg';
                img.alt = '';
                img.width = 1600;
                img.height = 1200;
                img.id = 'photo-sizes-test';
                figure.append(img);
                before.after(figure);
                return true;
                """, after);
        assertEquals(Boolean.TRUE, placed, page + " has no " + after + " to put the photo after");
        List<Double> breakpoints = BREAKPOINT.matcher(sizes).results()
                .map(m -> Double.parseDouble(m.group(1)) * 16).toList();
        List<String> wrong = new ArrayList<>();
        for (int width = 320; width <= 1600; width += 16) {
            site.chromium().resize(width);
            @SuppressWarnings("unchecked")
            Map<String, Object> measured = (Map<String, Object>) site.chromium().script("""
                    // The entry of sizes whose media condition holds, as a length in CSS pixels.
                    const told = sizes => {
                      for (const entry of sizes.split(/,(?![^(]*\\))/).map(e => e.trim())) {
                        const m = entry.match(/^(\\([^)]*\\))\\s+(.+)$/);
                        if (m && !matchMedia(m[1]).matches) continue;
                        const probe = document.createElement('div');
                        probe.style.cssText = 'position: absolute; width: ' + (m ? m[2] : entry);
                        document.body.append(probe);
                        const px = probe.getBoundingClientRect().width;
                        probe.remove();
                        return px;
                      }
                    };
                    return {shown: document.getElementById('photo-sizes-test').getBoundingClientRect().width,
                            told: told(arguments[0]), innerWidth: innerWidth};
                    """, sizes);
            assertEquals(width, ((Number) measured.get("innerWidth")).intValue(), "the width emulation is not working");
            double shown = ((Number) measured.get("shown")).doubleValue();
            double told = ((Number) measured.get("told")).doubleValue();
            int at = width;
            boolean switching = breakpoints.stream().anyMatch(px -> at < px && at >= px - SWITCH_BAND);
            if (told < shown - 0.5 || told > shown + MOST_EXCESS && !switching) {
                wrong.add(width + " px: shown " + shown + ", sizes says " + told);
            }
        }
        assertTrue(wrong.isEmpty(), () -> "PhotoView." + constant + " (" + sizes + ") does not match assets/css/site.css on "
                + page + ":\n" + String.join("\n", wrong));
    }
}
