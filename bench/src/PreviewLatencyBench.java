import cn.edu.hust.tjmc.site.preview.SitePreview;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What an editor feels: from saving a Markdown file to the open page having reloaded with
 * the change, in headless Chromium driven over its DevTools protocol (the JDK's WebSocket
 * client; one page and one event need no WebDriver). Prints
 * {@code preview-latency median_ms=<n> min_ms=<n> max_ms=<n> edits=<n>}.
 * Arguments: project folder, number of edits (default 10), Chromium (default /usr/bin/chromium).
 * The edited page, content/about.md, is restored at the end.
 */
public final class PreviewLatencyBench {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final BlockingQueue<Long> pageLoads = new LinkedBlockingQueue<>();
    private final Map<Integer, CompletableFuture<JsonNode>> replies = new ConcurrentHashMap<>();
    private final AtomicInteger ids = new AtomicInteger();
    private WebSocket devTools;

    private PreviewLatencyBench() {
    }

    public static void main(String[] args) throws Exception {
        Path projectDir = Path.of(args[0]).toAbsolutePath().normalize();
        int edits = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        String chromium = args.length > 2 ? args[2] : "/usr/bin/chromium";
        Path page = projectDir.resolve("content/about.md");
        String original = Files.readString(page, StandardCharsets.UTF_8);
        Path profile = Files.createTempDirectory("preview-bench-chromium");
        ByteArrayOutputStream bakeLog = new ByteArrayOutputStream();
        Process browser = null;
        try (SitePreview preview = SitePreview.start(projectDir, 0, new PrintStream(bakeLog, true, StandardCharsets.UTF_8))) {
            awaitFirstBake(preview, bakeLog);
            browser = new ProcessBuilder(chromium, "--headless", "--no-sandbox", "--disable-gpu",
                    "--disable-background-networking", "--disable-component-update", "--no-first-run",
                    "--user-data-dir=" + profile, "--remote-debugging-port=0", "about:blank")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            PreviewLatencyBench bench = new PreviewLatencyBench();
            bench.connect(profile);
            List<Long> millis = bench.measure("http://127.0.0.1:" + preview.port() + "/about.html", page, original, edits);
            Collections.sort(millis);
            System.out.println("preview-latency median_ms=" + millis.get(millis.size() / 2) + " min_ms=" + millis.get(0)
                    + " max_ms=" + millis.get(millis.size() - 1) + " edits=" + edits);
        } finally {
            Files.writeString(page, original, StandardCharsets.UTF_8);
            if (browser != null) {
                browser.destroy();
                browser.waitFor(10, TimeUnit.SECONDS);
            }
            deleteQuietly(profile);
        }
        // JBake and OrientDB leave non-daemon threads behind.
        System.exit(0);
    }

    private List<Long> measure(String url, Path page, String original, int edits) throws Exception {
        call("Page.enable", Map.of());
        call("Page.navigate", Map.of("url", url));
        awaitLoad();
        List<Long> millis = new ArrayList<>();
        for (int edit = 1; edit <= edits; edit++) {
            // Lets the reloaded page open its event stream before the next save.
            Thread.sleep(1000);
            pageLoads.clear();
            String marker = "Preview latency edit " + edit + " at " + System.nanoTime();
            long saved = System.nanoTime();
            Files.writeString(page, original + "\n" + marker + "\n", StandardCharsets.UTF_8);
            long loaded = awaitLoad();
            JsonNode found = call("Runtime.evaluate",
                    Map.of("expression", "document.body.textContent.includes('" + marker + "')"));
            if (!found.at("/result/result/value").asBoolean()) {
                throw new IllegalStateException("edit " + edit + ": the reloaded page lacks the edit");
            }
            millis.add((loaded - saved) / 1_000_000);
        }
        return millis;
    }

    private long awaitLoad() throws InterruptedException {
        Long at = pageLoads.poll(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        if (at == null) {
            throw new IllegalStateException("the page did not load within " + TIMEOUT);
        }
        return at;
    }

    /** Finds the blank page Chromium opened and attaches to it; Chromium writes its port to the profile. */
    private void connect(Path profile) throws Exception {
        Path portFile = profile.resolve("DevToolsActivePort");
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (!Files.isRegularFile(portFile) || Files.readAllLines(portFile).isEmpty()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Chromium did not start its DevTools server");
            }
            Thread.sleep(50);
        }
        String port = Files.readAllLines(portFile).get(0).strip();
        HttpClient http = HttpClient.newHttpClient();
        JsonNode targets = JSON.readTree(http.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/json/list")).build(), HttpResponse.BodyHandlers.ofString()).body());
        String pageSocket = null;
        for (JsonNode target : targets) {
            if (target.path("type").asText().equals("page")) {
                pageSocket = target.path("webSocketDebuggerUrl").asText();
            }
        }
        devTools = http.newWebSocketBuilder().buildAsync(URI.create(pageSocket), new Listener()).get();
    }

    private JsonNode call(String method, Map<String, Object> params) throws Exception {
        int id = ids.incrementAndGet();
        CompletableFuture<JsonNode> reply = new CompletableFuture<>();
        replies.put(id, reply);
        devTools.sendText(JSON.writeValueAsString(Map.of("id", id, "method", method, "params", params)), true).get();
        return reply.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    }

    private final class Listener implements WebSocket.Listener {
        private final StringBuilder message = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket socket, CharSequence part, boolean last) {
            long now = System.nanoTime();
            message.append(part);
            if (last) {
                try {
                    JsonNode json = JSON.readTree(message.toString());
                    if (json.path("method").asText().equals("Page.loadEventFired")) {
                        pageLoads.add(now);
                    } else if (json.has("id")) {
                        replies.remove(json.get("id").asInt()).complete(json);
                    }
                } catch (IOException e) {
                    throw new IllegalStateException("unreadable DevTools message: " + message, e);
                }
                message.setLength(0);
            }
            socket.request(1);
            return null;
        }
    }

    private static void awaitFirstBake(SitePreview preview, ByteArrayOutputStream bakeLog) throws InterruptedException {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (preview.lastBake() == null || !preview.lastBake().succeeded()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the site did not bake:\n" + bakeLog);
            }
            Thread.sleep(100);
        }
    }

    /** Chromium's helper processes may still be writing to the profile as they exit; leftovers are harmless. */
    private static void deleteQuietly(Path dir) throws IOException {
        try (var walk = Files.walk(dir)) {
            walk.sorted(Collections.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }
}
