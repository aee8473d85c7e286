package cn.edu.hust.tjmc.site.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.edu.hust.tjmc.site.browser.Chromium.ColorScheme;
import cn.edu.hust.tjmc.site.browser.LocalSite.SitePage;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Full-page screenshots of the key pages at a phone and a desktop width, in target/screenshots/, for people to review. */
@BrowserTest
class ScreenshotTest {

    static Stream<Arguments> keyPagesAndWidths() {
        return Stream.of("home", "timeline", "partners", "contact")
                .flatMap(type -> Stream.of(375, 1280).map(width -> Arguments.of(type, width)));
    }

    @ParameterizedTest(name = "{0} at {1} px")
    @MethodSource("keyPagesAndWidths")
    void screenshotIsAsWideAsTheViewport(String type, int width, LocalSite site) throws Exception {
        SitePage page = LocalSite.pageOfType(type);
        site.chromium().emulate(width, ColorScheme.LIGHT);
        site.chromium().open(site.url(page));
        byte[] png = site.chromium().fullPageScreenshot();
        Path file = site.outputDir("screenshots").resolve(type + "-" + width + ".png");
        Files.write(file, png);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(width, image.getWidth(), () -> file + " width");
        assertTrue(image.getHeight() > 0, () -> file + " is empty");
        System.out.println("screenshot: " + file + " (" + image.getWidth() + " x " + image.getHeight() + ")");
    }
}
