package cn.edu.hust.tjmc.site.check;

import cn.edu.hust.tjmc.site.report.DidYouMean;
import cn.edu.hust.tjmc.site.report.Problem;
import cn.edu.hust.tjmc.site.source.Page;
import cn.edu.hust.tjmc.site.source.PhotoUse;
import cn.edu.hust.tjmc.site.source.Slug;
import cn.edu.hust.tjmc.site.source.Partner;
import cn.edu.hust.tjmc.site.source.TimelineEvent;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ast.LinkNodeBase;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.PegdownExtensions;
import com.vladsch.flexmark.profile.pegdown.PegdownOptionsAdapter;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;

/**
 * Checks the Markdown of every page: links must reach an existing page, anchor or asset,
 * and the page must carry no script. The Markdown is parsed with flexmark configured as
 * JBake configures it from jbake.properties, so heading anchors are exactly those JBake makes.
 */
public final class LinkCheck {

    /** Schemes a page may link to; everything else (javascript:, data:, file:...) is refused. */
    private static final Set<String> EXTERNAL_SCHEMES = Set.of("http", "https", "mailto", "tel");
    /** Elements that run code or change the page around them; the site's CSP would block them anyway. */
    private static final Set<String> FORBIDDEN_ELEMENTS =
            Set.of("script", "style", "iframe", "frame", "object", "embed", "applet", "form", "base", "meta", "link");
    private static final Pattern SCRIPT_URL = Pattern.compile("(?i)(javascript|vbscript|data):");
    /** Files the bake writes besides the pages, which a page may link to. */
    private static final Set<String> GENERATED_FILES = Set.of("sitemap.xml", "404.html", "robots.txt", "feed.xml");
    /** Ids every page has, from templates/layout.ftl. */
    private static final Set<String> LAYOUT_IDS = Set.of("main");

    /**
     * The pages parsed by the last check, by Markdown extensions and body. The preview checks the
     * whole site on every save; parsing and rendering each page's Markdown is most of that cost,
     * and depends on nothing but these two. What a page's links reach is still checked every time.
     */
    private static volatile Map<ParseKey, Parsed> lastParsed = Map.of();

    /** Makes the next check parse every page again, as a build's only check does (for benchmarks). */
    public static void forgetParsedPages() {
        lastParsed = Map.of();
    }

    private record ParseKey(int extensions, String body) {
    }

    /** A page's Markdown tree (only read, never changed) and the ids of the HTML it renders to. */
    private record Parsed(Document document, Set<String> ids) {
    }

    private final Path projectDir;
    private final List<Problem> problems;
    private final int extensions;
    private final Map<ParseKey, Parsed> earlier = lastParsed;
    private final Map<ParseKey, Parsed> parsed = new HashMap<>();
    private final Parser parser;
    private final HtmlRenderer renderer;
    private final Map<String, Page> pagesByOutput = new HashMap<>();
    private final Map<String, Set<String>> anchorsByOutput = new HashMap<>();
    private final Map<String, Page> unpublished = new HashMap<>();

    private LinkCheck(Path projectDir, List<Problem> problems) {
        this.projectDir = projectDir;
        this.problems = problems;
        this.extensions = markdownExtensions(projectDir);
        DataHolder options = PegdownOptionsAdapter.flexmarkOptions(extensions);
        this.parser = Parser.builder(options).build();
        this.renderer = HtmlRenderer.builder(options).build();
    }

    /**
     * Adds a problem for every broken link and every script in {@code pages} and {@code unpublishable}.
     *
     * @param pages         the pages that will be published: the only targets a link may have
     * @param unpublishable pages with header mistakes: checked too, so that every mistake is
     *                      reported at once, but no link may lead to them
     * @param events        the timeline's events: their ids are anchors of the timeline page
     * @param partners      the partners: their ids are anchors of the partners page
     */
    public static void check(Path projectDir, List<Page> pages, List<Page> unpublishable, List<TimelineEvent> events,
                             List<Partner> partners, List<Problem> problems) {
        LinkCheck check = new LinkCheck(projectDir, problems);
        unpublishable.forEach(page -> check.unpublished.put(page.outputName(), page));
        check.checkAll(pages, events, partners);
        for (Page page : unpublishable) {
            check.checkPage(page, check.parse(page).document());
        }
        lastParsed = check.parsed;
    }

    private Parsed parse(Page page) {
        ParseKey key = new ParseKey(extensions, page.body());
        Parsed result = parsed.get(key);
        if (result == null) {
            result = earlier.get(key);
        }
        if (result == null) {
            Document document = parser.parse(page.body());
            Set<String> ids = new TreeSet<>();
            Jsoup.parseBodyFragment(renderer.render(document)).select("[id]").forEach(e -> ids.add(e.id()));
            result = new Parsed(document, Set.copyOf(ids));
        }
        parsed.put(key, result);
        return result;
    }

    private void checkAll(List<Page> pages, List<TimelineEvent> events, List<Partner> partners) {
        Map<Page, Document> documents = new HashMap<>();
        for (Page page : pages) {
            Parsed markdown = parse(page);
            documents.put(page, markdown.document());
            pagesByOutput.put(page.outputName(), page);
            Set<String> anchors = new TreeSet<>(LAYOUT_IDS);
            anchors.addAll(markdown.ids());
            switch (page.type()) {
                case "timeline" -> events.forEach(event -> {
                    anchors.add(Objects.toString(event.id()));
                    anchors.add("year-" + event.date().year());
                });
                case "partners" -> partners.forEach(partner -> {
                    anchors.add(Objects.toString(partner.id()));
                    anchors.add(Slug.of(Objects.toString(partner.country())));
                });
                default -> {
                }
            }
            anchorsByOutput.put(page.outputName(), anchors);
        }
        for (Page page : pages) {
            checkPage(page, documents.get(page));
        }
    }

    private void checkPage(Page page, Document document) {
        for (Node node : document.getDescendants()) {
            if (node instanceof Image image && PhotoUse.isPhotoAddress(image.getUrl().toString())) {
                continue; // a photo of content/photos/: PhotoCheck checks it
            }
            if (node instanceof LinkNodeBase link) {
                checkUrl(page, node, link.getUrl().toString(), "link");
            } else if (node instanceof HtmlBlockBase || node instanceof HtmlInlineBase) {
                checkHtml(page, node);
            }
        }
    }

    private void checkHtml(Page page, Node node) {
        for (Element element : Jsoup.parseBodyFragment(node.getChars().toString()).body().getAllElements()) {
            String tag = element.normalName();
            if (FORBIDDEN_ELEMENTS.contains(tag)) {
                problems.add(problem(page, node, "<" + tag + "> is not allowed in a page (expected Markdown text;"
                        + " scripts, styles and embedded frames are added by developers in templates/)"));
            }
            for (Attribute attribute : element.attributes()) {
                String name = attribute.getKey().toLowerCase(Locale.ROOT);
                if (name.startsWith("on")) {
                    problems.add(problem(page, node, "the attribute " + name + "= on <" + tag + "> runs a script,"
                            + " which is not allowed in a page (expected plain text and links)"));
                } else if (name.equals("href") || name.equals("src")) {
                    checkUrl(page, node, attribute.getValue(), name);
                } else if (SCRIPT_URL.matcher(attribute.getValue().replaceAll("[\\x00-\\x20]", "")).lookingAt()) {
                    // xlink:href, formaction, srcset...: any attribute can carry a script address
                    problems.add(problem(page, node, "the attribute " + name + "= on <" + tag + "> holds a script"
                            + " address, which is not allowed in a page (expected plain text and links)"));
                }
            }
        }
    }

    private void checkUrl(Page page, Node node, String rawUrl, String what) {
        // browsers ignore entities, spaces and control characters inside a scheme: "java&#9;script:"
        String url = org.jsoup.parser.Parser.unescapeEntities(rawUrl, true).strip();
        String compact = url.replaceAll("[\\x00-\\x20]", "").toLowerCase(Locale.ROOT);
        int colon = compact.indexOf(':');
        int slash = compact.indexOf('/');
        if (colon > 0 && (slash < 0 || colon < slash) && compact.substring(0, colon).matches("[a-z][a-z0-9+.-]*")) {
            String scheme = compact.substring(0, colon);
            if (!EXTERNAL_SCHEMES.contains(scheme)) {
                problems.add(problem(page, node, "the " + what + " '" + rawUrl + "' uses " + scheme + ":, which is not"
                        + " allowed (expected an https:// address, mailto:, tel: or a page such as about.html)"));
            }
            return;
        }
        if (url.startsWith("//") || url.startsWith("/")) {
            problems.add(problem(page, node, "the " + what + " '" + rawUrl + "' starts with /, which breaks when the"
                    + " site is served from a sub-folder (expected a relative address such as about.html)"));
            return;
        }
        String withoutQuery = url.replaceFirst("\\?[^#]*", "");
        int hash = withoutQuery.indexOf('#');
        String path = URLDecoder.decode(hash < 0 ? withoutQuery : withoutQuery.substring(0, hash), StandardCharsets.UTF_8);
        String fragment = hash < 0 ? null : withoutQuery.substring(hash + 1);
        path = path.replaceFirst("^(\\./)+", "");
        String target = path.isEmpty() ? page.outputName() : path;
        // a page with header mistakes has no known anchors; its own mistakes are reported already
        if (GENERATED_FILES.contains(target) || path.isEmpty() && !pagesByOutput.containsKey(target)) {
            return;
        }
        if (target.endsWith(".html") && !target.contains("/")) {
            if (unpublished.containsKey(target)) {
                problems.add(problem(page, node, "the " + what + " '" + rawUrl + "' leads to "
                        + unpublished.get(target).source().toString().replace('\\', '/') + ", which will not be"
                        + " published because of the mistakes in its header (expected those mistakes fixed)"));
            } else if (!pagesByOutput.containsKey(target)) {
                problems.add(problem(page, node, "the " + what + " '" + rawUrl + "' leads to no page: there is no content/"
                        + target.replaceFirst("\\.html$", ".md") + " (expected "
                        + DidYouMean.suggest(target, pagesByOutput.keySet()).map(s -> s + ", or ")
                        .orElse("") + "one of " + String.join(", ", new TreeSet<>(pagesByOutput.keySet())) + ")"));
            } else if (fragment != null && !fragment.isEmpty() && anchorsByOutput.containsKey(target)
                    && !anchorsByOutput.get(target).contains(fragment)) {
                Set<String> anchors = anchorsByOutput.get(target);
                String kinds = switch (pagesByOutput.get(target).type()) {
                    case "timeline" -> "an event id from data/timeline.yaml, or ";
                    case "partners" -> "a partner id from data/partners.yaml, or ";
                    default -> "";
                };
                problems.add(problem(page, node, "the " + what + " '" + rawUrl + "' leads to no place on " + target
                        + ": it has no anchor #" + fragment + " (expected "
                        + DidYouMean.suggest(fragment, anchors).map(s -> "#" + s + ", or ").orElse("")
                        + kinds + "a heading of that page in lower case with hyphens: ## Our partners is #our-partners)"));
            }
            return;
        }
        if (target.endsWith(".md") && !target.contains("/")) {
            problems.add(problem(page, node, "the " + what + " '" + rawUrl + "' names the source file (expected the"
                    + " page's address " + target.replaceFirst("\\.md$", ".html") + ")"));
            return;
        }
        checkAsset(page, node, rawUrl, what, path);
    }

    /** Files in assets/ are published at the site's root: assets/docs/a.pdf is linked as docs/a.pdf. */
    private void checkAsset(Page page, Node node, String rawUrl, String what, String path) {
        Path assets = projectDir.resolve("assets");
        Path file = assets.resolve(path).normalize();
        if (file.startsWith(assets) && Files.isRegularFile(file)) {
            return;
        }
        String hint = "";
        if (path.startsWith("assets/") && Files.isRegularFile(assets.resolve(path.substring("assets/".length())))) {
            hint = path.substring("assets/".length()) + ": files in assets/ are published at the site's root";
        }
        problems.add(problem(page, node, "the " + what + " '" + rawUrl + "' leads to no file: there is no assets/"
                + path + " (expected " + (hint.isEmpty() ? "the file to be added to assets/ first" : hint) + ")"));
    }

    static Problem problem(Page page, Node node, String message) {
        String body = page.body();
        int offset = Math.min(node.getStartOffset(), body.length());
        int lineStart = body.lastIndexOf('\n', offset - 1) + 1;
        int line = (int) body.substring(0, offset).chars().filter(c -> c == '\n').count();
        return new Problem(page.source(), page.bodyFirstLine() + line, offset - lineStart + 1, "", message);
    }

    /** The pegdown extension flags named by jbake.properties' markdown.extensions, as JBake reads them. */
    static int markdownExtensions(Path projectDir) {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(projectDir.resolve("jbake.properties"))) {
            properties.load(in);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read jbake.properties: " + e.getMessage(), e);
        }
        int extensions = PegdownExtensions.NONE;
        for (String name : properties.getProperty("markdown.extensions", "").split(",")) {
            String trimmed = name.strip();
            boolean remove = trimmed.startsWith("-");
            String field = trimmed.replaceFirst("^[+-]", "");
            if (field.isEmpty()) {
                continue;
            }
            try {
                int flag = PegdownExtensions.class.getField(field).getInt(null);
                extensions = remove ? extensions & ~flag : extensions | flag;
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("jbake.properties: unknown markdown extension " + field, e);
            }
        }
        return extensions;
    }
}
