package cn.edu.hust.tjmc.site.publishing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.edu.hust.tjmc.site.Nginx;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * deploy/nginx-site.conf, as the college's IT installs it, serving what deploy/deploy.sh uploaded:
 * DEST/current, the security headers, the site's 404 page, dot-files hidden, and a new release or
 * a rollback served without reloading nginx. Only the TLS lines are replaced, by a loopback port.
 */
class NginxSiteConfigTest {

    private static final String INSTALLED_ROOT = "/srv/tjmc-international/current";
    private static final String INSTALLED_HEADERS = "/etc/nginx/snippets/tjmc-security-headers.conf";

    @TempDir
    Path work;

    @Test
    void nginxServesTheCurrentReleaseWithHeadersAnd404Page() throws Exception {
        Path site = Files.createDirectories(work.resolve("site"));
        Files.writeString(site.resolve("index.html"), "<p>first</p>");
        Files.writeString(site.resolve("404.html"), "<p>not found</p>");
        Path dest = Files.createDirectories(work.resolve("www"));
        List<String> deploy = List.of("--site", site.toString(), dest.toString());
        assertEquals(0, DeployScript.run(work, deploy, Map.of()).exitCode());

        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        try (Nginx nginx = Nginx.start(Path.of(System.getProperty("browser.nginx", "/usr/sbin/nginx")),
                work.resolve("nginx"), port, serverBlock(dest, port))) {
            HttpResponse<String> home = get(port, "/");
            assertEquals(200, home.statusCode());
            assertEquals("<p>first</p>", home.body());
            assertTrue(home.headers().firstValue("Content-Security-Policy").orElse("").contains("frame-ancestors 'none'"),
                    home.headers().map().toString());

            HttpResponse<String> missing = get(port, "/no-such-page.html");
            assertEquals(404, missing.statusCode());
            assertEquals("<p>not found</p>", missing.body());
            assertTrue(missing.headers().firstValue("Content-Security-Policy").isPresent(), "headers on the 404 page too");

            assertEquals(404, get(port, "/.release-manifest").statusCode(), "deploy.sh's manifest is not served");

            Files.writeString(site.resolve("index.html"), "<p>second</p>");
            assertEquals(0, DeployScript.run(work, deploy, Map.of()).exitCode());
            assertEquals("<p>second</p>", get(port, "/").body(), "a new release is served without reloading nginx");
            assertEquals(0, DeployScript.run(work, List.of("--rollback", dest.toString()), Map.of()).exitCode());
            assertEquals("<p>first</p>", get(port, "/").body(), "and so is a rollback");
        }
    }

    /** The first server block of deploy/nginx-site.conf, for this folder and a loopback port. */
    private static String serverBlock(Path dest, int port) throws IOException {
        String conf = Files.readString(CiLinters.projectDir().resolve("deploy/nginx-site.conf"));
        String block = conf.substring(conf.indexOf("server {"), conf.indexOf("\n}\n") + 2);
        // written by the build (PrepareSite), which runs before these tests
        Path headers = CiLinters.projectDir().resolve("target/nginx/security-headers.conf");
        assertTrue(block.contains("root " + INSTALLED_ROOT + ";"), block);
        assertTrue(block.contains("include " + INSTALLED_HEADERS + ";"), block);
        return block.replace(INSTALLED_ROOT, dest.resolve("current").toString())
                .replace(INSTALLED_HEADERS, headers.toString())
                .replaceAll("(?m)^\\s*(listen|ssl_\\w+)\\b.*$", "")
                .replaceFirst("server \\{", "server {\n    listen 127.0.0.1:" + port + ";");
    }

    private static HttpResponse<String> get(int port, String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
