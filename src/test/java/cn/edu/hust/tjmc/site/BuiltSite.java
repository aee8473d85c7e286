package cn.edu.hust.tjmc.site;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * The published site in target/site (system property {@code site.dir}), read the way a browser
 * would fetch it: which files a page references, whether a reference leaves the site's own host,
 * and how many bytes each file costs over the wire (gzip at the default level, as static hosts send it).
 * Shared by the budget and output tests.
 */
public final class BuiltSite {

    private static final Pattern CSS_URL = Pattern.compile("url\\(\\s*(['\"]?)(.*?)\\1\\s*\\)");
    private static final Pattern CSS_IMPORT = Pattern.compile("@import\\s+(['\"])(.*?)\\1");
    private static final Pattern CSS_IMPORT_ANY =
            Pattern.compile("@import\\s+(?:(['\"])(.*?)\\1|url\\(\\s*(['\"]?)(.*?)\\3\\s*\\))");

    private final Path root;
    private final URI host;

    private BuiltSite(Path root, URI host) {
        this.root = root;
        this.host = host;
    }

    public static BuiltSite fromSystemProperties() {
        String dir = System.getProperty("site.dir");
        String host = System.getProperty("site.host");
        if (dir == null || host == null) {
            throw new IllegalStateException("system properties site.dir and site.host are needed (set by the pom's failsafe configuration)");
        }
        Path root = Path.of(dir);
        if (!Files.isDirectory(root)) {
            throw new IllegalStateException("site.dir " + root + " is not a directory: build the site first (mvn package)");
        }
        return new BuiltSite(root, URI.create(host.endsWith("/") ? host : host + "/"));
    }

    public Path root() {
        return root;
    }

    /**
     * site.host, ending in "/": the public address the site was built for, as its files write it
     * (sitemap, feed, canonical links). The browser tier serves the same files elsewhere
     * ({@code browser.LocalSite}).
     */
    public URI host() {
        return host;
    }

    /** For {@code @MethodSource}: runs a test once per page of the built site. */
    public static final String ALL_PAGES = "cn.edu.hust.tjmc.site.BuiltSite#allPages";

    public static List<String> allPages() {
        return fromSystemProperties().htmlPages();
    }

    /** The CMS's folder: its pages are an editing tool with a policy of their own, tested by AdminPageTest. */
    public static final String ADMIN = "admin";

    /** Every HTML file of the site but the CMS's (admin/), as paths relative to its root, sorted. */
    public List<String> htmlPages() {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(file -> file.toString().endsWith(".html") && !root.relativize(file).startsWith(ADMIN))
                    .map(file -> root.relativize(file).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Document parse(String page) {
        Path file = root.resolve(page);
        try {
            return Jsoup.parse(file.toFile(), StandardCharsets.UTF_8.name(), host.resolve(page).toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    public String text(String file) {
        try {
            return Files.readString(root.resolve(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Compressed size of a site file, in bytes. */
    public int gzipSize(String file) {
        try {
            return gzipSize(Files.readAllBytes(root.resolve(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static int gzipSize(byte[] content) {
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(compressed)) {
            gzip.write(content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return compressed.size();
    }

    /**
     * True when fetching {@code reference} needs no host but the site's own: a relative or
     * root-relative address, a data: URL, or an absolute one on the scheme, host and port of site.host.
     */
    public boolean isOwnHost(String reference) {
        String trimmed = reference.trim();
        if (trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.toLowerCase(Locale.ROOT).startsWith("data:")) {
            return true;
        }
        URI uri;
        try {
            uri = new URI(trimmed.replace(" ", "%20"));
        } catch (URISyntaxException e) {
            return false;
        }
        if (uri.getScheme() == null && uri.getRawAuthority() == null) {
            return true;
        }
        String scheme = uri.getScheme() == null ? host.getScheme() : uri.getScheme();
        return scheme.equalsIgnoreCase(host.getScheme())
                && host.getHost().equalsIgnoreCase(uri.getHost())
                && port(scheme, uri.getPort()) == port(host.getScheme(), host.getPort());
    }

    private static int port(String scheme, int explicitPort) {
        if (explicitPort != -1) {
            return explicitPort;
        }
        return "https".equalsIgnoreCase(scheme) ? 443 : 80;
    }

    /**
     * The site file that {@code reference}, found in site file {@code from}, points to, if it is
     * one of the site's own; empty for other hosts and for addresses outside site.host's path.
     */
    public Optional<String> localFile(String from, String reference) {
        if (!isOwnHost(reference) || reference.trim().toLowerCase(Locale.ROOT).startsWith("data:")) {
            return Optional.empty();
        }
        URI resolved = host.resolve(from).resolve(reference.trim().replace(" ", "%20"));
        String path = resolved.getPath();
        String basePath = host.getPath();
        if (path == null || !path.startsWith(basePath)) {
            return Optional.empty();
        }
        return Optional.of(path.substring(basePath.length()));
    }

    public boolean exists(String file) {
        return Files.isRegularFile(root.resolve(file));
    }

    /** The site file at {@code file}, a path relative to the site's root. */
    public Path path(String file) {
        return root.resolve(file);
    }

    /** The addresses in a stylesheet's url() values and @import rules, in order of appearance. */
    public static List<String> cssReferences(String css) {
        List<String> references = new ArrayList<>();
        for (Pattern pattern : List.of(CSS_URL, CSS_IMPORT)) {
            Matcher matcher = pattern.matcher(css);
            while (matcher.find()) {
                references.add(matcher.group(2));
            }
        }
        return references;
    }

    /** The stylesheets a stylesheet imports, which cost a request each. */
    public static List<String> cssImports(String css) {
        List<String> imports = new ArrayList<>();
        Matcher matcher = CSS_IMPORT_ANY.matcher(css);
        while (matcher.find()) {
            imports.add(matcher.group(2) != null ? matcher.group(2) : matcher.group(4));
        }
        return imports;
    }
}
