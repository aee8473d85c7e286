package cn.edu.hust.tjmc.site.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.edu.hust.tjmc.site.PlainMessages;
import cn.edu.hust.tjmc.site.ProjectCopy;
import cn.edu.hust.tjmc.site.TestPhotos;
import cn.edu.hust.tjmc.site.model.SiteSettings;
import cn.edu.hust.tjmc.site.report.SiteCheckException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javax.imageio.IIOException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Photos made to break the build, one per test: each is one plain {@code file:line:column:} line
 * at the place that shows it, quickly, or builds; never a stack trace, never the heap exhausted.
 */
class CraftedPhotosTest {

    private static final String ABOUT = "content/about.md";

    @TempDir
    Path dir;

    private ProjectCopy site;

    @BeforeEach
    void copyTheSources() {
        site = new ProjectCopy(dir);
    }

    @Test
    void aPngDeclaring1600By1000000PixelsIsRefusedFromItsHeader() {
        site.write("content/photos/tall.png", TestPhotos.blackPng(1600, 1_000_000, false));
        int line = show("tall.png");
        assertEquals(List.of(ABOUT + ":" + line + ":32: content/photos/tall.png is 1600 x 1000000 pixels, 1600"
                + " megapixels; the largest the build takes is 50 megapixels (expected the photo resized to at most"
                + " that, e.g. 8000 x 6000 pixels: the site shows photos at most 1600 pixels wide)"), build());
    }

    @Test
    void aDecompressionBombIsRefusedBeforeItIsDecoded() {
        site.write("content/photos/bomb.png", TestPhotos.blackPng(1600, 40_000, true)); // 64 MB of pixels, 64 KB of file
        int line = show("bomb.png");
        assertEquals(List.of(ABOUT + ":" + line + ":32: content/photos/bomb.png is 1600 x 40000 pixels, 64 megapixels;"
                + " the largest the build takes is 50 megapixels (expected the photo resized to at most that, e.g."
                + " 8000 x 6000 pixels: the site shows photos at most 1600 pixels wide)"), build());
    }

    @Test
    void aJpegDeclaringAHugeSizeIsRefusedFromItsHeader() {
        byte[] jpeg = TestPhotos.jpeg(TestPhotos.upright(900, 600, 1), false);
        site.write("content/photos/huge.jpg", TestPhotos.declaringSize(jpeg, 65_000, 65_000));
        int line = show("huge.jpg");
        assertEquals(List.of(ABOUT + ":" + line + ":32: content/photos/huge.jpg is 65000 x 65000 pixels, 4225 megapixels;"
                + " the largest the build takes is 50 megapixels (expected the photo resized to at most that, e.g."
                + " 8000 x 6000 pixels: the site shows photos at most 1600 pixels wide)"), build());
    }

    @Test
    void theDecoderRefusesTooManyPixelsEvenIfTheCheckWasPassedBy() {
        Path bomb = dir.resolve("bomb.png");
        write(bomb, TestPhotos.blackPng(1600, 40_000, true));
        IIOException refused = assertThrows(IIOException.class, () -> assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> PhotoProcessor.decodeUpright(bomb, 1600, 40_000)));
        assertTrue(refused.getMessage().startsWith("bomb.png is 1600 x 40000 pixels, 64 megapixels"), refused.getMessage());
    }

    @Test
    void anEmptyFileIsOneLine() {
        site.write("content/photos/empty.jpg", new byte[0]);
        int line = show("empty.jpg");
        assertEquals(List.of(ABOUT + ":" + line + ":32: content/photos/empty.jpg is an empty file of 0 bytes, with no"
                + " photo in it (expected the photo as the camera or phone saved it: copy it into content/photos/"
                + " again)"), build());
    }

    @Test
    void aTruncatedJpegIsOneLine() {
        byte[] jpeg = TestPhotos.jpeg(TestPhotos.upright(900, 600, 2), false);
        site.write("content/photos/cut.jpg", Arrays.copyOf(jpeg, jpeg.length * 6 / 10));
        int line = show("cut.jpg");
        List<String> problems = build();
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith(ABOUT + ":" + line + ":32: content/photos/cut.jpg cannot be read as an"
                + " image, it may be damaged (expected"), problems.get(0));
    }

    @Test
    void aTruncatedPngIsOneLine() {
        byte[] png = TestPhotos.png(TestPhotos.upright(900, 600, 3));
        site.write("content/photos/cut.png", Arrays.copyOf(png, png.length * 6 / 10));
        int line = show("cut.png");
        List<String> problems = build();
        assertEquals(1, problems.size(), problems.toString());
        // the PNG reader reads the chunks up to the pixels for the header's metadata: the check finds it
        assertTrue(problems.get(0).startsWith(ABOUT + ":" + line + ":32: content/photos/cut.png is not a JPEG or PNG"
                + " image, or it is damaged (expected"), problems.get(0));
    }

    @Test
    void aPngNamedJpgAndAJpegNamedPngAreTheirContentAndBuild() {
        site.write("content/photos/png-inside.jpg", TestPhotos.png(TestPhotos.upright(900, 600, 4)));
        site.write("content/photos/jpeg-inside.png", TestPhotos.jpeg(TestPhotos.upright(900, 600, 5), false));
        show("png-inside.jpg");
        show("jpeg-inside.png");
        assertEquals(List.of(), build());
    }

    @Test
    void aPhotoWithALongNameWithSpacesGetsShortAddressesWithoutSpaces() throws IOException {
        String name = ("Visit of the delegation from the University of Heidelberg to Tongji Medical College in"
                + " Wuhan on the occasion of the centenary, with the dean and the rector in front of the main"
                + " building, October 2007 (2)").substring(0, 196) + ".jpg";
        assertEquals(200, name.length());
        site.write("content/photos/Archive 2007/" + name, TestPhotos.jpeg(TestPhotos.upright(900, 600, 6), false));
        site.edit("data/timeline.yaml", text -> text.replaceFirst("(    kind: performance\n)", "$1    photo:\n"
                + "      file: \"photos/Archive 2007/" + name + "\"\n      alt: The delegation in front of the main building\n"));
        assertEquals(List.of(), build());
        Path images = dir.resolve("target/bake/images");
        try (Stream<Path> files = Files.walk(images)) {
            // the fixture's own photo aside
            List<String> published = files.filter(Files::isRegularFile).map(file -> images.relativize(file).toString())
                    .filter(file -> !file.startsWith("fixture")).toList();
            assertEquals(4, published.size(), published.toString()); // 480 and 800 wide, in WebP and JPEG
            for (String file : published) {
                assertFalse(file.contains(" "), "a space would split a srcset: " + file);
                assertTrue(file.length() <= 110, "far below Windows' 260 characters with the site's folder: " + file);
                assertTrue(file.startsWith("archive-2007/visit-of-the-delegation-from-the-university-of-heide"), file);
            }
        }
    }

    /** Shows {@code photos/<name>} in the about page, on a line of its own; returns that line. */
    private int show(String name) {
        return site.edit(ABOUT, text -> text.replaceFirst("(## International standards\n)",
                "$1\n![The college's main building](photos/" + name + ")\n"));
    }

    /** The check's problems, or when there are none, those of the build step that decodes the photos. */
    private List<String> build() {
        List<String> problems = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            List<String> found = site.problems();
            if (!found.isEmpty()) {
                return found;
            }
            try {
                PrepareSite.prepare(dir, dir.resolve("target/bake"),
                        new SiteSettings("https://example.org", Optional.empty(), Optional.empty()));
                return List.<String>of();
            } catch (SiteCheckException e) {
                return e.problems().stream().map(Object::toString).toList();
            }
        });
        problems.forEach(PlainMessages::assertPlainLine);
        return problems;
    }

    private static void write(Path file, byte[] bytes) {
        try {
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
