package cn.edu.hust.tjmc.site.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.json.Json;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * One headless Chromium, driven through Debian's chromedriver (never a downloaded one), with a
 * fresh profile. Records, per page visit, console errors, Content-Security-Policy violations and
 * every URL the page requested. Uses plain Chrome DevTools Protocol commands through chromedriver,
 * which work whatever Chromium version Debian ships.
 *
 * <p>Every host name but 127.0.0.1 fails to resolve at once: the site is served on this machine,
 * and a request that would leave it (an absolute link to the public address, a font from another
 * host) fails in milliseconds and is recorded, never waits on a network that a sandbox or a CI
 * container may not have.
 */
public final class Chromium implements AutoCloseable {

    public enum ColorScheme {
        LIGHT, DARK;

        @Override
        public String toString() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** What a page did while it loaded. */
    public record PageVisit(URI url, List<String> consoleErrors, List<String> cspViolations, List<String> requests) {
    }

    private static final int VIEWPORT_HEIGHT = 900;

    /** Runs before any script of every page (CSP does not apply to it), so it sees every violation. */
    private static final String RECORD_CSP_VIOLATIONS = "window.__cspViolations = [];"
            + "document.addEventListener('securitypolicyviolation', e => window.__cspViolations.push("
            + "e.effectiveDirective + ' blocked ' + (e.blockedURI || 'inline code') + ' at ' + (e.sourceFile || e.documentURI)"
            + " + ':' + e.lineNumber));";

    private final ChromeDriver driver;
    private final Path profileDir;
    private final Json json = new Json();

    private Chromium(ChromeDriver driver, Path profileDir) {
        this.driver = driver;
        this.profileDir = profileDir;
    }

    static Chromium start(Path binary, Path chromedriver, Path workDir) throws IOException {
        Files.createDirectories(workDir);
        Path profileDir = Files.createTempDirectory(workDir, "chromium-profile-");
        // Both paths given explicitly, so that Selenium Manager never looks for or downloads a browser or driver.
        System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, chromedriver.toString());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(binary.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--no-first-run", "--disable-dev-shm-usage",
                "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
                "--user-data-dir=" + profileDir, "--window-size=1280," + VIEWPORT_HEIGHT);
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL", LogType.PERFORMANCE, "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriver.toFile())
                .withLogFile(workDir.resolve("chromedriver.log").toFile())
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30)).scriptTimeout(Duration.ofSeconds(60));
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", RECORD_CSP_VIOLATIONS));
        return new Chromium(driver, profileDir);
    }

    /** The WebDriver, for tools that take one (axe-core). */
    public ChromeDriver driver() {
        return driver;
    }

    /** A viewport {@code width} CSS pixels wide (at one device pixel per CSS pixel) in the given colour scheme. */
    public void emulate(int width, ColorScheme scheme) {
        resize(width);
        driver.executeCdpCommand("Emulation.setEmulatedMedia",
                Map.of("media", "", "features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme.toString()))));
    }

    /** A viewport {@code width} CSS pixels wide, the colour scheme left as it is: one command, for tests that step through widths. */
    public void resize(int width) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", VIEWPORT_HEIGHT, "deviceScaleFactor", 1, "mobile", false));
    }

    /** Loads {@code url} afresh (from about:blank, so a fragment never just scrolls) and reports what the page did. */
    public PageVisit open(URI url) {
        driver.get("about:blank");
        driver.manage().logs().get(LogType.BROWSER);
        driver.manage().logs().get(LogType.PERFORMANCE);
        driver.get(url.toString());
        List<String> consoleErrors = new ArrayList<>();
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            if (entry.getLevel().intValue() >= Level.SEVERE.intValue()) {
                consoleErrors.add(entry.getMessage());
            }
        }
        List<String> requests = new ArrayList<>();
        for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE)) {
            Map<String, Object> message = json.toType(entry.getMessage(), Map.class);
            @SuppressWarnings("unchecked")
            Map<String, Object> event = (Map<String, Object>) message.get("message");
            if ("Network.requestWillBeSent".equals(event.get("method"))) {
                @SuppressWarnings("unchecked")
                Map<String, Object> request = (Map<String, Object>) ((Map<String, Object>) event.get("params")).get("request");
                requests.add((String) request.get("url"));
            }
        }
        Object violations = driver.executeScript("return window.__cspViolations;");
        if (!(violations instanceof List<?> recorded)) {
            throw new IllegalStateException("the CSP violation listener did not run on " + url + ", so violations cannot be checked");
        }
        return new PageVisit(url, consoleErrors, recorded.stream().map(String::valueOf).toList(), requests);
    }

    public Object script(String script, Object... args) {
        return driver.executeScript(script, args);
    }

    public void press(CharSequence key) {
        new Actions(driver).sendKeys(key).perform();
    }

    public void pressTab() {
        press(Keys.TAB);
    }

    /** A PNG of the whole page, as wide as the viewport and as tall as the document. */
    public byte[] fullPageScreenshot() {
        Number width = (Number) script("return window.innerWidth;");
        Number height = (Number) script("return document.documentElement.scrollHeight;");
        Map<String, Object> result = driver.executeCdpCommand("Page.captureScreenshot", Map.of(
                "format", "png", "captureBeyondViewport", true,
                "clip", Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
        return Base64.getDecoder().decode((String) result.get("data"));
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profileDir)) {
                files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
