package cn.edu.hust.tjmc.site.model;

/**
 * The site's Content-Security-Policy: only its own files, no inline script or style.
 * The same policy is sent as a header by the host configurations in assets/.
 */
public final class SecurityPolicy {

    /** For the {@code <meta>} element; frame-ancestors is left out because browsers ignore it there. */
    public static final String CONTENT_SECURITY_POLICY_META = "default-src 'self'; script-src 'self'; "
            + "style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'";

    private SecurityPolicy() {
    }
}
