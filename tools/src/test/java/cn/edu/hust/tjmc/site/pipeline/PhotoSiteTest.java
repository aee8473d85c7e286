package cn.edu.hust.tjmc.site.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.edu.hust.tjmc.site.ProjectCopy;
import cn.edu.hust.tjmc.site.TestPhotos;
import cn.edu.hust.tjmc.site.check.PhotoHeader;
import cn.edu.hust.tjmc.site.model.PhotoView;
import cn.edu.hust.tjmc.site.model.SiteSettings;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A whole build of the fixture site with photos in a page and on an event, checked in its output:
 * the picture markup, the files it names, no original and no metadata published, link previews,
 * and the page weight a phone downloads.
 */
class PhotoSiteTest {

    static final String HOST = "https://example.org/tjmc";
    /** A phone: 375 CSS pixels wide at 2 device pixels per CSS pixel. */
    static final int PHONE_WIDTH = 375;
    static final int PHONE_DENSITY = 2;
    static final int FIRST_LOAD_BUDGET = 300 * 1024;
    static final int PHONE_VARIANT_BUDGET = 80 * 1024;

    @TempDir
    static Path dir;
    static Path site;

    @BeforeAll
    static void buildASiteWithPhotos() throws IOException {
        ProjectCopy copy = new ProjectCopy(dir);
        copy.write("content/photos/2019/campus.jpg", TestPhotos.phoneJpeg(TestPhotos.upright(2000, 1333, 1), 6));
        copy.write("content/photos/hall.png", TestPhotos.png(TestPhotos.upright(1000, 750, 2)));
        copy.write("content/photos/centenary.jpg", TestPhotos.phoneJpeg(TestPhotos.upright(3000, 2000, 3), 1));
        copy.edit("content/about.md", text -> text.replaceFirst("(## International standards\n)",
                "$1\n![The college's main building seen from the lawn](photos/2019/campus.jpg \"The main building\")\n"
                + "\n![An empty lecture hall with tiered seats](photos/hall.png)\n"));
        copy.edit("data/timeline.yaml", text -> text.replaceFirst("(    date: 2019-09-07\n    kind: visit\n)",
                "$1    photo:\n      file: photos/centenary.jpg\n      alt: A hospital building with flags at its entrance\n"
                + "      caption: The Optical Valley Branch\n      credit: College archive\n"));
        copy.edit("data/partners.yaml", text -> text.replaceFirst("(    name: Heidelberg University\n)",
                "$1    photo:\n      file: photos/hall.png\n      alt: Rows of seats in an empty lecture hall\n"));
        Path bake = dir.resolve("target/bake");
        assertEquals(List.of(), ProjectCopy.prepareAndBake(dir, bake,
                new SiteSettings(HOST, java.util.Optional.empty(), java.util.Optional.empty())));
        assertTrue(Files.isDirectory(bake.resolve("photos")), "JBake copies content/photos/ into the bake");
        site = dir.resolve("target/site");
        PublishSite.publish(dir, bake, site);
    }

    private static Document page(String name) {
        try {
            return Jsoup.parse(site.resolve(name).toFile(), "UTF-8", HOST + "/" + name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void aPhotoInAPageIsAPictureWithWebpAndJpegAtTheWidthsThatFit() throws IOException {
        List<Element> figures = page("about.html").select("main figure.tjmc-photo");
        assertEquals(2, figures.size());
        Element first = figures.get(0);
        Element webp = first.selectFirst("picture > source[type=image/webp]");
        Element img = first.selectFirst("picture > img");
        // stored sideways (1333 x 2000, EXIF orientation 6), shown 2000 x 1333
        assertEquals(List.of(480, 800, 1200, 1600), widths(webp.attr("srcset")));
        assertEquals(List.of(480, 800, 1200, 1600), widths(img.attr("srcset")));
        assertTrue(webp.attr("srcset").contains(".webp ") && img.attr("srcset").contains(".jpg "));
        assertEquals(PhotoView.SIZES, webp.attr("sizes"));
        assertEquals(PhotoView.SIZES, img.attr("sizes"));
        assertEquals("1200", img.attr("width"));
        assertEquals("800", img.attr("height"), "the proportions of the photo turned upright");
        assertEquals("The college's main building seen from the lawn", img.attr("alt"));
        assertEquals("The main building", first.selectFirst("figcaption").text());
        assertFalse(img.hasAttr("loading"), "the page's first photo is likely its largest thing: loaded at once");
        assertEquals("high", img.attr("fetchpriority"));
        Element second = figures.get(1).selectFirst("img");
        assertEquals("lazy", second.attr("loading"));
        assertEquals("async", second.attr("decoding"));
        assertEquals(List.of(480, 800), widths(second.attr("srcset")), "never wider than the 1000 pixels of the original");
        assertNull(figures.get(1).selectFirst("figcaption"), "no caption written, none printed");

        for (Element element : page("about.html").select("picture source, picture img")) {
            for (String candidate : element.attr("srcset").split(",\\s*")) {
                Path file = site.resolve(candidate.strip().split(" ")[0]);
                PhotoHeader header = file.toString().endsWith(".jpg") ? PhotoHeader.read(file) : null;
                assertTrue(Files.isRegularFile(file), file + " is published");
                if (header != null) {
                    assertEquals(Integer.parseInt(candidate.strip().split(" ")[1].replace("w", "")), header.width());
                }
            }
        }
    }

    private static List<Integer> widths(String srcset) {
        return Arrays.stream(srcset.split(",\\s*")).map(c -> Integer.parseInt(c.strip().replaceFirst(".* (\\d+)w$", "$1"))).toList();
    }

    @Test
    void anEventsPhotoShowsInItsArticleWithCaptionAndCredit() {
        Element article = page("timeline.html").getElementById("chancellor-merkel-tongji-hospital-visit-2019");
        Element img = article.selectFirst("figure.tjmc-photo picture img");
        assertEquals("A hospital building with flags at its entrance", img.attr("alt"));
        assertEquals("lazy", img.attr("loading"));
        assertEquals("The Optical Valley Branch College archive", article.selectFirst("figcaption").text());
        assertEquals("College archive", article.selectFirst("figcaption .tjmc-photo__credit").text());
        assertEquals(PhotoView.TIMELINE_SIZES, img.attr("sizes"), "as wide as the timeline shows it");
        assertEquals(PhotoView.TIMELINE_SIZES, article.selectFirst("source").attr("sizes"));
    }

    @Test
    void theNewestEventsPhotoShowsOnTheHomePageAsWideAsItsCard() {
        Element img = page("index.html").selectFirst(".tjmc-cards #chancellor-merkel-tongji-hospital-visit-2019 picture img");
        assertEquals("A hospital building with flags at its entrance", img.attr("alt"));
        assertEquals("lazy", img.attr("loading"));
        assertEquals(PhotoView.CARD_SIZES, img.attr("sizes"));
        assertEquals(PhotoView.CARD_SIZES, img.parent().selectFirst("source").attr("sizes"));
    }

    @Test
    void aPartnersPhotoShowsUnderItsName() {
        Element partner = page("partners.html").getElementById("heidelberg");
        Element img = partner.selectFirst("figure.tjmc-photo picture img");
        assertEquals("Rows of seats in an empty lecture hall", img.attr("alt"));
        assertEquals("lazy", img.attr("loading"));
        assertEquals(PhotoView.PARTNER_SIZES, img.attr("sizes"));
    }

    @Test
    void theOriginalsAndTheirMetadataAreNeverPublished() throws IOException {
        assertFalse(Files.exists(site.resolve("photos")), "content/photos/ is not published");
        List<String> secrets = List.of(TestPhotos.CAMERA_MAKE, TestPhotos.CAMERA_MODEL, TestPhotos.PHOTOGRAPHER,
                TestPhotos.XMP_CREATOR, TestPhotos.IPTC_BYLINE, "Exif\0");
        try (Stream<Path> files = Files.walk(site)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String bytes = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
                secrets.forEach(secret -> assertFalse(bytes.contains(secret), site.relativize(file) + " holds " + secret));
            }
        }
    }

    @Test
    void pagesWithAPhotoGetAnAbsoluteLinkPreviewImage() {
        for (String name : List.of("about.html", "timeline.html", "index.html")) {
            Document page = page(name);
            String image = page.selectFirst("meta[property=og:image]").attr("content");
            assertTrue(image.startsWith(HOST + "/images/") && image.endsWith(".jpg"), name + ": " + image);
            assertTrue(Files.isRegularFile(site.resolve(image.substring(HOST.length() + 1))), image);
            assertEquals("summary_large_image", page.selectFirst("meta[name=twitter:card]").attr("content"), name);
            assertFalse(page.selectFirst("meta[property=og:image:alt]").attr("content").isEmpty(), name);
        }
        Document without = page("contact.html");
        assertNull(without.selectFirst("meta[property=og:image]"));
        assertEquals("summary", without.selectFirst("meta[name=twitter:card]").attr("content"));
    }

    /**
     * Every page, as a 375-pixel phone at device pixel ratio 2 loads it the first time: its HTML,
     * stylesheets and scripts (gzip) and every photo on it at the size that phone picks, lazy ones
     * included, stays within 300 KB; and no photo size a phone picks weighs more than 80 KB.
     */
    @Test
    void aPhoneDownloadsAtMost300KilobytesPerPageAnd80PerPhoto() throws IOException {
        List<String> problems = new ArrayList<>();
        StringBuilder table = new StringBuilder("\nFirst load at 375 px, DPR 2 (bytes; budget " + FIRST_LOAD_BUDGET + "):\n");
        List<Path> pages;
        try (Stream<Path> files = Files.list(site)) {
            pages = files.filter(file -> file.toString().endsWith(".html")).sorted().toList();
        }
        for (Path file : pages) {
            String name = file.getFileName().toString();
            Document page = page(name);
            long total = gzip(Files.readAllBytes(file));
            for (Element link : page.select("link[rel=stylesheet], script[src]")) {
                String href = link.hasAttr("href") ? link.attr("href") : link.attr("src");
                // the 404 page's links start at the site's base path, as it is served at any depth
                total += gzip(Files.readAllBytes(site.resolve(href.replaceFirst("^/tjmc/", ""))));
            }
            long images = 0;
            for (Element picture : page.select("picture")) {
                Element webp = picture.selectFirst("source[type=image/webp]");
                String chosen = pick(webp.attr("srcset"));
                long size = Files.size(site.resolve(chosen));
                if (size > PHONE_VARIANT_BUDGET) {
                    problems.add(name + ": " + chosen + " is " + size + " bytes, budget " + PHONE_VARIANT_BUDGET);
                }
                images += size;
            }
            table.append(String.format("%-20s %8d with %8d of photos%n", name, total + images, images));
            if (total + images > FIRST_LOAD_BUDGET) {
                problems.add(name + ": " + (total + images) + " bytes on first load, budget " + FIRST_LOAD_BUDGET);
            }
        }
        System.out.println(table);
        assertTrue(page("about.html").select("picture").size() == 2, "the budget counted the photos");
        assertEquals(List.of(), problems);
    }

    /**
     * The candidate the phone picks, at most: the narrowest at least as wide as the whole screen
     * in device pixels (no photo is wider than the screen), else the widest.
     */
    static String pick(String srcset) {
        String[] candidates = srcset.split(",\\s*");
        for (String candidate : candidates) {
            String[] parts = candidate.strip().split("\\s+");
            if (Integer.parseInt(parts[1].replace("w", "")) >= PHONE_WIDTH * PHONE_DENSITY) {
                return parts[0];
            }
        }
        return candidates[candidates.length - 1].strip().split("\\s+")[0];
    }

    private static long gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(bytes);
        }
        return out.size();
    }
}
