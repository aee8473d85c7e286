package cn.edu.hust.tjmc.site.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.edu.hust.tjmc.site.ProjectCopy;
import cn.edu.hust.tjmc.site.pipeline.PhotoProcessor;
import cn.edu.hust.tjmc.site.pipeline.PrepareSite;
import cn.edu.hust.tjmc.site.model.SiteSettings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The preview and the editors' build share a project folder, and may run at the same time:
 * issue 16 saw a save during {@code mvn package -Dsite.host=…} publish canonical links, the
 * sitemap and the feed for the preview's address. Each must read only what it wrote itself.
 */
class PreviewFolderTest {

    private static final String PREVIEW_HOST = "http://127.0.0.1:8820";
    private static final String BUILD_HOST = "https://example.org/tjmc";

    @TempDir
    Path dir;

    /** The build's check step, a preview bake (an editor's save), then the build's bake, as in the issue. */
    @Test
    void aPreviewBakeBetweenTheBuildsStepsLeavesTheBuildsModelAlone() throws IOException {
        Path project = new ProjectCopy(dir).dir();
        Path buildBake = project.resolve("target/bake");
        PrepareSite.prepare(project, buildBake, SiteSettings.fromArguments(Map.of("site.host", BUILD_HOST)));

        PreviewBake preview = previewBaker(project).bake();
        assertTrue(preview.succeeded(), preview.errors().toString());

        assertEquals(List.of(), ProjectCopy.jbake(project, buildBake));
        assertTrue(read(buildBake.resolve("about.html")).contains("href=\"" + BUILD_HOST + "/about.html\""),
                "the build's canonical link is for its own host");
        for (String file : List.of("about.html", "index.html", "sitemap.xml", "feed.xml", "robots.txt")) {
            assertFalse(read(buildBake.resolve(file)).contains("127.0.0.1"), file + " names the preview's address");
        }
        assertTrue(read(preview.siteDir().resolve("about.html")).contains(PREVIEW_HOST + "/about.html"),
                "and the preview's pages are for the preview's address");
    }

    /** Outside its own folder the preview writes only to the photo cache, whose entries are content-addressed. */
    @Test
    void thePreviewWritesInItsOwnFolderAndTheBuildNeverThere() throws IOException {
        Path project = new ProjectCopy(dir).dir();
        PreviewBake preview = previewBaker(project).bake();
        assertTrue(preview.succeeded(), preview.errors().toString());
        Path previewFolder = project.resolve(SiteBaker.PREVIEW_FOLDER);
        Path photoCache = project.resolve(PhotoProcessor.CACHE_FOLDER);
        assertEquals(List.of(), filesUnder(project.resolve("target")).stream()
                .filter(file -> !file.startsWith(previewFolder) && !file.startsWith(photoCache))
                .map(file -> project.relativize(file).toString()).toList(),
                "files the preview wrote outside " + SiteBaker.PREVIEW_FOLDER);

        List<Path> previewFiles = filesUnder(previewFolder);
        String previewModel = read(previewModel(project));
        PrepareSite.prepare(project, project.resolve("target/bake"),
                SiteSettings.fromArguments(Map.of("site.host", BUILD_HOST)));
        assertEquals(previewFiles, filesUnder(previewFolder), "the build adds or removes nothing in the preview's folder");
        assertEquals(previewModel, read(previewModel(project)), "nor rewrites the preview's model");
        assertTrue(previewModel.contains(PREVIEW_HOST) && !previewModel.contains(BUILD_HOST), previewModel);
    }

    private static SiteBaker previewBaker(Path project) {
        return new SiteBaker(project, new SiteSettings(PREVIEW_HOST, Optional.empty(), Optional.empty()));
    }

    private static Path previewModel(Path project) {
        return project.resolve(SiteBaker.PREVIEW_FOLDER).resolve("model").resolve(PrepareSite.MODEL_FILE);
    }

    private static List<Path> filesUnder(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        }
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }
}
