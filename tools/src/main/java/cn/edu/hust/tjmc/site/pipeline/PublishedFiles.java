package cn.edu.hust.tjmc.site.pipeline;

import cn.edu.hust.tjmc.site.model.PhotoVariant;
import cn.edu.hust.tjmc.site.source.IgnoredFiles;
import cn.edu.hust.tjmc.site.source.JBakeSettings;
import cn.edu.hust.tjmc.site.source.Language;
import cn.edu.hust.tjmc.site.source.Page;
import cn.edu.hust.tjmc.site.source.PhotoFile;
import cn.edu.hust.tjmc.site.source.SiteSources;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

/**
 * The one list of what a build publishes into target/site: the pages, the files JBake renders
 * beside them (sitemap, feed, 404 page), the site's assets, the photos' variants and the files
 * the build writes itself. Made by {@link PrepareSite} from the checked sources before the
 * bake; {@link PublishedSiteCheck} holds the bake to it, so a file nobody meant to publish (one
 * reached through a symbolic link, say) stops the build instead of going live.
 *
 * @param textMark a random word of this build, unknown to editors: the bake marks where each page's
 *                 own text begins and ends with it (bake.SinglePassDocumentsRenderer), so that the
 *                 published page can be held to the rules of editors' HTML there and only there
 * @param files    by path in the site ('/'-separated)
 */
public record PublishedFiles(String textMark, SortedMap<String, Source> files) {

    /** Where the model folder keeps the list between the build's steps. */
    public static final String FILE = "published-files.tsv";

    /** What makes a published file. */
    public enum Kind { PAGE, RENDERED, ASSET, PHOTO, GENERATED }

    /**
     * Where a published file comes from.
     *
     * @param path project-relative, '/'-separated; for generated files, the class that writes them
     * @param line for pages, the line their text starts on; else 1
     */
    public record Source(Kind kind, String path, int line) {
    }

    public PublishedFiles {
        files = new TreeMap<>(files);
    }

    /** A new random word for {@link #textMark}. */
    public static String newTextMark() {
        byte[] mark = new byte[12];
        ThreadLocalRandom.current().nextBytes(mark);
        return HexFormat.of().formatHex(mark);
    }

    /** The list for sources that passed the checks. */
    static PublishedFiles of(Path projectDir, JBakeSettings jbake, SiteSources sources, List<String> generated,
                             String textMark) {
        SortedMap<String, Source> files = new TreeMap<>();
        for (Page page : sources.pages()) {
            files.put(page.outputName(), new Source(Kind.PAGE, slashes(page.source()), page.bodyFirstLine()));
            // each language has every page: its translation, or the English text under a notice
            for (Language language : Language.translations()) {
                Page shown = sources.translation(language, page.outputName()).orElse(page);
                files.put(language.folder() + page.outputName(),
                        new Source(Kind.PAGE, slashes(shown.source()), shown.bodyFirstLine()));
            }
        }
        for (String rendered : jbake.renderedFiles()) {
            files.put(rendered, new Source(Kind.RENDERED, JBakeSettings.FILE, 1));
        }
        for (Language language : Language.translations()) {
            for (String rendered : jbake.renderedPerLanguage().values()) {
                files.put(language.folder() + rendered, new Source(Kind.RENDERED, JBakeSettings.FILE, 1));
            }
        }
        Path assets = projectDir.resolve(jbake.assetFolder());
        if (Files.isDirectory(assets)) {
            // symbolic links are not followed: the checks refuse them (SymbolicLinkCheck)
            try (Stream<Path> walk = Files.walk(assets)) {
                walk.filter(Files::isRegularFile).filter(file -> !IgnoredFiles.isIgnored(assets, file))
                        .forEach(file -> files.put(slashes(assets.relativize(file)),
                                new Source(Kind.ASSET, slashes(projectDir.relativize(file)), 1)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        for (PhotoFile photo : sources.photos().files().values()) {
            Source source = new Source(Kind.PHOTO, slashes(projectDir.relativize(photo.file().toAbsolutePath())), 1);
            for (PhotoVariant variant : PhotoVariant.of(photo)) {
                files.put(variant.webp(), source);
                files.put(variant.jpeg(), source);
            }
        }
        for (String file : generated) {
            files.put(file, new Source(Kind.GENERATED, PrepareSite.class.getSimpleName(), 1));
        }
        return new PublishedFiles(textMark, files);
    }

    public void write(Path file) {
        StringBuilder text = new StringBuilder("mark\t").append(textMark).append('\n');
        files.forEach((path, source) -> text.append(source.kind()).append('\t').append(path).append('\t')
                .append(source.path()).append('\t').append(source.line()).append('\n'));
        SiteFiles.write(file, text.toString());
    }

    /** @throws IllegalStateException when the file is missing: the bake then ran without PrepareSite */
    public static PublishedFiles read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("no list of the files to publish at " + file
                    + ": the bake ran without the build's check step", e);
        }
        String mark = lines.get(0).substring("mark\t".length());
        SortedMap<String, Source> files = new TreeMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] fields = line.split("\t", -1);
            files.put(fields[1], new Source(Kind.valueOf(fields[0]), fields[2], Integer.parseInt(fields[3])));
        }
        return new PublishedFiles(mark, files);
    }

    /** The pages' entries, by path in the site. */
    public Map<String, Source> pages() {
        SortedMap<String, Source> pages = new TreeMap<>();
        files.forEach((path, source) -> {
            if (source.kind() == Kind.PAGE) {
                pages.put(path, source);
            }
        });
        return pages;
    }

    /** The comment the bake puts before a page's own text. */
    public String textStart() {
        return "<!--text:" + textMark + "-->";
    }

    /** The comment the bake puts where a page shows a photo, which the templates print as a figure. */
    public String photoMark() {
        return "<!--photo:" + textMark + "-->";
    }

    /** The comment the bake puts after a page's own text. */
    public String textEnd() {
        return "<!--/text:" + textMark + "-->";
    }

    static String slashes(Path path) {
        return path.toString().replace('\\', '/');
    }
}
