package cn.edu.hust.tjmc.site.pipeline;

import cn.edu.hust.tjmc.site.model.SiteSettings;
import java.util.List;
import java.util.function.Function;

/**
 * A file the build writes into the site itself, beside what JBake renders from templates (the
 * pages, and the files jbake.properties switches on: sitemap, feed, 404 page) and the photos'
 * variants. A new one is a line in {@link #ALL}: the build writes it, the list of published
 * files names it, and the published-output check expects it.
 *
 * @param path its path in the site, '/'-separated
 * @param text its text, for the build's settings
 */
public record SiteOutput(String path, Function<SiteSettings, String> text) {

    /** Every file the build writes into the site, in the order it writes them. */
    public static final List<SiteOutput> ALL = List.of(
            // everything may be indexed; where the sitemap is
            new SiteOutput("robots.txt", settings -> "User-agent: *\nAllow: /\n\nSitemap: " + settings.host()
                    + "/sitemap.xml\n"),
            // the security headers for Netlify and Cloudflare Pages
            new SiteOutput("_headers", settings -> SecurityHeaders.netlify()),
            // the security headers and the 404 page for Apache
            new SiteOutput(".htaccess", settings -> SecurityHeaders.apache(settings.basePath())));
}
