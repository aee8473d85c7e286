package cn.edu.hust.tjmc.site.pipeline;

import cn.edu.hust.tjmc.site.report.CiReports;
import cn.edu.hust.tjmc.site.report.Problem;
import cn.edu.hust.tjmc.site.report.Report;
import cn.edu.hust.tjmc.site.source.JBakeSettings;
import cn.edu.hust.tjmc.site.source.Language;
import cn.edu.hust.tjmc.site.source.YamlFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.Attributes;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.AttributesImpl;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The step between the bake and the publishing: the feed.xml JBake baked from templates/feed.ftl
 * must be well-formed XML and keep the rules of RFC 4287's schema that our feed can break, or
 * the site is not published (a feed reader drops an ill-formed feed whole, silently).
 *
 * <p>The JDK's own XML parser and the rules below, not Jing: the Jing the output tests use comes
 * inside the Nu HTML Checker's 8.9 MB jar (with its dependencies), and loading atom.rnc with it
 * took 1.5 s in a fresh JVM against 0.14 s for the JDK's parse; the editors' build would download
 * and run that for rules of which our template can break only these: one id, title and updated in
 * the feed and in each entry, ids that are absolute and unique, RFC 3339 dates, an author, links
 * with an address, text types text, html or xhtml. FeedTest still validates the built feed with
 * Jing against the whole schema.
 */
public final class FeedCheck {

    static final String ATOM = "http://www.w3.org/2005/Atom";
    /** RFC 3339's date-time, which RFC 4287 (3.3) requires: a time zone, upper-case T and Z. */
    private static final Pattern DATE_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})");
    /** An absolute IRI: a scheme, a colon, then no white space. */
    private static final Pattern ABSOLUTE_IRI = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*:\\S+");
    private static final Set<String> TEXT_TYPES = Set.of("text", "html", "xhtml");
    private static final Set<String> TEXT_CONSTRUCTS = Set.of("title", "subtitle", "summary", "rights", "content");
    /** The event field each part of an entry is made from (model/TimelineFeed). */
    private static final Map<String, String> EVENT_FIELDS = Map.of("id", "id", "link", "id", "title", "title",
            "updated", "date", "summary", "description");

    private FeedCheck() {
    }

    /**
     * Every way the baked feeds (feed.xml and each other language's, zh/feed.xml) break the rules,
     * located in the template or at the event it came from.
     */
    public static List<Problem> check(Path projectDir, Path bakeDir) {
        return check(projectDir, bakeDir, name -> true);
    }

    /** The same for the feeds {@code changed} names (paths in the site); the others passed in an earlier bake. */
    static List<Problem> check(Path projectDir, Path bakeDir, java.util.function.Predicate<String> changed) {
        List<Problem> problems = new java.util.ArrayList<>();
        for (Language language : Language.values()) {
            String name = language.folder() + "feed.xml";
            if (!changed.test(name)) {
                continue;
            }
            for (Problem problem : checkFeed(projectDir, bakeDir.resolve(name))) {
                // the messages name feed.xml; another language's says which it is
                problems.add(language == Language.DEFAULT ? problem : new Problem(problem.file(), problem.line(),
                        problem.column(), problem.field(), name + ": " + problem.message()));
            }
        }
        return problems;
    }

    private static List<Problem> checkFeed(Path projectDir, Path feed) {
        JBakeSettings settings = JBakeSettings.read(projectDir);
        Path template = Path.of(settings.templateFolder(), "feed.ftl");
        if (!Files.isRegularFile(feed)) {
            return List.of(); // render.feed=false: no feed is published
        }
        Element root;
        try (InputStream in = Files.newInputStream(feed)) {
            root = parse(in);
        } catch (SAXParseException e) {
            return List.of(new Problem(template, 1, 1, "", "the feed.xml it made is not well-formed XML: on its line "
                    + e.getLineNumber() + ", column " + e.getColumnNumber() + ", " + e.getMessage().strip()
                    .replaceAll("[.\\s]+$", "") + " (expected XML that feed readers can read: print values with"
                    + " the XML output format, never ?no_esc)"));
        } catch (IOException | SAXException e) {
            return List.of(new Problem(template, 1, 1, "", "the feed.xml it made cannot be read: " + e.getMessage()
                    + " (expected the bake to finish writing it)"));
        }
        Locations at = new Locations(projectDir, settings, template);
        List<Problem> problems = new ArrayList<>();
        if (!root.is("feed")) {
            problems.add(at.template(root, "the feed's outermost element is <" + root.name + "> in the namespace '"
                    + root.namespace + "' (expected <feed xmlns=\"" + ATOM + "\">)"));
            return problems;
        }
        checkCommon(root, "the feed", (element, part, message) -> at.template(element, message), problems);
        if (root.children("author").isEmpty() && root.children("entry").stream().anyMatch(e -> e.children("author").isEmpty())) {
            problems.add(at.template(root, "the feed has no <author>, nor has every entry one (expected <author><name>"
                    + "...</name></author> in the feed)"));
        }
        Map<String, Element> entryById = new HashMap<>();
        for (Element entry : root.children("entry")) {
            String id = entry.children("id").isEmpty() ? "" : entry.children("id").get(0).text.strip();
            checkCommon(entry, "the entry " + (id.isEmpty() ? "on line " + entry.line : id),
                    (element, part, message) -> at.event(id, element, part, message), problems);
            if (entry.children("link").isEmpty() && entry.children("content").isEmpty()) {
                problems.add(at.event(id, entry, "link", "the entry has neither <link> nor <content> (expected <link"
                        + " rel=\"alternate\" href=\"...\"/> to the event on the timeline page)"));
            }
            Element first = id.isEmpty() ? null : entryById.putIfAbsent(id, entry);
            if (first != null) {
                problems.add(at.event(id, entry.children("id").get(0), "id", "the id " + id + " is also the id of the entry"
                        + " on line " + first.line + " of feed.xml (expected each entry to have its own id)"));
            }
        }
        return problems;
    }

    /** Where to tell a mistake of {@code element} concerning its part {@code part} (its own name, or a child's). */
    private interface Locate {
        Problem at(Element element, String part, String message);
    }

    /** The rules the feed and an entry share: one id, title and updated, and what each holds. */
    private static void checkCommon(Element element, String what, Locate at, List<Problem> problems) {
        for (String name : List.of("id", "title", "updated")) {
            int count = element.children(name).size();
            if (count != 1) {
                problems.add(at.at(element, name, what + " has " + count + " <" + name + "> (expected exactly one)"));
            }
        }
        for (Element id : element.children("id")) {
            if (!ABSOLUTE_IRI.matcher(id.text.strip()).matches()) {
                problems.add(at.at(id, "id", what + " has the id '" + id.text.strip() + "', which is not an absolute address"
                        + " (expected a permanent one such as tag:tjmc.hust.edu.cn,2026:timeline/some-event)"));
            }
        }
        for (String name : List.of("updated", "published")) {
            for (Element date : element.children(name)) {
                if (!isDateTime(date.text.strip())) {
                    problems.add(at.at(date, name, what + " has the <" + name + "> '" + date.text.strip() + "', which is not"
                            + " a date and time of RFC 3339 (expected e.g. 2017-05-19T00:00:00Z)"));
                }
            }
        }
        for (Element link : element.children("link")) {
            if (link.attributes.getOrDefault("href", "").isBlank()) {
                problems.add(at.at(link, "link", what + " has a <link> without href (expected href=\"the address it links\")"));
            }
        }
        for (Element child : element.children) {
            String type = child.attributes.get("type");
            if (child.namespace.equals(ATOM) && TEXT_CONSTRUCTS.contains(child.name) && type != null
                    && !TEXT_TYPES.contains(type) && !child.name.equals("content")) {
                problems.add(at.at(child, child.name, what + " has <" + child.name + " type=\"" + type + "\"> (expected type"
                        + " text, html or xhtml)"));
            }
            if (child.is("author")) {
                if (child.children("name").size() != 1) {
                    problems.add(at.at(child, "author", what + " has an <author> without one <name> (expected <author><name>"
                            + "...</name></author>)"));
                }
            }
        }
    }

    static boolean isDateTime(String text) {
        if (!DATE_TIME.matcher(text).matches()) {
            return false;
        }
        try {
            OffsetDateTime.parse(text);
            return true;
        } catch (DateTimeParseException e) {
            return false; // 2017-02-30T00:00:00Z
        }
    }

    /** Where a mistake of the feed is told: at the event an entry was made from, else in the template. */
    private static final class Locations {
        private final Path projectDir;
        private final JBakeSettings settings;
        private final Path template;
        private Optional<YamlFile> timeline;
        private final Map<String, Integer> eventIndex = new HashMap<>();

        Locations(Path projectDir, JBakeSettings settings, Path template) {
            this.projectDir = projectDir;
            this.settings = settings;
            this.template = template;
        }

        Problem template(Element element, String message) {
            return new Problem(template, 1, 1, "", "in the feed.xml it made, on its line " + element.line + ": " + message);
        }

        Problem event(String entryId, Element element, String part, String message) {
            String eventId = entryId.substring(entryId.lastIndexOf('/') + 1);
            Integer index = events().get(eventId);
            if (entryId.isEmpty() || index == null) {
                return template(element, message);
            }
            String field = EVENT_FIELDS.getOrDefault(part, "id");
            return timeline.orElseThrow().problem("/events/" + index + "/" + field, "in feed.xml: " + message);
        }

        private Map<String, Integer> events() {
            if (timeline == null) {
                Path relative = Path.of(settings.dataFolder(), "timeline.yaml");
                timeline = YamlFile.read(projectDir.resolve(relative), relative, new ArrayList<>());
                Object events = timeline.map(file -> file.root() instanceof Map<?, ?> map ? map.get("events") : null)
                        .orElse(null);
                if (events instanceof List<?> list) {
                    for (int i = 0; i < list.size(); i++) {
                        if (list.get(i) instanceof Map<?, ?> event && event.get("id") != null) {
                            eventIndex.putIfAbsent(event.get("id").toString().strip(), i);
                        }
                    }
                }
            }
            return eventIndex;
        }
    }

    /** An element of the feed, with the line it starts on in feed.xml. */
    static final class Element {
        final String namespace;
        final String name;
        final int line;
        final Map<String, String> attributes = new HashMap<>();
        final List<Element> children = new ArrayList<>();
        String text = "";

        Element(String namespace, String name, int line, Attributes attributes) {
            this.namespace = namespace;
            this.name = name;
            this.line = line;
            for (int i = 0; i < attributes.getLength(); i++) {
                if (attributes.getURI(i).isEmpty()) {
                    this.attributes.put(attributes.getLocalName(i), attributes.getValue(i));
                }
            }
        }

        boolean is(String atomName) {
            return namespace.equals(ATOM) && name.equals(atomName);
        }

        List<Element> children(String atomName) {
            return children.stream().filter(child -> child.is(atomName)).toList();
        }
    }

    /** Parses with the JDK's parser, namespace-aware, with no DTD (a feed needs none, and an entity could read files). */
    static Element parse(InputStream in) throws IOException, SAXException {
        SAXParserFactory factory = SAXParserFactory.newInstance();
        factory.setNamespaceAware(true);
        try {
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
        List<Element> stack = new ArrayList<>();
        Element[] root = new Element[1];
        DefaultHandler handler = new DefaultHandler() {
            private Locator locator;
            private final StringBuilder text = new StringBuilder();

            @Override
            public void setDocumentLocator(Locator locator) {
                this.locator = locator;
            }

            @Override
            public void startElement(String uri, String localName, String qName, Attributes attributes) {
                Element element = new Element(uri, localName, locator.getLineNumber(), new AttributesImpl(attributes));
                if (stack.isEmpty()) {
                    root[0] = element;
                } else {
                    stack.get(stack.size() - 1).children.add(element);
                }
                stack.add(element);
                text.setLength(0);
            }

            @Override
            public void characters(char[] ch, int start, int length) {
                text.append(ch, start, length);
            }

            @Override
            public void endElement(String uri, String localName, String qName) {
                Element element = stack.remove(stack.size() - 1);
                if (element.children.isEmpty()) {
                    element.text = text.toString();
                }
                text.setLength(0);
            }
        };
        try {
            factory.newSAXParser().parse(in, handler);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
        return root[0];
    }
}
