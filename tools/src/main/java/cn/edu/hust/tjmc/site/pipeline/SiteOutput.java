package cn.edu.hust.tjmc.site.pipeline;

import cn.edu.hust.tjmc.site.model.SiteSettings;
import cn.edu.hust.tjmc.site.source.JBakeSettings;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A file the build writes into the site itself, beside what JBake renders from templates (the
 * pages, and the files jbake.properties switches on: sitemap, feed, 404 page) and the photos'
 * variants. A new one is a line in {@link #ALL} (or {@link AdminSite#OUTPUTS}): the build writes
 * it, the list of published files names it, and the published-output check expects it.
 *
 * @param path    its path in the site, '/'-separated
 * @param content its bytes, for the build
 */
public record SiteOutput(String path, Function<Build, byte[]> content) {

    /** What an output is made from: the project, its folders and the build's settings. */
    public record Build(Path projectDir, JBakeSettings jbake, SiteSettings settings) {
    }

    /** Every file the build writes into every site, in the order it writes them. */
    public static final List<SiteOutput> ALL = List.of(
            // everything may be indexed but the CMS; where the sitemap is
            text("robots.txt", settings -> "User-agent: *\nAllow: /\n"
                    + (settings.cms().published() ? "Disallow: " + settings.basePath() + AdminSite.FOLDER + "/\n" : "")
                    + "\nSitemap: " + settings.host() + "/sitemap.xml\n"),
            // the security headers for Netlify and Cloudflare Pages
            text("_headers", SecurityHeaders::netlify),
            // the security headers and the 404 page for Apache
            text(".htaccess", settings -> SecurityHeaders.apache(settings.basePath())));

    /** A text file made from the build's settings alone. */
    static SiteOutput text(String path, Function<SiteSettings, String> text) {
        return new SiteOutput(path, build -> text.apply(build.settings()).getBytes(StandardCharsets.UTF_8));
    }

    /** The files of a site with {@code settings}: {@link #ALL}, and the CMS's when it is published. */
    public static List<SiteOutput> of(SiteSettings settings) {
        List<SiteOutput> outputs = new ArrayList<>(ALL);
        if (settings.cms().published()) {
            outputs.addAll(AdminSite.OUTPUTS);
        }
        return outputs;
    }
}
