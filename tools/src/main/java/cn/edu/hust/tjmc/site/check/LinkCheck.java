package cn.edu.hust.tjmc.site.check;

import cn.edu.hust.tjmc.site.report.DidYouMean;
import cn.edu.hust.tjmc.site.report.Problem;
import cn.edu.hust.tjmc.site.source.IgnoredFiles;
import cn.edu.hust.tjmc.site.source.JBakeSettings;
import cn.edu.hust.tjmc.site.source.MarkdownOptions;
import cn.edu.hust.tjmc.site.source.Page;
import cn.edu.hust.tjmc.site.source.PhotoUse;
import cn.edu.hust.tjmc.site.source.Slug;
import cn.edu.hust.tjmc.site.source.Partner;
import cn.edu.hust.tjmc.site.source.TimelineEvent;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.LinkNodeBase;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.profile.pegdown.PegdownOptionsAdapter;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.Jsoup;

/**
 * Checks the Markdown of every page: links must reach an existing page, anchor or asset,
 * images and media must be files of the site, and raw HTML must keep to what prose needs
 * ({@link RawHtmlCheck}). The Markdown is parsed with flexmark configured as
 * JBake configures it from jbake.properties, so heading anchors are exactly those JBake makes.
 */
public final class LinkCheck {

    /** Schemes a page may link to; everything else (javascript:, data:, file:...) is refused. */
    private static final Set<String> EXTERNAL_SCHEMES = Set.of("http", "https", "mailto", "tel");
    /** Files the bake writes besides the pages, which a page may link to. */
    private static final Set<String> GENERATED_FILES = Set.of("sitemap.xml", "404.html", "robots.txt", "feed.xml");
    /** Ids every page has, from templates/layout.ftl. */
    private static final Set<String> LAYOUT_IDS = Set.of("main");
    /** How many of a page's anchors a message lists when none is close to the one linked. */
    private static final int ANCHORS_LISTED = 5;

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

    /**
     * A page's Markdown tree (only read, never changed), the ids of the HTML it renders to, and
     * the anchor of each heading in order ("" where the heading's text gives none) with its text.
     */
    private record Parsed(Document document, Set<String> ids, List<String> headingIds, List<String> headingTexts) {
    }

    private final Path projectDir;
    private final String assetFolder;
    private final List<Problem> problems;
    private final int extensions;
    private final Map<ParseKey, Parsed> earlier = lastParsed;
    private final Map<ParseKey, Parsed> parsed = new HashMap<>();
    private final Parser parser;
    private final HtmlRenderer renderer;
    private final Map<String, Page> pagesByOutput = new HashMap<>();
    private final Map<String, Set<String>> anchorsByOutput = new HashMap<>();
    /** Each page's headings that give an anchor, in page order: their text and their anchor. */
    private final Map<String, List<Map.Entry<String, String>>> headingsByOutput = new HashMap<>();
    private final Map<String, Page> unpublished = new HashMap<>();
    private final Set<String> eventIdsWithMistakes = new HashSet<>();

    private LinkCheck(Path projectDir, JBakeSettings settings, List<Problem> problems) {
        this.projectDir = projectDir;
        this.assetFolder = settings.assetFolder();
        this.problems = problems;
        this.extensions = MarkdownOptions.extensions(settings.markdownExtensions());
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
     * @param events        the timeline's events: their ids are anchors of the timeline page;
     *                      null when data/timeline.yaml could not be read (its anchors are then not checked)
     * @param partners      the partners: their ids are anchors of the partners page; null when
     *                      data/partners.yaml could not be read
     * @param eventIdsWithMistakes events left off the timeline because of their own mistakes (an
     *                      impossible date): links to them are not reported again, their cause is
     * @return the Markdown tree of each of {@code pages}, for the checks that read it too (only to be read)
     */
    public static Map<Page, Document> check(Path projectDir, JBakeSettings settings, List<Page> pages, List<Page> unpublishable,
                             List<TimelineEvent> events, Set<String> eventIdsWithMistakes, List<Partner> partners,
                             List<Problem> problems) {
        LinkCheck check = new LinkCheck(projectDir, settings, problems);
        check.eventIdsWithMistakes.addAll(eventIdsWithMistakes);
        unpublishable.forEach(page -> check.unpublished.put(page.outputName(), page));
        Map<Page, Document> documents = check.checkAll(pages, events, partners);
        for (Page page : unpublishable) {
            check.checkPage(page, check.parse(page).document());
        }
        lastParsed = check.parsed;
        return documents;
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
            org.jsoup.nodes.Document html = Jsoup.parseBodyFragment(renderer.render(document));
            html.select("[id]").forEach(e -> ids.add(e.id()));
            org.jsoup.select.Elements headings = html.select("h1, h2, h3, h4, h5, h6");
            List<String> headingIds = headings.stream()
                    .map(heading -> heading.selectFirst("[id]") == null ? "" : heading.selectFirst("[id]").id())
                    .toList();
            List<String> headingTexts = headings.stream().map(heading -> heading.text().strip()).toList();
            result = new Parsed(document, Set.copyOf(ids), headingIds, headingTexts);
        }
        parsed.put(key, result);
        return result;
    }

    private Map<Page, Document> checkAll(List<Page> pages, List<TimelineEvent> events, List<Partner> partners) {
        Map<Page, Document> documents = new HashMap<>();
        for (Page page : pages) {
            Parsed markdown = parse(page);
            documents.put(page, markdown.document());
            pagesByOutput.put(page.outputName(), page);
            Set<String> anchors = new TreeSet<>(LAYOUT_IDS);
            anchors.addAll(markdown.ids());
            switch (page.type()) {
                case "timeline" -> {
                    Objects.requireNonNullElse(events, List.<TimelineEvent>of()).forEach(event -> {
                        anchors.add(Objects.toString(event.id()));
                        anchors.add("year-" + event.date().year());
                    });
                    anchors.addAll(eventIdsWithMistakes);
                }
                case "partners" -> {
                    List<Partner> known = Objects.requireNonNullElse(partners, List.of());
                    known.forEach(partner -> anchors.add(Objects.toString(partner.id())));
                    anchors.addAll(Slug.partnerCountryIds(known).values());
                }
                default -> {
                }
            }
            // a data file that could not be read has its own mistake; the anchors it makes are unknown
            boolean unknown = page.type().equals("timeline") && events == null
                    || page.type().equals("partners") && partners == null;
            if (!unknown) {
                anchorsByOutput.put(page.outputName(), anchors);
            }
            List<Map.Entry<String, String>> headings = new ArrayList<>();
            for (int i = 0; i < markdown.headingIds().size(); i++) {
                if (!markdown.headingIds().get(i).isEmpty()) {
                    headings.add(Map.entry(markdown.headingTexts().get(i), markdown.headingIds().get(i)));
                }
            }
            headingsByOutput.put(page.outputName(), headings);
        }
        for (Page page : pages) {
            checkPage(page, documents.get(page));
        }
        return documents;
    }

    private void checkPage(Page page, Document document) {
        checkHeadingAnchors(page, document, parse(page).headingIds());
        for (Node node : document.getDescendants()) {
            if (node instanceof Image image && PhotoUse.isPhotoAddress(image.getUrl().toString())) {
                continue; // a photo of content/photos/: PhotoCheck checks it
            }
            if (node instanceof Image image) {
                checkUrl(page, node.getStartOffset(), image.getUrl().toString(), "image", true);
            } else if (node instanceof ImageRef image && image.getReferenceNode(document) != null) {
                checkUrl(page, node.getStartOffset(), image.getReferenceNode(document).getUrl().toString(), "image",
                        true);
            } else if (node instanceof LinkNodeBase link) {
                checkUrl(page, node.getStartOffset(), link.getUrl().toString(), "link", false);
            }
        }
        for (RawHtmlCheck.Finding finding : RawHtmlCheck.check(document,
                (offset, url, what, siteOnly) -> {
                    int before = problems.size();
                    checkUrl(page, offset, url, what, siteOnly);
                    return problems.size() == before;
                })) {
            problems.add(problem(page, finding.offset(), finding.message()));
        }
    }

    /**
     * Each heading's anchor, made by flexmark from its text as JBake renders it, must exist and be
     * the page's only one: flexmark gives "## !!!" no anchor and two "## Россия" the same.
     */
    private void checkHeadingAnchors(Page page, Document document, List<String> headingIds) {
        List<Heading> headings = new ArrayList<>();
        document.getDescendants().forEach(node -> {
            if (node instanceof Heading heading) {
                headings.add(heading);
            }
        });
        Map<String, Heading> firstById = new HashMap<>();
        for (int i = 0; i < headings.size() && i < headingIds.size(); i++) {
            Heading heading = headings.get(i);
            String id = headingIds.get(i);
            String text = heading.getText().toString().strip();
            if (id.isEmpty()) {
                problems.add(problem(page, heading.getStartOffset(), "the heading '" + text + "' gives no anchor to"
                        + " link to (expected a heading with letters or digits in it)"));
            } else if (LAYOUT_IDS.contains(id) || firstById.putIfAbsent(id, heading) != null) {
                Heading first = firstById.get(id);
                String where = first == null || first == heading ? "an anchor every page has"
                        : "the anchor of the heading on line " + problem(page, first.getStartOffset(), "").line();
                problems.add(problem(page, heading.getStartOffset(), "the heading '" + text + "' gives the anchor #"
                        + id + ", which is already " + where + " (expected each heading of a page worded"
                        + " differently)"));
            }
        }
    }

    /**
     * @param siteOnly true for what the browser loads into the page (images, media): the security
     *                 policy lets only the site's own files load, so any other host is refused
     */
    private void checkUrl(Page page, int offset, String rawUrl, String what, boolean siteOnly) {
        // browsers ignore entities, spaces and control characters inside a scheme: "java&#9;script:",
        // and read a backslash as a slash: "\\\\host" is "//host"
        String url = org.jsoup.parser.Parser.unescapeEntities(rawUrl, true).strip();
        String compact = url.replaceAll("[\\x00-\\x20]", "").replace('\\', '/').toLowerCase(Locale.ROOT);
        int colon = compact.indexOf(':');
        int slash = compact.indexOf('/');
        boolean hasScheme = colon > 0 && (slash < 0 || colon < slash)
                && compact.substring(0, colon).matches("[a-z][a-z0-9+.-]*");
        if (siteOnly && (hasScheme || compact.startsWith("//"))) {
            problems.add(problem(page, offset, "the " + what + " '" + rawUrl + "' is loaded from outside the site,"
                    + " which the site's security policy blocks, so visitors would see nothing (expected a photo"
                    + " of the site: put it in content/photos/ and write ![what it shows](photos/name.jpg))"));
            return;
        }
        if (hasScheme) {
            String scheme = compact.substring(0, colon);
            if (!EXTERNAL_SCHEMES.contains(scheme)) {
                problems.add(problem(page, offset, "the " + what + " '" + rawUrl + "' uses " + scheme + ":, which is not"
                        + " allowed (expected an https:// address, mailto:, tel: or a page such as about.html)"));
            }
            return;
        }
        if (compact.startsWith("//")) {
            problems.add(problem(page, offset, "the " + what + " '" + rawUrl + "' leaves out https: (expected https:"
                    + url.replace('\\', '/') + ")"));
            return;
        }
        if (compact.startsWith("/")) {
            problems.add(problem(page, offset, "the " + what + " '" + rawUrl + "' starts with /, which breaks when the"
                    + " site is served from a sub-folder (expected a relative address such as about.html)"));
            return;
        }
        String withoutQuery = url.replaceFirst("\\?[^#]*", "");
        int hash = withoutQuery.indexOf('#');
        // an address copied from the browser is percent-encoded: #%E8%BF%91%E6%9C%9F is #近期, the same anchor
        String path = percentDecoded(hash < 0 ? withoutQuery : withoutQuery.substring(0, hash));
        String fragment = hash < 0 ? null : percentDecoded(withoutQuery.substring(hash + 1));
        if (path == null || hash >= 0 && fragment == null) {
            problems.add(problem(page, offset, "the " + what + " '" + rawUrl + "' has a % that is not part of a"
                    + " character code (as in %E8%BF%91, which stands for 近), so browsers would not find what it"
                    + " names (expected the address copied whole from the browser's address bar, or written with its"
                    + " own letters: #近期来访 is the same as #%E8%BF%91%E6%9C%9F%E6%9D%A5%E8%AE%BF)"));
            return;
        }
        path = path.replaceFirst("^(\\./)+", "");
        String target = path.isEmpty() ? page.outputName() : path;
        // a page with header mistakes has no known anchors; its own mistakes are reported already
        if (GENERATED_FILES.contains(target) || path.isEmpty() && !pagesByOutput.containsKey(target)) {
            return;
        }
        if (target.endsWith(".html") && !target.contains("/")) {
            if (unpublished.containsKey(target)) {
                problems.add(problem(page, offset, "the " + what + " '" + rawUrl + "' leads to "
                        + unpublished.get(target).source().toString().replace('\\', '/') + ", which will not be"
                        + " published because of the mistakes in its header (expected those mistakes fixed)"));
            } else if (!pagesByOutput.containsKey(target)) {
                problems.add(problem(page, offset, "the " + what + " '" + rawUrl + "' leads to no page: there is no content/"
                        + target.replaceFirst("\\.html$", ".md") + " (expected "
                        + DidYouMean.suggest(target, pagesByOutput.keySet()).map(s -> s + ", or ")
                        .orElse("") + "one of " + String.join(", ", new TreeSet<>(pagesByOutput.keySet())) + ")"));
            } else if (fragment != null && !fragment.isEmpty() && anchorsByOutput.containsKey(target)
                    && !anchorsByOutput.get(target).contains(fragment)) {
                problems.add(problem(page, offset, "the " + what + " '" + rawUrl + "' leads to no place on " + target
                        + ": it has no anchor #" + fragment + " (" + anchorAdvice(target, fragment) + ")"));
            }
            return;
        }
        if (target.endsWith(".md") && !target.contains("/")) {
            problems.add(problem(page, offset, "the " + what + " '" + rawUrl + "' names the source file (expected the"
                    + " page's address " + target.replaceFirst("\\.md$", ".html") + ")"));
            return;
        }
        checkAsset(page, offset, rawUrl, what, path);
    }

    /**
     * "did you mean #x? expected ..." for a missing anchor of {@code target}: what its anchors are
     * made of, with one of its own headings as the example, and when none is close, a few of them.
     */
    private String anchorAdvice(String target, String fragment) {
        Set<String> anchors = anchorsByOutput.get(target);
        List<Map.Entry<String, String>> headings = headingsByOutput.getOrDefault(target, List.of());
        Optional<String> suggestion = DidYouMean.suggestId(fragment, anchors);
        String kinds = switch (pagesByOutput.get(target).type()) {
            case "timeline" -> "an event id from data/timeline.yaml, or ";
            case "partners" -> "a partner id from data/partners.yaml, or ";
            default -> "";
        };
        String heading = headings.isEmpty() ? "a heading of that page, which has none yet"
                : "a heading of that page in lower case with hyphens, as ## " + headings.get(0).getKey() + " is #"
                + headings.get(0).getValue();
        String advice = suggestion.map(s -> "did you mean #" + s + "? ").orElse("") + "expected " + kinds + heading;
        if (suggestion.isPresent()) {
            return advice;
        }
        // the page's own headings first, in page order, then what the data files add, by name
        List<String> listed = Stream.concat(headings.stream().map(Map.Entry::getValue),
                        anchors.stream().filter(anchor -> !LAYOUT_IDS.contains(anchor)))
                .distinct().toList();
        if (listed.isEmpty()) {
            return advice;
        }
        String few = listed.stream().limit(ANCHORS_LISTED).map(anchor -> "#" + anchor).collect(Collectors.joining(", "));
        return advice + "; its anchors are " + few + (listed.size() > ANCHORS_LISTED
                ? " and " + (listed.size() - ANCHORS_LISTED) + " more" : "");
    }

    /**
     * A path or fragment percent-decoded as browsers decode it (UTF-8; a + stays a +), or null when a
     * % starts no code of two hexadecimal digits or the codes are not UTF-8.
     */
    static String percentDecoded(String text) {
        if (text.indexOf('%') < 0) {
            return text;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '%') {
                int end = i + (Character.isHighSurrogate(c) && i + 1 < text.length() ? 2 : 1);
                bytes.writeBytes(text.substring(i, end).getBytes(StandardCharsets.UTF_8));
                i = end - 1;
            } else if (i + 2 < text.length() && Character.digit(text.charAt(i + 1), 16) >= 0
                    && Character.digit(text.charAt(i + 2), 16) >= 0) {
                bytes.write(Character.digit(text.charAt(i + 1), 16) * 16 + Character.digit(text.charAt(i + 2), 16));
                i += 2;
            } else {
                return null;
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** Files in assets/ are published at the site's root: assets/docs/a.pdf is linked as docs/a.pdf. */
    private void checkAsset(Page page, int offset, String rawUrl, String what, String path) {
        Path assets = projectDir.resolve(assetFolder);
        Path file = assets.resolve(path).normalize();
        if (file.startsWith(assets) && Files.isRegularFile(file) && !IgnoredFiles.isIgnored(assets, file)) {
            return;
        }
        String hint = "";
        if (path.startsWith("assets/") && Files.isRegularFile(assets.resolve(path.substring("assets/".length())))) {
            hint = path.substring("assets/".length()) + ": files in assets/ are published at the site's root";
        }
        problems.add(problem(page, offset, "the " + what + " '" + rawUrl + "' leads to no file: there is no assets/"
                + path + " (expected " + (hint.isEmpty() ? "the file to be added to assets/ first" : hint) + ")"));
    }

    static Problem problem(Page page, int bodyOffset, String message) {
        String body = page.body();
        int offset = Math.min(bodyOffset, body.length());
        int lineStart = body.lastIndexOf('\n', offset - 1) + 1;
        int line = (int) body.substring(0, offset).chars().filter(c -> c == '\n').count();
        return new Problem(page.source(), page.bodyFirstLine() + line, offset - lineStart + 1, "", message);
    }

}
