package cn.edu.hust.tjmc.site.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.edu.hust.tjmc.site.BuiltSite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every page's {@code <meta>} policy is the one the built host configurations send as a header
 * (less frame-ancestors, which browsers ignore in {@code <meta>}): _headers and .htaccess in the
 * site, the nginx snippet in target/nginx/.
 */
class SecurityPolicyTest {

    @ParameterizedTest(name = "{0}")
    @MethodSource(BuiltSite.ALL_PAGES)
    void pagePolicyIsTheHostsPolicy(String page) throws IOException {
        BuiltSite site = BuiltSite.fromSystemProperties();
        String meta = site.parse(page).select("meta[http-equiv=Content-Security-Policy]").attr("content");
        String header = meta + "; frame-ancestors 'none'";
        Path nginx = Path.of(System.getProperty("project.dir"), "target", "nginx", "security-headers.conf");
        assertEquals(List.of(header, header, header), List.of(
                policy(site.text("_headers"), "(?m)^  Content-Security-Policy: (.+)$"),
                policy(site.text(".htaccess"), "(?m)^  Header always set Content-Security-Policy \"(.+)\"$"),
                policy(Files.readString(nginx), "(?m)^add_header Content-Security-Policy \"(.+)\" always;$")),
                page + "'s <meta> policy against _headers, .htaccess and the nginx snippet");
    }

    private static String policy(String configuration, String line) {
        Matcher matcher = Pattern.compile(line).matcher(configuration);
        return matcher.find() ? matcher.group(1) : "(no policy)";
    }
}
