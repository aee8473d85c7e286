package cn.edu.hust.tjmc.site.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.edu.hust.tjmc.site.ProjectCopy;
import cn.edu.hust.tjmc.site.TestPhotos;
import cn.edu.hust.tjmc.site.model.SiteSettings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** In the preview, a photo saved into content/photos/ and named in a page shows on the next bake; originals never do. */
class PhotoPreviewTest {

    @TempDir
    Path dir;

    @Test
    void aNewPhotoShowsAfterTheSaveAndAChangedOneIsProcessedAgain() throws IOException {
        ProjectCopy site = new ProjectCopy(dir);
        SiteBaker baker = new SiteBaker(dir, new SiteSettings("http://127.0.0.1:8820", Optional.empty(), Optional.empty()));
        baker.clean();
        PreviewBake first = baker.bake();
        assertTrue(first.succeeded(), String.join("\n", first.errors()));
        assertFalse(Files.readString(first.siteDir().resolve("about.html")).contains("<picture>"));

        site.write("content/photos/lawn.jpg", TestPhotos.phoneJpeg(TestPhotos.upright(1000, 700, 1), 1));
        site.edit("content/about.md", text -> text.replaceFirst("(## International standards\n)",
                "$1\n![The lawn in front of the main building](photos/lawn.jpg)\n"));
        PreviewBake second = baker.bake();
        assertTrue(second.succeeded(), String.join("\n", second.errors()));
        String about = Files.readString(second.siteDir().resolve("about.html"), StandardCharsets.UTF_8);
        assertTrue(about.contains("<picture>") && about.contains("alt=\"The lawn in front of the main building\""), about);
        String firstSource = about.replaceFirst("(?s).*<source type=\"image/webp\" srcset=\"([^ ]+) .*", "$1");
        assertTrue(Files.isRegularFile(second.siteDir().resolve(firstSource)), firstSource + " is served");
        assertFalse(Files.exists(second.siteDir().resolve("photos")), "the original is not served");
        // the fixture's outdated translations, and about.md's now, are warned of; no photo is
        assertEquals(List.of(), baker.lastWarnings().stream().filter(warning -> !warning.field().endsWith("source_version")).toList());

        site.write("content/photos/lawn.jpg", TestPhotos.phoneJpeg(TestPhotos.upright(1000, 700, 2), 1));
        PreviewBake third = baker.bake();
        String changed = Files.readString(third.siteDir().resolve("about.html"), StandardCharsets.UTF_8)
                .replaceFirst("(?s).*<source type=\"image/webp\" srcset=\"([^ ]+) .*", "$1");
        assertFalse(changed.equals(firstSource), "a changed photo gets new addresses: " + changed);
        assertTrue(Files.isRegularFile(third.siteDir().resolve(changed)));

        site.write("content/photos/spare.jpg", TestPhotos.jpeg(TestPhotos.upright(1000, 700, 3), false));
        assertTrue(baker.bake().succeeded());
        assertEquals(1, baker.lastWarnings().stream().filter(warning -> !warning.field().endsWith("source_version"))
                .count(), "an unused photo is a warning, and the bake goes on");
    }
}
