package cn.edu.hust.tjmc.site.check;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

/**
 * What earlier builds learnt of each photo (content hash and header), by file, size and
 * modification time, kept in {@link #FILE}: every build is a new JVM, and hashing and opening
 * four phone photos again would cost it a third of a second. A photo whose size or time changed
 * is read again.
 */
final class PhotoIndex {

    /** Where the index is kept, relative to the project folder. */
    static final String FILE = "target/photo-cache/photos.tsv";

    /** @param modified the file's time at full precision (a millisecond index never matches a nanosecond clock) */
    record Entry(long size, Instant modified, String hash, PhotoHeader header) {
    }

    private final Path projectDir;
    private final Map<Path, Entry> entries = new HashMap<>();

    private PhotoIndex(Path projectDir) {
        this.projectDir = projectDir;
    }

    /** The index the last build left; empty when there is none or it cannot be read. */
    static PhotoIndex read(Path projectDir) {
        PhotoIndex index = new PhotoIndex(projectDir);
        Path file = projectDir.resolve(FILE);
        try {
            if (Files.isRegularFile(file)) {
                Files.readAllLines(file, StandardCharsets.UTF_8).forEach(index::readLine);
            }
        } catch (IOException | RuntimeException e) {
            // a damaged index only costs reading the photos again
        }
        return index;
    }

    private void readLine(String line) {
        String[] fields = line.split("\t");
        try {
            if (fields.length == 8) {
                entries.put(projectDir.resolve(fields[0]), new Entry(Long.parseLong(fields[1]), Instant.parse(fields[2]),
                        fields[3], new PhotoHeader(fields[4], Integer.parseInt(fields[5]), Integer.parseInt(fields[6]), fields[7])));
            }
        } catch (NumberFormatException | DateTimeParseException e) {
            // that photo is read again
        }
    }

    /**
     * What {@code file} holds: from the index when its size and time are those recorded, else read
     * from the file (its header and hash) and recorded.
     *
     * @throws IOException when the file is not a JPEG or PNG image or cannot be read
     */
    Entry of(Path file) throws IOException {
        long size = Files.size(file);
        Instant modified = Files.getLastModifiedTime(file).toInstant();
        Entry entry = entries.get(file);
        if (entry != null && entry.size() == size && entry.modified().equals(modified)) {
            return entry;
        }
        PhotoHeader header = PhotoHeader.read(file); // first: a file that is no photo is not hashed
        entry = new Entry(size, modified, hash(file), header);
        entries.put(file, entry);
        return entry;
    }

    /**
     * Keeps what is known of {@code files} (the photos used now) for the next build: written whole,
     * then renamed; not at all when it has not changed (a temporary file's random name starts Java's
     * secure random generator, a cost the build with unchanged photos need not pay).
     */
    void write(Collection<Path> files) {
        StringBuilder lines = new StringBuilder();
        for (Path file : files) {
            Entry entry = entries.get(file);
            if (entry != null) {
                PhotoHeader header = entry.header();
                lines.append(String.join("\t", projectDir.relativize(file).toString().replace('\\', '/'),
                        Long.toString(entry.size()), entry.modified().toString(), entry.hash(), header.format(),
                        Integer.toString(header.storedWidth()), Integer.toString(header.storedHeight()),
                        header.orientation())).append('\n');
            }
        }
        Path index = projectDir.resolve(FILE);
        try {
            if (Files.isRegularFile(index) && Files.readString(index, StandardCharsets.UTF_8).contentEquals(lines)) {
                return;
            }
            Files.createDirectories(index.getParent());
            Path partial = Files.createTempFile(index.getParent(), "photos", ".partial");
            Files.writeString(partial, lines, StandardCharsets.UTF_8);
            Files.move(partial, index, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // without the index the next build reads the photos again; nothing else depends on it
        }
    }

    /** The first 16 hex digits of the file's SHA-256: names its cache entry and its published variants. */
    private static String hash(Path file) throws IOException {
        try (DigestInputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(in.getMessageDigest().digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
