package cn.edu.hust.tjmc.site.source;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The English an outdated translation was made from, looked up in the project's git history: the
 * latest committed revision of the English file whose text has the version the translation
 * records, read as the build reads the file today. It runs git (no library) and only when asked,
 * for an outdated translation, so a build with none runs no git process; it reads at most
 * {@link #MAX_REVISIONS} revisions of a file and gives up after {@link #TIME} in all. Without git,
 * outside a working copy, in a shallow clone (CI's) or when no revision has the version, it says
 * why in plain words; it never stops the build.
 *
 * <p>The revisions are git's blobs of the file ({@code git log --raw}), read through one
 * {@code git cat-file --batch}. A blob's content never changes, so the versions found in it are
 * kept for the JVM's life: the preview, which looks again at every save, reads each blob once.
 */
public final class EnglishHistory {

    /** How many of the file's latest changes are looked through. */
    public static final int MAX_REVISIONS = 200;
    /** How long all of one build's lookups may take. */
    public static final Duration TIME = Duration.ofSeconds(10);
    /** The reason a lookup gives when no revision of the history has the version. */
    public static final String NO_EARLIER_TEXT = "no earlier English text with this version in the git history";

    /** A revision larger than this is not an editor's file: its bytes are passed over. */
    private static final int MAX_BYTES = 16 * 1024 * 1024;
    /** Versions found in each blob, by file, reader kind and blob; emptied when it grows past this size. */
    private static final int MAX_KEPT = 20_000;
    private static final Map<String, Set<String>> VERSIONS_IN_BLOB = new ConcurrentHashMap<>();
    /** The settings and places that would point git elsewhere than the project folder's own repository. */
    private static final List<String> GIT_LOCATION_VARIABLES = List.of("GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE",
            "GIT_COMMON_DIR", "GIT_OBJECT_DIRECTORY", "GIT_ALTERNATE_OBJECT_DIRECTORIES", "GIT_NAMESPACE");

    private final Path projectDir;
    private final String git;
    /** System.nanoTime() by which all lookups end; set by the first. */
    private long deadline;
    private int processes;

    /**
     * @param git the git program ("git": the one on the PATH)
     */
    public EnglishHistory(Path projectDir, String git) {
        this.projectDir = projectDir.toAbsolutePath();
        this.git = git;
    }

    /** With the git of the PATH. */
    public static EnglishHistory of(Path projectDir) {
        return new EnglishHistory(projectDir, "git");
    }

    /** The English texts of one revision of a file, read as the build reads the file today. */
    @FunctionalInterface
    public interface Reader {
        List<EnglishText> read(String fileText);
    }

    /**
     * What the history says of a file.
     *
     * @param texts  for each version asked for that a revision had, that revision's English
     * @param whyNot why the others cannot be shown, in words that follow "cannot be shown: "
     */
    public record Found(Map<String, EnglishText> texts, String whyNot) {
    }

    /** How many git processes the lookups have started (none while no translation is outdated). */
    public int processesStarted() {
        return processes;
    }

    /**
     * The latest committed English with each of these versions.
     *
     * @param file     the English file, relative to the project folder
     * @param kind     what the reader reads, the same for each call on this file ("page", "/events"): with the
     *                 blob it names the versions kept from an earlier lookup
     * @param versions the versions outdated translations record
     */
    public Found find(Path file, String kind, Set<String> versions, Reader reader) {
        if (versions.isEmpty()) {
            return new Found(Map.of(), "");
        }
        if (!inWorkingCopy()) {
            return new Found(Map.of(), "the project folder is not in a git working copy");
        }
        if (deadline == 0) {
            deadline = System.nanoTime() + TIME.toNanos();
        }
        String path = file.toString().replace('\\', '/');
        Map<String, EnglishText> texts = new HashMap<>();
        try {
            List<String> log = run(List.of("log", "-n", Integer.toString(MAX_REVISIONS), "--format=%H", "--raw",
                    "--no-abbrev", "--no-color", "--", path));
            List<String> blobs = blobs(log);
            Set<String> wanted = new HashSet<>(versions);
            try (Blobs reading = new Blobs()) {
                for (String blob : blobs) {
                    String key = path + "\0" + kind + "\0" + blob;
                    Set<String> kept = VERSIONS_IN_BLOB.get(key);
                    if (kept != null && kept.stream().noneMatch(wanted::contains)) {
                        continue;
                    }
                    String revision = reading.text(blob);
                    if (revision == null) {
                        continue; // missing or too large: nothing to keep either
                    }
                    List<EnglishText> english = read(reader, revision);
                    Set<String> inBlob = new HashSet<>();
                    for (EnglishText text : english) {
                        inBlob.add(text.version());
                        if (wanted.remove(text.version())) {
                            texts.put(text.version(), text);
                        }
                    }
                    keep(key, inBlob);
                    if (wanted.isEmpty()) {
                        return new Found(Map.copyOf(texts), "");
                    }
                }
            }
            boolean allLooked = log.stream().filter(EnglishHistory::isCommit).count() < MAX_REVISIONS;
            String why = NO_EARLIER_TEXT;
            if (!allLooked) {
                why += " (only the last " + MAX_REVISIONS + " changes of " + path + " were looked through)";
            } else if (run(List.of("rev-parse", "--is-shallow-repository")).contains("true")) {
                why += ", which this clone holds only in part (a shallow clone, as CI makes)";
            }
            return new Found(Map.copyOf(texts), why);
        } catch (GitFailed e) {
            return new Found(Map.copyOf(texts), e.getMessage());
        }
    }

    /** In a working copy: the project folder or one above it holds .git (a folder, or a worktree's file). */
    private boolean inWorkingCopy() {
        for (Path dir = projectDir; dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve(".git"))) {
                return true;
            }
        }
        return false;
    }

    private static List<EnglishText> read(Reader reader, String text) {
        try {
            return reader.read(text);
        } catch (RuntimeException e) {
            return List.of(); // an old revision the reader cannot make sense of has nothing to offer
        }
    }

    private static void keep(String key, Set<String> versions) {
        if (VERSIONS_IN_BLOB.size() >= MAX_KEPT) {
            VERSIONS_IN_BLOB.clear();
        }
        VERSIONS_IN_BLOB.put(key, Set.copyOf(versions));
    }

    private static boolean isCommit(String line) {
        return line.matches("[0-9a-f]{40,64}");
    }

    /** The blob of each revision in `git log --raw`'s lines, newest first, once each (not a deletion's). */
    private static List<String> blobs(List<String> log) {
        Set<String> blobs = new LinkedHashSet<>();
        for (String line : log) {
            String[] columns = line.split("[ \t]");
            if (line.startsWith(":") && columns.length > 3 && !columns[3].matches("0+")) {
                blobs.add(columns[3]);
            }
        }
        return new ArrayList<>(blobs);
    }

    /** Why git could not be asked, in words for the warning. */
    private static final class GitFailed extends Exception {
        GitFailed(String reason) {
            super(reason, null, false, false);
        }
    }

    private Process start(List<String> arguments) throws GitFailed {
        List<String> command = new ArrayList<>(List.of(git, "-C", projectDir.toString()));
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command);
        GIT_LOCATION_VARIABLES.forEach(builder.environment()::remove);
        builder.environment().put("GIT_TERMINAL_PROMPT", "0");
        builder.environment().put("GIT_NO_LAZY_FETCH", "1"); // a partial clone fetches no missing blob for this
        builder.environment().put("GIT_OPTIONAL_LOCKS", "0");
        long left = deadline - System.nanoTime();
        if (left <= 0) {
            throw timedOut();
        }
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new GitFailed("git was not found (" + git + " could not be run: install git, or put it on the PATH)");
        }
        processes++;
        // a git that hangs is ended, which ends the reads waiting on it; the watch ends with the
        // process (no thread outlives a lookup: exec:java waits for its threads after main)
        Thread watch = new Thread(() -> {
            try {
                if (!process.waitFor(left, TimeUnit.NANOSECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
            }
        }, "git history watch");
        watch.setDaemon(true);
        watch.start();
        return process;
    }

    private GitFailed timedOut() {
        return new GitFailed("git did not answer within " + TIME.toSeconds() + " seconds");
    }

    /** The lines git writes, or why it could not. */
    private List<String> run(List<String> arguments) throws GitFailed {
        Process process = start(arguments);
        try {
            process.getOutputStream().close();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            int status = process.waitFor();
            if (System.nanoTime() > deadline) {
                throw timedOut();
            }
            if (status != 0) {
                String said = err.lines().filter(line -> !line.isBlank()).findFirst().orElse("status " + status);
                throw new GitFailed("git could not read the history (git " + arguments.get(0) + ": " + said.strip() + ")");
            }
            return out.lines().toList();
        } catch (IOException e) {
            throw System.nanoTime() > deadline ? timedOut() : new GitFailed("git could not read the history ("
                    + e.getMessage() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new GitFailed("the build was interrupted while git read the history");
        }
    }

    /** One {@code git cat-file --batch}, started when the first blob is asked for. */
    private final class Blobs implements AutoCloseable {

        private Process process;
        private OutputStream requests;
        private InputStream answers;

        /** The blob's text, or null if it is missing or too large to be an editor's file. */
        String text(String blob) throws GitFailed {
            try {
                if (process == null) {
                    process = start(List.of("cat-file", "--batch"));
                    requests = process.getOutputStream();
                    answers = new BufferedInputStream(process.getInputStream());
                }
                requests.write((blob + "\n").getBytes(StandardCharsets.US_ASCII));
                requests.flush();
                String[] header = line().split(" ");
                if (header.length < 3 || !header[1].equals("blob")) {
                    return null; // "<blob> missing"
                }
                long size = Long.parseLong(header[2]);
                byte[] bytes = size > MAX_BYTES ? null : answers.readNBytes((int) size);
                if (bytes == null) {
                    answers.skipNBytes(size);
                }
                line(); // the line end after the content
                return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
            } catch (IOException | NumberFormatException e) {
                throw System.nanoTime() > deadline ? timedOut() : new GitFailed("git could not read the history ("
                        + e.getMessage() + ")");
            }
        }

        private String line() throws IOException {
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            for (int b = answers.read(); b != '\n'; b = answers.read()) {
                if (b < 0) {
                    throw new IOException("git cat-file ended early");
                }
                line.write(b);
            }
            return line.toString(StandardCharsets.UTF_8);
        }

        @Override
        public void close() {
            if (process != null) {
                try {
                    requests.close(); // git cat-file ends at the end of its input
                } catch (IOException ignored) {
                    // it has ended already
                }
                process.destroy();
                try {
                    process.waitFor(1, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }
}
