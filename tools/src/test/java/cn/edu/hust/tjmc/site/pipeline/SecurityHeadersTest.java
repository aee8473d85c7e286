package cn.edu.hust.tjmc.site.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.edu.hust.tjmc.site.ProjectCopy;
import cn.edu.hust.tjmc.site.model.SecurityPolicy;
import cn.edu.hust.tjmc.site.model.SiteSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every host configuration the build writes carries the one policy, header for header. */
class SecurityHeadersTest {

    @TempDir
    Path dir;

    @Test
    void everyHostGetsTheSameHeaders() throws IOException {
        ProjectCopy project = new ProjectCopy(dir.resolve("project"));
        Path bake = dir.resolve("bake");
        PrepareSite.prepare(project.dir(), bake,
                new SiteSettings("https://example.org/tjmc", Optional.empty(), Optional.empty()));

        Map<String, String> netlify = headers(Files.readString(bake.resolve("_headers")),
                "(?m)^  ([A-Za-z-]+): (.+)$");
        String htaccess = Files.readString(bake.resolve(".htaccess"));
        Map<String, String> apache = headers(htaccess, "(?m)^  Header always set ([A-Za-z-]+) \"(.+)\"$");
        Map<String, String> nginx = headers(Files.readString(project.dir().resolve(SecurityHeaders.NGINX_SNIPPET)),
                "(?m)^add_header ([A-Za-z-]+) \"(.+)\" always;$");

        assertEquals(5, SecurityPolicy.HEADERS.size());
        assertEquals(SecurityPolicy.HEADERS, netlify, "_headers");
        assertEquals(SecurityPolicy.HEADERS, apache, ".htaccess");
        assertEquals(SecurityPolicy.HEADERS, nginx, "nginx");
        assertEquals(SecurityPolicy.CONTENT_SECURITY_POLICY_META + "; frame-ancestors 'none'",
                netlify.get("Content-Security-Policy"), "the pages' <meta> policy is the header's, less frame-ancestors");
        assertTrue(htaccess.contains("\nErrorDocument 404 /tjmc/404.html\n"), "Apache's 404 page under the site's path");
    }

    /** The headers of one configuration, in order; a header written twice fails the test. */
    private static Map<String, String> headers(String text, String line) {
        Map<String, String> headers = new LinkedHashMap<>();
        Matcher matcher = Pattern.compile(line).matcher(text);
        while (matcher.find()) {
            assertEquals(null, headers.put(matcher.group(1), matcher.group(2)), matcher.group(1) + " twice");
        }
        return headers;
    }
}
