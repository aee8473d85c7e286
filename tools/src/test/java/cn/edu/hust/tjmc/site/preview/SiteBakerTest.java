package cn.edu.hust.tjmc.site.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.edu.hust.tjmc.site.ProjectCopy;
import cn.edu.hust.tjmc.site.pipeline.IgnoredFilesBuildTest;
import cn.edu.hust.tjmc.site.model.SiteSettings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The preview's re-bakes render only what a change touches, yet every bake is the whole site
 * as a first bake would make it, and no served bake is ever written again.
 */
class SiteBakerTest {

    @TempDir
    Path dir;

    /** Full bakes by {@link #sources}. */
    private static final Map<String, Map<String, String>> FULL_BAKES = new ConcurrentHashMap<>();

    private Path project;
    private SiteBaker baker;
    private Path served;

    @BeforeEach
    void copyTheSources() {
        project = new ProjectCopy(dir).dir();
        baker = new SiteBaker(project, new SiteSettings("http://127.0.0.1:8820", Optional.empty(), Optional.empty()));
        baker.clean();
    }

    /**
     * A page not translated: its English page and its Chinese one (the same text under the Chinese
     * interface) are rendered again, nothing else. (An edit that makes a translation outdated changes
     * the model, its notice, and renders every page again, as a data edit does.)
     */
    @Test
    void aPageEditRewritesThatPageOnlyAndLeavesTheServedBakeAlone() throws IOException {
        Path first = bake();
        Map<String, String> before = files(first);

        append("content/contact.md", "\nA sentence saved while the preview runs.\n");
        Path second = bake();
        Map<String, String> after = files(second);

        assertEquals(before.keySet(), after.keySet());
        Set<String> edited = Set.of("contact.html", "zh/contact.html");
        for (String name : before.keySet()) {
            if (edited.contains(name)) {
                assertTrue(after.get(name).contains("A sentence saved while the preview runs."), name);
            } else {
                assertEquals(before.get(name), after.get(name), name + " did not change");
            }
            // PrepareSite writes robots.txt and the headers into each bake; JBake renders the sitemap,
            // the feeds and the 404 pages at every bake, and the same bytes are linked like the rest.
            if (!edited.contains(name) && !Set.of("robots.txt", "_headers", ".htaccess").contains(name)) {
                assertTrue(Files.isSameFile(first.resolve(name), second.resolve(name)),
                        name + " is the earlier bake's file, not rendered again");
            }
        }
        assertFalse(text(first, "contact.html").contains("A sentence saved"), "the earlier bake is unchanged");
        assertEquals(fullBakeOf(project), files(second), "the same files as a bake from nothing");
    }

    /** One copy for both: each edit reaches every page whatever the bake before it rendered. */
    @Test
    void aDataEditUpdatesEveryPageAndATemplateEditRendersEveryPageAgain() throws IOException {
        bake();
        // the English name and the Chinese one (under zh:), which the Chinese pages show
        replace("data/college.yaml", "(?m)^name: .*$", "name: Renamed Medical College");
        replace("data/college.yaml", "(?m)^  name: .*$", "  name: Renamed Medical College");
        assertEveryPageContains(bake(), "Renamed Medical College");
        replace("templates/layout.ftl", "</body>", "<!-- layout edited --></body>");
        assertEveryPageContains(bake(), "<!-- layout edited -->");
    }

    /** A deleted page and asset vanish; backup and system files saved after it change nothing. */
    @Test
    void deletedFilesVanishAndBackupAndSystemFilesAreNotPublished() throws IOException {
        Path extraPage = project.resolve("content/about-more.md");
        Files.writeString(extraPage, Files.readString(project.resolve("content/about.md"))
                .replaceFirst("(?m)^title: .*$", "title: More about the college")
                .replaceFirst("(?m)^nav_title: .*\n", "").replaceFirst("(?m)^nav_order: .*\n", ""));
        Path extraAsset = project.resolve("assets/css/extra.css");
        Files.writeString(extraAsset, "p { margin: 0; }\n");
        Path withExtras = bake();
        assertTrue(Files.isRegularFile(withExtras.resolve("about-more.html")));
        assertTrue(Files.isRegularFile(withExtras.resolve("css/extra.css")));

        Files.delete(extraPage);
        Files.delete(extraAsset);
        Path site = bake();
        assertFalse(Files.exists(site.resolve("about-more.html")), "the deleted page is gone");
        assertFalse(text(site, "sitemap.xml").contains("about-more"), "and gone from the sitemap");
        assertFalse(Files.exists(site.resolve("css/extra.css")), "the deleted asset is gone");
        Map<String, String> before = files(site);
        assertEquals(fullBakeOf(project), before);

        for (String file : IgnoredFilesBuildTest.SCRATCH_FILES) {
            Files.writeString(project.resolve(file), "written by an editor's program");
        }
        assertEquals(before, files(bake()), "the same site as before, a bake from nothing");
    }

    @Test
    void aFailedBakeServesNothingAndTheNextGoodOneIsComplete() throws IOException {
        bake();
        Path layout = project.resolve("templates/page.ftl");
        String good = Files.readString(layout);
        Files.writeString(layout, good.replaceFirst("content\\.title", "content.noSuchField.title"));
        assertFalse(baker.bake().succeeded());
        Files.writeString(layout, good);
        // the sentence of aPageEdit…: the same sources, so the same bake from nothing to compare with
        append("content/about.md", "\nA sentence saved while the preview runs.\n");
        Path site = bake();
        assertTrue(text(site, "about.html").contains("A sentence saved while the preview runs."));
        assertEquals(fullBakeOf(project), files(site));
    }

    private Path bake() throws IOException {
        PreviewBake bake = baker.bake();
        assertTrue(bake.succeeded(), String.join("\n", bake.errors()));
        if (served == null) {
            // a baker's first bake is a bake from nothing, as fullBakeOf makes one
            FULL_BAKES.putIfAbsent(sources(project), files(bake.siteDir()));
        }
        // as the preview does: the bake served until now stays, older ones go
        baker.removeBakesOtherThan(bake.siteDir(), served);
        served = bake.siteDir();
        return served;
    }

    /**
     * The site baked by a new baker, from nothing, into its own folder; made once for each state of
     * the sources in this JVM (tests that reach the same sources share it, and a first bake is one).
     */
    private static Map<String, String> fullBakeOf(Path project) throws IOException {
        String sources = sources(project);
        Map<String, String> files = FULL_BAKES.get(sources);
        if (files == null) {
            files = freshBakeOf(project);
            FULL_BAKES.put(sources, files);
        }
        return files;
    }

    private static Map<String, String> freshBakeOf(Path project) throws IOException {
        SiteBaker fresh = new SiteBaker(project, "target/preview-fresh",
                new SiteSettings("http://127.0.0.1:8820", Optional.empty(), Optional.empty()));
        fresh.clean();
        PreviewBake bake = fresh.bake();
        assertTrue(bake.succeeded(), String.join("\n", bake.errors()));
        Map<String, String> files = files(bake.siteDir());
        fresh.clean();
        return files;
    }

    /** The state of every source a bake reads: each file's path and content, hashed. */
    private static String sources(Path project) throws IOException {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String part : List.of("content", "data", "templates", "assets", "jbake.properties")) {
                Path root = project.resolve(part);
                if (!Files.exists(root)) {
                    continue;
                }
                try (Stream<Path> walk = Files.walk(root)) {
                    for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                        digest.update(project.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
                        digest.update((byte) 0);
                        digest.update(Files.readAllBytes(file));
                    }
                }
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every file of a bake by name, its bytes as ISO-8859-1 text so that maps compare by content. */
    private static Map<String, String> files(Path site) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(site)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(site.relativize(file).toString(),
                        new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
            }
        }
        return files;
    }

    private static void assertEveryPageContains(Path site, String text) throws IOException {
        List<Path> pages;
        try (Stream<Path> walk = Files.walk(site)) {
            pages = walk.filter(file -> file.toString().endsWith(".html")).toList();
        }
        assertFalse(pages.isEmpty());
        for (Path page : pages) {
            assertTrue(Files.readString(page).contains(text), page.getFileName() + " should contain " + text);
        }
    }

    private static String text(Path site, String name) throws IOException {
        return Files.readString(site.resolve(name), StandardCharsets.UTF_8);
    }

    private void replace(String file, String regex, String replacement) throws IOException {
        Path path = project.resolve(file);
        Files.writeString(path, Files.readString(path).replaceFirst(regex, replacement));
    }

    private void append(String file, String text) throws IOException {
        Path path = project.resolve(file);
        Files.writeString(path, Files.readString(path) + text);
    }
}
