package cn.edu.hust.tjmc.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fixture site (src/test/resources/fixture-site) has no mistakes: the one place its check
 * runs whole, so that ProjectCopy need not run it for every test. And it holds what the tests
 * need that the live content may lack: photos in a page and on an event, Chinese text in both,
 * every event kind, a page with related events. Read as text, so that this does not depend on
 * the reader it is a fixture for.
 */
class FixtureSiteTest {

    private static final Path FIXTURE = Path.of(System.getProperty("project.dir"), "tools/src/test/resources/fixture-site");
    private static final Pattern CHINESE = Pattern.compile("\\p{IsHan}");

    @Test
    void theFixtureSiteHasNoMistakes(@TempDir Path dir) {
        assertEquals(List.of(), new ProjectCopy(dir).problems(), "the fixture site must have no mistakes");
    }

    @Test
    void everyEventKindOfTheLabelsHasAnEvent() {
        String labels = read("data/labels.yaml");
        String kindsBlock = labels.substring(labels.indexOf("\nevent_kinds:\n") + 1).split("\n(?=\\S)", 2)[0];
        Set<String> kinds = matches("(?m)^  ([a-z0-9-]+):", kindsBlock);
        assertFalse(kinds.isEmpty(), "no event_kinds in data/labels.yaml");
        assertEquals(kinds, matches("(?m)^    kind: ([a-z0-9-]+)\\s*$", read("data/timeline.yaml")),
                "the kinds of the fixture's events");
    }

    @Test
    void aPageAndAnEventHavePhotosAndChineseText() {
        String timeline = read("data/timeline.yaml");
        assertTrue(Pattern.compile("(?m)^    photo:\\n      file: photos/").matcher(timeline).find(), "no event with a photo");
        assertTrue(CHINESE.matcher(timeline).find(), "no Chinese text in data/timeline.yaml");
        List<String> pages = pages();
        assertTrue(pages.stream().anyMatch(page -> page.contains("](photos/")), "no page with a photo");
        assertTrue(pages.stream().anyMatch(page -> CHINESE.matcher(page.split("\n---\n", 2)[1]).find()),
                "no page with Chinese text");
        assertTrue(pages.stream().anyMatch(page -> page.contains("\nrelated_event_kinds: ")),
                "no page with related_event_kinds");
    }

    private static Set<String> matches(String regex, String text) {
        return Pattern.compile(regex).matcher(text).results().map(result -> result.group(1))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static List<String> pages() {
        try (Stream<Path> files = Files.list(FIXTURE.resolve("content"))) {
            return files.filter(file -> file.toString().endsWith(".md")).sorted()
                    .map(file -> read(FIXTURE.relativize(file).toString())).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(String file) {
        try {
            return Files.readString(FIXTURE.resolve(file), StandardCharsets.UTF_8).replace("\r\n", "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
