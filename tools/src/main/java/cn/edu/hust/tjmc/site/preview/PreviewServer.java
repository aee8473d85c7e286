package cn.edu.hust.tjmc.site.preview;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import cn.edu.hust.tjmc.site.report.Report;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
 */
public final class PreviewServer {

    static final String RELOAD_SCRIPT = "/_preview/reload.js";
    static final String EVENTS = "/_preview/events";

    private static final Map<String, String> CONTENT_TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"),
            Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("json", "application/json"),
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

    private static final Pattern HEAD_END = Pattern.compile("</head>", Pattern.CASE_INSENSITIVE);

    /** What is served now. {@code generation} counts bakes, good or bad: pages compare it to theirs. */
    private record Served(int generation, Path siteDir, List<String> errors) {
    }

    private final HttpServer server;
    private final ExecutorService threads;
    private final byte[] reloadScript;
    private final AtomicReference<Served> served = new AtomicReference<>(new Served(0, null, List.of()));
    private final List<OutputStream> listeners = new CopyOnWriteArrayList<>();

    public PreviewServer(int port) throws IOException {
        try (InputStream script = PreviewServer.class.getResourceAsStream("reload.js")) {
            reloadScript = script.readAllBytes();
        }
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        threads = Executors.newCachedThreadPool(task -> {
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
        Served now = served.updateAndGet(before -> bake.succeeded()
                ? new Served(before.generation() + 1, bake.siteDir(), List.of())
                : new Served(before.generation() + 1, before.siteDir(), bake.errors()));
        for (OutputStream listener : listeners) {
            send(listener, now.generation());
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
        String path = exchange.getRequestURI().getPath();
        Served now = served.get();
        // An exception here makes the JDK server drop the connection, which is all it deserves.
        if (path.equals(EVENTS)) {
            listen(exchange, now);
        } else if (path.equals(RELOAD_SCRIPT)) {
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

    private void serveFile(HttpExchange exchange, String path, Served now) throws IOException {
        Path file = resolve(now.siteDir(), path);
        boolean html = file == null ? isPageRequest(path) : extension(file).equals("html");
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
        } else {
            respond(exchange, 200, CONTENT_TYPES.getOrDefault(extension(file), "application/octet-stream"),
                    Files.readAllBytes(file));
        }
    }

    /** The file a URL path names inside the site, index.html for folders; null when there is none. */
    private static Path resolve(Path siteDir, String urlPath) {
        if (siteDir == null) {
            return null;
        }
        Path file = siteDir.resolve(urlPath.substring(1)).normalize();
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

    private static String errorPage(List<String> errors) {
        StringBuilder page = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<title>Preview: the site was not built</title></head><body>"
                + "<h1>The site was not built</h1><p>" + Report.mistakes(errors.size())
                + ". This page reloads by itself once they are fixed and saved.</p><pre>");
        for (String error : errors) {
            page.append(escape(error)).append('\n');
        }
        return page.append("</pre><p>docs/EDITING.md explains each kind of file.</p></body></html>\n").toString();
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

    /** Keeps the response open (the handler returns without closing it); bakes write events to it. */
    private void listen(HttpExchange exchange, Served now) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0);
        OutputStream stream = exchange.getResponseBody();
        listeners.add(stream);
        send(stream, now.generation());
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
