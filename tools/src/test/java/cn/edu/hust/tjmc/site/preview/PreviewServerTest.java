package cn.edu.hust.tjmc.site.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.edu.hust.tjmc.site.report.Problem;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The preview server without a bake: bakes are handed to it directly. Requests that need a
 * header of their own choosing, or a slow client, go over raw sockets.
 */
class PreviewServerTest {

    @TempDir
    Path site;

    private PreviewServer server;

    @BeforeEach
    void start() throws IOException {
        server = new PreviewServer(0);
    }

    private void serveASite() throws IOException {
        Files.writeString(site.resolve("index.html"), "<!DOCTYPE html><html><head></head><body>home</body></html>");
        server.show(new PreviewBake(site, List.of(), 1));
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    /** A page that connects while a bake ends must still hear of that bake, or it keeps showing the old page. */
    @Test
    void bakeEndingWhileAPageConnectsReachesThatPage() throws Exception {
        // The bake ends exactly between the two steps of connecting, every time.
        server.afterListenerRegistered = () -> server.show(new PreviewBake(site, List.of(), 1));
        HttpResponse<java.io.InputStream> events = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + PreviewServer.EVENTS)).build(),
                HttpResponse.BodyHandlers.ofInputStream());
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(events.body(), StandardCharsets.UTF_8))) {
            String line;
            do {
                line = lines.readLine();
            } while (line != null && !line.startsWith("data: "));
            assertEquals("data: 1", line, "the first bake number the page hears is the bake that just ended");
        }
    }

    /** "1 mistake ... once it is fixed", "2 mistakes ... once they are fixed". */
    @Test
    void errorPageAgreesWithItsCount() throws IOException {
        serveASite();
        server.show(new PreviewBake(null, List.of("data/college.yaml:1:1: name: a mistake"), 1));
        assertTrue(page("/").contains("1 mistake. This page reloads by itself once it is fixed and saved."), page("/"));
        server.show(new PreviewBake(null, List.of("data/college.yaml:1:1: name: a mistake",
                "content/about.md:2:1: title: another"), 1));
        assertTrue(page("/").contains("2 mistakes. This page reloads by itself once they are fixed and saved."),
                page("/"));
    }

    /** A mistake found on Windows names its file with '/', as on every other system. */
    @Test
    void errorPageNamesFilesWithForwardSlashes() throws IOException {
        serveASite();
        Problem windows = new Problem(Path.of("content\\events\\visit.md"), 3, 1, "title", "is empty");
        server.show(new PreviewBake(null, List.of(windows.toString()), 1));
        assertTrue(page("/").contains("<code>content/events/visit.md:3:1: title: is empty</code>"), page("/"));
    }

    private String page(String path) throws IOException {
        return body(get(path, "Host: 127.0.0.1:" + server.port()));
    }

    /** DNS rebinding: a page of another site whose name now points at 127.0.0.1 must get nothing. */
    @Test
    void answersOnlyItsOwnHostNames() throws IOException {
        serveASite();
        int port = server.port();
        for (String host : List.of("127.0.0.1:" + port, "localhost:" + port, "LocalHost:" + port)) {
            assertEquals(200, status(get("/", "Host: " + host)), host);
        }
        for (String host : List.of("attacker.example:" + port, "attacker.example", "127.0.0.1", "localhost:1",
                "127.0.0.1:" + port + ".attacker.example", "")) {
            String response = get("/", "Host: " + host);
            assertEquals(421, status(response), host + ":\n" + response);
            assertTrue(isPlainText(response), response);
            assertTrue(body(response).contains("http://127.0.0.1:" + port + "/"), "says where the preview is:\n" + response);
        }
        String withoutHost = exchange("GET / HTTP/1.0\r\n\r\n");
        assertEquals(421, status(withoutHost), withoutHost);
    }

    /** The live-reload stream answers the preview's own pages only. */
    @Test
    void eventStreamAnswersOnlyItsOwnOrigin() throws IOException {
        serveASite();
        int port = server.port();
        String host = "Host: 127.0.0.1:" + port;
        for (String origin : List.of("http://attacker.example", "http://localhost:" + port, "null",
                "https://127.0.0.1:" + port)) {
            String response = get(PreviewServer.EVENTS, host + "\r\nOrigin: " + origin);
            assertEquals(403, status(response), origin + ":\n" + response);
            assertTrue(isPlainText(response), response);
        }
        for (String origin : List.of("", "\r\nOrigin: http://127.0.0.1:" + port)) {
            try (Socket socket = connect()) {
                send(socket, "GET " + PreviewServer.EVENTS + " HTTP/1.1\r\n" + host + origin + "\r\n\r\n");
                String start = readUntil(socket.getInputStream(), "data: 1");
                assertEquals(200, status(start), start);
            }
        }
    }

    /** A path the server cannot take apart is the client's mistake (400), never a dropped connection. */
    @Test
    void malformedPercentEncodingIsABadRequest() throws IOException {
        serveASite();
        for (String path : List.of("/%00", "/a%00.html", "/%zz", "/%", "/%c3", "/%ff.html", "/%c0%af", "/%0a")) {
            String response = get(path, "Host: 127.0.0.1:" + server.port());
            // The JDK's own parser answers those it cannot make a URI of (/%zz) before the preview sees them.
            assertEquals(400, status(response), path + ":\n" + response);
        }
        assertTrue(isPlainText(get("/%00", "Host: 127.0.0.1:" + server.port())));
        assertEquals(200, status(get("/%69ndex.html", "Host: 127.0.0.1:" + server.port())),
                "a well-formed escape still names its file");
    }

    /**
     * Slowloris: clients that send half a request and wait. The server must not give each its
     * own thread (the old one grew to 221 threads for 200 sockets), and must close them in time.
     */
    @Test
    void slowClientsNeitherGrowTheThreadsNorStayForever() throws Exception {
        serveASite();
        List<Socket> slow = new ArrayList<>();
        try {
            for (int i = 0; i < 60; i++) {
                Socket socket = connect();
                send(socket, "GET / HTTP/1.1\r\nHost: 127.0.0.1:" + server.port() + "\r\n");
                slow.add(socket);
            }
            Thread.sleep(1_000);
            long threads = Thread.getAllStackTraces().keySet().stream()
                    .filter(thread -> thread.getName().startsWith("preview-http")).count();
            assertTrue(threads <= PreviewServer.THREADS, threads + " threads for 60 slow clients");
            long deadline = System.nanoTime() + (PreviewServer.REQUEST_SECONDS + 5) * 1_000_000_000L;
            for (Socket socket : slow) {
                socket.setSoTimeout((int) Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
                try {
                    InputStream in = socket.getInputStream();
                    while (in.read() != -1) {
                        // a 408 is as good as a plain close
                    }
                } catch (SocketTimeoutException e) {
                    throw new AssertionError("a slow client was still connected after "
                            + (PreviewServer.REQUEST_SECONDS + 5) + " s", e);
                } catch (IOException e) {
                    // reset by the server: closed too
                }
            }
        } finally {
            for (Socket socket : slow) {
                socket.close();
            }
        }
        assertEquals(200, status(get("/", "Host: 127.0.0.1:" + server.port())),
                "and the server answers others again");
    }

    private Socket connect() throws IOException {
        Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port());
        socket.setSoTimeout(30_000);
        return socket;
    }

    private static void send(Socket socket, String text) throws IOException {
        OutputStream out = socket.getOutputStream();
        out.write(text.getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }

    private String get(String path, String headers) throws IOException {
        return exchange("GET " + path + " HTTP/1.1\r\n" + headers + "\r\nConnection: close\r\n\r\n");
    }

    /** Sends one request, returns the whole response; "" when the server closed without a word. */
    private String exchange(String request) throws IOException {
        try (Socket socket = connect()) {
            send(socket, request);
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            return "";
        }
    }

    private static String readUntil(InputStream in, String end) throws IOException {
        StringBuilder text = new StringBuilder();
        int c;
        while (!text.toString().contains(end) && (c = in.read()) != -1) {
            text.append((char) c);
        }
        return text.toString();
    }

    /** The status code, or -1 when the server sent none. */
    private static int status(String response) {
        return response.matches("(?s)HTTP/1\\.1 \\d{3}.*") ? Integer.parseInt(response.substring(9, 12)) : -1;
    }

    private static boolean isPlainText(String response) {
        return response.toLowerCase(java.util.Locale.ROOT).contains("\r\ncontent-type: text/plain");
    }

    private static String body(String response) {
        int start = response.indexOf("\r\n\r\n");
        return start < 0 ? "" : response.substring(start + 4);
    }
}
