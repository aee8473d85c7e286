package cn.edu.hust.tjmc.site.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.edu.hust.tjmc.site.BuiltSite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The CMS's pages at admin/ as published (docs/CMS.md): kept out of search engines (noindex,
 * robots.txt, not in the sitemap), the pinned Decap CMS with its licences, loaded with its
 * integrity; and one policy of their own in every place that sends one, that allows no other
 * host than the Git host the configuration names.
 */
class AdminPageTest {

    private static final List<String> PAGES = List.of("admin/index.html", "admin/zh/index.html");
    private final BuiltSite site = BuiltSite.fromSystemProperties();
    private final Path project = Path.of(System.getProperty("project.dir"));

    @Test
    void keptOutOfSearchEngines() {
        for (String page : PAGES) {
            Document document = site.parse(page);
            assertEquals("noindex, nofollow", document.select("meta[name=robots]").attr("content"), page);
        }
        assertTrue(site.text("robots.txt").contains("\nDisallow: " + basePath()
                + "admin/\n"), site.text("robots.txt"));
        assertFalse(site.text("sitemap.xml").contains("/admin"), "the sitemap lists the CMS");
    }

    @Test
    void publishesThePinnedCmsWithItsLicencesAndItsIntegrity() throws Exception {
        byte[] script = Files.readAllBytes(site.root().resolve("admin/decap-cms.js"));
        assertArrayEquals(Files.readAllBytes(project.resolve("cms/decap-cms.js")), script);
        Properties pin = new Properties();
        try (var in = Files.newInputStream(project.resolve("cms/decap-cms.properties"))) {
            pin.load(in);
        }
        String integrity = "sha512-" + Base64.getEncoder().encodeToString(sha512(script));
        assertEquals(pin.getProperty("script.integrity"), integrity);
        for (String page : PAGES) {
            assertEquals(integrity, site.parse(page).select("script[src$=decap-cms.js]").attr("integrity"), page);
        }
        assertTrue(site.text("admin/LICENSE.txt").contains("MIT License"));
        assertTrue(site.text("admin/decap-cms.js.LICENSE.txt").length() > 1000);
        assertTrue(new String(script, 0, 200, java.nio.charset.StandardCharsets.UTF_8)
                .contains("For license information please see decap-cms.js.LICENSE.txt"));
    }

    @Test
    void oneAdminPolicyEverywhereAllowingOnlyTheGitHost() throws IOException {
        String meta = site.parse(PAGES.get(0)).select("meta[http-equiv=Content-Security-Policy]").attr("content");
        assertEquals(meta, site.parse(PAGES.get(1)).select("meta[http-equiv=Content-Security-Policy]").attr("content"));
        String header = meta + "; frame-ancestors 'none'";
        assertTrue(site.text("_headers").contains("\n/admin/*\n  ! Content-Security-Policy\n  Content-Security-Policy: "
                + header + "\n"), site.text("_headers"));
        assertTrue(site.text("admin/.htaccess").contains("Header always set Content-Security-Policy \"" + header + "\""));
        String nginx = Files.readString(project.resolve("target/nginx/security-headers.conf"));
        assertTrue(nginx.contains("if ($uri ~ \"^" + basePath() + "admin/\") {\n"
                + "  set $tjmc_csp \"" + header + "\";\n}\n"), nginx);
        @SuppressWarnings("unchecked")
        Map<String, Object> backend = (Map<String, Object>) ((Map<String, Object>) new Load(LoadSettings.builder().build())
                .loadFromString(site.text("admin/config.yml"))).get("backend");
        List<String> hosts = new ArrayList<>();
        for (String key : List.of("base_url", "api_root")) {
            if (backend.get(key) instanceof String address) {
                Matcher origin = Pattern.compile("^https?://[^/]+").matcher(address);
                assertTrue(origin.find(), address);
                hosts.add(origin.group());
            }
        }
        for (String directive : meta.split(";")) {
            for (String source : directive.strip().split("\\s+")) {
                if (source.contains("://")) {
                    assertTrue(hosts.contains(source), source + " is not the Git host of config.yml " + hosts);
                }
            }
            assertFalse(directive.contains("*"), directive);
        }
        assertTrue(meta.contains("script-src 'self' 'unsafe-eval';"), meta);
        assertTrue(meta.startsWith("default-src 'none';"), meta);
    }

    /** The site's path with one slash at its end: "/international/". */
    private String basePath() {
        String path = site.host().getPath();
        return path.endsWith("/") ? path : path + "/";
    }

    private static byte[] sha512(byte[] bytes) throws NoSuchAlgorithmException {
        return MessageDigest.getInstance("SHA-512").digest(bytes);
    }
}
