package cn.edu.hust.tjmc.site.pipeline;

import cn.edu.hust.tjmc.site.model.CmsSettings;
import cn.edu.hust.tjmc.site.model.SecurityPolicy;
import cn.edu.hust.tjmc.site.model.SiteSettings;
import java.util.Map;
import java.util.function.BiConsumer;

/** {@link SecurityPolicy}'s headers in each host's configuration format, written by {@link PrepareSite}. */
public final class SecurityHeaders {

    /** Where the nginx snippet goes, relative to the project folder; deployments and the browser tests include it. */
    public static final String NGINX_SNIPPET = "target/nginx/security-headers.conf";

    private static final String CSP = "Content-Security-Policy";

    private SecurityHeaders() {
    }

    /**
     * _headers at the site's root, read by Netlify and Cloudflare Pages. The CMS's folder, when
     * published, gets its own policy: Cloudflare Pages adds every matching block's headers, so
     * its block first detaches the pages' policy ({@code ! Content-Security-Policy}).
     */
    static String netlify(SiteSettings settings) {
        StringBuilder text = new StringBuilder("# Security headers for Netlify and Cloudflare Pages, written by the"
                + " build from SecurityPolicy.java.\n/*\n");
        each((name, value) -> text.append("  ").append(name).append(": ").append(value).append('\n'));
        if (settings.cms().published()) {
            text.append("/").append(AdminSite.FOLDER).append("/*\n  ! ").append(CSP).append("\n  ").append(CSP)
                    .append(": ").append(SecurityPolicy.adminHeader(settings.cms())).append('\n');
        }
        return text.toString();
    }

    /** admin/.htaccess: the CMS's policy in place of the pages'. */
    static String apacheAdmin(CmsSettings cms) {
        return "# Apache: the CMS's security policy (written by the build from SecurityPolicy.java).\n"
                + "<IfModule mod_headers.c>\n  Header always set " + CSP + " \"" + SecurityPolicy.adminHeader(cms)
                + "\"\n</IfModule>\n";
    }

    /** .htaccess at the site's root, for Apache with AllowOverride FileInfo; {@code basePath} like "/tjmc/". */
    static String apache(String basePath) {
        StringBuilder text = new StringBuilder("# Apache: security headers (written by the build from"
                + " SecurityPolicy.java) and the 404 page.\n<IfModule mod_headers.c>\n");
        each((name, value) -> text.append("  Header always set ").append(name).append(" \"").append(value)
                .append("\"\n"));
        return text.append("</IfModule>\nErrorDocument 404 ").append(basePath).append("404.html\n").toString();
    }

    /**
     * The nginx snippet, not published: a deployment includes it where it serves the site. With
     * the CMS, the policy is a variable that the CMS's folder sets to its own (one snippet, so that
     * a location block that adds a header of its own still includes everything with one line).
     */
    static String nginx(SiteSettings settings) {
        StringBuilder text = new StringBuilder("# Security headers for TJMC International under nginx, written by"
                + " the build from SecurityPolicy.java.\n# Include it in the server or location block that serves"
                + " the site:   include /path/to/security-headers.conf;\n");
        if (settings.cms().published()) {
            text.append("set $tjmc_csp \"").append(SecurityPolicy.HEADERS.get(CSP)).append("\";\n")
                    .append("if ($uri ~ \"^").append(settings.basePath()).append(AdminSite.FOLDER).append("/\") {\n")
                    .append("  set $tjmc_csp \"").append(SecurityPolicy.adminHeader(settings.cms())).append("\";\n}\n");
        }
        each((name, value) -> text.append("add_header ").append(name).append(" \"")
                .append(name.equals(CSP) && settings.cms().published() ? "$tjmc_csp" : value).append("\" always;\n"));
        return text.toString();
    }

    private static void each(BiConsumer<String, String> header) {
        for (Map.Entry<String, String> entry : SecurityPolicy.HEADERS.entrySet()) {
            header.accept(entry.getKey(), entry.getValue());
        }
    }
}
