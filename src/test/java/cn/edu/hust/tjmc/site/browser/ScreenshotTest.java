package cn.edu.hust.tjmc.site.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.edu.hust.tjmc.site.browser.Chromium.ColorScheme;
import cn.edu.hust.tjmc.site.browser.LocalSite.SitePage;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Full-page screenshots of the key pages at a phone and a desktop width, in target/screenshots/, for
 * people to review: each is the whole page, its heading and its footer drawn where the page has them.
 */
@BrowserTest
class ScreenshotTest {

    /** Loaded once, captured at 1280 px and again narrowed to 375 px under it (media queries apply at once). */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"home", "timeline", "partners", "contact"})
    void screenshotsShowTheWholePageWithItsHeadingAndFooterAtEitherWidth(String type, LocalSite site) throws Exception {
        SitePage page = LocalSite.pageOfType(type);
        site.chromium().emulate(1280, ColorScheme.LIGHT);
        site.chromium().open(site.url(page));
        for (int width : List.of(1280, 375)) {
            site.chromium().resize(width);
            capture(site, type, width);
        }
    }

    private static void capture(LocalSite site, String type, int width) throws Exception {
        // measured just before the capture, as the capture measures the page (it reflows after)
        long pageHeight = ((Number) site.chromium().script("return document.documentElement.scrollHeight;")).longValue();
        List<Number> heading = box(site, "h1");
        List<Number> footer = box(site, "footer");
        byte[] png = site.chromium().fullPageScreenshot();
        Path file = site.outputDir("screenshots").resolve(type + "-" + width + ".png");
        Files.write(file, png);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        System.out.println("screenshot: " + file + " (" + image.getWidth() + " x " + image.getHeight() + ")");

        assertEquals(width, image.getWidth(), () -> file + " width");
        assertEquals(pageHeight, image.getHeight(), () -> file + " is as tall as the page");
        for (List<Number> box : List.of(heading, footer)) {
            Set<Integer> colours = colours(image, box.get(0).intValue(), box.get(1).intValue(), box.get(2).intValue(),
                    box.get(3).intValue());
            // text drawn on a background: more than two colours; a part left blank has one
            assertTrue(colours.size() > 2, () -> file + ": nothing drawn at " + box + " (" + colours.size() + " colours)");
        }
    }

    /** Left, top (in the page, not the window), width and height of the first element the selector finds. */
    @SuppressWarnings("unchecked")
    private static List<Number> box(LocalSite site, String selector) {
        return (List<Number>) site.chromium().script("const r = document.querySelector(arguments[0])"
                + ".getBoundingClientRect(); return [r.left + scrollX, r.top + scrollY, r.width, r.height];", selector);
    }

    /** The distinct colours of a rectangle of the image (clipped to it). */
    private static Set<Integer> colours(BufferedImage image, int left, int top, int width, int height) {
        Set<Integer> colours = new HashSet<>();
        for (int y = Math.max(0, top); y < Math.min(image.getHeight(), top + height); y++) {
            for (int x = Math.max(0, left); x < Math.min(image.getWidth(), left + width); x++) {
                colours.add(image.getRGB(x, y));
            }
        }
        return colours;
    }
}
