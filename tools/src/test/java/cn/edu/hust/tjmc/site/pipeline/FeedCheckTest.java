package cn.edu.hust.tjmc.site.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.edu.hust.tjmc.site.PlainMessages;
import cn.edu.hust.tjmc.site.ProjectCopy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The build's own check of the baked feed.xml: the fixture's feed passes, and each way a template
 * or a value can break it is one plain line, in templates/feed.ftl or at the event it came from.
 */
class FeedCheckTest {

    @TempDir
    static Path dir;

    private static ProjectCopy site;
    private static Path bake;
    private static String baked;

    @BeforeAll
    static void bakeTheFixture() throws IOException {
        site = new ProjectCopy(dir);
        bake = site.bake();
        baked = Files.readString(bake.resolve("feed.xml"), StandardCharsets.UTF_8);
    }

    @Test
    void theFeedTheTemplateBakesPasses() {
        assertTrue(baked.contains("<entry>"), baked);
        assertEquals(List.of(), problems(feed -> feed));
    }

    /** zh/feed.xml, made from the same template, is held to the same rules. */
    @Test
    void theChineseFeedIsCheckedToo() throws IOException {
        Path chinese = bake.resolve("zh/feed.xml");
        String good = Files.readString(chinese, StandardCharsets.UTF_8);
        try {
            Files.writeString(chinese, good.replaceFirst("<summary>", "<summary><b>粗体 & "), StandardCharsets.UTF_8);
            List<String> problems = FeedCheck.check(site.dir(), bake).stream().map(Object::toString)
                    .filter(problem -> problem.contains("zh/feed.xml")).toList();
            assertEquals(1, problems.size(), problems.toString());
            assertTrue(problems.get(0).startsWith("templates/feed.ftl:1:1: zh/feed.xml: the feed.xml it made is not"
                    + " well-formed XML"), problems.get(0));
        } finally {
            Files.writeString(chinese, good, StandardCharsets.UTF_8);
        }
    }

    @Test
    void aControlCharacterMakesItIllFormedAndStopsTheBuild() {
        List<String> problems = problems(feed -> feed.replaceFirst("<title>", "<title>\f"));
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("templates/feed.ftl:1:1: the feed.xml it made is not well-formed XML: on"
                + " its line "), problems.get(0));
    }

    @Test
    void unescapedMarkupMakesItIllFormed() {
        List<String> problems = problems(feed -> feed.replaceFirst("<summary>", "<summary><b>bold & "));
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("not well-formed XML"), problems.get(0));
    }

    @Test
    void anEntryWithoutTitleIsToldAtItsEvent() {
        String eventId = firstEntryEventId();
        List<String> problems = problems(feed -> feed.replaceFirst("(<entry>\\s*<id>[^<]*</id>\\s*)<title>[^<]*</title>", "$1"));
        assertEquals(1, problems.size(), problems.toString());
        int line = lineOf("data/timeline.yaml", "  - id: " + eventId + "\n", "\n    title: ");
        assertTrue(problems.get(0).matches("data/timeline\\.yaml:" + line + ":12: events\\[\\d+]\\.title: in"
                + " feed\\.xml: the entry tag:tjmc\\.hust\\.edu\\.cn,2026:timeline/" + eventId + " has 0 <title>"
                + " \\(expected exactly one\\)"), problems.get(0));
    }

    @Test
    void aDateThatIsNotRfc3339IsToldAtItsEvent() {
        List<String> problems = problems(feed -> feed.replaceFirst("(<entry>[\\s\\S]*?<updated>)[^<]*", "$12017-05-19"));
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("].date: in feed.xml: the entry tag:tjmc.hust.edu.cn,2026:timeline/")
                && problems.get(0).endsWith("has the <updated> '2017-05-19', which is not a date and time of RFC 3339"
                + " (expected e.g. 2017-05-19T00:00:00Z)"), problems.get(0));
    }

    @Test
    void aRelativeIdATwiceUsedIdAndAFeedWithoutUpdatedAreTold() {
        List<String> problems = problems(feed -> {
            String noUpdated = feed.replaceFirst("\\s*<updated>[^<]*</updated>", "");
            String[] ids = noUpdated.split("<id>tag:tjmc.hust.edu.cn,2026:timeline/", 4);
            String secondEntryIdTail = ids[2].substring(0, ids[2].indexOf("</id>"));
            // the second entry takes the first entry's id; the feed's own id becomes relative
            return noUpdated.replace("<id>tag:tjmc.hust.edu.cn,2026:timeline</id>", "<id>timeline</id>")
                    .replaceFirst("timeline/" + secondEntryIdTail + "</id>", "timeline/" + ids[1].substring(0,
                            ids[1].indexOf("</id>")) + "</id>");
        });
        assertEquals(3, problems.size(), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("the feed has 0 <updated> (expected exactly one)")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("the feed has the id 'timeline', which is not an absolute"
                + " address")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("is also the id of the entry on line")), problems.toString());
    }

    @Test
    void aFeedThatIsNotAtomIsTold() {
        List<String> problems = problems(feed -> feed.replace("xmlns=\"http://www.w3.org/2005/Atom\"", ""));
        assertEquals(List.of("templates/feed.ftl:1:1: in the feed.xml it made, on its line 2: the feed's outermost"
                + " element is <feed> in the namespace '' (expected <feed xmlns=\"http://www.w3.org/2005/Atom\">)"), problems);
    }

    @Test
    void aDoctypeIsRefusedAndNoEntityIsRead() {
        List<String> problems = problems(feed -> feed.replaceFirst("<feed", "<!DOCTYPE feed [<!ENTITY x SYSTEM"
                + " \"file:///etc/passwd\">]>\n<feed").replaceFirst("<title>", "<title>&x;"));
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("not well-formed XML") && !problems.get(0).contains("root:"), problems.get(0));
    }

    /** The problems FeedCheck finds in the baked feed changed by {@code change}, each a plain report line. */
    private static List<String> problems(UnaryOperator<String> change) {
        try {
            Files.writeString(bake.resolve("feed.xml"), change.apply(baked), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> problems = FeedCheck.check(dir, bake).stream().sorted().map(Object::toString).toList();
        problems.forEach(PlainMessages::assertPlainLine);
        return problems;
    }

    private static String firstEntryEventId() {
        String after = baked.substring(baked.indexOf("<entry>"));
        return after.substring(after.indexOf("timeline/") + "timeline/".length(), after.indexOf("</id>"));
    }

    /** The line of the first {@code needle} after {@code after} (a needle starting with a line break: the line after it). */
    private static int lineOf(String file, String after, String needle) {
        try {
            String text = Files.readString(dir.resolve(file), StandardCharsets.UTF_8);
            int at = text.indexOf(needle, text.indexOf(after)) + (needle.startsWith("\n") ? 1 : 0);
            return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
