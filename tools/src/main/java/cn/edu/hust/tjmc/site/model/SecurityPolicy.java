package cn.edu.hust.tjmc.site.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

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
