package cn.edu.hust.tjmc.site.preview;

import cn.edu.hust.tjmc.site.bake.SiteModelExtractor;
import cn.edu.hust.tjmc.site.bake.TemplateErrors;
import cn.edu.hust.tjmc.site.pipeline.PhotoProcessor;
import cn.edu.hust.tjmc.site.pipeline.PrepareSite;
import cn.edu.hust.tjmc.site.pipeline.PublishedFiles;
import cn.edu.hust.tjmc.site.pipeline.PublishedSiteCheck;
import cn.edu.hust.tjmc.site.pipeline.SiteFiles;
import cn.edu.hust.tjmc.site.report.Problem;
import cn.edu.hust.tjmc.site.source.IgnoredFiles;
import cn.edu.hust.tjmc.site.source.JBakeSettings;
import cn.edu.hust.tjmc.site.report.SiteCheckException;
import cn.edu.hust.tjmc.site.model.SiteSettings;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.jbake.app.Asset;
import org.jbake.app.Crawler;
import org.jbake.app.Oven;
import org.jbake.app.Renderer;
import org.jbake.app.Utensils;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;

/**
 * Runs the build's checks and JBake in this JVM, each time into a new folder under
 * target/preview, so that a failed or half-done bake never replaces a good one. Its template
 * model is its own too (target/preview/model/site.json): a build that runs while the preview
 * does reads and writes only target/model, so neither sees the other's host (issue 16). The JVM
 * stays warm between bakes, which is what makes a re-bake take tenths of a second.
 * Not thread-safe: OrientDB binds its database to the baking thread, so one thread bakes.
 */
public final class SiteBaker {

    /**
     * Some file systems keep modification times to the second or two (FAT, HFS+; their times
     * have no fraction of a second): there a file rewritten that soon after the last publish,
     * at the same size, would look unchanged, so it is compared byte by byte.
     */
    private static final long COARSE_CLOCK_MILLIS = 2_500;

    /** Where the preview's bakes and model go; never watched, never published, never read by the build. */
    static final String PREVIEW_FOLDER = "target/preview";
    private static final String MODEL_FOLDER = "model";

    private final Path projectDir;
    private final Path bakesDir;
    private final SiteSettings settings;
    /** JBake's output, kept between bakes; never served. */
    private final Path workDir;
    /** The template model PrepareSite writes for this baker and SiteModelExtractor reads back. */
    private final Path modelFile;
    /** The word marking pages' texts in the working folder (pipeline.PublishedFiles); new with each fresh start. */
    private String textMark = PublishedFiles.newTextMark();
    /** What each file in the working folder looked like when {@link #lastPublished} was filled. */
    private final Map<String, FileStamp> published = new HashMap<>();
    private Path lastPublished;
    private long lastPublishedAt;
    private LastingContentStore store;
    /** JBake's renderer, with Freemarker's parsed templates: as long as the working folder. */
    private Renderer renderer;
    private JBakeConfiguration config;
    private byte[] lastInputs = new byte[0];
    private Set<String> lastSources = Set.of();
    private String lastTimings = "";
    private List<Problem> lastWarnings = List.of();
    private int count;
    private int copied;
    /** The files the last publish copied rather than linked, by path in the site. */
    private final Set<String> copiedNames = new HashSet<>();

    public SiteBaker(Path projectDir, SiteSettings settings) {
        this(projectDir, PREVIEW_FOLDER, settings);
    }

    /** @param bakesFolder where the bakes go, relative to the project folder; must be under target/ */
    public SiteBaker(Path projectDir, String bakesFolder, SiteSettings settings) {
        this.projectDir = projectDir.toAbsolutePath().normalize();
        this.bakesDir = this.projectDir.resolve(bakesFolder);
        this.settings = settings;
        this.workDir = bakesDir.resolve("work");
        this.modelFile = bakesDir.resolve(MODEL_FOLDER).resolve(PrepareSite.MODEL_FILE);
        QuietLogging.apply();
    }

    /** Removes the bakes folder, left over from an earlier run; the next bake starts from nothing. */
    public void clean() {
        SiteFiles.deleteRecursively(bakesDir);
        forgetWork();
    }

    /**
     * Checks and bakes into a fresh folder; on failure that folder is removed again.
     *
     * <p>JBake renders into one working folder that lives as long as this baker, with a
     * content store that does too, so that a re-bake re-reads and re-renders only the pages
     * whose files changed. The fresh folder is then filled from the working folder: files
     * unchanged since the last bake as hard links to that bake's copies, the others as copies,
     * so no file of a served bake is ever written again. Whatever touches every page (a
     * template, jbake.properties, the model written from data/) or removes a file starts the
     * working folder and the store from nothing, as a first bake does.
     */
    public PreviewBake bake() {
        long start = System.nanoTime();
        Path bakeDir = bakesDir.resolve("bake-" + (++count));
        List<String> errors = new ArrayList<>();
        boolean jbakeRan = false;
        String templateFolder = "templates";
        try {
            // Read each bake: an edit of jbake.properties takes effect at the next save.
            JBakeSettings jbake = JBakeSettings.read(projectDir);
            templateFolder = jbake.templateFolder();
            // The same step as the build's generate-resources phase: checks, then the model.
            lastWarnings = List.of();
            lastWarnings = PrepareSite.prepare(projectDir, jbake, bakeDir, modelFile, textMark, settings).warnings();
            long checked = System.nanoTime();
            byte[] inputs = whatEveryPageUses(jbake);
            Set<String> sources = sourceFiles(jbake);
            if (!Arrays.equals(inputs, lastInputs) || !sources.containsAll(lastSources)) {
                startWorkAfresh();
            }
            jbakeRan = true;
            Oven oven = new Oven(utensils());
            oven.bake();
            lastInputs = inputs;
            lastSources = sources;
            long baked = System.nanoTime();
            if (!oven.getErrors().isEmpty()) {
                errors.addAll(TemplateErrors.places(oven.getErrors(), templateFolder));
            }
            if (errors.isEmpty() && !Files.isRegularFile(workDir.resolve("index.html"))) {
                errors.add(jbake.contentFolder() + "/index.md:1:1: the bake made no index.html");
            }
            if (errors.isEmpty()) {
                publish(bakeDir);
                // as the build does: the published-output check, which also takes the marks out
                // pages linked from the last bake passed this check there: only the copied ones are parsed
                PublishedSiteCheck.check(projectDir, bakeDir,
                        PublishedFiles.read(modelFile.resolveSibling(PublishedFiles.FILE)), copiedNames::contains);
            }
            lastTimings = "checks_ms=" + (checked - start) / 1_000_000 + " jbake_ms=" + (baked - checked) / 1_000_000
                    + " publish_ms=" + (System.nanoTime() - baked) / 1_000_000
                    + " files_copied=" + copied;
        } catch (SiteCheckException e) {
            e.problems().stream().map(Problem::toString).forEach(errors::add);
        } catch (RuntimeException e) {
            errors.addAll(TemplateErrors.places(List.of(e), templateFolder));
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        if (!errors.isEmpty()) {
            // A failed bake may have left the working folder half-rendered: the next one starts afresh.
            if (jbakeRan) {
                forgetWork();
            }
            SiteFiles.deleteRecursively(bakeDir);
            return new PreviewBake(null, List.copyOf(errors), millis);
        }
        return new PreviewBake(bakeDir, List.of(), millis);
    }

    /** What the last bake's checks found worth fixing without stopping the bake: photos too small or unused. */
    public List<Problem> lastWarnings() {
        return lastWarnings;
    }

    /** Where the time of the last good bake went, for PreviewRebuildBench. */
    public String lastTimings() {
        return lastTimings;
    }

    /** Removes every earlier bake except {@code keep}, which may still be serving requests. */
    public void removeBakesOtherThan(Path... keep) {
        List<Path> kept = new ArrayList<>(Stream.of(keep).filter(path -> path != null).toList());
        kept.add(workDir);
        kept.add(modelFile.getParent());
        if (!Files.isDirectory(bakesDir)) {
            return;
        }
        try (Stream<Path> bakes = Files.list(bakesDir)) {
            bakes.filter(path -> !kept.contains(path)).forEach(SiteFiles::deleteRecursively);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Utensils utensils() {
        // Read once for the working folder: jbake.properties is among what every page uses.
        if (config == null) {
            config = new JBakeConfigurationFactory()
                    .createDefaultJbakeConfiguration(projectDir.toFile(), workDir.toFile(), false);
            config.setProperty(SiteModelExtractor.MODEL_FILE_SETTING, modelFile.toString());
        }
        if (store == null) {
            store = new LastingContentStore(config.getDatabaseStore(), config.getDatabasePath());
        }
        Utensils utensils = new Utensils();
        utensils.setConfiguration(config);
        utensils.setContentStore(store);
        utensils.setCrawler(new Crawler(store, config));
        // Kept while the templates and settings are (startWorkAfresh drops it): re-parsing every
        // template at every save was a third of a re-bake, and a new one never trusts Freemarker's cache.
        if (renderer == null) {
            renderer = new Renderer(store, config);
        }
        utensils.setRenderer(renderer);
        utensils.setAsset(new Asset(config));
        return utensils;
    }

    /** The next bake renders everything into an empty working folder. */
    private void startWorkAfresh() {
        SiteFiles.deleteRecursively(workDir);
        // pages JBake keeps from one bake to the next carry the mark they were rendered with
        textMark = PublishedFiles.newTextMark();
        published.clear();
        lastPublished = null;
        renderer = null;
        config = null;
        if (store != null) {
            store.clearOnNextBake();
        }
    }

    private void forgetWork() {
        startWorkAfresh();
        lastInputs = new byte[0];
        lastSources = Set.of();
    }

    /**
     * Fills the new bake folder from the working folder. A file whose size and modification time
     * are those it had when the last bake was published is that bake's file: linked, not copied.
     * So is one JBake wrote again with the same bytes (the 404 pages, feeds and sitemap, which it
     * renders at every bake), told by the digest kept of each file's bytes: linked, it is neither
     * copied nor checked again.
     */
    private void publish(Path bakeDir) {
        long publishedAt = System.currentTimeMillis();
        copied = 0;
        copiedNames.clear();
        Map<String, FileStamp> stamps = new HashMap<>();
        try (Stream<Path> files = Files.walk(workDir)) {
            // JBake copies every file of assets/ and every non-page file of content/, backups included.
            for (Path file : files.filter(Files::isRegularFile).filter(file -> !IgnoredFiles.isIgnored(workDir, file))
                    .toList()) {
                String name = workDir.relativize(file).toString();
                if (PhotoProcessor.isOriginal(name)) {
                    continue; // JBake's copy of an original photo, metadata and all: never served
                }
                BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
                FileStamp before = published.get(name);
                Path target = bakeDir.resolve(name);
                Files.createDirectories(target.getParent());
                Path earlier = lastPublished == null || before == null ? null : lastPublished.resolve(name);
                // the same size and time is the same file, unless the clock is too coarse to tell
                boolean stampTells = before != null && before.size() == attributes.size()
                        && before.modified().equals(attributes.lastModifiedTime())
                        && (attributes.lastModifiedTime().toInstant().getNano() != 0
                            || attributes.lastModifiedTime().toMillis() < lastPublishedAt - COARSE_CLOCK_MILLIS);
                FileStamp stamp = stampTells ? before
                        : new FileStamp(attributes.size(), attributes.lastModifiedTime(), digest(file));
                boolean unchanged = stampTells || before != null && before.size() == stamp.size()
                        && Arrays.equals(before.digest(), stamp.digest());
                if (!(unchanged && earlier != null && Files.isRegularFile(earlier) && link(target, earlier))) {
                    Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                    copied++;
                    copiedNames.add(name.replace('\\', '/'));
                }
                stamps.put(name, stamp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        published.clear();
        published.putAll(stamps);
        lastPublished = bakeDir;
        lastPublishedAt = publishedAt;
    }

    private static byte[] digest(Path file) throws IOException {
        try {
            return MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** False where the file system has no hard links (some network and FAT drives): the file is copied then. */
    private static boolean link(Path link, Path existing) {
        try {
            Files.createLink(link, existing);
            return true;
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }

    /** A working file as it was published: its size, modification time and the SHA-256 of its bytes. */
    private record FileStamp(long size, FileTime modified, byte[] digest) {
    }

    /**
     * The templates, jbake.properties and the model, as bytes: a change to any of them changes
     * every page. Compared whole with the last bake's: cheaper than hashing them, and exact.
     */
    private byte[] whatEveryPageUses(JBakeSettings jbake) {
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            List<Path> files = new ArrayList<>();
            files.add(projectDir.resolve(JBakeSettings.FILE));
            files.add(modelFile);
            try (Stream<Path> templates = Files.walk(projectDir.resolve(jbake.templateFolder()))) {
                templates.filter(Files::isRegularFile).sorted().forEach(files::add);
            }
            for (Path file : files) {
                bytes.write(file.toString().getBytes(StandardCharsets.UTF_8));
                bytes.write(0);
                byte[] content = Files.readAllBytes(file);
                bytes.write(Integer.toString(content.length).getBytes(StandardCharsets.US_ASCII));
                bytes.write(0);
                bytes.write(content);
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every file JBake reads pages or copies assets from; one gone means its output must go too. */
    private Set<String> sourceFiles(JBakeSettings jbake) {
        Set<String> names = new HashSet<>();
        for (String folder : List.of(jbake.contentFolder(), jbake.assetFolder())) {
            Path root = projectDir.resolve(folder);
            if (!Files.isDirectory(root)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(root)) {
                files.filter(Files::isRegularFile).filter(file -> !IgnoredFiles.isIgnored(root, file))
                        .forEach(file -> names.add(projectDir.relativize(file).toString()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return names;
    }
}
