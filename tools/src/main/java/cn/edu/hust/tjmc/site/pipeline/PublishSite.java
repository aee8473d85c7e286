package cn.edu.hust.tjmc.site.pipeline;

import cn.edu.hust.tjmc.site.report.CiReports;
import cn.edu.hust.tjmc.site.report.Report;
import cn.edu.hust.tjmc.site.report.SiteCheckException;
import cn.edu.hust.tjmc.site.source.IgnoredFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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

    /** Arguments: project folder, bake folder, site folder, zip file, output timestamp (ISO-8601). */
    public static void main(String[] args) {
        Path projectDir = Path.of(args[0]).toAbsolutePath();
        Path bakeDir = Path.of(args[1]).toAbsolutePath();
        Path siteDir = Path.of(args[2]).toAbsolutePath();
        Path zipFile = Path.of(args[3]).toAbsolutePath();
        LocalDateTime entryTime = OffsetDateTime.parse(args[4]).withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime();
        try {
            PublishedFiles files = finishBake(projectDir, bakeDir);
            Changes changes = replace(bakeDir, siteDir);
            zip(siteDir, zipFile, entryTime);
            // the one line a successful editors' build prints (Maven's own are at warn, .mvn/jvm.config)
            System.out.println(summary(projectDir.relativize(siteDir), files, changes) + translations(projectDir));
        } catch (SiteCheckException e) {
            BuildLock.release(projectDir);
            Report.print(System.err, Report.text(e.problems()));
            CiReports.publish(e.problems(), List.of(), projectDir, System.getenv(), System.out);
            BuildEnd.fail(e.problems().size());
        }
        BuildLock.release(projectDir);
    }

    /**
     * Checks the bake as it will be published ({@link PublishedSiteCheck}), then makes it the
     * published site ({@link #replace}).
     *
     * @throws SiteCheckException when the bake may not be published; siteDir is left as it was
     */
    public static void publish(Path projectDir, Path bakeDir, Path siteDir) {
        finishBake(projectDir, bakeDir);
        replace(bakeDir, siteDir);
    }

    /** What a publish changed in the site folder: files written (new or changed) and files removed. */
    public record Changes(int written, int removed) {
    }

    /** "The site is in target/site: 9 pages, 2 photos; 3 files changed since the last build." */
    static String summary(Path site, PublishedFiles files, Changes changes) {
        long pages = files.pages().size();
        long photos = files.files().values().stream().filter(source -> source.kind() == PublishedFiles.Kind.PHOTO)
                .map(PublishedFiles.Source::path).distinct().count();
        int changed = changes.written() + changes.removed();
        return "The site is in " + site.toString().replace('\\', '/') + ": " + count(pages, "page") + ", "
                + count(photos, "photo") + "; " + (changed == 0 ? "nothing changed since the last build."
                : count(changed, "file") + " changed since the last build (" + changes.written() + " new or"
                + " rewritten, " + changes.removed() + " removed).");
    }

    /** " Translations: 3 translated, …" as PrepareSite counted them; "" when it wrote none (a test's bake). */
    private static String translations(Path projectDir) {
        Path file = projectDir.resolve(PrepareSite.MODEL_FOLDER).resolve(TranslationReport.SUMMARY_FILE);
        try {
            return Files.exists(file) ? " " + Files.readString(file, StandardCharsets.UTF_8).strip() : "";
        } catch (IOException e) {
            return "";
        }
    }

    private static String count(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    /**
     * Makes the finished bake the published site so that a complete site is at {@code siteDir}
     * at every moment, whenever the build is killed. Java cannot exchange two folders in one step,
     * and moving the old site aside before moving the new one in leaves, for an instant, no site
     * at all. So the site folder stays, and is brought up to the bake file by file: each new or
     * changed file is renamed over the old one (a rename is atomic: a reader sees the old file or
     * the new, never none or half), and only when every file of the new site is in place are the
     * files it no longer has deleted. A build killed midway leaves every page there, some old and
     * some new, and the next build finishes the work. Unchanged files are not touched: they keep
     * their modification times, so an upload of the site (deploy.sh's rsync) passes over them.
     */
    public static Changes replace(Path bakeDir, Path siteDir) {
        try {
            SiteFiles.deleteRecursively(siteDir.resolveSibling(siteDir.getFileName() + ".previous")); // older builds'
            if (!Files.isDirectory(siteDir)) {
                Files.createDirectories(siteDir.getParent());
                int files;
                try (Stream<Path> walk = Files.walk(bakeDir)) {
                    files = (int) walk.filter(Files::isRegularFile).count();
                }
                move(bakeDir, siteDir);
                return new Changes(files, 0);
            }
            int written = 0;
            int removed = 0;
            Set<Path> baked = new HashSet<>();
            List<Path> files;
            try (Stream<Path> walk = Files.walk(bakeDir)) {
                files = walk.filter(Files::isRegularFile).sorted().toList();
            }
            for (Path file : files) {
                Path relative = bakeDir.relativize(file);
                baked.add(relative);
                Path target = siteDir.resolve(relative.toString());
                if (Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)
                        && (Files.isSameFile(file, target) || Files.mismatch(file, target) == -1)) {
                    continue;
                }
                if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
                    SiteFiles.deleteRecursively(target); // a folder where a file now is: rare, and not atomic
                }
                Files.createDirectories(target.getParent());
                moveOver(file, target);
                written++;
            }
            List<Path> old;
            try (Stream<Path> walk = Files.walk(siteDir)) {
                old = walk.sorted(Comparator.reverseOrder()).toList(); // files before their folders
            }
            for (Path path : old) {
                Path relative = siteDir.relativize(path);
                if (path.equals(siteDir) || baked.contains(relative)) {
                    continue;
                }
                if (!Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
                    Files.delete(path);
                    removed++;
                } else if (isEmpty(path)) {
                    Files.delete(path);
                }
            }
            SiteFiles.deleteRecursively(bakeDir);
            return new Changes(written, removed);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isEmpty(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        }
    }

    /** Replaces {@code target} by {@code file} in one rename where the file system can. */
    private static void moveOver(Path file, Path target) throws IOException {
        try {
            Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(file, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * Makes a bake what it will be published as, or stops: passes over what JBake copies and the
     * site never publishes, then holds the rest to the list of published files.
     *
     * @throws SiteCheckException when the bake may not be published
     */
    public static PublishedFiles finishBake(Path projectDir, Path bakeDir) {
        if (!Files.isRegularFile(bakeDir.resolve("index.html"))) {
            throw new BuildStoppedException("The bake in " + bakeDir + " has no index.html; nothing was published.");
        }
        removeIgnoredFiles(bakeDir);
        PhotoProcessor.removeOriginals(bakeDir);
        PublishedFiles files = PublishedFiles.read(projectDir.resolve(PrepareSite.MODEL_FOLDER)
                .resolve(PublishedFiles.FILE));
        PublishedSiteCheck.check(projectDir, bakeDir, files);
        return files;
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
