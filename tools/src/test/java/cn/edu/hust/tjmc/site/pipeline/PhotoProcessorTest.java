package cn.edu.hust.tjmc.site.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.edu.hust.tjmc.site.TestPhotos;
import cn.edu.hust.tjmc.site.check.PhotoHeader;
import cn.edu.hust.tjmc.site.source.PhotoFile;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What a published photo is made of: only pixels, upright, in sRGB, within the phone budget. */
class PhotoProcessorTest {

    @TempDir
    Path dir;

    private PhotoFile photoFile(String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        PhotoHeader header = PhotoHeader.read(file);
        return new PhotoFile("photos/" + name, file, Integer.toHexString(name.hashCode()), header.width(), header.height());
    }

    private Path process(PhotoFile photo) throws IOException {
        Path out = Files.createDirectories(dir.resolve("out-" + photo.file().getFileName()));
        PhotoProcessor.process(photo, out);
        return out;
    }

    @Test
    void noExifXmpOrIptcMetadataReachesAPublishedImage() throws IOException {
        PhotoFile photo = photoFile("phone.jpg", TestPhotos.phoneJpeg(TestPhotos.upright(1700, 1100, 1), 1));
        String original = new String(Files.readAllBytes(photo.file()), StandardCharsets.ISO_8859_1);
        List<String> secrets = List.of("Exif", TestPhotos.CAMERA_MAKE, TestPhotos.CAMERA_MODEL, TestPhotos.PHOTOGRAPHER,
                "http://ns.adobe.com/xap", TestPhotos.XMP_CREATOR, "Photoshop 3.0", TestPhotos.IPTC_BYLINE);
        secrets.forEach(secret -> assertTrue(original.contains(secret), "the test photo carries " + secret));

        Path out = process(photo);
        List<Path> published = Files.list(out).sorted().toList();
        assertEquals(8, published.size(), "480, 800, 1200 and 1600 wide, each as WebP and JPEG: " + published);
        for (Path file : published) {
            String bytes = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
            for (String secret : secrets) {
                assertFalse(bytes.contains(secret), file.getFileName() + " contains " + secret);
            }
            if (file.toString().endsWith(".jpg")) {
                assertEquals(List.of(), appSegmentsOtherThanJfif(Files.readAllBytes(file)), file.getFileName().toString());
            } else {
                assertFalse(bytes.contains("EXIF") || bytes.contains("XMP "), file.getFileName() + " has a metadata chunk");
            }
        }
    }

    /** The APPn markers of a JPEG other than APP0 (JFIF), up to its first frame. */
    private static List<String> appSegmentsOtherThanJfif(byte[] jpeg) {
        List<String> markers = new ArrayList<>();
        int at = 2;
        while (at + 4 < jpeg.length && (jpeg[at] & 0xff) == 0xFF) {
            int marker = jpeg[at + 1] & 0xff;
            if (marker >= 0xE1 && marker <= 0xEF || marker == 0xFE) {
                markers.add(Integer.toHexString(marker));
            }
            if (marker == 0xDA) {
                break;
            }
            at += 2 + ((jpeg[at + 2] & 0xff) << 8 | jpeg[at + 3] & 0xff);
        }
        return markers;
    }

    @ParameterizedTest(name = "EXIF orientation {0}")
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8})
    void aPhotoComesOutUprightWhateverWayThePhoneWasHeld(int orientation) throws IOException {
        // 600 x 400: one variant (480) to look at, encoded once per format
        PhotoFile photo = photoFile("o" + orientation + ".jpg", TestPhotos.phoneJpeg(TestPhotos.upright(600, 400, 2), orientation));
        assertEquals(600, photo.width(), "width as displayed");
        assertEquals(400, photo.height(), "height as displayed");
        BufferedImage smallest = ImageIO.read(process(photo).resolve("480.jpg").toFile());
        assertEquals(480, smallest.getWidth());
        assertEquals(320, smallest.getHeight());
        assertColour(TestPhotos.RED, smallest, 10, 10, "top left");
        assertColour(TestPhotos.GREEN, smallest, 469, 10, "top right");
        assertColour(TestPhotos.BLUE, smallest, 10, 309, "bottom left");
    }

    private static void assertColour(Color expected, BufferedImage image, int x, int y, String where) {
        Color actual = new Color(image.getRGB(x, y));
        int distance = Math.abs(actual.getRed() - expected.getRed()) + Math.abs(actual.getGreen() - expected.getGreen())
                + Math.abs(actual.getBlue() - expected.getBlue());
        assertTrue(distance < 60, where + ": expected about " + expected + ", found " + actual);
    }

    @Test
    void aCmykJpegIsConvertedToRgb() throws IOException {
        // full magenta and yellow ink make red
        PhotoFile photo = photoFile("print.jpg", TestPhotos.cmykJpeg(600, 400, 0, 255, 255, 0));
        Path out = process(photo);
        BufferedImage image = ImageIO.read(out.resolve("480.jpg").toFile());
        Color colour = new Color(image.getRGB(240, 160));
        assertTrue(colour.getRed() > 170 && colour.getGreen() < 90 && colour.getBlue() < 90,
                "magenta and yellow ink should print red, found " + colour);
        assertTrue(Files.size(out.resolve("480.webp")) > 0);
    }

    @Test
    void aProgressiveJpegIsProcessed() throws IOException {
        PhotoFile photo = photoFile("progressive.jpg", TestPhotos.jpeg(TestPhotos.upright(900, 600, 3), true));
        BufferedImage image = ImageIO.read(process(photo).resolve("800.jpg").toFile());
        assertEquals(800, image.getWidth());
        assertColour(TestPhotos.RED, image, 10, 10, "top left");
    }

    @Test
    void aSixteenBitPngIsProcessed() throws IOException {
        PhotoFile photo = photoFile("deep.png", TestPhotos.png16(TestPhotos.upright(600, 400, 4)));
        BufferedImage image = ImageIO.read(process(photo).resolve("480.jpg").toFile());
        assertColour(TestPhotos.RED, image, 10, 10, "top left");
        assertColour(TestPhotos.BLUE, image, 10, 309, "bottom left");
    }

    @Test
    void aTransparentPngKeepsItsTransparencyInWebpAndGetsAWhiteGroundInJpeg() throws IOException {
        PhotoFile photo = photoFile("cut-out.png", TestPhotos.transparentPng(TestPhotos.upright(600, 400, 5)));
        Path out = process(photo);
        BufferedImage jpeg = ImageIO.read(out.resolve("480.jpg").toFile());
        assertColour(Color.WHITE, jpeg, 400, 160, "the transparent half");
        assertColour(TestPhotos.RED, jpeg, 10, 10, "top left");
        String webp = new String(Files.readAllBytes(out.resolve("480.webp")), StandardCharsets.ISO_8859_1);
        assertTrue(webp.startsWith("RIFF") && webp.contains("WEBPVP8X") && webp.contains("ALPH"),
                "a WebP with an alpha channel");
    }

    @Test
    void noVariantIsWiderThanTheOriginal() throws IOException {
        PhotoFile photo = photoFile("narrow.jpg", TestPhotos.jpeg(TestPhotos.upright(1000, 700, 6), false));
        List<String> names = Files.list(process(photo)).map(file -> file.getFileName().toString()).sorted().toList();
        assertEquals(List.of("480.jpg", "480.webp", "800.jpg", "800.webp"), names);
    }

    @Test
    void theVariantsAPhonePicksStayWithinTheirBudgetEvenForAGrainyDetailedPhoto() throws IOException {
        // fine stripes and heavy grain, as foliage or a crowd in poor light: hard to compress
        BufferedImage noisy = TestPhotos.upright(2000, 1500, 7);
        java.util.Random random = new java.util.Random(7);
        for (int y = 0; y < noisy.getHeight(); y++) {
            for (int x = 0; x < noisy.getWidth(); x++) {
                int grain = random.nextInt(61) - 30;
                int stripe = (x / 3 + y / 5) % 2 == 0 ? 25 : -25;
                int rgb = noisy.getRGB(x, y);
                int r = Math.max(0, Math.min(255, (rgb >> 16 & 0xff) + grain + stripe));
                int g = Math.max(0, Math.min(255, (rgb >> 8 & 0xff) + grain - stripe));
                int b = Math.max(0, Math.min(255, (rgb & 0xff) + grain));
                noisy.setRGB(x, y, r << 16 | g << 8 | b);
            }
        }
        Path out = process(photoFile("noise.jpg", TestPhotos.jpeg(noisy, false)));
        for (String name : List.of("480.webp", "480.jpg", "800.webp", "800.jpg")) {
            long size = Files.size(out.resolve(name));
            System.out.println("grainy photo, " + name + ": " + size + " bytes");
            assertTrue(size <= PhotoProcessor.PHONE_VARIANT_BUDGET, name + " is " + size + " bytes");
        }
    }

    @Test
    void aCorruptPhotoFailsToDecode() throws IOException {
        byte[] good = TestPhotos.jpeg(TestPhotos.upright(900, 600, 8), false);
        byte[] broken = java.util.Arrays.copyOf(good, good.length);
        for (int i = 700; i < broken.length - 2; i++) {
            broken[i] = (byte) 0xFF; // the scan data overwritten, header intact
        }
        PhotoFile photo = photoFile("broken.jpg", broken);
        org.junit.jupiter.api.Assertions.assertThrows(IOException.class, () -> process(photo));
    }

    @Test
    void aCachedPhotoIsNotProcessedAgain() throws IOException {
        PhotoFile photo = photoFile("cached.jpg", TestPhotos.jpeg(TestPhotos.upright(600, 400, 9), false));
        Path cache = dir.resolve("cache");
        Path entry = PhotoProcessor.cached(photo, cache);
        Files.writeString(entry.resolve("480.webp"), "marker");
        assertEquals(entry, PhotoProcessor.cached(photo, cache));
        assertEquals("marker", Files.readString(entry.resolve("480.webp")), "the cached files were used as they are");
        assertTrue(ImageIO.read(new ByteArrayInputStream(Files.readAllBytes(entry.resolve("480.jpg")))) != null);
    }
}
