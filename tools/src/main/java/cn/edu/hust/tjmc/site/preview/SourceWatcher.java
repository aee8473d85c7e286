package cn.edu.hust.tjmc.site.preview;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import cn.edu.hust.tjmc.site.source.IgnoredFiles;
import cn.edu.hust.tjmc.site.source.JBakeSettings;
import com.sun.nio.file.ExtendedWatchEventModifier;
import io.methvin.watcher.hashing.FileHasher;
import io.methvin.watchservice.MacOSXListeningWatchService;
import io.methvin.watchservice.WatchablePath;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Waits for saves to the site's sources: the folders jbake.properties names (content/, data/,
 * templates/, assets/) with everything below them, and jbake.properties. Never target/, where
 * the bakes go, so a bake cannot trigger the next, nor backup and system files
 * ({@link IgnoredFiles}). Blocks in the operating system while nothing changes, so an idle
 * preview costs no CPU.
 *
 * <p>Each system's own notifications ({@link Mode}): the JDK's watcher polls every 2 s on
 * macOS, and on Windows one registration per folder keeps each folder open, which stops
 * Explorer from renaming it.
 */
final class SourceWatcher implements AutoCloseable {

    /** How the operating system tells of changes. */
    enum Mode {
        /** Linux: inotify, one registration per folder (it has no recursive one). */
        PER_FOLDER,
        /** Windows: one recursive registration of the project folder (ReadDirectoryChangesW). */
        FILE_TREE,
        /** macOS: one FSEvents stream for the project folder, through directory-watcher's JNA binding. */
        FSEVENTS;

        static Mode forSystem(String osName) {
            String name = osName.toLowerCase(Locale.ROOT);
            if (name.startsWith("windows")) {
                return FILE_TREE;
            }
            return name.startsWith("mac") || name.startsWith("darwin") ? FSEVENTS : PER_FOLDER;
        }
    }

    private static final WatchEvent.Kind<?>[] KINDS = {ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE};
    /** FSEvents' wait before it reports, in seconds; its default (0.5 s) would be felt after each save. */
    private static final double FSEVENTS_LATENCY = 0.05;
    /** Events a key holds before it reports an overflow: a bake writes hundreds of files under target/. */
    private static final int FSEVENTS_QUEUE = 16_384;

    private final Path projectDir;
    private final Mode mode;
    /** As jbake.properties names them; read again when it changes. */
    private List<String> sourceFolders;
    private final WatchService watcher;
    /** Size and time of every source file when a change was last reported: an overflow is compared with it. */
    private Map<Path, String> lastScan;

    SourceWatcher(Path projectDir) throws IOException {
        this(projectDir, Mode.forSystem(System.getProperty("os.name")));
    }

    SourceWatcher(Path projectDir, Mode mode) throws IOException {
        this.projectDir = projectDir;
        this.mode = mode;
        this.sourceFolders = JBakeSettings.read(projectDir).sourceFolders();
        switch (mode) {
            case FILE_TREE -> {
                watcher = FileSystems.getDefault().newWatchService();
                projectDir.register(watcher, KINDS, ExtendedWatchEventModifier.FILE_TREE);
            }
            case FSEVENTS -> {
                watcher = fsEvents();
                new WatchablePath(projectDir).register(watcher, KINDS);
            }
            default -> {
                watcher = FileSystems.getDefault().newWatchService();
                for (String folder : sourceFolders) {
                    Path dir = projectDir.resolve(folder);
                    if (Files.isDirectory(dir)) {
                        registerTree(dir);
                    }
                }
                // The project folder itself only for jbake.properties; its other entries are filtered out.
                projectDir.register(watcher, KINDS);
            }
        }
        this.lastScan = scanSources();
    }

    /** Only called on macOS: JNA's native part loads with it. No file hashing: any event is a change. */
    private static WatchService fsEvents() {
        return new MacOSXListeningWatchService(new MacOSXListeningWatchService.Config() {
            @Override
            public double latency() {
                return FSEVENTS_LATENCY;
            }

            @Override
            public int queueSize() {
                return FSEVENTS_QUEUE;
            }

            @Override
            public FileHasher fileHasher() {
                return null; // file-level events instead of hashing every file of the project
            }
        });
    }

    /**
     * Blocks until a source changes, then until {@code quietMillis} pass without another
     * change: an editor's save is often several writes and renames, and one bake is enough.
     *
     * @return false when the watcher was closed
     */
    boolean awaitChange(long quietMillis) throws InterruptedException {
        try {
            while (!relevant(watcher.take())) {
                // only target/ or other project entries changed
            }
            WatchKey key;
            while ((key = watcher.poll(quietMillis, TimeUnit.MILLISECONDS)) != null) {
                relevant(key);
            }
            lastScan = scanSources();
            return true;
        } catch (ClosedWatchServiceException e) {
            return false;
        }
    }

    /** Takes the key's events, watches new folders, and says whether a source was among them. */
    private boolean relevant(WatchKey key) {
        // The JDK's keys watch a Path; directory-watcher's a WatchablePath, and its events name absolute paths.
        Path dir = key.watchable() instanceof Path path ? path : projectDir;
        boolean relevant = false;
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == OVERFLOW) {
                // Events were lost, perhaps only the bake's own under target/: bake if a source differs.
                relevant |= !scanSources().equals(lastScan);
                continue;
            }
            Path changed = dir.resolve((Path) event.context());
            if (isJBakeSettings(changed) && Files.isRegularFile(changed)) {
                followRenamedFolders();
            }
            if (mode == Mode.PER_FOLDER && event.kind() == ENTRY_CREATE && Files.isDirectory(changed)
                    && isSource(changed)) {
                registerTree(changed); // a new folder, or a source folder made again, e.g. by git checkout
            }
            relevant |= isSource(changed);
        }
        key.reset();
        return relevant;
    }

    /**
     * Whether a change to {@code path} (absolute) can change the site: jbake.properties, a source
     * folder, or a file or folder in one that is not a backup or system file.
     */
    boolean isSource(Path path) {
        if (!path.startsWith(projectDir) || path.equals(projectDir)) {
            return false;
        }
        Path relative = projectDir.relativize(path);
        String first = relative.getName(0).toString();
        if (relative.getNameCount() == 1 && first.equals(JBakeSettings.FILE)) {
            return true;
        }
        return sourceFolders.contains(first) && !IgnoredFiles.isIgnored(projectDir.resolve(first), path);
    }

    private boolean isJBakeSettings(Path path) {
        return path.equals(projectDir.resolve(JBakeSettings.FILE));
    }

    /** A folder renamed in jbake.properties is watched from then on; a broken file is the bake's to report. */
    private void followRenamedFolders() {
        try {
            List<String> now = JBakeSettings.read(projectDir).sourceFolders();
            if (mode == Mode.PER_FOLDER) {
                for (String folder : now) {
                    if (!sourceFolders.contains(folder) && Files.isDirectory(projectDir.resolve(folder))) {
                        registerTree(projectDir.resolve(folder));
                    }
                }
            }
            sourceFolders = now;
        } catch (IllegalStateException e) {
            // unreadable for a moment, e.g. while an editor saves it: the next change reads it again
        }
    }

    private void registerTree(Path root) {
        try (Stream<Path> dirs = Files.walk(root)) {
            for (Path dir : dirs.filter(Files::isDirectory).filter(dir -> !IgnoredFiles.isIgnored(projectDir, dir))
                    .toList()) {
                dir.register(watcher, KINDS);
            }
        } catch (NoSuchFileException | UncheckedIOException e) {
            // A folder that came and went between two events (an editor's or a tool's scratch
            // folder); if it is made again, its creation is seen again.
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Size and modification time of every source file: what an overflow is checked against.
     * Files only: a folder's time changes with every scratch file written into it.
     */
    Map<Path, String> scanSources() {
        Map<Path, String> files = new HashMap<>();
        for (String name : sourceFolders) {
            Path folder = projectDir.resolve(name);
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(folder)) {
                walk.filter(Files::isRegularFile).filter(file -> !IgnoredFiles.isIgnored(folder, file))
                        .forEach(file -> files.put(file, stamp(file)));
            } catch (IOException | UncheckedIOException e) {
                files.put(folder, "changing"); // moved while walked: certainly a change
            }
        }
        files.put(projectDir.resolve(JBakeSettings.FILE), stamp(projectDir.resolve(JBakeSettings.FILE)));
        return files;
    }

    private static String stamp(Path file) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            return attributes.size() + "@" + attributes.lastModifiedTime();
        } catch (IOException e) {
            return "gone";
        }
    }

    @Override
    public void close() throws IOException {
        watcher.close();
    }
}
