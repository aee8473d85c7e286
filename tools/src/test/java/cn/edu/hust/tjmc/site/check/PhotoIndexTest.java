package cn.edu.hust.tjmc.site.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.edu.hust.tjmc.site.TestPhotos;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A new build (a new JVM) takes an unchanged photo from the index without opening it, and never misses a change. */
class PhotoIndexTest {

    /** A file time as ext4 or NTFS keep it, finer than a millisecond. */
    private static final FileTime TAKEN = FileTime.from(Instant.parse("2026-11-30T02:55:59.669787253Z"));

    @TempDir
    Path project;

    private Path photo;

    @BeforeEach
    void writeAPhoto() throws IOException {
        photo = project.resolve("content/photos/visit.jpg");
        Files.createDirectories(photo.getParent());
        Files.write(photo, TestPhotos.phoneJpeg(TestPhotos.upright(900, 600, 1), 6));
        Files.setLastModifiedTime(photo, TAKEN);
    }

    /** What the last build learnt of the photo, as the next build's index gives it. */
    private PhotoIndex.Entry indexedByALastBuild() throws IOException {
        PhotoIndex last = PhotoIndex.read(project);
        PhotoIndex.Entry entry = last.of(photo);
        last.write(List.of(photo));
        return entry;
    }

    /** Other bytes of the same length, with the time put back: only the index can still know the old hash. */
    private void replaceTheBytesKeepingSizeAndTime(FileTime time) throws IOException {
        Files.write(photo, new byte[(int) Files.size(photo)]);
        Files.setLastModifiedTime(photo, time);
    }

    @Test
    void anUnchangedPhotoIsTakenFromTheIndexWithoutOpeningIt() throws IOException {
        PhotoIndex.Entry known = indexedByALastBuild();
        assertEquals(new PhotoHeader("jpeg", 600, 900, "Rotate270"), known.header());
        replaceTheBytesKeepingSizeAndTime(TAKEN);
        // zeros are no photo at all: reading the file would throw
        assertEquals(known, PhotoIndex.read(project).of(photo));
    }

    @Test
    void aPhotoWhoseTimeChangedIsReadAgain() throws IOException {
        PhotoIndex.Entry known = indexedByALastBuild();
        Files.write(photo, TestPhotos.phoneJpeg(TestPhotos.upright(900, 600, 2), 1));
        Files.setLastModifiedTime(photo, FileTime.from(TAKEN.toInstant().plusNanos(1000)));
        PhotoIndex.Entry now = PhotoIndex.read(project).of(photo);
        assertNotEquals(known.hash(), now.hash());
        assertEquals(new PhotoHeader("jpeg", 900, 600, "Normal"), now.header());
    }

    @Test
    void aDamagedIndexOnlyCostsReadingThePhotosAgain() throws IOException {
        indexedByALastBuild();
        Path index = project.resolve(PhotoIndex.FILE);
        Files.writeString(index, Files.readString(index).replace("\tjpeg\t", "\tjpeg\tsix hundred\t"));
        replaceTheBytesKeepingSizeAndTime(TAKEN);
        assertThrows(IOException.class, () -> PhotoIndex.read(project).of(photo));
    }
}
