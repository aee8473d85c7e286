package cn.edu.hust.tjmc.site;

import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.edu.hust.tjmc.site.check.SiteCheckException;
import cn.edu.hust.tjmc.site.data.SiteSourceReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * A copy of the real project's sources (content/, data/, templates/, assets/, jbake.properties)
 * in a temporary folder, for tests that make one editor's mistake and look at the report.
 *
 * <p>The real sources may themselves hold a mistake while an editor works on them; that is
 * PrepareSite's to report, not these tests'. So tests compare against {@link #baseline()}:
 * they assert on the problems a change <em>adds</em>.
 */
public final class ProjectCopy {

    /** The project folder: Maven runs the tools' tests in src/. */
    public static final Path REAL_PROJECT = Path.of("").toAbsolutePath().getParent();

    private final Path dir;
    private final List<String> baseline;

    public ProjectCopy(Path dir) {
        this.dir = dir;
        for (String part : List.of("content", "data", "templates", "assets", "jbake.properties")) {
            copy(REAL_PROJECT.resolve(part), dir.resolve(part));
        }
        this.baseline = problems();
    }

    public Path dir() {
        return dir;
    }

    /** The problems of the unchanged copy: usually none. */
    public List<String> baseline() {
        return baseline;
    }

    /** Every problem the checks report now, as printed: "file:line:column: field: message". */
    public List<String> problems() {
        try {
            SiteSourceReader.read(dir);
            return List.of();
        } catch (SiteCheckException e) {
            return e.problems().stream().map(Object::toString).toList();
        }
    }

    /** The problems the changes since the copy was made add to the baseline. */
    public List<String> newProblems() {
        List<String> added = new ArrayList<>(problems());
        added.removeAll(baseline);
        return added;
    }

    /**
     * Rewrites one file; fails the test if the edit changes nothing, since it then tests nothing.
     *
     * @return the 1-based line of the first changed character: where the mistake now is, even
     *         if an editor's own change moved things around
     */
    public int edit(String file, UnaryOperator<String> change) {
        Path path = dir.resolve(file);
        try {
            String before = Files.readString(path, StandardCharsets.UTF_8);
            String after = change.apply(before);
            assertTrue(!after.equals(before), "the edit of " + file + " did not apply: has the file changed?");
            Files.writeString(path, after, StandardCharsets.UTF_8);
            int first = 0;
            while (first < before.length() && first < after.length() && before.charAt(first) == after.charAt(first)) {
                first++;
            }
            return (int) after.substring(0, first).chars().filter(c -> c == '\n').count() + 1;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void write(String file, byte[] bytes) {
        try {
            Files.createDirectories(dir.resolve(file).getParent());
            Files.write(dir.resolve(file), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void write(String file, String text) {
        write(file, text.getBytes(StandardCharsets.UTF_8));
    }

    private static void copy(Path from, Path to) {
        if (!Files.exists(from)) {
            return;
        }
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(file, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
