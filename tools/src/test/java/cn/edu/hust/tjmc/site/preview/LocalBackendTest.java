package cn.edu.hust.tjmc.site.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.edu.hust.tjmc.site.ProjectCopy;
import cn.edu.hust.tjmc.site.source.JBakeSettings;
import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CMS's local backend in the preview writes files: it answers only the preview's own pages
 * (Host and Origin), only POSTs of JSON, and reads and writes only pages, data files and photos,
 * never through "..", an absolute path or a symbolic link. Each refusal leaves the files as they were.
 * Raw sockets, so that any Host and Origin can be sent.
 */
class LocalBackendTest {

    @TempDir
    Path dir;
    @TempDir
    Path outside;

    private PreviewServer server;
    private String own;

    @BeforeEach
    void start() throws IOException {
        new ProjectCopy(dir);
        server = new PreviewServer(0, new LocalBackend(dir, JBakeSettings.read(dir)));
        own = "127.0.0.1:" + server.port();
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    @Test
    void readsAndWritesTheWorkingCopyForTheOwnAdminPage() throws IOException {
        String entry = post(own, "http://" + own, "{\"action\":\"getEntry\",\"params\":{\"path\":\"data/timeline.yaml\"}}");
        assertEquals(200, status(entry), entry);
        assertTrue(body(entry).contains("events:"), entry);
        String saved = post(own, "http://" + own, persist("data/college.yaml", "name: x\\n"));
        assertEquals(200, status(saved), saved);
        assertEquals("name: x\n", Files.readString(dir.resolve("data/college.yaml")));
        String photo = post(own, "http://" + own, "{\"action\":\"persistMedia\",\"params\":{\"asset\":{\"path\":"
                + "\"content/photos/new/a.jpg\",\"content\":\"" + Base64.getEncoder().encodeToString(new byte[] {1, 2})
                + "\",\"encoding\":\"base64\"}}}");
        assertEquals(200, status(photo), photo);
        assertTrue(Files.isRegularFile(dir.resolve("content/photos/new/a.jpg")));
        String pages = post(own, "http://" + own, "{\"action\":\"entriesByFolder\",\"params\":{\"folder\":\"content\","
                + "\"extension\":\"md\",\"depth\":1}}");
        assertTrue(body(pages).contains("\"path\":\"content/about.md\""), pages);
    }

    @Test
    void refusesAnotherHost() throws IOException {
        String response = post("attacker.example:" + server.port(), "http://attacker.example:" + server.port(),
                persist("data/college.yaml", "x"));
        assertEquals(421, status(response), response);
        assertUnchanged("data/college.yaml");
    }

    @Test
    void refusesAnotherOriginAndNone() throws IOException {
        for (String origin : List.of("http://attacker.example", "http://localhost:" + server.port(), "null")) {
            String response = post(own, origin, persist("data/college.yaml", "x"));
            assertEquals(403, status(response), origin + ": " + response);
        }
        String none = exchange("POST " + LocalBackend.PATH + " HTTP/1.1\r\nHost: " + own
                + "\r\nContent-Type: application/json\r\nContent-Length: 17\r\nConnection: close\r\n\r\n{\"action\":\"info\"}");
        assertEquals(403, status(none), none);
        assertUnchanged("data/college.yaml");
    }

    @Test
    void refusesAnythingButAPostOfJson() throws IOException {
        String get = exchange("GET " + LocalBackend.PATH + " HTTP/1.1\r\nHost: " + own + "\r\nOrigin: http://" + own
                + "\r\nConnection: close\r\n\r\n");
        assertEquals(405, status(get), get);
        String form = exchange("POST " + LocalBackend.PATH + " HTTP/1.1\r\nHost: " + own + "\r\nOrigin: http://" + own
                + "\r\nContent-Type: text/plain\r\nContent-Length: 17\r\nConnection: close\r\n\r\n{\"action\":\"info\"}");
        assertEquals(415, status(form), form);
    }

    @Test
    void refusesPathsOutsideContentAndData() throws IOException {
        for (String path : List.of("data/../pom.xml", "../outside.md", "/etc/passwd", "templates/page.ftl",
                "jbake.properties", "content/x.ftl", "content/photos/x.md", "data/sub/x.yaml", "data/.x.yaml",
                "content/./about.md", "content\\\\about.md")) {
            String response = post(own, "http://" + own, persist(path, "x"));
            assertEquals(422, status(response), path + ": " + response);
            assertTrue(body(response).contains("\"error\":"), response);
        }
        String photo = post(own, "http://" + own, "{\"action\":\"persistMedia\",\"params\":{\"asset\":{\"path\":"
                + "\"content/about.md\",\"content\":\"eA==\",\"encoding\":\"base64\"}}}");
        assertEquals(422, status(photo), "a page is not a photo: " + photo);
        String read = post(own, "http://" + own, "{\"action\":\"getEntry\",\"params\":{\"path\":\"pom.xml\"}}");
        assertEquals(422, status(read), read);
        assertUnchanged("content/about.md");
    }

    @Test
    void refusesToWriteOrReadThroughASymbolicLink() throws IOException {
        Files.writeString(outside.resolve("secret.md"), "secret");
        Files.createSymbolicLink(dir.resolve("content/linked"), outside);
        Files.createSymbolicLink(dir.resolve("content/page-link.md"), outside.resolve("secret.md"));
        for (String path : List.of("content/linked/new.md", "content/linked/secret.md", "content/page-link.md")) {
            String response = post(own, "http://" + own, persist(path, "x"));
            assertEquals(422, status(response), path + ": " + response);
            String read = post(own, "http://" + own, "{\"action\":\"getEntry\",\"params\":{\"path\":\"" + path + "\"}}");
            assertFalse(body(read).contains("secret\""), read);
        }
        assertEquals("secret", Files.readString(outside.resolve("secret.md")));
        assertFalse(Files.exists(outside.resolve("new.md")));
    }

    /** A refused call among good ones writes nothing at all. */
    @Test
    void aRefusedPathInASaveWritesNothing() throws IOException {
        String response = post(own, "http://" + own, "{\"action\":\"persistEntry\",\"params\":{\"dataFiles\":["
                + "{\"path\":\"data/college.yaml\",\"raw\":\"x\"},{\"path\":\"../x.md\",\"raw\":\"x\"}],\"assets\":[]}}");
        assertEquals(422, status(response), response);
        assertUnchanged("data/college.yaml");
    }

    private void assertUnchanged(String file) throws IOException {
        assertEquals(Files.readString(ProjectCopy.REAL_PROJECT.resolve("tools/src/test/resources/fixture-site")
                .resolve(file)), Files.readString(dir.resolve(file)), file + " changed");
    }

    private static String persist(String path, String raw) {
        return "{\"action\":\"persistEntry\",\"params\":{\"dataFiles\":[{\"path\":\"" + path + "\",\"raw\":\"" + raw
                + "\"}],\"assets\":[],\"options\":{}}}";
    }

    private String post(String host, String origin, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        return exchange("POST " + LocalBackend.PATH + " HTTP/1.1\r\nHost: " + host + "\r\nOrigin: " + origin
                + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length + "\r\nConnection: close\r\n\r\n"
                + new String(body, StandardCharsets.ISO_8859_1));
    }

    private String exchange(String request) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static int status(String response) {
        return response.matches("(?s)HTTP/1\\.1 \\d{3}.*") ? Integer.parseInt(response.substring(9, 12)) : -1;
    }

    private static String body(String response) {
        int start = response.indexOf("\r\n\r\n");
        return start < 0 ? "" : response.substring(start + 4);
    }
}
