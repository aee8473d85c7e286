package cn.edu.hust.tjmc.site.check;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.CodeBlock;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableBody;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Range;
import org.jsoup.parser.ParseError;
import org.jsoup.parser.Parser;
import org.jsoup.safety.Safelist;

/**
 * Checks the raw HTML of a page against the elements and attributes prose needs. The page's
 * raw HTML is parsed as a browser parses it (jsoup's HTML5 tree builder) inside the block
 * structure the Markdown gives it, so an {@code <em>} opened in one paragraph and closed in the
 * next is seen as the browser sees it: left open.
 */
final class RawHtmlCheck {

    /** Where a finding is, as an offset into the page body, and what to tell the editor. */
    record Finding(int offset, String message) {
    }

    /** Receives each address an allowed attribute holds, to be checked as a link or as a file of the site. */
    interface Addresses {
        /** @return whether the address is fine; false once a problem was reported for it */
        boolean check(int offset, String url, String what, boolean siteOnly);
    }

    /** What prose needs: text-level markup, lists, tables, figures, details, images and media of the site. */
    static final Safelist ALLOWED = new Safelist()
            .addTags("a", "abbr", "address", "audio", "b", "bdi", "bdo", "blockquote", "br", "caption", "cite",
                    "code", "col", "colgroup", "dd", "del", "details", "dfn", "div", "dl", "dt", "em", "figcaption",
                    "figure", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i", "img", "ins", "kbd", "li", "mark", "ol",
                    "p", "picture", "pre", "q", "rp", "rt", "ruby", "s", "samp", "small", "source", "span", "strong",
                    "sub", "summary", "sup", "table", "tbody", "td", "tfoot", "th", "thead", "time", "tr", "track", "u",
                    "ul", "var", "video", "wbr")
            .addAttributes(":all", "id", "title", "lang", "dir")
            .addAttributes("a", "href", "hreflang", "rel", "target")
            .addAttributes("blockquote", "cite")
            .addAttributes("q", "cite")
            .addAttributes("del", "cite", "datetime")
            .addAttributes("ins", "cite", "datetime")
            .addAttributes("time", "datetime")
            .addAttributes("img", "src", "srcset", "sizes", "alt", "width", "height", "loading", "decoding")
            .addAttributes("source", "src", "srcset", "sizes", "type", "media", "width", "height")
            .addAttributes("video", "src", "poster", "controls", "width", "height", "preload", "muted", "loop",
                    "playsinline")
            .addAttributes("audio", "src", "controls", "preload", "muted", "loop")
            .addAttributes("track", "src", "kind", "srclang", "label", "default")
            .addAttributes("ol", "start", "reversed", "type")
            .addAttributes("li", "value")
            .addAttributes("td", "colspan", "rowspan", "headers")
            .addAttributes("th", "colspan", "rowspan", "headers", "scope", "abbr")
            .addAttributes("col", "span")
            .addAttributes("colgroup", "span")
            .addAttributes("details", "open");

    /** Attributes whose address may lead anywhere, as a Markdown link may. */
    private static final Set<String> LINK_ATTRIBUTES = Set.of("href", "cite");
    /** Attributes whose address the browser loads into the page: the security policy allows only the site's own files. */
    private static final Set<String> LOADED_ATTRIBUTES = Set.of("src", "poster", "data");
    private static final Set<String> VOID_ELEMENTS = Set.of("area", "base", "br", "col", "embed", "hr", "img", "input",
            "link", "meta", "param", "source", "track", "wbr");
    /** Elements whose end tag HTML lets the next tag imply. */
    private static final Set<String> OPTIONAL_END = Set.of("p", "li", "dt", "dd", "rt", "rp", "optgroup", "option",
            "colgroup", "thead", "tbody", "tfoot", "tr", "td", "th");
    private static final String EMBED_ADVICE = "expected a link to it, such as [the video](https://example.org/video)";
    private static final String RAW_TEXT_ADVICE = "browsers read what is inside it as plain text or not at all,"
            + " so it shows differently from what this check sees (expected the text without it)";
    private static final Map<String, String> ADVICE = Map.ofEntries(
            Map.entry("script", "expected text; scripts are added by developers in templates/"),
            Map.entry("style", "expected plain Markdown; the site's look comes from assets/css/site.css"),
            Map.entry("iframe", EMBED_ADVICE), Map.entry("frame", EMBED_ADVICE), Map.entry("frameset", EMBED_ADVICE),
            Map.entry("object", EMBED_ADVICE), Map.entry("embed", EMBED_ADVICE), Map.entry("applet", EMBED_ADVICE),
            Map.entry("portal", EMBED_ADVICE),
            Map.entry("form", "expected a link such as [write to us](mailto:office@example.org)"),
            Map.entry("svg", "expected an image file in assets/img/, shown with ![what it shows](img/name.svg)"),
            Map.entry("math", "expected the formula as text or as an image file in assets/img/"),
            Map.entry("noscript", RAW_TEXT_ADVICE), Map.entry("template", RAW_TEXT_ADVICE),
            Map.entry("xmp", RAW_TEXT_ADVICE), Map.entry("noembed", RAW_TEXT_ADVICE),
            Map.entry("noframes", RAW_TEXT_ADVICE), Map.entry("plaintext", RAW_TEXT_ADVICE),
            Map.entry("textarea", RAW_TEXT_ADVICE), Map.entry("title", "expected the page title in the header line"
                    + " title=..."),
            Map.entry("font", "expected Markdown emphasis: *text* or **text**"),
            Map.entry("center", "expected plain Markdown; the site's look comes from assets/css/site.css"));
    private static final Set<String> FORM_ELEMENTS = Set.of("input", "button", "select", "option", "optgroup", "label",
            "fieldset", "legend", "output", "datalist", "meter", "progress");
    /** Elements of a whole document, which a page's text is only a part of. */
    private static final Set<String> DOCUMENT_ELEMENTS = Set.of("html", "head", "body", "base", "meta", "link");

    private static final String END_OF_TEXT = "tjmc-end-of-text";

    private RawHtmlCheck() {
    }

    /** The findings for one page's Markdown tree; addresses in allowed attributes go to {@code addresses}. */
    static List<Finding> check(Document document, Addresses addresses) {
        Shadow shadow = new Shadow();
        shadow.add(document);
        if (!shadow.hasRawHtml) {
            return List.of();
        }
        List<Finding> cdata = new ArrayList<>();
        String lower = shadow.text.toString().toLowerCase(Locale.ROOT);
        for (int at = lower.indexOf("<![cdata["); at >= 0; at = lower.indexOf("<![cdata[", at + 1)) {
            // jsoup reads a CDATA section here; a browser reads a comment that ends at the first '>'
            cdata.add(new Finding(Math.max(0, shadow.source(at)), "<![CDATA[ is not part of HTML: browsers read it"
                    + " as a comment that ends at the first >, so what follows shows differently from how it looks"
                    + " here (expected plain text; write &lt; for a < that should show)"));
        }
        if (!cdata.isEmpty()) {
            return cdata;
        }
        Parser parser = Parser.htmlParser().setTrackErrors(100).setTrackPosition(true);
        // a comment after the page's text: a tag, quote or raw-text element left open swallows it, as it
        // would the page after it in the browser
        org.jsoup.nodes.Document parsed = parser.parseInput(shadow.text + "<!--" + END_OF_TEXT + "-->", "");
        List<Finding> findings = new ArrayList<>();
        for (Element element : parsed.getAllElements()) {
            int at = shadow.source(element.sourceRange());
            if (at < 0 || element.sourceRange().isImplicit() || insideRefused(element, shadow)) {
                continue; // made by the parser or by the Markdown around it, or already refused
            }
            String tag = element.normalName();
            if (!ALLOWED.isSafeTag(tag)) {
                findings.add(new Finding(at, refusal(tag)));
                continue;
            }
            checkAttributes(element, at, shadow, findings, addresses);
            if (!VOID_ELEMENTS.contains(tag) && !OPTIONAL_END.contains(tag) && element.endSourceRange().isImplicit()) {
                findings.add(new Finding(at, leftOpen(element)));
            }
        }
        if (findings.isEmpty() && parsed.select("*").stream().flatMap(element -> element.childNodes().stream())
                .noneMatch(node -> node instanceof org.jsoup.nodes.Comment comment
                        && comment.getData().equals(END_OF_TEXT))) {
            int at = -1;
            for (int i = shadow.text.lastIndexOf("<"); i >= 0 && at < 0; i = shadow.text.lastIndexOf("<", i - 1)) {
                at = shadow.source(i);
            }
            findings.add(new Finding(Math.max(0, at), "a tag or a quote left open here runs over the rest of the"
                    + " page, which then does not show (expected the tag closed with >, and each quote \" or '"
                    + " closed on the same tag)"));
        }
        if (findings.isEmpty()) {
            // the tree's own errors, when no finding above explains them: stray end tags, broken attributes
            for (ParseError error : parser.getErrors()) {
                // the error is found at the end of its tag; the editor looks for the tag's start
                int end = Math.min(error.getPosition(), shadow.text.length()) - 1;
                int at = shadow.source(end < 0 ? -1 : shadow.text.lastIndexOf("<", end));
                if (at >= 0) {
                    findings.add(new Finding(at, parseError(error.getErrorMessage())));
                }
            }
        }
        return findings;
    }

    private static boolean insideRefused(Element element, Shadow shadow) {
        for (Element parent : element.parents()) {
            if (!parent.sourceRange().isImplicit() && shadow.source(parent.sourceRange()) >= 0
                    && !ALLOWED.isSafeTag(parent.normalName())) {
                return true;
            }
        }
        return false;
    }

    private static String refusal(String tag) {
        if (DOCUMENT_ELEMENTS.contains(tag)) {
            return "<" + tag + "> belongs to the templates, not to a page (expected only the page's own text)";
        }
        String advice = ADVICE.get(tag);
        if (advice == null) {
            advice = FORM_ELEMENTS.contains(tag) ? ADVICE.get("form") : "expected Markdown, or one of the elements prose needs: "
                    + String.join(", ", new TreeSet<>(allowedTags()));
        }
        return "<" + tag + "> is not allowed in a page (" + advice + ")";
    }

    private static Set<String> allowedTags() {
        Set<String> tags = new TreeSet<>();
        for (String tag : new String[] {"a", "abbr", "blockquote", "code", "details", "em", "figure", "img", "ol",
                "strong", "summary", "table", "time", "ul"}) {
            if (ALLOWED.isSafeTag(tag)) {
                tags.add(tag);
            }
        }
        return tags;
    }

    private static void checkAttributes(Element element, int elementAt, Shadow shadow, List<Finding> findings,
                                        Addresses addresses) {
        String tag = element.normalName();
        for (Attribute attribute : element.attributes()) {
            String name = attribute.getKey().toLowerCase(Locale.ROOT);
            int at = shadow.source(attribute.sourceRange().nameRange());
            at = at < 0 ? elementAt : at;
            String on = name + "= on <" + tag + ">";
            if (name.startsWith("on")) {
                findings.add(new Finding(at, "the attribute " + on + " runs a script, which is not allowed in a page"
                        + " (expected plain text and links)"));
            } else if (name.equals("style")) {
                findings.add(new Finding(at, "the attribute " + on + " is not allowed: visitors' browsers would"
                        + " ignore it, because for safety the site takes its colours, fonts and sizes only from its own"
                        + " style sheet (expected plain Markdown such as **bold** or *italic*; for a new look, ask a"
                        + " developer to add it to assets/css/site.css)"));
            } else if (!ALLOWED.isSafeAttribute(tag, element, attribute)) {
                findings.add(new Finding(at, "the attribute " + on + " is not allowed in a page (expected "
                        + allowedAttributes(tag) + ")"));
            } else if (LINK_ATTRIBUTES.contains(name)) {
                addresses.check(at, attribute.getValue(), name, false);
            } else if (LOADED_ATTRIBUTES.contains(name)) {
                addresses.check(at, attribute.getValue(), name, true);
            } else if (name.equals("srcset")) {
                for (String url : srcsetUrls(attribute.getValue())) {
                    if (!addresses.check(at, url, name, true)) {
                        break; // one message for the attribute
                    }
                }
            }
        }
    }

    /**
     * The addresses of a srcset, split as browsers split it: an address runs to the next space,
     * so "data:image/png;base64,AAAA 1x" is one, and a comma right after it ends the candidate.
     */
    static List<String> srcsetUrls(String srcset) {
        List<String> urls = new ArrayList<>();
        int i = 0;
        int length = srcset.length();
        while (i < length) {
            while (i < length && (Character.isWhitespace(srcset.charAt(i)) || srcset.charAt(i) == ',')) {
                i++;
            }
            int start = i;
            while (i < length && !Character.isWhitespace(srcset.charAt(i))) {
                i++;
            }
            String url = srcset.substring(start, i);
            if (url.endsWith(",")) {
                url = url.replaceFirst(",+$", "");
            } else {
                int depth = 0; // descriptors run to the next comma outside brackets
                while (i < length && (srcset.charAt(i) != ',' || depth > 0)) {
                    depth += srcset.charAt(i) == '(' ? 1 : srcset.charAt(i) == ')' ? -1 : 0;
                    i++;
                }
            }
            if (!url.isEmpty()) {
                urls.add(url);
            }
        }
        return urls;
    }

    private static String allowedAttributes(String tag) {
        List<String> names = new ArrayList<>();
        for (String name : List.of("href", "hreflang", "rel", "cite", "datetime", "src", "srcset", "sizes", "alt",
                "width", "height", "poster", "controls", "colspan", "rowspan", "scope", "headers", "start", "value",
                "open", "span", "type", "media", "kind", "srclang", "label", "id", "title", "lang", "dir")) {
            if (ALLOWED.isSafeAttribute(tag, new Element(tag), new Attribute(name, ""))) {
                names.add(name);
            }
        }
        return "only " + String.join(", ", names) + " on <" + tag + ">";
    }

    private static String leftOpen(Element element) {
        String tag = element.normalName();
        Element parent = element.parent();
        String around = parent == null || parent.sourceRange().isImplicit() ? "" : parent.normalName();
        String where = around.isEmpty() || around.equals("body") ? "after its text"
                : "before </" + around + ">, e.g. <" + around + "><" + tag + ">text</" + tag + "></" + around + ">";
        return "<" + tag + "> is left open or closed out of order, which browsers repair each their own way"
                + " (expected </" + tag + "> " + where + "; an element opened in one paragraph must close in it)";
    }

    private static String parseError(String message) {
        int open = message.indexOf("[</");
        if (open >= 0 && message.startsWith("Unexpected EndTag")) {
            String tag = message.substring(open + 3, message.indexOf('>', open)).strip();
            return "</" + tag + "> closes an element that is not open here (expected <" + tag + "> before it,"
                    + " in the same paragraph, or no </" + tag + ">)";
        }
        for (String tag : DOCUMENT_ELEMENTS) {
            if (message.startsWith("Unexpected StartTag token [<" + tag + " ") || message.startsWith(
                    "Unexpected StartTag token [<" + tag + ">")) {
                return refusal(tag);
            }
        }
        if (message.contains("[AttributeValue_unquoted]")) {
            return "an attribute value with =, quotes, ` or < in it must be in quotes (expected name=\"value\")";
        }
        if (message.startsWith("Unexpected StartTag")) {
            return "this tag cannot stand here, browsers would move or drop it (expected it inside the element"
                    + " it belongs to, e.g. <li> inside <ul>, <td> inside <tr>)";
        }
        return "the HTML here is not written correctly, browsers would guess what it means (expected tags like"
                + " <em>text</em> and attributes like title=\"text\", separated by spaces)";
    }

    /**
     * The page's raw HTML, in the block structure its Markdown gives it, with where each character
     * came from: the raw HTML maps to its offset in the page body, tags for the Markdown to -1.
     */
    private static final class Shadow {
        private final StringBuilder text = new StringBuilder();
        private final List<Integer> offsets = new ArrayList<>();
        private boolean hasRawHtml;

        void add(Node node) {
            if (node instanceof HtmlBlockBase block) {
                // the lines as the renderer writes them: without the "> " or list indent a block
                // inside a quote or a list item has on each line of the file
                hasRawHtml = true;
                for (BasedSequence line : block.getContentLines()) {
                    raw(line);
                }
                return;
            }
            if (node instanceof HtmlInlineBase) {
                hasRawHtml = true;
                raw(node.getChars());
                return;
            }
            if (node instanceof Code || node instanceof CodeBlock || node instanceof FencedCodeBlock
                    || node instanceof IndentedCodeBlock) {
                return;
            }
            String tag = markdownTag(node);
            if (tag != null) {
                markdown("<" + tag + ">");
            }
            for (Node child : node.getChildren()) {
                add(child);
            }
            if (tag != null) {
                markdown("</" + tag + ">");
            }
        }

        private void raw(BasedSequence chars) {
            for (int i = 0; i < chars.length(); i++) {
                text.append(chars.charAt(i));
                offsets.add(chars.getStartOffset() + i);
            }
        }

        private void markdown(String tag) {
            text.append(tag);
            for (int i = 0; i < tag.length(); i++) {
                offsets.add(-1);
            }
        }

        private static String markdownTag(Node node) {
            if (node instanceof Paragraph) {
                return "p";
            } else if (node instanceof Heading heading) {
                return "h" + heading.getLevel();
            } else if (node instanceof BlockQuote) {
                return "blockquote";
            } else if (node instanceof BulletList) {
                return "ul";
            } else if (node instanceof OrderedList) {
                return "ol";
            } else if (node instanceof ListItem) {
                return "li";
            } else if (node instanceof TableBlock) {
                return "table";
            } else if (node instanceof TableHead) {
                return "thead";
            } else if (node instanceof TableBody) {
                return "tbody";
            } else if (node instanceof TableRow) {
                return "tr";
            } else if (node instanceof TableCell cell) {
                return cell.isHeader() ? "th" : "td";
            }
            return null;
        }

        /** The body offset of a shadow offset, or -1 where the Markdown made the tag. */
        int source(int shadowOffset) {
            if (shadowOffset < 0 || shadowOffset >= offsets.size()) {
                return -1;
            }
            return offsets.get(shadowOffset);
        }

        int source(Range range) {
            return range.isTracked() ? source(range.start().pos()) : -1;
        }
    }
}
