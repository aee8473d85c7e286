package cn.edu.hust.tjmc.site.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The preview server's event stream, without a bake: bakes are handed to it directly. */
class PreviewServerTest {

    @TempDir
    Path site;

    private PreviewServer server;

    @BeforeEach
    void start() throws IOException {
        server = new PreviewServer(0);
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
}
