package cn.edu.hust.tjmc.site.preview;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import cn.edu.hust.tjmc.site.pipeline.AdminSite;
import cn.edu.hust.tjmc.site.report.Report;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Serves the latest good bake on 127.0.0.1, or an error page after a failed one, and tells
 * open pages over Server-Sent Events to reload after every bake. The reload script is
 * added to HTML as it is sent, as an external script (the site's CSP forbids inline
 * script), so nothing of the preview ever lands in the baked files.
 *
 * <p>Only for the editor's own browser (issue 16): requests must name the preview's host
 * (127.0.0.1 or localhost with its port), or a web page whose name an attacker points at
 * 127.0.0.1 (DNS rebinding) could read it; the event stream answers only the preview's own
 * pages. A fixed number of threads reads requests, and a request that has not arrived whole
 * in {@link #REQUEST_SECONDS} is dropped, so slow clients can neither grow the server nor
 * hold it for long.
 */
public final class PreviewServer {

    static final String RELOAD_SCRIPT = "/_preview/reload.js";
    static final String EVENTS = "/_preview/events";
    /** The CMS's pages, served as they are. */
    private static final String ADMIN = "/" + AdminSite.FOLDER + "/";
    /** Enough for a browser's parallel requests; more clients wait in line. */
    static final int THREADS = 8;
    /** A browser sends a request's line and headers at once; a client still sending after this is dropped. */
    static final int REQUEST_SECONDS = 10;

    static {
        // The JDK's server reads these once, when the first server starts; they apply to every
        // server of the JVM, and the preview's is the only one in it. The response time stays
        // unlimited: the event stream is one response that lasts as long as its page.
        setIfAbsent("sun.net.httpserver.maxReqTime", String.valueOf(REQUEST_SECONDS));
        setIfAbsent("sun.net.httpserver.timerMillis", "500");
        // Idle keep-alive connections take no thread; closed after 30 s, as the JDK does by default.
        setIfAbsent("sun.net.httpserver.idleInterval", "30");
    }

    private static final Map<String, String> CONTENT_TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"),
            Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("json", "application/json"),
            Map.entry("yml", "text/yaml; charset=utf-8"),
            Map.entry("xml", "application/xml"),
            Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"),
            Map.entry("webp", "image/webp"),
            Map.entry("ico", "image/x-icon"),
            Map.entry("webmanifest", "application/manifest+json"),
            Map.entry("woff2", "font/woff2"));

    /** The site's style sheet, as templates/layout.ftl links it, for the preview's own pages. */
    private static final String SITE_STYLE_SHEET = "/css/site.css";

    private static final Pattern HEAD_END = Pattern.compile("</head>", Pattern.CASE_INSENSITIVE);

    /** What is served now. {@code generation} counts bakes, good or bad: pages compare it to theirs. */
    private record Served(int generation, Path siteDir, List<String> errors) {
    }

    private final HttpServer server;
    /** The CMS's local backend at {@link LocalBackend#PATH}, or null: then that address is not found. */
    private final LocalBackend backend;
    private final ExecutorService threads;
    private final byte[] reloadScript;
    private final AtomicReference<Served> served = new AtomicReference<>(new Served(0, null, List.of()));
    private final List<OutputStream> listeners = new CopyOnWriteArrayList<>();
    /** Held while a bake number is sent, so that no page hears an older number after a newer one. */
    private final Object announcing = new Object();
    /** Runs between registering a page's listener and sending it the current bake; tests make a bake end there. */
    Runnable afterListenerRegistered = () -> { };

    public PreviewServer(int port) throws IOException {
        this(port, null);
    }

    PreviewServer(int port, LocalBackend backend) throws IOException {
        this.backend = backend;
        try (InputStream script = PreviewServer.class.getResourceAsStream("reload.js")) {
            reloadScript = script.readAllBytes();
        }
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        threads = Executors.newFixedThreadPool(THREADS, task -> {
            Thread thread = new Thread(task, "preview-http");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(threads);
        server.createContext("/", this::handle);
        server.start();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** Serves {@code bake}'s site, or its errors over the last good site's files, and reloads pages. */
    public void show(PreviewBake bake) {
        synchronized (announcing) {
            Served now = served.updateAndGet(before -> bake.succeeded()
                    ? new Served(before.generation() + 1, bake.siteDir(), List.of())
                    : new Served(before.generation() + 1, before.siteDir(), bake.errors()));
            for (OutputStream listener : listeners) {
                send(listener, now.generation());
            }
        }
    }

    public void stop() {
        for (OutputStream listener : listeners) {
            close(listener);
        }
        server.stop(0);
        threads.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String host = exchange.getRequestHeaders().getFirst("Host");
        if (!isOwnHost(host)) {
            respond(exchange, 421, CONTENT_TYPES.get("txt"), plain("This is the site preview of http://127.0.0.1:"
                    + port() + "/ and it answers requests for that address only."));
            return;
        }
        String path = decodedPath(exchange.getRequestURI().getRawPath());
        if (path == null) {
            respond(exchange, 400, CONTENT_TYPES.get("txt"), plain("The address has a malformed %-escape or a"
                    + " character no file name can have."));
            return;
        }
        if (path.equals(LocalBackend.PATH) && backend != null) {
            answerCms(exchange, host);
            return;
        }
        if (path.equals(EVENTS)) {
            String origin = exchange.getRequestHeaders().getFirst("Origin");
            if (origin != null && !origin.equals("http://" + host)) {
                respond(exchange, 403, CONTENT_TYPES.get("txt"), plain("The preview's reload events are for its"
                        + " own pages only."));
                return;
            }
            listen(exchange);
            return;
        }
        Served now = served.get();
        if (path.equals(RELOAD_SCRIPT)) {
            respond(exchange, 200, CONTENT_TYPES.get("js"), reloadScript);
        } else if (now.siteDir() == null && now.errors().isEmpty()) {
            // Carries the reload script too, so a page opened during the first bake shows up by itself.
            respond(exchange, 503, CONTENT_TYPES.get("html"), withReloadScript("<!DOCTYPE html>\n<html lang=\"en\">"
                    + "<head><meta charset=\"utf-8\"><title>Preview: baking</title></head>"
                    + "<body><p>The first bake is under way; this page reloads when it is done.</p></body></html>\n", now));
        } else {
            serveFile(exchange, path, now);
        }
    }

    /**
     * A call of the CMS at admin/, which writes files: only a POST of JSON from the preview's own
     * pages (browsers always send Origin with a POST; a page of another site, or one reached
     * through another name, has another), and not larger than {@link LocalBackend#MAX_REQUEST_BYTES}.
     */
    private void answerCms(HttpExchange exchange, String host) throws IOException {
        String origin = exchange.getRequestHeaders().getFirst("Origin");
        String type = exchange.getRequestHeaders().getFirst("Content-Type");
        if (!exchange.getRequestMethod().equals("POST")) {
            exchange.getResponseHeaders().set("Allow", "POST");
            respond(exchange, 405, CONTENT_TYPES.get("txt"), plain("The CMS's backend answers POST requests only."));
        } else if (origin == null || !origin.equalsIgnoreCase("http://" + host)) {
            respond(exchange, 403, CONTENT_TYPES.get("txt"), plain("The preview's CMS backend answers the preview's own"
                    + " admin page only, at http://" + host + "/admin/."));
        } else if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/json")) {
            respond(exchange, 415, CONTENT_TYPES.get("txt"), plain("The CMS's backend takes JSON only."));
        } else {
            byte[] request;
            try (InputStream in = exchange.getRequestBody()) {
                request = in.readNBytes(LocalBackend.MAX_REQUEST_BYTES + 1);
            }
            if (request.length > LocalBackend.MAX_REQUEST_BYTES) {
                respond(exchange, 413, CONTENT_TYPES.get("txt"), plain("Too large for the preview: photos up to 20 MB."));
                return;
            }
            try {
                respond(exchange, 200, CONTENT_TYPES.get("json"), backend.handle(request));
            } catch (LocalBackend.Refused e) {
                respond(exchange, 422, CONTENT_TYPES.get("json"), ("{\"error\":" + quoted(e.getMessage()) + "}")
                        .getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    private static String quoted(String text) {
        StringBuilder json = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                json.append('\\').append(c);
            } else if (c < 0x20) {
                json.append(String.format("\\u%04x", (int) c));
            } else {
                json.append(c);
            }
        }
        return json.append('"').toString();
    }

    private void serveFile(HttpExchange exchange, String path, Served now) throws IOException {
        Path file = resolve(now.siteDir(), path);
        // The CMS is the editor's tool, not a page of the site: a reload or the error page would
        // throw away what is being edited, and its own messages say what a save did.
        boolean html = !path.startsWith(ADMIN) && (file == null ? isPageRequest(path) : extension(file).equals("html"));
        if (html && !now.errors().isEmpty()) {
            respond(exchange, 500, CONTENT_TYPES.get("html"), withReloadScript(errorPage(now.errors()), now));
        } else if (file == null) {
            Path notFound = now.siteDir() == null ? null : now.siteDir().resolve("404.html");
            byte[] body = notFound != null && Files.isRegularFile(notFound)
                    ? withReloadScript(Files.readString(notFound), now)
                    : "Not found".getBytes(StandardCharsets.UTF_8);
            respond(exchange, 404, CONTENT_TYPES.get(notFound != null ? "html" : "txt"), body);
        } else if (html) {
            respond(exchange, 200, CONTENT_TYPES.get("html"), withReloadScript(Files.readString(file), now));
        } else if (extension(file).equals("html")) {
            respond(exchange, 200, CONTENT_TYPES.get("html"), Files.readAllBytes(file));
        } else {
            respond(exchange, 200, CONTENT_TYPES.getOrDefault(extension(file), "application/octet-stream"),
                    Files.readAllBytes(file));
        }
    }

    /** 127.0.0.1 or localhost (any case), with this server's port; nothing else, and not nothing. */
    private boolean isOwnHost(String host) {
        if (host == null) {
            return false;
        }
        String name = host.toLowerCase(Locale.ROOT);
        String port = ":" + port();
        return name.equals("127.0.0.1" + port) || name.equals("localhost" + port);
    }

    /**
     * The path with its %-escapes decoded as UTF-8, or null when it cannot name a file: a malformed
     * or incomplete escape, bytes that are not UTF-8, a control character such as {@code %00}.
     */
    static String decodedPath(String rawPath) {
        if (rawPath == null || !rawPath.startsWith("/")) {
            return null;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < rawPath.length(); i++) {
            char c = rawPath.charAt(i);
            if (c == '%') {
                int high = i + 2 < rawPath.length() ? Character.digit(rawPath.charAt(i + 1), 16) : -1;
                int low = high < 0 ? -1 : Character.digit(rawPath.charAt(i + 2), 16);
                if (low < 0) {
                    return null;
                }
                bytes.write(high * 16 + low);
                i += 2;
            } else {
                byte[] encoded = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                bytes.write(encoded, 0, encoded.length);
            }
        }
        try {
            String path = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
            return path.chars().anyMatch(ch -> ch < 0x20 || ch == 0x7f) ? null : path;
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** The file a URL path names inside the site, index.html for folders; null when there is none. */
    private static Path resolve(Path siteDir, String urlPath) {
        if (siteDir == null) {
            return null;
        }
        Path file;
        try {
            file = siteDir.resolve(urlPath.substring(1)).normalize();
        } catch (InvalidPathException e) {
            return null; // a name this file system cannot have (Windows: "a:b", "x*"), so not a file of the site
        }
        if (!file.startsWith(siteDir)) {
            return null;
        }
        if (Files.isDirectory(file)) {
            file = file.resolve("index.html");
        }
        return Files.isRegularFile(file) ? file : null;
    }

    private static boolean isPageRequest(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        return name.isEmpty() || name.endsWith(".html") || !name.contains(".");
    }

    private static String extension(Path file) {
        String name = file.getFileName().toString();
        return name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
    }

    /** The page's generation rides on the script's URL, so a page that missed a bake reloads on connecting. */
    private static byte[] withReloadScript(String html, Served now) {
        String tag = "<script src=\"" + RELOAD_SCRIPT + "?bake=" + now.generation() + "\" defer></script>";
        Matcher headEnd = HEAD_END.matcher(html);
        String result = headEnd.find()
                ? html.substring(0, headEnd.start()) + tag + html.substring(headEnd.start())
                : html + tag;
        return result.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The mistakes in the console's order, styled by the site's own style sheet (from the last
     * good bake; the CSP allows no inline style). Plain list items wrap long lines, where a
     * {@code <pre>} would run off the screen.
     */
    private static String errorPage(List<String> errors) {
        StringBuilder page = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>Preview: the site was not built</title>"
                + "<link rel=\"stylesheet\" href=\"" + SITE_STYLE_SHEET + "\"></head><body>"
                + "<main class=\"tjmc-main\"><div class=\"tjmc-prose\">"
                + "<h1>The site was not built</h1><p>" + Report.mistakes(errors.size())
                + ". This page reloads by itself once " + (errors.size() == 1 ? "it is" : "they are")
                + " fixed and saved.</p><ol>");
        for (String error : errors) {
            page.append("<li><code>").append(escape(error)).append("</code></li>");
        }
        return page.append("</ol><p>docs/EDITING.md explains each kind of file.</p></div></main></body></html>\n")
                .toString();
    }

    private static byte[] plain(String text) {
        return (text + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private static void setIfAbsent(String property, String value) {
        if (System.getProperty(property) == null) {
            System.setProperty(property, value);
        }
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static void respond(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        // Every response may change with the next bake; the browser must never reuse one.
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            if (!head) {
                out.write(body);
            }
        }
    }

    /**
     * Keeps the response open (the handler returns without closing it); bakes write events to it.
     * The listener is registered before the current bake number is read: a bake that ends in
     * between is then sent by {@link #show}, where read first it would be lost.
     */
    private void listen(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0);
        OutputStream stream = exchange.getResponseBody();
        listeners.add(stream);
        afterListenerRegistered.run();
        synchronized (announcing) {
            send(stream, served.get().generation());
        }
    }

    private void send(OutputStream stream, int generation) {
        synchronized (stream) {
            try {
                stream.write(("event: bake\ndata: " + generation + "\n\n").getBytes(StandardCharsets.UTF_8));
                stream.flush();
            } catch (IOException e) {
                // The page went away; EventSource reconnects on its own if it still exists.
                listeners.remove(stream);
                close(stream);
            }
        }
    }

    private static void close(OutputStream stream) {
        try {
            stream.close();
        } catch (IOException e) {
            // Closing a connection the browser already dropped can fail; it is gone either way.
        }
    }
}
