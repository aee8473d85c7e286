package cn.edu.hust.tjmc.site.pipeline;

import cn.edu.hust.tjmc.site.check.PhotoHeader;
import cn.edu.hust.tjmc.site.model.PhotoVariant;
import cn.edu.hust.tjmc.site.report.Problem;
import cn.edu.hust.tjmc.site.report.SiteCheckException;
import cn.edu.hust.tjmc.site.source.PhotoFile;
import cn.edu.hust.tjmc.site.source.PhotoUse;
import cn.edu.hust.tjmc.site.source.SitePhotos;
import com.sksamuel.scrimage.ImmutableImage;
import com.sksamuel.scrimage.metadata.ImageMetadata;
import com.sksamuel.scrimage.webp.WebpWriter;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ColorConvertOp;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.imageio.IIOException;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

/**
 * Makes the published sizes of the photos pages and events show ({@link PhotoVariant}): decoded
 * no larger than needed (a 50-megapixel photo is read subsampled), turned upright as its EXIF
 * orientation says, converted to sRGB (CMYK and other colour profiles included), scaled, and
 * written as WebP and JPEG from the pixels alone, so no EXIF, XMP or IPTC metadata (GPS
 * position, camera, names) reaches the site. The results are cached in target/ by the
 * original's content hash: an unchanged photo is processed once.
 */
public final class PhotoProcessor {

    /** The processed photos, by content hash; kept between builds until mvn clean. */
    public static final String CACHE_FOLDER = "target/photo-cache";
    /** Part of every cache entry's name: change it when the processing changes, to redo every photo. */
    static final String VERSION = "v1";
    /**
     * The most a variant a phone picks may weigh (bytes); the quality is lowered until it fits.
     * Phones (up to about 400 CSS pixels at 2 device pixels per CSS pixel) pick up to 800 wide.
     */
    public static final int PHONE_VARIANT_BUDGET = 80_000;
    static final int PHONE_WIDTH = 800;
    static final int WEBP_QUALITY = 80;
    static final int JPEG_QUALITY = 82;
    static final int LOWEST_QUALITY = 30;
    private static final String COMPLETE = "complete";

    private PhotoProcessor() {
    }

    /**
     * Processes every photo {@code photos} lists that is not in the cache yet.
     *
     * @throws SiteCheckException at the place that names it, for a photo that cannot be decoded
     */
    public static void cacheAll(Path projectDir, SitePhotos photos) {
        Path cache = projectDir.resolve(CACHE_FOLDER);
        List<Problem> problems = new ArrayList<>();
        for (PhotoFile photo : photos.files().values()) {
            try {
                cached(photo, cache);
            } catch (IOException | RuntimeException | OutOfMemoryError e) {
                // whatever a damaged or crafted file does to a decoder is one line about that file
                PhotoUse use = photos.uses().stream().filter(u -> u.name().equals(photo.name())).findFirst().orElseThrow();
                String why = e instanceof OutOfMemoryError ? "it needs more memory than the build has"
                        : e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().strip();
                problems.add(new Problem(use.source(), use.file().line(), use.file().column(),
                        use.field().isEmpty() ? "" : use.field() + ".file", "content/" + photo.name()
                        + " cannot be read as an image, it may be damaged (expected the photo as the camera or phone"
                        + " saved it, or exported again as JPEG; the image reader said: " + why + ")"));
            }
        }
        if (!problems.isEmpty()) {
            throw new SiteCheckException(problems);
        }
    }

    /** Puts the variants of every photo into {@code bakeDir}, from the cache that {@link #cacheAll} filled. */
    public static void publish(Path projectDir, SitePhotos photos, Path bakeDir) {
        Path cache = projectDir.resolve(CACHE_FOLDER);
        try {
            for (PhotoFile photo : photos.files().values()) {
                Path entry = cached(photo, cache);
                for (PhotoVariant variant : PhotoVariant.of(photo)) {
                    linkOrCopy(entry.resolve(variant.width() + ".webp"), bakeDir.resolve(variant.webp()));
                    linkOrCopy(entry.resolve(variant.width() + ".jpg"), bakeDir.resolve(variant.jpeg()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The cache entry of {@code photo}, made first if needed: a folder holding "&lt;width&gt;.webp" and ".jpg". */
    static Path cached(PhotoFile photo, Path cache) throws IOException {
        Path entry = cache.resolve(photo.hash() + "-" + VERSION);
        if (Files.isRegularFile(entry.resolve(COMPLETE))) {
            return entry;
        }
        Files.createDirectories(cache);
        Path partial = Files.createTempDirectory(cache, photo.hash() + ".partial");
        try {
            process(photo, partial);
            Files.writeString(partial.resolve(COMPLETE), photo.name() + "\n");
            SiteFiles.deleteRecursively(entry);
            Files.move(partial, entry, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(partial, entry);
        } finally {
            SiteFiles.deleteRecursively(partial);
        }
        return entry;
    }

    /** Writes every variant of {@code photo} into {@code dir} as "&lt;width&gt;.webp" and "&lt;width&gt;.jpg". */
    public static void process(PhotoFile photo, Path dir) throws IOException {
        List<PhotoVariant> variants = PhotoVariant.of(photo);
        PhotoVariant largest = variants.get(variants.size() - 1);
        BufferedImage upright = decodeUpright(photo.file(), largest.width(), largest.height());
        List<IOException> failures = new ArrayList<>();
        // the two cores each encode a size: cwebp and the JPEG writer are single-threaded
        variants.parallelStream().forEach(variant -> {
            try {
                BufferedImage scaled = scale(upright, variant.width(), variant.height());
                int budget = variant.width() <= PHONE_WIDTH ? PHONE_VARIANT_BUDGET : Integer.MAX_VALUE;
                Files.write(dir.resolve(variant.width() + ".webp"), withinBudget(scaled, WEBP_QUALITY, budget, true));
                Files.write(dir.resolve(variant.width() + ".jpg"), withinBudget(scaled, JPEG_QUALITY, budget, false));
            } catch (IOException e) {
                synchronized (failures) {
                    failures.add(e);
                }
            }
        });
        if (!failures.isEmpty()) {
            throw failures.get(0);
        }
    }

    private static byte[] withinBudget(BufferedImage image, int quality, int budget, boolean webp) throws IOException {
        byte[] bytes = webp ? webp(image, quality) : jpeg(image, quality);
        while (bytes.length > budget && quality - 8 >= LOWEST_QUALITY) {
            quality -= 8;
            bytes = webp ? webp(image, quality) : jpeg(image, quality);
        }
        return bytes;
    }

    /**
     * Decodes the photo in sRGB and upright, subsampled while it stays at least twice as large as
     * {@code width} x {@code height} (the largest variant, upright): a 50-megapixel photo is then
     * read at a quarter of its pixels, which keeps the build's memory small.
     */
    static BufferedImage decodeUpright(Path file, int width, int height) throws IOException {
        PhotoHeader header = PhotoHeader.read(file);
        // PhotoCheck refuses these already; checked again because decoding one would exhaust the memory
        Optional<String> tooLarge = PhotoFile.tooManyPixels(file.getFileName().toString(), header.storedWidth(),
                header.storedHeight());
        if (tooLarge.isPresent()) {
            throw new IIOException(tooLarge.get());
        }
        int storedWidthNeeded = header.turnsQuarter() ? height : width;
        int storedHeightNeeded = header.turnsQuarter() ? width : height;
        int factor = Math.max(1, Math.min(header.storedWidth() / (2 * storedWidthNeeded),
                header.storedHeight() / (2 * storedHeightNeeded)));
        BufferedImage raw;
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            ImageReader reader = PhotoHeader.readerFor(in);
            try {
                reader.setInput(in, true, true);
                // decoders carry on over damaged data with a warning and return a smeared picture
                List<String> warnings = new ArrayList<>();
                reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
                ImageReadParam param = reader.getDefaultReadParam();
                param.setSourceSubsampling(factor, factor, 0, 0);
                raw = reader.read(0, param);
                if (!warnings.isEmpty()) {
                    throw new IIOException("damaged: " + String.join("; ", warnings));
                }
            } finally {
                reader.dispose();
            }
        }
        return orient(toSrgb(raw), header.orientation());
    }

    /** The image in sRGB as 8-bit RGB, or ARGB when it has transparency (PNG). */
    static BufferedImage toSrgb(BufferedImage raw) {
        boolean alpha = raw.getColorModel().hasAlpha();
        BufferedImage srgb = new BufferedImage(raw.getWidth(), raw.getHeight(),
                alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        ColorSpace space = raw.getColorModel().getColorSpace();
        if (space.isCS_sRGB() || space.getType() == ColorSpace.TYPE_GRAY) {
            Graphics2D g = srgb.createGraphics();
            g.drawImage(raw, 0, 0, null);
            g.dispose();
        } else {
            // CMYK, Adobe RGB, Display P3...: through the embedded ICC profile to sRGB
            new ColorConvertOp(null).filter(raw, srgb);
        }
        return srgb;
    }

    /** Turns the stored pixels as the EXIF orientation says (named as ImageIO's standard metadata names it). */
    static BufferedImage orient(BufferedImage image, String orientation) {
        if (orientation.equals("Normal")) {
            return image;
        }
        int w = image.getWidth();
        int h = image.getHeight();
        boolean quarter = orientation.contains("90") || orientation.contains("270");
        int outWidth = quarter ? h : w;
        int outHeight = quarter ? w : h;
        BufferedImage out = new BufferedImage(outWidth, outHeight, image.getType());
        int[] from = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        int[] to = ((DataBufferInt) out.getRaster().getDataBuffer()).getData();
        for (int y = 0; y < outHeight; y++) {
            for (int x = 0; x < outWidth; x++) {
                int sx;
                int sy;
                switch (orientation) {
                    case "FlipH" -> { sx = w - 1 - x; sy = y; }
                    case "Rotate180" -> { sx = w - 1 - x; sy = h - 1 - y; }
                    case "FlipV" -> { sx = x; sy = h - 1 - y; }
                    case "FlipVRotate90" -> { sx = y; sy = x; }                 // EXIF 5, transposed
                    case "Rotate270" -> { sx = y; sy = h - 1 - x; }             // EXIF 6, shown turned clockwise
                    case "FlipHRotate90" -> { sx = w - 1 - y; sy = h - 1 - x; } // EXIF 7, transversed
                    case "Rotate90" -> { sx = w - 1 - y; sy = x; }              // EXIF 8, shown turned anticlockwise
                    default -> throw new IllegalArgumentException("unknown orientation " + orientation);
                }
                to[y * outWidth + x] = from[sy * w + sx];
            }
        }
        return out;
    }

    /** Scales down in halves, then bicubic to the exact size: sharp without the shimmer of one big step. */
    static BufferedImage scale(BufferedImage image, int width, int height) {
        BufferedImage current = image;
        while (current.getWidth() / 2 >= width && current.getHeight() / 2 >= height) {
            current = draw(current, current.getWidth() / 2, current.getHeight() / 2, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        }
        if (current.getWidth() == width && current.getHeight() == height) {
            return current;
        }
        return draw(current, width, height, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
    }

    private static BufferedImage draw(BufferedImage image, int width, int height, Object interpolation) {
        BufferedImage out = new BufferedImage(width, height, image.getType());
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, interpolation);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.drawImage(image, 0, 0, width, height, null);
        g.dispose();
        return out;
    }

    static byte[] webp(BufferedImage image, int quality) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        WebpWriter.DEFAULT.withQ(quality).withM(4).write(ImmutableImage.wrapAwt(image), ImageMetadata.empty, out);
        return out.toByteArray();
    }

    /** A progressive JPEG with only the JFIF header; transparency becomes white. */
    static byte[] jpeg(BufferedImage image, int quality) throws IOException {
        BufferedImage rgb = image;
        if (image.getColorModel().hasAlpha()) {
            rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
            Graphics2D g = rgb.createGraphics();
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.drawImage(image, 0, 0, null);
            g.dispose();
        }
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality / 100f);
            param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
            writer.write(null, new IIOImage(rgb, null, null), param);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    /**
     * JBake copies every file of content/ that is not a page into the bake, photos included:
     * the originals, with all their metadata, are removed from the bake before it is published.
     */
    public static void removeOriginals(Path bakeDir) {
        SiteFiles.deleteRecursively(bakeDir.resolve(PhotoUse.FOLDER));
    }

    /** Whether a file of the bake (path relative to it) is JBake's copy of an original photo. */
    public static boolean isOriginal(String relativePath) {
        return relativePath.replace('\\', '/').startsWith(PhotoUse.FOLDER + "/");
    }

    private static void linkOrCopy(Path from, Path to) throws IOException {
        Files.createDirectories(to.getParent());
        try {
            Files.createLink(to, from);
        } catch (FileAlreadyExistsException e) {
            // two events showing the same photo: the variants are the same files
        } catch (IOException | UnsupportedOperationException e) {
            Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
