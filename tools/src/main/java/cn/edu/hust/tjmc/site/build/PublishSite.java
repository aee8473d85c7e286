package cn.edu.hust.tjmc.site.build;

import cn.edu.hust.tjmc.site.source.IgnoredFiles;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The step after a successful bake: makes the baked folder the published one in a single
 * rename, so target/site is always a complete build, and writes a byte-reproducible zip.
 */
public final class PublishSite {

    /** Files that are compressed already, by their name. */
    private static final Pattern COMPRESSED = Pattern.compile("(?i)\\.(webp|jpe?g|png|gif|woff2?|zip|gz)$");

    private PublishSite() {
    }

    /** Arguments: bake folder, site folder, zip file, output timestamp (ISO-8601). */
    public static void main(String[] args) {
        Path bakeDir = Path.of(args[0]).toAbsolutePath();
        Path siteDir = Path.of(args[1]).toAbsolutePath();
        Path zipFile = Path.of(args[2]).toAbsolutePath();
        LocalDateTime entryTime = OffsetDateTime.parse(args[3]).withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime();
        publish(bakeDir, siteDir);
        zip(siteDir, zipFile, entryTime);
    }

    /**
     * Replaces {@code siteDir} by {@code bakeDir}. The old site is first moved aside, then the
     * new one moved in: at every moment siteDir is either the old or the new complete site.
     */
    public static void publish(Path bakeDir, Path siteDir) {
        if (!Files.isRegularFile(bakeDir.resolve("index.html"))) {
            throw new BuildStoppedException("The bake in " + bakeDir + " has no index.html; the site in "
                    + siteDir + " was left as it was.");
        }
        removeIgnoredFiles(bakeDir);
        PhotoProcessor.removeOriginals(bakeDir);
        Path previous = siteDir.resolveSibling(siteDir.getFileName() + ".previous");
        try {
            SiteFiles.deleteRecursively(previous);
            if (Files.exists(siteDir)) {
                move(siteDir, previous);
            }
            move(bakeDir, siteDir);
            SiteFiles.deleteRecursively(previous);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * JBake copies every file of assets/ and every file of content/ that is not a page, and has
     * no setting to pass over backups: they are removed from its output here instead.
     */
    private static void removeIgnoredFiles(Path bakeDir) {
        try (Stream<Path> walk = Files.walk(bakeDir)) {
            walk.filter(path -> path != bakeDir && IgnoredFiles.isIgnored(path.getFileName().toString())
                            && !PrepareSite.GENERATED_FILES.contains(bakeDir.relativize(path).toString()))
                    .toList().forEach(SiteFiles::deleteRecursively);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    /** Zips {@code siteDir} with sorted entries and a fixed time, so equal sites give equal bytes. */
    public static void zip(Path siteDir, Path zipFile, LocalDateTime entryTime) {
        Path partial = zipFile.resolveSibling(zipFile.getFileName() + ".partial");
        try (Stream<Path> walk = Files.walk(siteDir)) {
            List<Path> files = walk.filter(Files::isRegularFile)
                    .sorted((a, b) -> entryName(siteDir, a).compareTo(entryName(siteDir, b)))
                    .toList();
            try (OutputStream out = Files.newOutputStream(partial); ZipOutputStream zip = new ZipOutputStream(out)) {
                for (Path file : files) {
                    ZipEntry entry = new ZipEntry(entryName(siteDir, file));
                    entry.setTimeLocal(entryTime);
                    if (COMPRESSED.matcher(entry.getName()).find()) {
                        // compressed already (a photo's variants): deflating again would only cost time
                        byte[] bytes = Files.readAllBytes(file);
                        stored(entry, bytes);
                        zip.putNextEntry(entry);
                        zip.write(bytes);
                    } else {
                        zip.putNextEntry(entry);
                        Files.copy(file, zip);
                    }
                    zip.closeEntry();
                }
            }
            move(partial, zipFile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Makes {@code entry} one stored as {@code bytes} are: a stored entry names its size and CRC first. */
    private static void stored(ZipEntry entry, byte[] bytes) {
        CRC32 crc = new CRC32();
        crc.update(bytes);
        entry.setMethod(ZipEntry.STORED);
        entry.setSize(bytes.length);
        entry.setCompressedSize(bytes.length);
        entry.setCrc(crc.getValue());
    }

    private static String entryName(Path siteDir, Path file) {
        return siteDir.relativize(file).toString().replace('\\', '/');
    }
}
