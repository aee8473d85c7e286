package cn.edu.hust.tjmc.site.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import org.junit.jupiter.api.Test;

/**
 * The browser tier opens the site built for site.host on 127.0.0.1, at site.host's path (no
 * browser needed to check that, so it runs in every verify).
 */
class LocalSiteAddressTest {

    @Test
    void theLocalAddressKeepsThePublicAddressesPathWhateverItsDepth() {
        assertEquals(URI.create("http://127.0.0.1:18080/international/"),
                LocalSite.servedAt(URI.create("https://tjmc.hust.edu.cn/international/"), 18080));
        // a GitLab merge request's preview
        assertEquals(URI.create("http://127.0.0.1:18131/tjmc-international/mr-12/"),
                LocalSite.servedAt(URI.create("https://group.gitlab.io/tjmc-international/mr-12/"), 18131));
        assertEquals(URI.create("http://127.0.0.1:18080/"), LocalSite.servedAt(URI.create("https://example.org/"), 18080));
    }

    @Test
    void aPathNginxCouldReadOtherwiseIsRefused() {
        assertThrows(IllegalStateException.class, () -> LocalSite.servedAt(URI.create("https://example.org/a%20b/"), 18080));
        assertThrows(IllegalStateException.class, () -> LocalSite.servedAt(URI.create("https://example.org/a;b/"), 18080));
    }
}
