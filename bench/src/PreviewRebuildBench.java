import cn.edu.hust.tjmc.site.preview.PreviewBake;
import cn.edu.hust.tjmc.site.preview.SiteBaker;
import cn.edu.hust.tjmc.site.preview.SitePreview;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

/**
 * How long the preview takes from a saved Markdown edit to a complete new bake, in a warm
 * JVM: checks plus JBake, as {@link SitePreview} runs them. Prints one line,
 * {@code preview-rebuild median_ms=<n> min_ms=<n> max_ms=<n> runs=<n>}.
 * Arguments: the project folder and the number of runs. The edited page is restored after each run.
 */
public final class PreviewRebuildBench {

    private PreviewRebuildBench() {
    }

    public static void main(String[] args) throws IOException {
        Path projectDir = Path.of(args[0]).toAbsolutePath().normalize();
        int runs = Integer.parseInt(args[1]);
        Path page;
        try (Stream<Path> pages = Files.list(projectDir.resolve("content"))) {
            page = pages.filter(path -> path.toString().endsWith(".md")).sorted().findFirst().orElseThrow();
        }
        // Its own folder, so that a preview running on the same project keeps its bakes.
        // The preview's own settings, admin/ included.
        SiteBaker baker = new SiteBaker(projectDir, "target/preview-bench", SitePreview.settings(SitePreview.DEFAULT_PORT));
        baker.clean();
        check(baker.bake()); // warm-up: class loading, OrientDB, Freemarker
        String original = Files.readString(page, StandardCharsets.UTF_8);
        List<Long> millis = new ArrayList<>();
        try {
            for (int run = 1; run <= runs; run++) {
                Files.writeString(page, original + "\nEdited for the preview benchmark, run " + run + ".\n",
                        StandardCharsets.UTF_8);
                long start = System.nanoTime();
                PreviewBake bake = check(baker.bake());
                millis.add((System.nanoTime() - start) / 1_000_000);
                System.err.println("run " + run + ": " + baker.lastTimings());
                baker.removeBakesOtherThan(bake.siteDir());
            }
        } finally {
            Files.writeString(page, original, StandardCharsets.UTF_8);
            baker.clean();
        }
        Collections.sort(millis);
        System.out.println("preview-rebuild median_ms=" + millis.get(millis.size() / 2) + " min_ms=" + millis.get(0)
                + " max_ms=" + millis.get(millis.size() - 1) + " runs=" + runs);
        // JBake and OrientDB leave non-daemon threads behind.
        System.exit(0);
    }

    private static PreviewBake check(PreviewBake bake) {
        if (!bake.succeeded()) {
            throw new IllegalStateException("The site did not bake:\n" + String.join("\n", bake.errors()));
        }
        return bake;
    }
}
