package cn.edu.hust.tjmc.site.check;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nu.validator.htmlparser.common.XmlViolationPolicy;
import nu.validator.htmlparser.sax.HtmlParser;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.ext.DefaultHandler2;

/**
 * Checks a published page as a browser reads it. The page is parsed by the Nu HTML parser,
 * which follows the WHATWG parsing algorithm as browsers do, so whatever Markdown, JBake and
 * the source checks made of an editor's text, this sees the elements a visitor's browser builds.
 *
 * <p>The bake marks where each page's own text begins and ends with comments holding a word
 * of the build that editors cannot know. Every element the parser builds between them is held
 * to the allowlist of {@link RawHtmlCheck}: its tags and attributes, links only to http(s),
 * mailto: and tel: or the site, media only from the site. The rest of the page is the
 * templates': it must parse to exactly the elements it parses to without the page's text, so a
 * tag left open or closed in the text, which would reach into the page around it (a link
 * spreading over the footer, a comment swallowing the rest), is found too. The marks are
 * comments, which change no element a browser builds; that is checked as well, by parsing the
 * page without them, as it is published.
 */
public final class PublishedHtmlCheck {

    /**
     * One thing the page must not publish.
     *
     * @param element the element's name
     * @param inText  whether it stands in a page's own text (else it is the templates')
     * @param message what is wrong, and what to write instead
     */
    public record Finding(String element, boolean inText, String message) {
    }

    private static final Set<String> LINK_SCHEMES = Set.of("http", "https", "mailto", "tel");
    private static final Set<String> LINK_ATTRIBUTES = Set.of("href", "cite", "xlink:href");
    /** Addresses the page loads, or sends a form to: only the site's own (the security policy says so too). */
    private static final Set<String> LOADED_ATTRIBUTES = Set.of("src", "poster", "data", "srcset", "imagesrcset",
            "action", "formaction");
    private static final String REACHES_OUT = "the page's HTML changes the page around it: ";
    private static final String CLOSE_WHAT_YOU_OPEN = " (expected every tag opened in the page text closed there,"
            + " and none closed that it did not open)";

    private PublishedHtmlCheck() {
    }

    /**
     * @param marked the page as baked, its texts between {@code start} and {@code end}
     * @return what is wrong with it; nothing if it may be published (without the marks)
     */
    public static List<Finding> check(String marked, String start, String end) {
        String published = marked.replace(start, "").replace(end, "");
        StringBuilder skeleton = new StringBuilder();
        int from = 0;
        int marks = 0;
        for (int at = marked.indexOf(start); at >= 0; at = marked.indexOf(start, from)) {
            skeleton.append(marked, from, at);
            int close = marked.indexOf(end, at);
            from = close < 0 ? marked.length() : close + end.length();
            marks++;
        }
        skeleton.append(marked.substring(from).replace(end, ""));
        Parse page = parse(marked, start, end);
        List<Finding> findings = new ArrayList<>();
        if (page.texts() != marks) {
            findings.add(new Finding("", true, REACHES_OUT + "the rest of the page is swallowed (a comment or an"
                    + " element such as <textarea> left open?)" + CLOSE_WHAT_YOU_OPEN));
            return findings;
        }
        List<Parsed> outside = new ArrayList<>();
        for (Parsed element : page.elements()) {
            if (element.inText()) {
                checkText(element, findings);
            } else {
                outside.add(element);
                checkTemplates(element, findings);
            }
        }
        List<Parsed> templates = parse(skeleton.toString(), start, end).elements();
        for (int i = 0; i < Math.max(outside.size(), templates.size()); i++) {
            Parsed found = i < outside.size() ? outside.get(i) : null;
            Parsed expected = i < templates.size() ? templates.get(i) : null;
            if (found == null || expected == null || !found.sameAs(expected)) {
                findings.add(new Finding(found == null ? "" : found.name(), true, REACHES_OUT
                        + (expected == null ? "a <" + found.name() + "> more after the text"
                        : found == null ? "the end of the page is missing"
                        : "<" + found.name() + "> where the page has <" + expected.name() + ">")
                        + CLOSE_WHAT_YOU_OPEN));
                break;
            }
        }
        if (!sameElements(parse(published, start, end).elements(), page.elements())) {
            findings.add(new Finding("", false, "the page reads differently without the bake's marks of its text,"
                    + " so what was checked is not what would be published (expected the marks only between elements)"));
        }
        return findings;
    }

    private static boolean sameElements(List<Parsed> a, List<Parsed> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!a.get(i).sameAs(b.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static void checkText(Parsed element, List<Finding> findings) {
        String tag = element.name();
        if (!RawHtmlCheck.ALLOWED.isSafeTag(tag)) {
            findings.add(new Finding(tag, true, "<" + tag + "> is not allowed in a page's text"
                    + " (expected Markdown, or the HTML of prose: links, lists, tables, figures, photos of the site)"));
            return;
        }
        Element jsoupElement = new Element(tag);
        element.attributes().forEach((name, value) -> {
            if (!RawHtmlCheck.ALLOWED.isSafeAttribute(tag, jsoupElement, new Attribute(name, value))) {
                findings.add(new Finding(tag, true, "the attribute " + name + "= on <" + tag
                        + "> is not allowed in a page's text (expected an attribute of prose, such as href= on a link)"));
            } else {
                checkUrl(element, name, value, true, findings);
            }
        });
    }

    /** The templates' own markup: no script in attributes, links and media as in the text. */
    private static void checkTemplates(Parsed element, List<Finding> findings) {
        String tag = element.name();
        element.attributes().forEach((name, value) -> {
            if (name.startsWith("on") || name.equals("style")) {
                findings.add(new Finding(tag, false, "the attribute " + name + "= on <" + tag
                        + "> breaks the site's security policy (expected the script in assets/js/, the style in"
                        + " assets/css/site.css)"));
            } else if (tag.equals("meta") && name.equals("http-equiv")
                    && !value.equalsIgnoreCase("content-security-policy")) {
                findings.add(new Finding(tag, false, "<meta http-equiv=\"" + value + "\"> is not"
                        + " one the site sends (expected only the Content-Security-Policy)"));
            } else {
                checkUrl(element, name, value, false, findings);
            }
        });
        if (Set.of("base", "iframe", "frame", "object", "embed").contains(tag)) {
            findings.add(new Finding(tag, false, "<" + tag + "> is not part of the site's pages"
                    + " (expected links and the site's own files only)"));
        }
    }

    private static void checkUrl(Parsed element, String name, String value, boolean inText, List<Finding> findings) {
        boolean loaded = LOADED_ATTRIBUTES.contains(name) || element.name().equals("link") && name.equals("href")
                && !element.attributes().getOrDefault("rel", "").toLowerCase(Locale.ROOT).matches(
                "\\s*(canonical|alternate)\\s*");
        if (!loaded && !LINK_ATTRIBUTES.contains(name)) {
            return;
        }
        List<String> urls = name.endsWith("srcset") ? RawHtmlCheck.srcsetUrls(value) : List.of(value);
        for (String url : urls) {
            String compact = url.replaceAll("[\\x00-\\x20]", "").replace('\\', '/').toLowerCase(Locale.ROOT);
            int colon = compact.indexOf(':');
            int slash = compact.indexOf('/');
            String scheme = colon > 0 && (slash < 0 || colon < slash) ? compact.substring(0, colon) : null;
            boolean ownSite = scheme == null && !compact.startsWith("//");
            String problem = loaded && !ownSite && !(element.name().equals("link") && inText == false
                    && compact.startsWith("https://"))
                    ? "loads '" + url + "' from outside the site (expected a file of the site)"
                    : !loaded && scheme != null && !LINK_SCHEMES.contains(scheme)
                    ? "leads to '" + url + "', and " + scheme + ": addresses are not allowed (expected https://,"
                    + " mailto:, tel: or a page of the site)"
                    : null;
            if (problem != null) {
                findings.add(new Finding(element.name(), inText, "the " + name + "= of <"
                        + element.name() + "> " + problem));
                return;
            }
        }
    }

    /** An element as the parser built it, in document order, and whether it stands in a page's text. */
    private record Parsed(String name, Map<String, String> attributes, String ancestors, boolean inText) {
        boolean sameAs(Parsed other) {
            return name.equals(other.name) && attributes.equals(other.attributes) && ancestors.equals(other.ancestors);
        }
    }

    /** @param texts how many page texts were found opened and closed by the marks, as comments */
    private record Parse(List<Parsed> elements, int texts) {
    }

    private static Parse parse(String html, String start, String end) {
        List<Parsed> elements = new ArrayList<>();
        int[] texts = {0};
        boolean[] inText = {false};
        Deque<String> open = new ArrayDeque<>();
        DefaultHandler2 handler = new DefaultHandler2() {
            @Override
            public void startElement(String uri, String localName, String qName, Attributes attributes) {
                Map<String, String> values = new LinkedHashMap<>();
                for (int i = 0; i < attributes.getLength(); i++) {
                    values.put(attributes.getQName(i).toLowerCase(Locale.ROOT), attributes.getValue(i));
                }
                String name = localName.toLowerCase(Locale.ROOT);
                elements.add(new Parsed(name, values, String.join("/", open), inText[0]));
                open.addFirst(name);
            }

            @Override
            public void endElement(String uri, String localName, String qName) {
                open.removeFirst();
            }

            @Override
            public void comment(char[] chars, int offset, int length) {
                String comment = "<!--" + new String(chars, offset, length) + "-->";
                if (comment.equals(start) && !inText[0]) {
                    inText[0] = true;
                } else if (comment.equals(end) && inText[0]) {
                    inText[0] = false;
                    texts[0]++;
                }
            }
        };
        HtmlParser parser = new HtmlParser(XmlViolationPolicy.ALLOW);
        parser.setScriptingEnabled(true); // as in visitors' browsers: <noscript> is raw text
        parser.setContentHandler(handler);
        parser.setLexicalHandler(handler);
        try {
            parser.parse(new InputSource(new StringReader(html)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SAXException e) {
            throw new IllegalStateException("the HTML parser gave up on a page: " + e.getMessage(), e);
        }
        return new Parse(elements, texts[0]);
    }
}
