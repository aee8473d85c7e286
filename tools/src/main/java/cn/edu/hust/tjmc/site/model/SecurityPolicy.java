package cn.edu.hust.tjmc.site.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The site's security policy, written once: only its own files, no inline script or style.
 * The layout's {@code <meta>} element and the host configurations that the build writes
 * (_headers, .htaccess, the nginx snippet; see build.SecurityHeaders) all come from here.
 */
public final class SecurityPolicy {

    /** For the {@code <meta>} element; frame-ancestors is left out because browsers ignore it there. */
    public static final String CONTENT_SECURITY_POLICY_META = "default-src 'self'; script-src 'self'; "
            + "style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'";

    /**
     * The CMS's page at admin/ (Decap CMS), as narrow as it runs under: its own script, plus
     * {@code 'unsafe-eval'} (it checks its configuration with ajv, which compiles JSON Schemas into
     * functions), inline style (its components style themselves at run time), photos shown from
     * memory ({@code blob:}), and connections to its own site and the Git host's API only. Nothing
     * else loads from another host.
     */
    public static String adminMeta(CmsSettings cms) {
        String hosts = cms.backend().equals("proxy") ? ""
                : " " + String.join(" ", new TreeSet<>(List.of(CmsSettings.origin(cms.apiRoot()),
                        CmsSettings.origin(cms.baseUrl()))));
        return "default-src 'none'; script-src 'self' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; "
                + "img-src 'self' data: blob:" + hosts + "; connect-src 'self'" + hosts + "; font-src 'self'; "
                + "object-src 'none'; base-uri 'none'; form-action 'none'";
    }

    /** {@link #adminMeta} as a response header, which may also forbid framing. */
    public static String adminHeader(CmsSettings cms) {
        return adminMeta(cms) + "; frame-ancestors 'none'";
    }

    /** The response headers, in the order the host configurations list them. */
    public static final Map<String, String> HEADERS = headers();

    private SecurityPolicy() {
    }

    private static Map<String, String> headers() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Security-Policy", CONTENT_SECURITY_POLICY_META + "; frame-ancestors 'none'");
        headers.put("Referrer-Policy", "strict-origin-when-cross-origin");
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=()");
        headers.put("X-Frame-Options", "DENY");
        return Collections.unmodifiableMap(headers);
    }
}
