package cn.edu.hust.tjmc.site.pipeline;

import cn.edu.hust.tjmc.site.check.PhotoHeader;
import cn.edu.hust.tjmc.site.source.PhotoFile;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Processes one photo in a JVM of its own, as PhotoMemoryTest starts it with a capped heap,
 * and prints the heap's peak: "peak_heap_mb=123".
 */
public final class PhotoMemoryProbe {

    private PhotoMemoryProbe() {
    }

    /** Arguments: the photo, the folder for its variants. */
    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        PhotoHeader header = PhotoHeader.read(file);
        PhotoProcessor.process(new PhotoFile("photos/huge.jpg", file, "probe", header.width(), header.height()),
                Files.createDirectories(Path.of(args[1])));
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.println("peak_heap_mb=" + peak / (1024 * 1024));
    }
}
