package cn.edu.hust.tjmc.site.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.edu.hust.tjmc.site.TestPhotos;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 50-megapixel photo is processed within the build's memory budget of 512 MB. Maven and JBake
 * keep up to about 190 MB of their own in that JVM, so the processing gets a 320 MB heap here:
 * read subsampled it peaks near 200 MB; decoded whole it needs nearly 480 MB and fails.
 */
class PhotoMemoryTest {

    static final String HEAP_CAP = "-Xmx320m";

    @TempDir
    Path dir;

    @Test
    void aFiftyMegapixelPhotoIsProcessedWithinTheBuildsMemory() throws IOException, InterruptedException {
        Path photo = dir.resolve("huge.jpg");
        BufferedImage huge = new BufferedImage(8660, 5774, BufferedImage.TYPE_3BYTE_BGR);
        huge.createGraphics().drawImage(TestPhotos.upright(1732, 1155, 11), 0, 0, 8660, 5774, null);
        Files.write(photo, TestPhotos.withMetadata(TestPhotos.jpeg(huge, false), 1));
        huge = null;

        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(List.of(java.toString(), HEAP_CAP, "-XX:+UseSerialGC",
                "-cp", System.getProperty("java.class.path"), PhotoMemoryProbe.class.getName(),
                photo.toString(), dir.resolve("out").toString()))
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), "processing with " + HEAP_CAP + " failed:\n" + output);
        System.out.println("50-megapixel photo, " + HEAP_CAP + ": " + output.strip());
        assertTrue(output.contains("peak_heap_mb="), output);
        assertTrue(Files.isRegularFile(dir.resolve("out/1600.webp")), "the largest variant was written");
    }
}
