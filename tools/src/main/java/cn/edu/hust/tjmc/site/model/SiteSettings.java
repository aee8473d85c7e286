package cn.edu.hust.tjmc.site.model;

import java.net.URI;
import java.util.Map;
import java.util.Optional;

/**
 * Deployment settings, given on the build's command line rather than by editors.
 *
 * @param host                 absolute address of the published site, without trailing slash
 * @param icpFiling            the ICP filing number (ICP备案号) shown in the footer, if any
 * @param publicSecurityFiling the public security filing number (公安备案号), if any
 * @param cms                  the CMS at admin/: whether it is published, and where it saves
 */
public record SiteSettings(String host, Optional<String> icpFiling, Optional<String> publicSecurityFiling,
                           CmsSettings cms) {

    /** A site without admin/. */
    public SiteSettings(String host, Optional<String> icpFiling, Optional<String> publicSecurityFiling) {
        this(host, icpFiling, publicSecurityFiling, CmsSettings.NONE);
    }

    public SiteSettings {
        host = host.strip().replaceAll("/+$", "");
        if (!host.matches("https?://[^\\s/]+(/\\S*)?")) {
            throw new IllegalArgumentException("site.host '" + host + "' is not an absolute http(s) address"
                    + " (expected e.g. https://example.org or https://example.org/tjmc)");
        }
        icpFiling = icpFiling.map(String::strip).filter(text -> !text.isEmpty());
        publicSecurityFiling = publicSecurityFiling.map(String::strip).filter(text -> !text.isEmpty());
    }

    /** The path part of the host with slashes at both ends: "/tjmc/" for https://example.org/tjmc. */
    public String basePath() {
        String path = URI.create(host).getPath();
        return path == null || path.isEmpty() ? "/" : path + "/";
    }

    /** The same settings with {@code cms} for the CMS. */
    public SiteSettings withCms(CmsSettings cms) {
        return new SiteSettings(host, icpFiling, publicSecurityFiling, cms);
    }

    /**
     * From {@code --site.host=... --site.icpFiling=... --site.publicSecurityFiling=...} arguments,
     * and the CMS's ({@link CmsSettings#fromArguments}); admin/ is published when they name site.admin.
     */
    public static SiteSettings fromArguments(Map<String, String> arguments) {
        String host = arguments.get("site.host");
        if (host == null) {
            throw new IllegalArgumentException("missing --site.host=...");
        }
        return new SiteSettings(host, Optional.ofNullable(arguments.get("site.icpFiling")),
                Optional.ofNullable(arguments.get("site.publicSecurityFiling")),
                arguments.containsKey("site.admin") ? CmsSettings.fromArguments(arguments) : CmsSettings.NONE);
    }
}
