package cn.edu.hust.tjmc.site.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PublishSiteTest {

    private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(2026, 11, 28, 0, 0);

    @TempDir
    Path dir;

    @Test
    void publishReplacesTheWholeSiteSoNoOldFileLingers() throws IOException {
        Path site = dir.resolve("site");
        write(site.resolve("index.html"), "old home");
        write(site.resolve("removed-page.html"), "a page whose source was deleted");
        Path bake = dir.resolve("bake");
        write(bake.resolve("index.html"), "new home");

        PublishSite.replace(bake, site);

        assertEquals("new home", Files.readString(site.resolve("index.html")));
        assertFalse(Files.exists(site.resolve("removed-page.html")));
        assertFalse(Files.exists(bake));
        assertFalse(Files.exists(dir.resolve("site.previous")));
    }

    @Test
    void anIncompleteBakeLeavesThePublishedSiteUntouched() throws IOException {
        Path site = dir.resolve("site");
        write(site.resolve("index.html"), "good home");
        Path bake = dir.resolve("bake");
        write(bake.resolve("about.html"), "half a site, no home page");

        assertThrows(BuildStoppedException.class, () -> PublishSite.publish(dir, bake, site));

        assertEquals("good home", Files.readString(site.resolve("index.html")));
        assertFalse(Files.exists(site.resolve("about.html")));
    }

    @Test
    void zipIsByteIdenticalWhateverTheFileTimesAndCreationOrder() throws IOException {
        Path first = dir.resolve("first");
        write(first.resolve("b.html"), "b");
        write(first.resolve("css/site.css"), "css");
        write(first.resolve("a.html"), "a");
        Path second = dir.resolve("second");
        write(second.resolve("a.html"), "a");
        write(second.resolve("css/site.css"), "css");
        write(second.resolve("b.html"), "b");
        Files.setLastModifiedTime(second.resolve("a.html"), FileTime.fromMillis(0));

        PublishSite.zip(first, dir.resolve("first.zip"), ENTRY_TIME);
        PublishSite.zip(second, dir.resolve("second.zip"), ENTRY_TIME);

        assertArrayEquals(Files.readAllBytes(dir.resolve("first.zip")), Files.readAllBytes(dir.resolve("second.zip")));
        assertEquals(List.of("a.html", "b.html", "css/site.css"), entryNames(dir.resolve("first.zip")));
    }

    @Test
    void photoVariantsAreStoredAsTheyAreAndPagesDeflated() throws IOException {
        Path site = dir.resolve("site");
        write(site.resolve("index.html"), "<p>home</p>".repeat(100));
        byte[] photo = new byte[5000];
        new java.util.Random(1).nextBytes(photo); // like a WebP's bytes: deflating gains nothing
        Files.createDirectories(site.resolve("images"));
        Files.write(site.resolve("images/visit-480.0123456789abcdef.webp"), photo);

        PublishSite.zip(site, dir.resolve("site.zip"), ENTRY_TIME);

        List<String> methods = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(dir.resolve("site.zip")))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                // reading to the end checks each entry's CRC
                byte[] bytes = in.readAllBytes();
                methods.add(entry.getName() + (entry.getMethod() == ZipEntry.STORED ? " stored" : " deflated"));
                if (entry.getName().endsWith(".webp")) {
                    assertArrayEquals(photo, bytes);
                }
            }
        }
        assertEquals(List.of("images/visit-480.0123456789abcdef.webp stored", "index.html deflated"), methods);
    }

    private static List<String> entryNames(Path zip) throws IOException {
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                names.add(entry.getName());
                assertEquals(ENTRY_TIME, entry.getTimeLocal());
            }
        }
        assertTrue(names.size() > 0);
        return names;
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
