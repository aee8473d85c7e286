package cn.edu.hust.tjmc.site.publishing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.edu.hust.tjmc.site.Nginx;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * deploy/nginx-site.conf, as the college's IT installs it, serving what deploy/deploy.sh uploaded:
 * DEST/current, with the security headers the release brought (DEST/nginx/security-headers.conf),
 * HSTS, caching by name, compression, the site's 404 page, dot-files hidden, and a new release or
 * a rollback served without reloading nginx. Only the TLS lines are replaced, by loopback ports:
 * the HTTPS block's port answers plain HTTP here.
 */
class NginxSiteConfigTest {

    private static final String INSTALLED_ROOT = "/srv/tjmc-international/current";
    private static final String INSTALLED_HEADERS = "/srv/tjmc-international/nginx/security-headers.conf";
    /** A photo variant as the build names it: images/<name>-<width>.<16 hex digits of its hash>.webp */
    private static final String HASHED_PHOTO = "/images/2019/visit-800.3f2a9c1e0b7d4a55.webp";
    private static final String IMMUTABLE = "public, max-age=31536000, immutable";
    private static final String FEED = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom"><title>TJMC International: timeline</title></feed>
            """;

    @TempDir
    Path work;

    @Test
    void nginxServesTheCurrentReleaseWithHeadersCachingAnd404Page() throws Exception {
        // as the build writes them: target/site and target/nginx/security-headers.conf
        Path site = Files.createDirectories(work.resolve("build/site"));
        Files.writeString(site.resolve("index.html"), "<p>first</p>");
        Files.writeString(site.resolve("404.html"), "<p>not found</p>");
        Files.writeString(site.resolve("feed.xml"), FEED);
        Files.writeString(site.resolve("sitemap.xml"), FEED.replace("feed", "urlset"));
        Files.writeString(Files.createDirectories(site.resolve("css")).resolve("site.css"), "body { margin: 0 }\n".repeat(20));
        Files.write(Files.createDirectories(site.resolve("images/2019")).resolve("visit-800.3f2a9c1e0b7d4a55.webp"), new byte[64]);
        Files.write(site.resolve("images/2019/visit.webp"), new byte[64]);
        Files.copy(builtHeaders(), Files.createDirectories(work.resolve("build/nginx")).resolve("security-headers.conf"));
        Path dest = Files.createDirectories(work.resolve("www"));
        List<String> deploy = List.of("--site", site.toString(), dest.toString());
        DeployScript.Result deployed = DeployScript.run(work, deploy, Map.of());
        assertEquals(0, deployed.exitCode(), deployed.stderr());

        int port = freePort();
        int httpPort = freePort();
        try (Nginx nginx = Nginx.start(Path.of(System.getProperty("browser.nginx", "/usr/sbin/nginx")),
                work.resolve("nginx-run"), port, servers(dest, port, httpPort))) {
            HttpResponse<String> home = get(port, "/");
            assertEquals(200, home.statusCode());
            assertEquals("<p>first</p>", home.body());
            assertSecurityHeaders(home);
            assertEquals("no-cache", header(home, "Cache-Control"), "a page keeps its address when it changes");
            assertEquals("nginx", header(home, "Server"), "server_tokens off: no version");

            HttpResponse<String> missing = get(port, "/no-such-page.html");
            assertEquals(404, missing.statusCode());
            assertEquals("<p>not found</p>", missing.body());
            assertSecurityHeaders(missing);

            HttpResponse<String> photo = get(port, HASHED_PHOTO);
            assertEquals(200, photo.statusCode());
            assertEquals(IMMUTABLE, header(photo, "Cache-Control"), "a name with its content's hash is kept long");
            assertSecurityHeaders(photo);
            assertEquals("no-cache", header(get(port, "/images/2019/visit.webp"), "Cache-Control"), "no hash in the name");
            HttpResponse<String> css = get(port, "/css/site.css");
            assertEquals("no-cache", header(css, "Cache-Control"), "css/site.css carries no hash");
            assertSecurityHeaders(css);
            HttpResponse<String> missingPhoto = get(port, "/images/2019/gone-800.0123456789abcdef.webp");
            assertEquals(404, missingPhoto.statusCode());
            assertEquals("<p>not found</p>", missingPhoto.body());
            assertFalse(header(missingPhoto, "Cache-Control").contains("immutable"), "a 404 is never kept a year");

            HttpResponse<byte[]> feed = getGzip(port, "/feed.xml");
            assertEquals("application/atom+xml", header(feed, "Content-Type"));
            assertEquals("gzip", header(feed, "Content-Encoding"));
            assertEquals(FEED, gunzip(feed.body()));
            assertSecurityHeaders(feed);
            HttpResponse<byte[]> sitemap = getGzip(port, "/sitemap.xml");
            assertEquals("text/xml", header(sitemap, "Content-Type"));
            assertEquals("gzip", header(sitemap, "Content-Encoding"));
            assertEquals("gzip", header(getGzip(port, "/css/site.css"), "Content-Encoding"));

            for (String folder : List.of("/css/", "/images/", "/images/2019/", "/css")) {
                HttpResponse<String> listing = get(port, folder);
                assertEquals(404, listing.statusCode(), folder + " is no page: not found, not forbidden");
                assertEquals("<p>not found</p>", listing.body(), folder);
            }

            assertEquals(404, get(port, "/.release-manifest").statusCode(), "deploy.sh's manifest is not served");
            assertEquals(404, get(port, "/_headers").statusCode());

            HttpResponse<String> plain = get(httpPort, "/timeline.html");
            assertEquals(301, plain.statusCode());
            assertEquals("https://127.0.0.1/timeline.html", header(plain, "Location"));
            assertEquals("", header(plain, "Strict-Transport-Security"), "HSTS is sent over HTTPS only");
            assertEquals("nginx", header(plain, "Server"));

            Files.writeString(site.resolve("index.html"), "<p>second</p>");
            assertEquals(0, DeployScript.run(work, deploy, Map.of()).exitCode());
            assertEquals("<p>second</p>", get(port, "/").body(), "a new release is served without reloading nginx");
            assertEquals(0, DeployScript.run(work, List.of("--rollback", dest.toString()), Map.of()).exitCode());
            assertEquals("<p>first</p>", get(port, "/").body(), "and so is a rollback");
        }
    }

    /** The headers the release brought with it, and HSTS, on every response of the HTTPS block. */
    private static void assertSecurityHeaders(HttpResponse<?> response) {
        String where = response.uri().getPath() + " " + response.headers().map();
        assertTrue(header(response, "Content-Security-Policy").contains("frame-ancestors 'none'"), where);
        assertEquals("nosniff", header(response, "X-Content-Type-Options"), where);
        assertEquals("DENY", header(response, "X-Frame-Options"), where);
        assertEquals("max-age=31536000", header(response, "Strict-Transport-Security"), where);
    }

    /** Written by the build (PrepareSite), which runs before these tests. */
    private static Path builtHeaders() {
        return CiLinters.projectDir().resolve("target/nginx/security-headers.conf");
    }

    /** deploy/nginx-site.conf for this DEST: TLS lines dropped, each block on a loopback port. */
    private static String servers(Path dest, int port, int httpPort) throws IOException {
        String conf = Files.readString(CiLinters.projectDir().resolve("deploy/nginx-site.conf"));
        for (String installed : List.of("root " + INSTALLED_ROOT + ";", "include " + INSTALLED_HEADERS + ";",
                "listen 443 ssl http2;", "listen 80;")) {
            assertTrue(conf.contains(installed), installed + " in\n" + conf);
        }
        return conf.replace(INSTALLED_ROOT, dest.resolve("current").toString())
                .replace(INSTALLED_HEADERS, dest.resolve("nginx/security-headers.conf").toString())
                .replaceAll("(?m)^\\s*(listen \\[::\\]|ssl_\\w+\\b).*$", "")
                .replace("listen 443 ssl http2;", "listen 127.0.0.1:" + port + ";")
                .replace("listen 80;", "listen 127.0.0.1:" + httpPort + ";");
    }

    private static int freePort() throws IOException {
        try (ServerSocket free = new ServerSocket(0)) {
            return free.getLocalPort();
        }
    }

    private static String header(HttpResponse<?> response, String name) {
        HttpHeaders headers = response.headers();
        return headers.firstValue(name).orElse("");
    }

    private static HttpResponse<String> get(int port, String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<byte[]> getGzip(int port, String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Accept-Encoding", "gzip").build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String gunzip(byte[] body) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
