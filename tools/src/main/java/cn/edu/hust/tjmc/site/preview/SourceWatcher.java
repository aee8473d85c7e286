package cn.edu.hust.tjmc.site.preview;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import cn.edu.hust.tjmc.site.source.IgnoredFiles;
import cn.edu.hust.tjmc.site.source.JBakeSettings;
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
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Waits for saves to the site's sources: the folders jbake.properties names (content/, data/,
 * templates/, assets/) with everything below them, and jbake.properties. Never target/, where
 * the bakes go, so a bake cannot trigger the next, nor backup and system files
 * ({@link IgnoredFiles}). Blocks in the operating system while nothing changes, so an idle
 * preview costs no CPU.
 */
final class SourceWatcher implements AutoCloseable {

    private final Path projectDir;
    /** As jbake.properties names them; read again when it changes. */
    private List<String> sourceFolders;
    private final WatchService watcher;

    SourceWatcher(Path projectDir) throws IOException {
        this.projectDir = projectDir;
        this.watcher = FileSystems.getDefault().newWatchService();
        this.sourceFolders = JBakeSettings.read(projectDir).sourceFolders();
        for (String folder : sourceFolders) {
            Path dir = projectDir.resolve(folder);
            if (Files.isDirectory(dir)) {
                registerTree(dir);
            }
        }
        // The project folder itself only for jbake.properties; its other entries are filtered out.
        projectDir.register(watcher, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE);
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
            return true;
        } catch (ClosedWatchServiceException e) {
            return false;
        }
    }

    /** Takes the key's events, watches new folders, and says whether a source was among them. */
    private boolean relevant(WatchKey key) {
        Path dir = (Path) key.watchable();
        boolean relevant = false;
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == OVERFLOW) {
                relevant = true; // events were lost; bake to be safe
                continue;
            }
            Path changed = dir.resolve((Path) event.context());
            if (dir.equals(projectDir)) {
                String name = changed.getFileName().toString();
                boolean sourceFolder = sourceFolders.contains(name);
                if (sourceFolder && event.kind() == ENTRY_CREATE && Files.isDirectory(changed)) {
                    registerTree(changed); // a source folder deleted and made again, e.g. by git checkout
                }
                if (name.equals(JBakeSettings.FILE) && Files.isRegularFile(changed)) {
                    followRenamedFolders();
                }
                relevant |= sourceFolder || name.equals(JBakeSettings.FILE);
                continue;
            }
            if (IgnoredFiles.isIgnored(projectDir, changed)) {
                continue;
            }
            if (event.kind() == ENTRY_CREATE && Files.isDirectory(changed)) {
                registerTree(changed);
            }
            relevant = true;
        }
        key.reset();
        return relevant;
    }

    /** A folder renamed in jbake.properties is watched from then on; a broken file is the bake's to report. */
    private void followRenamedFolders() {
        try {
            List<String> now = JBakeSettings.read(projectDir).sourceFolders();
            for (String folder : now) {
                if (!sourceFolders.contains(folder) && Files.isDirectory(projectDir.resolve(folder))) {
                    registerTree(projectDir.resolve(folder));
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
                dir.register(watcher, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE);
            }
        } catch (NoSuchFileException | UncheckedIOException e) {
            // A folder that came and went between two events (an editor's or a tool's scratch
            // folder); if it is made again, its creation is seen again.
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        watcher.close();
    }
}
