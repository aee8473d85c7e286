package cn.edu.hust.tjmc.site.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.edu.hust.tjmc.site.BuiltSite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The site's security policy as published: the built host configurations (_headers and
 * .htaccess in the site, the nginx snippet in target/nginx/) send one policy; every page's
 * {@code <meta>} repeats it less frame-ancestors, which browsers ignore in {@code <meta>}; and
 * that policy lets a page load only the site's own files and run no inline code.
 */
class SecurityPolicyTest {

    private static final String FRAME_ANCESTORS = "frame-ancestors 'none'";

    /** The directives a page needs its own files for; everything else falls back to default-src. */
    private static final Set<String> REQUIRED = Set.of("default-src", "script-src", "style-src", "img-src",
            "object-src", "base-uri", "form-action", FRAME_ANCESTORS.split(" ")[0]);

    @Test
    void everyHostSendsOnePolicyAndEveryPageRepeatsItInItsMeta() throws IOException {
        String header = hostsPolicy();
        assertTrue(header.endsWith("; " + FRAME_ANCESTORS), "the header policy ends with " + FRAME_ANCESTORS + ": " + header);
        String meta = header.substring(0, header.length() - ("; " + FRAME_ANCESTORS).length());
        BuiltSite site = BuiltSite.fromSystemProperties();
        List<String> pages = site.htmlPages();
        assertFalse(pages.isEmpty(), "no pages in the built site");
        List<String> wrong = new ArrayList<>();
        for (String page : pages) {
            List<String> metas = site.parse(page).select("meta[http-equiv=Content-Security-Policy]").stream()
                    .map(element -> element.attr("content")).toList();
            if (!metas.equals(List.of(meta))) {
                wrong.add(page + ": " + metas);
            }
        }
        assertEquals(List.of(), wrong, "pages whose <meta> policies are not the one " + meta);
    }

    @Test
    void thePolicyAllowsOnlyTheSitesOwnFilesAndNoInlineCode() throws IOException {
        Map<String, List<String>> directives = new LinkedHashMap<>();
        for (String directive : hostsPolicy().split(";")) {
            List<String> words = Arrays.asList(directive.strip().split("\\s+"));
            assertEquals(null, directives.put(words.get(0), words.subList(1, words.size())),
                    "directive " + words.get(0) + " given twice");
        }
        assertTrue(directives.keySet().containsAll(REQUIRED), "the policy lacks some of " + REQUIRED + ": " + directives);
        List<String> problems = new ArrayList<>();
        directives.forEach((name, sources) -> {
            Set<String> allowed = switch (name) {
                case "object-src", "frame-ancestors" -> Set.of("'none'");
                case "img-src" -> Set.of("'self'", "data:");
                default -> Set.of("'self'", "'none'");
            };
            if (sources.isEmpty() || !allowed.containsAll(sources)) {
                problems.add(name + " " + sources + " (expected only " + allowed + ")");
            }
        });
        assertEquals(List.of(), problems, "sources beyond the site's own files");
    }

    /** The three configurations' policy, which must be one. */
    private static String hostsPolicy() throws IOException {
        BuiltSite site = BuiltSite.fromSystemProperties();
        Path nginx = Path.of(System.getProperty("project.dir"), "target", "nginx", "security-headers.conf");
        List<String> policies = List.of(
                policy(site.text("_headers"), "(?m)^  Content-Security-Policy: (.+)$"),
                policy(site.text(".htaccess"), "(?m)^  Header always set Content-Security-Policy \"(.+)\"$"),
                // with the CMS, the pages' policy is the value the snippet gives its variable first
                policy(Files.readString(nginx),
                        "(?m)^(?:add_header Content-Security-Policy|set \\$tjmc_csp) \"([^$\"]+)\"(?: always)?;$"));
        assertEquals(1, policies.stream().distinct().count(), "_headers, .htaccess and the nginx snippet: " + policies);
        assertFalse(policies.get(0).isEmpty(), "no policy in _headers");
        return policies.get(0);
    }

    private static String policy(String configuration, String line) {
        Matcher matcher = Pattern.compile(line).matcher(configuration);
        return matcher.find() ? matcher.group(1) : "";
    }
}
