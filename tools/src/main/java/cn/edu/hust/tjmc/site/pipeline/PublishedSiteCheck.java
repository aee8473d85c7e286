package cn.edu.hust.tjmc.site.pipeline;

import cn.edu.hust.tjmc.site.pipeline.PublishedFiles.Kind;
import cn.edu.hust.tjmc.site.pipeline.PublishedFiles.Source;
import cn.edu.hust.tjmc.site.check.PublishedHtmlCheck;
import cn.edu.hust.tjmc.site.report.Problem;
import cn.edu.hust.tjmc.site.report.SiteCheckException;
import cn.edu.hust.tjmc.site.source.JBakeSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The last check before a bake is published, and the one that guarantees: what is published
 * is what was checked. The source checks read what editors wrote, with precise messages; this
 * reads what the bake made, as a visitor's browser will:
 * <ul>
 *     <li>the bake holds exactly the files of {@link PublishedFiles}, none more (a file reached
 *     through a symbolic link, a file JBake copied that nobody meant to publish), none fewer (a
 *     page JBake dropped), and no symbolic link;</li>
 *     <li>every HTML file is parsed as browsers parse it and held to the allowlist of editors'
 *     HTML in the pages' own texts ({@link PublishedHtmlCheck});</li>
 *     <li>the feed is well-formed XML that keeps RFC 4287's rules ({@link FeedCheck}).</li>
 * </ul>
 * Then it takes the bake's marks out of the pages, which only then are as they will be published.
 */
public final class PublishedSiteCheck {

    private PublishedSiteCheck() {
    }

    /**
     * Checks the bake and, if it passes, takes the marks out of its pages.
     *
     * @throws SiteCheckException with every problem found; the bake is left as it was then
     */
    public static void check(Path projectDir, Path bakeDir, PublishedFiles files) {
        check(projectDir, bakeDir, files, name -> true);
    }

    /**
     * The same, parsing only the pages {@code changed} names (paths in the site): the preview's
     * re-bake links the pages it has not changed to the last bake's, which passed this check.
     */
    public static void check(Path projectDir, Path bakeDir, PublishedFiles files, Predicate<String> changed) {
        List<Problem> problems = new ArrayList<>();
        JBakeSettings jbake = JBakeSettings.read(projectDir);
        Map<String, Path> baked = new LinkedHashMap<>();
        try (Stream<Path> walk = Files.walk(bakeDir)) {
            for (Path path : walk.sorted().toList()) {
                String name = PublishedFiles.slashes(bakeDir.relativize(path));
                if (Files.isSymbolicLink(path)) {
                    problems.add(new Problem(origin(projectDir, jbake, bakeDir, name), 0, 0, "", "the bake holds a symbolic link,"
                            + " which would publish whatever it points to (expected the file itself)"));
                } else if (Files.isRegularFile(path)) {
                    baked.put(name, path);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (String name : baked.keySet()) {
            if (!files.files().containsKey(name)) {
                problems.add(new Problem(origin(projectDir, jbake, bakeDir, name), 0, 0, "", "would be published as " + name
                        + ", but it is not a page, an asset or a photo the site shows (expected it removed; the"
                        + " site publishes pages of content/, files of assets/ and photos pages or data name)"));
            }
        }
        files.files().forEach((name, source) -> {
            if (!baked.containsKey(name)) {
                problems.add(new Problem(Path.of(source.path()), source.kind() == Kind.PAGE ? 1 : 0, 0, "",
                        "the bake made no " + name + " (expected it published: the checks found nothing wrong"
                        + " with its source, so this is a fault of the build; tell the developers)"));
            }
        });
        Map<Path, String> published = new LinkedHashMap<>();
        for (Map.Entry<String, Path> file : baked.entrySet()) {
            if (!file.getKey().endsWith(".html") || !files.files().containsKey(file.getKey())
                    || !changed.test(file.getKey())) {
                continue;
            }
            String marked = read(file.getValue());
            Source source = files.files().get(file.getKey());
            for (PublishedHtmlCheck.Finding finding : PublishedHtmlCheck.check(marked, files.textStart(),
                    files.textEnd())) {
                // A page the build writes itself (the CMS's at admin/) has no editors' text: all of it
                // is held to the rules of the templates' markup, and a finding is the build's to fix.
                problems.add(finding.inText() && source.kind() == Kind.PAGE
                        ? inPage(projectDir, source, finding)
                        : new Problem(Path.of(source.kind() == Kind.GENERATED ? source.path() : "templates"), 0, 0, "",
                                file.getKey() + ": " + finding.message()));
            }
            if (marked.contains(files.textStart()) || marked.contains(files.textEnd())) {
                published.put(file.getValue(), marked.replace(files.textStart(), "").replace(files.textEnd(), ""));
            }
        }
        problems.addAll(FeedCheck.check(projectDir, bakeDir, changed));
        if (!problems.isEmpty()) {
            throw new SiteCheckException(new ArrayList<>(new TreeSet<>(problems)));
        }
        published.forEach(SiteFiles::write);
    }

    /**
     * A finding in a page's text, at the nearest place in its Markdown: the first tag of that
     * element (what a browser read as one, whatever the Markdown around it), else the text's start.
     */
    private static Problem inPage(Path projectDir, Source source, PublishedHtmlCheck.Finding finding) {
        Path page = Path.of(source.path());
        int line = source.line();
        int column = 1;
        if (!finding.element().isEmpty()) {
            List<String> lines = read(projectDir.resolve(page)).lines().toList();
            Pattern tag = Pattern.compile("<" + Pattern.quote(finding.element()) + "(?![a-z0-9-])",
                    Pattern.CASE_INSENSITIVE);
            for (int i = Math.max(0, source.line() - 1); i < lines.size(); i++) {
                Matcher matcher = tag.matcher(lines.get(i));
                if (matcher.find()) {
                    line = i + 1;
                    column = matcher.start() + 1;
                    break;
                }
            }
        }
        return new Problem(page, line, column, "", finding.message());
    }

    /** Where a file of the bake came from: JBake copies content/ and assets/ as they are. */
    private static Path origin(Path projectDir, JBakeSettings jbake, Path bakeDir, String name) {
        for (String folder : List.of(jbake.contentFolder(), jbake.assetFolder())) {
            if (Files.exists(projectDir.resolve(folder).resolve(name), LinkOption.NOFOLLOW_LINKS)) {
                return Path.of(folder, name);
            }
        }
        Path baked = bakeDir.resolve(name);
        return baked.startsWith(projectDir) ? projectDir.relativize(baked) : baked;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
