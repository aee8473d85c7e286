package cn.edu.hust.tjmc.site.pipeline;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * One build at a time in a project folder. Two builds at once (an IDE that builds on save, and a
 * terminal) would empty and fill the same bake folder together and publish a site missing
 * files, with both reporting success. The lock is a file naming the build's process: PrepareSite
 * takes it, PublishSite gives it back, and a build that finds it taken waits for that process.
 * A file left by a build that was killed names a process that is gone, and is taken over.
 * The three steps run in one JVM (Maven's), so the lock belongs to the process, not to a class
 * loader, and no file handle has to live from one step to the next.
 */
public final class BuildLock {

    static final String FILE = "target/build.lock";
    private static final Duration POLL = Duration.ofMillis(200);

    private BuildLock() {
    }

    /**
     * Takes the lock for this process, waiting while another live build holds it.
     *
     * @param out where the one line saying that this build waits goes
     * @throws BuildStoppedException when the other build holds it longer than {@code patience}
     */
    public static void acquire(Path projectDir, Duration patience, PrintStream out) {
        Path lock = projectDir.resolve(FILE);
        String me = describe(ProcessHandle.current());
        long deadline = System.nanoTime() + patience.toNanos();
        boolean told = false;
        try {
            Files.createDirectories(lock.getParent());
            while (true) {
                try {
                    Files.writeString(Files.createFile(lock), me, StandardCharsets.UTF_8);
                    return;
                } catch (FileAlreadyExistsException taken) {
                    Optional<String> holder = read(lock);
                    if (holder.isEmpty() || holder.get().equals(me) || !alive(holder.get())) {
                        Files.deleteIfExists(lock); // ours from an earlier step, or left by a killed build
                        continue;
                    }
                    if (System.nanoTime() > deadline) {
                        throw new BuildStoppedException("Another build of this folder (process " + pid(holder.get())
                                + ") has been running for too long; stop it, or delete " + FILE + " if it is gone.");
                    }
                    if (!told) {
                        out.println("Another build of this folder is running (process " + pid(holder.get())
                                + "); this one waits for it to finish.");
                        told = true;
                    }
                    Thread.sleep(POLL.toMillis());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BuildStoppedException("interrupted while waiting for another build of this folder");
        }
    }

    /** Gives the lock back, if this process holds it. */
    public static void release(Path projectDir) {
        Path lock = projectDir.resolve(FILE);
        if (read(lock).filter(describe(ProcessHandle.current())::equals).isPresent()) {
            try {
                Files.deleteIfExists(lock);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** A process by its id and start time: an id alone may be reused by a later process. */
    private static String describe(ProcessHandle process) {
        return process.pid() + " " + process.info().startInstant().map(Object::toString).orElse("?");
    }

    private static boolean alive(String holder) {
        return ProcessHandle.of(pid(holder)).filter(ProcessHandle::isAlive).map(BuildLock::describe)
                .filter(holder::equals).isPresent();
    }

    private static long pid(String holder) {
        try {
            return Long.parseLong(holder.split(" ", 2)[0]);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static Optional<String> read(Path lock) {
        try {
            return Optional.of(Files.readString(lock, StandardCharsets.UTF_8).strip());
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
