package cn.edu.hust.tjmc.site.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.edu.hust.tjmc.site.ProjectCopy;
import cn.edu.hust.tjmc.site.pipeline.IgnoredFilesBuildTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The preview end to end, over HTTP, on a copy of the real sources: a save re-bakes and
 * tells the page to reload, a mistake shows on every page, fixing it recovers.
 */
class SitePreviewTest {

    private static final Duration BAKE_TIMEOUT = Duration.ofSeconds(60);

    @TempDir
    Path project;

    private final ByteArrayOutputStream console = new ByteArrayOutputStream();
    private final HttpClient http = HttpClient.newHttpClient();
    private final BlockingQueue<String> bakeEvents = new LinkedBlockingQueue<>();
    private SitePreview preview;

    @BeforeEach
    void startPreviewOnACopy() throws IOException {
        new ProjectCopy(project);
        preview = SitePreview.start(project, 0, new PrintStream(console, true, StandardCharsets.UTF_8));
        // The event stream stays open for the whole test; each bake adds its number.
        http.sendAsync(request("/_preview/events"), HttpResponse.BodyHandlers.ofLines())
                .thenAccept(response -> response.body()
                        .filter(line -> line.startsWith("data: "))
                        .forEach(line -> bakeEvents.add(line.substring("data: ".length()))));
    }

    @AfterEach
    void stopPreview() {
        preview.close();
    }

    @Test
    void reloadsPagesAfterEachSaveAndShowsMistakesUntilFixed() throws Exception {
        awaitBake("1");
        HttpResponse<String> about = get("/about.html");
        assertEquals(200, about.statusCode(), console.toString());
        assertTrue(about.body().contains("<script src=\"/_preview/reload.js?bake=1\" defer></script></head>"),
                "the reload script, external and tagged with its bake, ends the head:\n" + about.body());

        Path page = project.resolve("content/about.md");
        Files.writeString(page, Files.readString(page) + "\nA sentence saved while the preview runs.\n");
        awaitBake("2");
        assertTrue(get("/about.html").body().contains("A sentence saved while the preview runs."));

        Path college = project.resolve("data/college.yaml");
        String goodCollege = Files.readString(college);
        Files.writeString(college, goodCollege.replaceFirst("(?m)^name: .*$", "name: [unclosed"));
        awaitBake("3");
        for (String path : List.of("/about.html", "/", "/no-such-page")) {
            HttpResponse<String> error = get(path);
            assertEquals(500, error.statusCode(), path);
            assertTrue(Pattern.compile("data/college\\.yaml:\\d+:\\d+: ").matcher(error.body()).find(),
                    path + " should list the mistake as file:line:column:\n" + error.body());
            assertTrue(error.body().contains("/_preview/reload.js?bake=3"), "the error page reloads by itself");
        }
        assertEquals(200, get("/css/site.css").statusCode(), "files other than pages still come from the last good bake");
        assertTrue(console.toString().contains("data/college.yaml:"), "the console shows the mistake too:\n" + console);

        Files.writeString(college, goodCollege);
        awaitBake("4");
        HttpResponse<String> recovered = get("/about.html");
        assertEquals(200, recovered.statusCode(), console.toString());
        assertTrue(recovered.body().contains("A sentence saved while the preview runs."));
    }

    @Test
    void templateMistakeNamesTheTemplateLineOnce() throws Exception {
        awaitBake("1");
        Path template = project.resolve("templates/page.ftl");
        String good = Files.readString(template);
        Files.writeString(template, good.replaceFirst("content\\.title", "content.noSuchField.title"));
        awaitBake("2");
        String error = get("/about.html").body();
        var places = Pattern.compile("templates/page\\.ftl:\\d+:\\d+: [^\n]*noSuchField").matcher(error).results().count();
        assertEquals(1, places, "one line for the template mistake, however many pages it broke:\n" + error);

        Files.writeString(template, good);
        Path library = project.resolve("templates/components.ftl");
        String goodLibrary = Files.readString(library);
        Files.writeString(library, goodLibrary + "\n<#if unclosed>\n");
        awaitBake("3");
        String syntaxError = get("/about.html").body();
        assertTrue(Pattern.compile("<ol><li><code>templates/components\\.ftl:\\d+:\\d+: syntax error: [^<]+</code></li></ol>")
                .matcher(syntaxError).find(), "only the template that does not parse, not those importing it:\n" + syntaxError);

        Files.writeString(library, goodLibrary);
        awaitBake("4");
        assertEquals(200, get("/about.html").statusCode(), console.toString());
    }

    @Test
    void errorPageListsTheMistakesAsTheConsoleDoesStyledByTheSitesStyleSheet() throws Exception {
        awaitBake("1");
        Path college = project.resolve("data/college.yaml");
        Files.writeString(college, Files.readString(college).replaceFirst("(?m)^name: .*$", "name: [unclosed"));
        Path page = project.resolve("content/about.md");
        Files.writeString(page, Files.readString(page).replaceFirst("(?m)^title: .*$", "title:")
                + "\nA link to [nowhere](no-such-page.html) in a sentence long enough to need wrapping on a phone.\n");
        String number;
        do {
            number = bakeEvents.poll(BAKE_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            assertNotNull(number, console.toString());
        } while (preview.lastBake() == null || preview.lastBake().errors().size() < 3);
        // The console prints a bake's mistakes just after the pages hear of it.
        List<String> errors = preview.lastBake().errors();
        long deadline = System.nanoTime() + BAKE_TIMEOUT.toNanos();
        while (!console.toString().contains(errors.get(errors.size() - 1))) {
            assertTrue(System.nanoTime() < deadline, "the console never listed " + errors + ":\n" + console);
            Thread.sleep(20);
        }

        Document error = Jsoup.parse(get("/about.html").body());
        List<String> onPage = error.select("main li").eachText();
        List<String> inConsole = console.toString().lines().filter(line -> line.startsWith("  "))
                .map(String::strip).toList();
        assertTrue(onPage.size() >= 3, onPage.toString());
        assertEquals(inConsole.subList(inConsole.size() - onPage.size(), inConsole.size()), onPage,
                "the page lists the mistakes in the console's order");
        assertEquals(List.of("/css/site.css"), error.select("link[rel=stylesheet]").eachAttr("href"));
        assertTrue(error.select("style, [style], pre").isEmpty(), "no inline style, nothing that keeps long lines:\n"
                + error);
        assertEquals(200, get("/css/site.css").statusCode());
    }

    @Test
    void followsAContentFolderRenamedInJBakeProperties() throws Exception {
        awaitBake("1");
        // copied, not moved: Linux keeps watching a moved folder, so a move would prove nothing
        copyTree(project.resolve("content"), project.resolve("pages"));
        deleteTree(project.resolve("content"));
        Path properties = project.resolve("jbake.properties");
        Files.writeString(properties, Files.readString(properties)
                .replaceFirst("(?m)^content\\.folder=.*$", "content.folder=pages"));
        awaitBakeUntil(() -> preview.lastBake().succeeded());
        Path page = project.resolve("pages/about.md");
        Files.writeString(page, Files.readString(page) + "\nSaved in the renamed folder.\n");
        awaitBakeUntil(() -> get("/about.html").body().contains("Saved in the renamed folder."));
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Files.copy(file, to.resolve(from.relativize(file).toString()));
            }
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    private interface Condition {
        boolean holds() throws Exception;
    }

    /** Waits for bakes until one leaves the condition true: the move and the edit may each start one. */
    private void awaitBakeUntil(Condition condition) throws Exception {
        do {
            assertNotNull(bakeEvents.poll(BAKE_TIMEOUT.toSeconds(), TimeUnit.SECONDS), console.toString());
        } while (!condition.holds());
    }

    /**
     * Files outside the sources (under target/, beside the folders), backup and system files
     * start no bake, written or deleted; a deleted page does. The console's count of bakes tells
     * it, however slow a wrong bake would be to come; and what was baked holds nothing of the preview.
     */
    @Test
    void onlySourcesBakeAndBakedFilesHoldNothingOfThePreview() throws Exception {
        awaitBake("1");
        Path site = preview.lastBake().siteDir();
        assertNotNull(site, console.toString());
        try (Stream<Path> files = Files.walk(site)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
                // the preview's CMS saves through the preview: its configuration names that, and only that
                if (site.relativize(file).toString().matches("admin[/\\\\]config(\\.zh)?\\.yml")) {
                    assertTrue(text.contains("proxy_url: /_preview/cms\n"), file + " does not name the preview's backend");
                    continue;
                }
                // the pinned CMS is npm's file as it is (its own words hold "_preview"), checked by its sha512
                assertTrue(file.getFileName().toString().equals("decap-cms.js") || !text.contains("_preview"),
                        file + " mentions the preview");
            }
        }
        assertTrue(get("/_preview/reload.js").body().contains("new EventSource('/_preview/events')"));

        List<String> notSources = new ArrayList<>(IgnoredFilesBuildTest.SCRATCH_FILES);
        notSources.addAll(List.of("target/elsewhere/page.md", "notes.txt"));
        for (String file : notSources) {
            Files.createDirectories(project.resolve(file).getParent());
            Files.writeString(project.resolve(file), "written by an editor's program");
        }
        assertEquals(null, bakeEvents.poll(2, TimeUnit.SECONDS), "no bake for files outside the sources");
        for (String file : notSources) {
            Files.delete(project.resolve(file));
        }
        assertEquals(null, bakeEvents.poll(2, TimeUnit.SECONDS), "nor for deleting them");

        assertEquals(200, get("/conferences.html").statusCode(), console.toString());
        Files.delete(project.resolve("content/conferences.md"));
        awaitBakeUntil(() -> get("/conferences.html").statusCode() == 404);
        assertEquals(2, console.toString().lines().filter(line -> line.contains(" baked in ")).count(),
                "the first bake and the deleted page's, no other:\n" + console);
    }

    private void awaitBake(String number) throws InterruptedException {
        String event;
        do {
            event = bakeEvents.poll(BAKE_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            assertNotNull(event, "no bake event " + number + " within " + BAKE_TIMEOUT + "; console:\n" + console);
        } while (!event.equals(number));
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(request(path), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + preview.port() + path)).build();
    }
}
