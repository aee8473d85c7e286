package cn.edu.hust.tjmc.site.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.edu.hust.tjmc.site.preview.SitePreview;
import java.io.PrintStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The CMS in the preview (docs/CMS.md), on a copy of the fixture site: admin/ opens under its
 * policy with no violation and no request to another host, logs in to the preview's backend and
 * shows the timeline from the working copy; admin/zh/ speaks Chinese. Not yet here (issue 17):
 * editing an event's title, adding an event with a photo, editing a page's text, saving, and
 * diffing the files and the preview against a hand edit.
 */
@Tag("browser")
class CmsPreviewTest {

    @TempDir
    Path dir;

    @Test
    void theCmsOpensInThePreviewInBothLanguagesAndReadsTheWorkingCopy() throws Exception {
        copyFixtureSite(dir);
        String before = Files.readString(dir.resolve("data/timeline.yaml"));
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        try (SitePreview preview = SitePreview.start(dir, 0, new PrintStream(console, true, StandardCharsets.UTF_8));
             Chromium chromium = Chromium.start(executable("browser.chromium"), executable("browser.chromedriver"),
                     dir.resolve("target/browser"))) {
            WebDriverWait wait = new WebDriverWait(chromium.driver(), Duration.ofSeconds(60));
            wait.until(driver -> preview.lastBake() != null);
            String base = "http://127.0.0.1:" + preview.port() + "/";
            Chromium.PageVisit visit = chromium.open(URI.create(base + "admin/"));
            assertEquals(List.of(), visit.cspViolations());
            assertTrue(visit.requests().stream().allMatch(url -> url.startsWith(base) || url.startsWith("data:")
                    || url.startsWith("blob:")), "requests to another host: " + visit.requests());
            wait.until(driver -> !driver.findElements(By.xpath("//button[normalize-space()='Login']")).isEmpty());
            chromium.driver().findElement(By.xpath("//button[normalize-space()='Login']")).click();
            chromium.driver().get(base + "admin/#/collections/timeline/entries/timeline");
            By firstEvent = By.xpath("(//*[normalize-space()=\"Hamburg doctors' orchestra plays at TJMC's centenary\"])[1]");
            wait.until(driver -> !driver.findElements(firstEvent).isEmpty());
            // the Chinese interface, from the same site
            chromium.open(URI.create(base + "admin/zh/"));
            // the configuration's own words are English: Chinese on the page is the CMS's interface
            wait.until(driver -> Boolean.TRUE.equals(chromium.script(
                    "return /[\\u4e00-\\u9fff]/.test(document.body.innerText);")));
            assertEquals(before, Files.readString(dir.resolve("data/timeline.yaml")), "opening the CMS wrote a file");
        }
    }

    /** The fixture's content/ and data/ with the project's templates, assets, settings and pinned CMS (ProjectCopy's layout). */
    private static void copyFixtureSite(Path dir) throws java.io.IOException {
        Path project = Path.of(System.getProperty("project.dir"));
        Path fixture = project.resolve("tools/src/test/resources/fixture-site");
        for (String folder : List.of("content", "data")) {
            copy(fixture.resolve(folder), dir.resolve(folder));
        }
        for (String part : List.of("templates", "assets", "jbake.properties", "cms")) {
            copy(project.resolve(part), dir.resolve(part));
        }
    }

    private static void copy(Path from, Path to) throws java.io.IOException {
        try (java.util.stream.Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(file, target);
                }
            }
        }
    }

    private static Path executable(String property) {
        return Path.of(System.getProperty(property));
    }
}
