package cn.edu.hust.tjmc.site.pipeline;

import cn.edu.hust.tjmc.site.model.SecurityPolicy;
import java.util.Map;
import java.util.function.BiConsumer;

/** {@link SecurityPolicy}'s headers in each host's configuration format, written by {@link PrepareSite}. */
public final class SecurityHeaders {

    /** Where the nginx snippet goes, relative to the project folder; deployments and the browser tests include it. */
    public static final String NGINX_SNIPPET = "target/nginx/security-headers.conf";

    private SecurityHeaders() {
    }

    /** _headers at the site's root, read by Netlify and Cloudflare Pages. */
    static String netlify() {
        StringBuilder text = new StringBuilder("# Security headers for Netlify and Cloudflare Pages, written by the"
                + " build from SecurityPolicy.java.\n/*\n");
        each((name, value) -> text.append("  ").append(name).append(": ").append(value).append('\n'));
        return text.toString();
    }

    /** .htaccess at the site's root, for Apache with AllowOverride FileInfo; {@code basePath} like "/tjmc/". */
    static String apache(String basePath) {
        StringBuilder text = new StringBuilder("# Apache: security headers (written by the build from"
                + " SecurityPolicy.java) and the 404 page.\n<IfModule mod_headers.c>\n");
        each((name, value) -> text.append("  Header always set ").append(name).append(" \"").append(value)
                .append("\"\n"));
        return text.append("</IfModule>\nErrorDocument 404 ").append(basePath).append("404.html\n").toString();
    }

    /** The nginx snippet, not published: a deployment includes it where it serves the site. */
    static String nginx() {
        StringBuilder text = new StringBuilder("# Security headers for TJMC International under nginx, written by"
                + " the build from SecurityPolicy.java.\n# Include it in the server or location block that serves"
                + " the site:   include /path/to/security-headers.conf;\n");
        each((name, value) -> text.append("add_header ").append(name).append(" \"").append(value)
                .append("\" always;\n"));
        return text.toString();
    }

    private static void each(BiConsumer<String, String> header) {
        for (Map.Entry<String, String> entry : SecurityPolicy.HEADERS.entrySet()) {
            header.accept(entry.getKey(), entry.getValue());
        }
    }
}
