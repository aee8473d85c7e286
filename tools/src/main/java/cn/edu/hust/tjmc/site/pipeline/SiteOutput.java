package cn.edu.hust.tjmc.site.pipeline;

import cn.edu.hust.tjmc.site.model.SiteSettings;
import java.util.List;

/**
 * A file the build writes into the site itself, beside what JBake renders from templates (the
 * pages, and the files jbake.properties switches on: sitemap, feed, 404 page) and the photos'
 * variants. A new one is a class here and a line in {@link #ALL}: the build writes it, the list
 * of published files names it, and the published-output check expects it.
 */
public interface SiteOutput {

    /** Every file the build writes into the site, in the order it writes them. */
    List<SiteOutput> ALL = List.of(new RobotsTxt(), new NetlifyHeaders(), new ApacheHeaders());

    /** Its path in the site, '/'-separated. */
    String path();

    /** Its text, for the build's settings. */
    String text(SiteSettings settings);

    /** robots.txt: everything may be indexed; where the sitemap is. */
    record RobotsTxt() implements SiteOutput {
        @Override
        public String path() {
            return "robots.txt";
        }

        @Override
        public String text(SiteSettings settings) {
            return "User-agent: *\nAllow: /\n\nSitemap: " + settings.host() + "/sitemap.xml\n";
        }
    }

    /** _headers: the security headers for Netlify and Cloudflare Pages. */
    record NetlifyHeaders() implements SiteOutput {
        @Override
        public String path() {
            return "_headers";
        }

        @Override
        public String text(SiteSettings settings) {
            return SecurityHeaders.netlify();
        }
    }

    /** .htaccess: the security headers and the 404 page for Apache. */
    record ApacheHeaders() implements SiteOutput {
        @Override
        public String path() {
            return ".htaccess";
        }

        @Override
        public String text(SiteSettings settings) {
            return SecurityHeaders.apache(settings.basePath());
        }
    }
}
