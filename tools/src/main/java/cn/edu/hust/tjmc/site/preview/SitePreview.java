package cn.edu.hust.tjmc.site.preview;

import cn.edu.hust.tjmc.site.pipeline.BuildStoppedException;
import cn.edu.hust.tjmc.site.model.CmsSettings;
import cn.edu.hust.tjmc.site.model.SiteSettings;
import cn.edu.hust.tjmc.site.source.JBakeSettings;
import cn.edu.hust.tjmc.site.report.Report;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;

/**
 * The editors' live preview ({@code mvn package -Ppreview}): bakes the site, serves it on
 * 127.0.0.1, and re-bakes after every save to the sources; open pages reload by themselves.
 * It runs the build's own checks and JBake, so what it shows is what {@code mvn package} builds.
 */
public final class SitePreview implements AutoCloseable {

    public static final int DEFAULT_PORT = 8820;
    /** Long enough to take an editor's multi-write save as one change, short enough not to be felt. */
    static final long QUIET_MILLIS = 80;

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final SiteBaker baker;
    private final PreviewServer server;
    private final SourceWatcher watcher;
    private final PrintStream console;
    private final Thread baking;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile PreviewBake lastBake;
    private Path servedSite;

    private SitePreview(Path projectDir, int port, PrintStream console) throws IOException {
        this.console = console;
        this.server = new PreviewServer(port, new LocalBackend(projectDir, JBakeSettings.read(projectDir)));
        this.baker = new SiteBaker(projectDir, settings(server.port()));
        this.watcher = new SourceWatcher(projectDir.toAbsolutePath().normalize());
        this.baking = new Thread(this::bakeOnEveryChange, "preview-bake");
    }

    /** The preview's settings: its own address, and admin/ saving through the preview's own backend. */
    public static SiteSettings settings(int port) {
        return new SiteSettings("http://127.0.0.1:" + port, Optional.empty(), Optional.empty(),
                CmsSettings.preview(LocalBackend.PATH));
    }

    /** Starts the preview; the first bake runs in the background, pages answer 503 until it is done. */
    public static SitePreview start(Path projectDir, int port, PrintStream console) throws IOException {
        SitePreview preview = new SitePreview(projectDir, port, console);
        preview.baking.start();
        return preview;
    }

    /** Arguments: the project folder, then optionally {@code --port=N} (default 8820). */
    public static void main(String[] args) throws IOException, InterruptedException {
        int port = DEFAULT_PORT;
        for (int i = 1; i < args.length; i++) {
            if (args[i].startsWith("--port=")) {
                port = Integer.parseInt(args[i].substring("--port=".length()));
            }
        }
        SitePreview preview;
        try {
            preview = start(Path.of(args[0]), port, System.out);
        } catch (BindException e) {
            throw new BuildStoppedException("Port " + port + " on 127.0.0.1 is taken, perhaps by another preview."
                    + " Stop that one, or choose another port: mvn package -Ppreview -Dpreview.port=8821");
        }
        System.out.println("Preview: http://127.0.0.1:" + preview.port() + "/  (pages reload after each save;"
                + " Ctrl-C stops it)");
        // Ctrl-C and SIGTERM end the JVM; the hook closes the socket and the watcher first.
        Runtime.getRuntime().addShutdownHook(new Thread(preview::close, "preview-stop"));
        // Waits for the signal, not for stdin: the preview also runs without a terminal.
        preview.stopped.await();
    }

    public int port() {
        return server.port();
    }

    /** The last bake attempt, or null before the first has finished. */
    public PreviewBake lastBake() {
        return lastBake;
    }

    private void bakeOnEveryChange() {
        baker.clean();
        try {
            do {
                try {
                    bakeAndShow();
                } catch (RuntimeException e) {
                    // A preview that stops re-baking without a word would be worse than a noisy one.
                    console.println(LocalTime.now().format(CLOCK) + " preview failure: " + e);
                }
            } while (watcher.awaitChange(QUIET_MILLIS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void bakeAndShow() {
        PreviewBake bake = baker.bake();
        lastBake = bake; // before the pages hear of it, so that whoever reacts finds it here
        server.show(bake);
        String time = LocalTime.now().format(CLOCK);
        if (bake.succeeded()) {
            console.println(time + " baked in " + bake.millis() + " ms");
            baker.lastWarnings().forEach(warning -> console.println(Report.warningLine("  warning: ", warning)));
            // The bake served until now may still be answering a request; older ones are unreachable.
            baker.removeBakesOtherThan(bake.siteDir(), servedSite);
            servedSite = bake.siteDir();
        } else {
            console.println(time + " not baked (" + bake.millis() + " ms), shown on every page until fixed:");
            console.println(Report.text(bake.errors()));
        }
    }

    @Override
    public void close() {
        try {
            watcher.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        baking.interrupt();
        server.stop();
        try {
            baking.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (!baking.isAlive()) {
            baker.clean();
        }
        stopped.countDown();
    }
}
