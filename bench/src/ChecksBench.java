import cn.edu.hust.tjmc.site.check.LinkCheck;
import cn.edu.hust.tjmc.site.check.SiteSourceReader;
import cn.edu.hust.tjmc.site.source.SiteSources;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

/**
 * The cost of our checks alone: SiteSourceReader.read (YAML, schemas, page headers, cross
 * references) over a project folder, in a warm JVM, as PrepareSite runs it. Run by bench/run.sh
 * with Java's source launcher and the tools module's class path:
 *   java -cp <tools classes and dependencies> bench/src/ChecksBench.java <projectDir> <runs>
 * Prints: checks median_ms=<n> repeat_ms=<n> files=<n> ...
 * median_ms: every page parsed, as in a build; repeat_ms: a check of unchanged pages, as in the
 * preview, which reuses the parsed Markdown of the check before.
 */
public final class ChecksBench {

    public static void main(String[] args) throws Exception {
        Path projectDir = Path.of(args[0]).toAbsolutePath();
        int runs = Integer.parseInt(args[1]);
        SiteSourceReader.read(projectDir); // warm-up: class loading and the JIT, paid once per build anyway
        List<Double> millis = new ArrayList<>();
        List<Double> repeatMillis = new ArrayList<>();
        SiteSources sources = null;
        for (int run = 0; run < runs; run++) {
            LinkCheck.forgetParsedPages();
            long start = System.nanoTime();
            sources = SiteSourceReader.read(projectDir);
            millis.add((System.nanoTime() - start) / 1e6);
            start = System.nanoTime();
            SiteSourceReader.read(projectDir);
            repeatMillis.add((System.nanoTime() - start) / 1e6);
        }
        Collections.sort(millis);
        Collections.sort(repeatMillis);
        long files;
        try (Stream<Path> content = Files.list(projectDir.resolve("content"));
             Stream<Path> data = Files.list(projectDir.resolve("data"))) {
            files = content.count() + data.count();
        }
        System.out.printf("checks median_ms=%.1f repeat_ms=%.1f files=%d pages=%d events=%d partners=%d runs=%d%n",
                millis.get(millis.size() / 2), repeatMillis.get(repeatMillis.size() / 2), files, sources.pages().size(), sources.events().size(),
                sources.partners().size(), runs);
    }
}
