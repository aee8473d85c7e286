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
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Full-page screenshots of the key pages at a phone and a desktop width, in target/screenshots/, for
 * people to review: each is the whole page, its heading drawn where the page has it.
 */
@BrowserTest
class ScreenshotTest {

    static Stream<Arguments> keyPagesAndWidths() {
        return Stream.of("home", "timeline", "partners", "contact")
                .flatMap(type -> Stream.of(375, 1280).map(width -> Arguments.of(type, width)));
    }

    @ParameterizedTest(name = "{0} at {1} px")
    @MethodSource("keyPagesAndWidths")
    void screenshotShowsTheWholePageWithItsHeading(String type, int width, LocalSite site) throws Exception {
        SitePage page = LocalSite.pageOfType(type);
        site.chromium().emulate(width, ColorScheme.LIGHT);
        site.chromium().open(site.url(page));
        byte[] png = site.chromium().fullPageScreenshot();
        Path file = site.outputDir("screenshots").resolve(type + "-" + width + ".png");
        Files.write(file, png);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        System.out.println("screenshot: " + file + " (" + image.getWidth() + " x " + image.getHeight() + ")");

        assertEquals(width, image.getWidth(), () -> file + " width");
        long pageHeight = ((Number) site.chromium().script("return document.documentElement.scrollHeight;")).longValue();
        assertEquals(pageHeight, image.getHeight(), () -> file + " is the whole page, not the first screen");
        @SuppressWarnings("unchecked")
        List<Number> box = (List<Number>) site.chromium().script("const r = document.querySelector('h1')"
                + ".getBoundingClientRect(); return [r.left + scrollX, r.top + scrollY, r.width, r.height];");
        Set<Integer> headingColours = colours(image, box.get(0).intValue(), box.get(1).intValue(),
                box.get(2).intValue(), box.get(3).intValue());
        assertTrue(headingColours.size() > 2, () -> file + ": the heading's box holds no text, colours "
                + headingColours + " at " + box);
        assertTrue(colours(image, 0, 0, image.getWidth(), image.getHeight()).size() > 16,
                () -> file + " is nearly blank");
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
