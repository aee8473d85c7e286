package cn.edu.hust.tjmc.site.browser;

import cn.edu.hust.tjmc.site.Nginx;
import cn.edu.hust.tjmc.site.source.JBakeSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The built site as a visitor gets it: target/site, exactly as it is published, served by nginx
 * on this machine and one headless Chromium to look at it. Also knows, from the built files
 * alone, which pages there are (for parameterized tests).
 *
 * <p>Two addresses, kept apart: the <b>public address</b> (site.host, e.g.
 * https://tjmc.hust.edu.cn/international/), which the build wrote into the sitemap, the feed and
 * the canonical links, and the <b>local address</b> the browser opens: http://127.0.0.1:{browser.port}
 * plus the public address's path (http://127.0.0.1:18080/international/), so that the 404 page's
 * links, which start from that path, work here too. The pages link to each other relatively; an
 * absolute link to the public address would leave this machine, and Chromium refuses every host
 * but 127.0.0.1 at once ({@link Chromium}).
 */
public final class LocalSite implements ExtensionContext.Store.CloseableResource {

    /** A page to test: its path under the site's address, and the HTTP status it must have. */
    public record SitePage(String path, int status) {
        @Override
        public String toString() {
            return status == 200 ? (path.isEmpty() ? "/" : path) : path + " (" + status + ")";
        }
    }

    /** Where pages that tests write are served, under the site's address, so "../css/site.css" reaches the site's. */
    static final String TEST_PAGES = "test-pages/";

    /** Asked for to get the 404 page: a missing file in a missing folder, so relative links would break. */
    static final SitePage MISSING_PAGE = new SitePage("no-such-folder/no-such-page.html", 404);

    /** The local address, http://127.0.0.1:{browser.port}/{path of site.host}/: what the browser opens. */
    private final URI localAddress;
    private final Path testPagesDir;
    private final Nginx nginx;
    private final Chromium chromium;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private LocalSite(URI localAddress, Path testPagesDir, Nginx nginx, Chromium chromium) {
        this.localAddress = localAddress;
        this.testPagesDir = testPagesDir;
        this.nginx = nginx;
        this.chromium = chromium;
    }

    static LocalSite start() {
        int port = Integer.parseInt(property("browser.port"));
        URI localAddress = servedAt(publicAddress(), port);
        Path projectDir = Path.of(property("project.dir"));
        Path workDir = projectDir.resolve("target/browser");
        Path testPagesDir = workDir.resolve("test-pages");
        try {
            Files.createDirectories(testPagesDir);
            Nginx nginx = Nginx.start(executable("browser.nginx"), workDir.resolve("nginx"), port,
                    server(port, localAddress.getPath(), testPagesDir, projectDir.resolve("target/nginx/security-headers.conf")));
            try {
                return new LocalSite(localAddress, testPagesDir, nginx,
                        Chromium.start(executable("browser.chromium"), executable("browser.chromedriver"), workDir));
            } catch (RuntimeException e) {
                nginx.close();
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * The built site at http://127.0.0.1:{@code port}{@code basePath} (basePath "/international/",
     * "/project/mr-12/" or "/"), with
     * the security headers the build wrote and the site's 404.html for missing files, and the
     * pages tests write at {@code basePath}{@link #TEST_PAGES} with the same headers.
     */
    private static String server(int port, String basePath, Path testPagesDir, Path securityHeaders) {
        return String.join("\n", List.of(
                "server {",
                "  listen 127.0.0.1:" + port + ";",
                "  server_name 127.0.0.1;",
                "  location " + basePath + " {",
                "    alias " + siteDir().toAbsolutePath() + "/;",
                "    include " + securityHeaders.toAbsolutePath() + ";",
                "    error_page 404 " + basePath + "404.html;",
                "  }",
                "  location " + basePath + TEST_PAGES + " {",
                "    alias " + testPagesDir.toAbsolutePath() + "/;",
                "    include " + securityHeaders.toAbsolutePath() + ";",
                "  }",
                "}"));
    }

    /** The page's local address, where the browser (and {@link #fetch}) gets it. */
    public URI url(SitePage page) {
        return localAddress.resolve(page.path());
    }

    /**
     * Serves a page a test wrote, outside target/site (which is the build's output), with the
     * site's headers, one folder below the site's root.
     *
     * @return its address
     */
    public URI serveTestPage(String name, String html) throws IOException {
        Files.writeString(testPagesDir.resolve(name), html, StandardCharsets.UTF_8);
        return localAddress.resolve(TEST_PAGES + name);
    }

    /** "http://127.0.0.1:18080/", the local origin: every request of every page must start with it. */
    public String origin() {
        return localAddress.resolve("/").toString();
    }

    public Chromium chromium() {
        return chromium;
    }

    public HttpResponse<String> fetch(SitePage page) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(url(page)).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** Folder for screenshots and other files the tests leave for people to look at. */
    public Path outputDir(String name) throws IOException {
        return Files.createDirectories(Path.of(property("project.dir")).resolve("target").resolve(name));
    }

    @Override
    public void close() {
        try {
            chromium.close();
        } finally {
            nginx.close();
        }
    }

    /** Every page in sitemap.xml, and a missing page (which must get the 404 page). */
    public static List<SitePage> pages() {
        String publicAddress = publicAddress().toString();
        Document sitemap = parse(siteDir().resolve("sitemap.xml"), Parser.xmlParser());
        List<SitePage> pages = new ArrayList<>();
        for (Element loc : sitemap.select("url > loc")) {
            String url = loc.text().trim();
            if (!url.startsWith(publicAddress)) {
                throw new IllegalStateException("sitemap.xml lists " + url + ", which is not under site.host " + publicAddress);
            }
            pages.add(new SitePage(url.substring(publicAddress.length()), 200));
        }
        if (pages.isEmpty()) {
            throw new IllegalStateException("sitemap.xml in " + siteDir() + " lists no page");
        }
        // the Chinese pages the sitemap leaves out: those that show their English page untranslated
        for (SitePage page : List.copyOf(pages)) {
            String chinese = "zh/" + (page.path().isEmpty() ? "index.html" : page.path());
            if (!page.path().startsWith("zh/") && Files.isRegularFile(siteDir().resolve(chinese))
                    && pages.stream().noneMatch(listed -> listed.path().equals(chinese))) {
                pages.add(new SitePage(chinese, 200));
            }
        }
        pages.add(MISSING_PAGE);
        return pages;
    }

    /**
     * One page of each page type (the {@code type:} of content/*.md, the first by file name),
     * and the 404 page: together they cover every template.
     */
    public static List<SitePage> onePagePerType() {
        List<SitePage> samples = new ArrayList<>(pagesByType().values());
        samples.add(MISSING_PAGE);
        return samples;
    }

    /** The first page (by file name) whose content file says {@code type: <type>}. */
    public static SitePage pageOfType(String type) {
        SitePage page = pagesByType().get(type);
        if (page == null) {
            throw new IllegalStateException("no page in content/ has type=" + type);
        }
        return page;
    }

    private static Map<String, SitePage> pagesByType() {
        Map<String, SitePage> byType = new LinkedHashMap<>();
        Path projectDir = Path.of(property("project.dir"));
        try (Stream<Path> files = Files.list(projectDir.resolve(JBakeSettings.read(projectDir).contentFolder()))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
                String page = file.getFileName().toString().replaceFirst("\\.md$", ".html");
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                for (String line : lines.subList(1, lines.size())) {
                    if (line.startsWith("---")) {
                        break;
                    }
                    if (line.startsWith("type:")) {
                        byType.putIfAbsent(line.substring("type:".length()).trim(), new SitePage(page, 200));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return byType;
    }

    /** The built page as jsoup reads it, to pick elements to test by what the files contain. */
    public static Document builtPage(SitePage page) {
        return parse(siteDir().resolve(page.path()), Parser.htmlParser());
    }

    private static Document parse(Path file, Parser parser) {
        try {
            return Jsoup.parse(file.toFile(), StandardCharsets.UTF_8.name(), "", parser);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": build the site first", e);
        }
    }

    /** site.host, the address the site was built for (and the sitemap lists its pages under), ending in "/". */
    private static URI publicAddress() {
        String host = property("site.host");
        URI address = URI.create(host.endsWith("/") ? host : host + "/");
        if (!address.isAbsolute() || address.getHost() == null) {
            throw new IllegalStateException("site.host " + host + " is not an absolute address such as https://example.org/tjmc");
        }
        return address;
    }

    /**
     * Where this machine's nginx serves the site built for {@code publicAddress}: on 127.0.0.1, at
     * the same path. The path goes into nginx's configuration as it is, so only the characters of
     * plain path segments are taken.
     */
    static URI servedAt(URI publicAddress, int port) {
        String path = publicAddress.getRawPath();
        if (!path.matches("(/[A-Za-z0-9._~-]+)*/")) {
            throw new IllegalStateException("the path of site.host " + publicAddress + " is not one the browser tests can serve"
                    + " (segments of letters, digits and . _ ~ - only)");
        }
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static Path siteDir() {
        return Path.of(property("site.dir"));
    }

    private static Path executable(String property) {
        Path path = Path.of(property(property));
        if (!Files.isExecutable(path)) {
            throw new IllegalStateException(property + ": no executable at " + path
                    + " (Debian: apt-get install chromium chromium-driver nginx; or set -D" + property + "=<path>)");
        }
        return path;
    }

    private static String property(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank() || value.startsWith("${")) {
            throw new IllegalStateException("system property " + name + " is not set: run the browser tests with mvn verify -Pbrowser");
        }
        return value;
    }
}
