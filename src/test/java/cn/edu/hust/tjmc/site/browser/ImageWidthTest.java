package cn.edu.hust.tjmc.site.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.edu.hust.tjmc.site.browser.Chromium.ColorScheme;
import cn.edu.hust.tjmc.site.browser.LocalSite.SitePage;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An image as wide as a phone camera's photo (4032 px) stays in its column at 375 and 1280
 * pixels: the stylesheet's img rule, not each photo's markup, prevents sideways scrolling.
 */
@BrowserTest
class ImageWidthTest {

    @ParameterizedTest(name = "{0} px")
    @ValueSource(ints = {375, 1280})
    void aWideImageNeedsNoHorizontalScrolling(int width, LocalSite site) {
        site.chromium().emulate(width, ColorScheme.LIGHT);
        site.chromium().open(site.url(new SitePage("about.html", 200)));
        @SuppressWarnings("unchecked")
        Map<String, Object> layout = (Map<String, Object>) site.chromium().script("""
                const image = document.createElement('img');
                image.src = 'favicon.svg';
                image.alt = '';
                image.width = 4032;
                image.height = 3024;
                document.querySelector('main p').after(image);
                const box = image.getBoundingClientRect();
                return {scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth,
                        imageWidth: box.width, imageRatio: box.width / box.height};
                """);
        long innerWidth = ((Number) layout.get("innerWidth")).longValue();
        assertEquals(width, innerWidth, "viewport width: the width emulation is not working");
        assertTrue(((Number) layout.get("scrollWidth")).longValue() <= innerWidth, "no sideways scrolling: " + layout);
        assertTrue(((Number) layout.get("imageWidth")).doubleValue() < width, "the image was narrowed: " + layout);
        assertEquals(4032.0 / 3024, ((Number) layout.get("imageRatio")).doubleValue(), 0.01,
                "height: auto keeps its proportions: " + layout);
    }
}
