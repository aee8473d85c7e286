import cn.edu.hust.tjmc.site.pipeline.PhotoProcessor;
import cn.edu.hust.tjmc.site.pipeline.SiteFiles;
import cn.edu.hust.tjmc.site.check.LinkCheck;
import cn.edu.hust.tjmc.site.check.PageHeaderCheck;
import cn.edu.hust.tjmc.site.check.PhotoCheck;
import cn.edu.hust.tjmc.site.check.SiteSourceReader;
import cn.edu.hust.tjmc.site.source.JBakeSettings;
import cn.edu.hust.tjmc.site.source.Page;
import cn.edu.hust.tjmc.site.source.SiteSources;
import com.vladsch.flexmark.util.ast.Document;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * Photo processing figures, run by bench/photos.sh with Java's source launcher and the tools'
 * class path:
 *   java -cp <tools> bench/src/PhotoBench.java generate <folder> <count> <megapixels>
 *       writes <count> synthetic camera-like JPEGs (gradients, grain, edges) of that size
 *   java -cp <tools> bench/src/PhotoBench.java process <projectDir>
 *       checks the project, then processes its photos with an empty cache (cold) and again (cached)
 * Prints: photos=<n> megapixels=<n> cold_s=<s> photos_per_s=<n> s_per_photo=<s> cached_ms=<ms>
 *   check_new_ms=<ms> (PhotoCheck of photos never seen: headers read, files hashed) check_ms=<ms>
 *   publish_ms=<ms> cached_build_extra_ms=<ms>: what a build with every photo cached pays for them
 *   (PhotoCheck with the photos in its index, the cache look-up, linking the variants into the bake)
 */
public final class PhotoBench {

    public static void main(String[] args) throws Exception {
        if (args[0].equals("generate")) {
            generate(Path.of(args[1]), Integer.parseInt(args[2]), Double.parseDouble(args[3]));
        } else {
            process(Path.of(args[1]).toAbsolutePath());
        }
    }

    private static void generate(Path folder, int count, double megapixels) throws Exception {
        Files.createDirectories(folder);
        int width = (int) Math.round(Math.sqrt(megapixels * 1e6 * 4 / 3));
        int height = width * 3 / 4;
        for (int n = 1; n <= count; n++) {
            BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
            Random random = new Random(n);
            int[] row = new int[width];
            for (int y = 0; y < height; y++) {
                for (int x = 0; x < width; x++) {
                    int grain = random.nextInt(13) - 6;
                    int edge = ((x / 97) + (y / 61)) % 2 == 0 ? 18 : -18;
                    int r = Math.max(0, Math.min(255, 90 + 120 * x / width + grain + edge));
                    int g = Math.max(0, Math.min(255, 110 + 90 * y / height + grain));
                    int b = Math.max(0, Math.min(255, 160 - 70 * x / width + grain - edge));
                    row[x] = r << 16 | g << 8 | b;
                }
                image.setRGB(0, y, width, 1, row, 0, width);
            }
            ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
            try (ImageOutputStream out = ImageIO.createImageOutputStream(folder.resolve("bench-" + n + ".jpg").toFile())) {
                writer.setOutput(out);
                ImageWriteParam param = writer.getDefaultWriteParam();
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(0.9f);
                writer.write(null, new IIOImage(image, null, null), param);
            } finally {
                writer.dispose();
            }
        }
    }

    private static void process(Path projectDir) throws Exception {
        // what a build with cached photos still pays for them: the check (the sizes and times of the
        // files against target/photo-cache/photos.tsv) and linking the cached variants into the bake
        JBakeSettings settings = JBakeSettings.read(projectDir);
        List<Page> pages = PageHeaderCheck.readPages(projectDir, settings, new ArrayList<>(), new ArrayList<>());
        // the build's link check runs first and loads the Markdown parser; its problems do not matter here
        Map<Page, Document> documents = LinkCheck.check(projectDir, settings, pages, List.of(), List.of(), Set.of(), List.of(), new ArrayList<>());
        long checkStart = System.nanoTime();
        PhotoCheck.check(projectDir, settings, pages, documents, List.of(), new ArrayList<>());
        double checkNewMillis = (System.nanoTime() - checkStart) / 1e6; // photos never seen: headers read, files hashed
        checkStart = System.nanoTime();
        PhotoCheck.check(projectDir, settings, pages, documents, List.of(), new ArrayList<>());
        double checkMillis = (System.nanoTime() - checkStart) / 1e6; // the next build: all in the index
        SiteSources sources = SiteSourceReader.read(projectDir);
        int count = sources.photos().files().size();
        double megapixels = sources.photos().files().values().stream()
                .mapToDouble(photo -> photo.width() * (double) photo.height() / 1e6).average().orElse(0);
        SiteFiles.deleteRecursively(projectDir.resolve(PhotoProcessor.CACHE_FOLDER));
        long start = System.nanoTime();
        PhotoProcessor.cacheAll(projectDir, sources.photos());
        double coldSeconds = (System.nanoTime() - start) / 1e9;
        start = System.nanoTime();
        PhotoProcessor.cacheAll(projectDir, sources.photos());
        double cachedMillis = (System.nanoTime() - start) / 1e6;
        Path bake = Files.createTempDirectory("photo-bench-bake");
        start = System.nanoTime();
        PhotoProcessor.publish(projectDir, sources.photos(), bake);
        double publishMillis = (System.nanoTime() - start) / 1e6;
        SiteFiles.deleteRecursively(bake);
        System.out.printf("photos=%d megapixels=%.1f cold_s=%.2f photos_per_s=%.2f s_per_photo=%.2f cached_ms=%.1f"
                + " check_new_ms=%.0f check_ms=%.1f publish_ms=%.1f cached_build_extra_ms=%.0f%n", count, megapixels, coldSeconds,
                count / coldSeconds, coldSeconds / count, cachedMillis, checkNewMillis, checkMillis, publishMillis,
                checkMillis + cachedMillis + publishMillis);
    }
}
