package cn.edu.hust.tjmc.site.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.edu.hust.tjmc.site.ProjectCopy;
import cn.edu.hust.tjmc.site.source.SiteSources;
import cn.edu.hust.tjmc.site.source.TranslationStatus.State;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The freshness of translations on the fixture (content/zh/timeline.md and the Marburg event are
 * outdated, content/zh/about.md and the Heidelberg event current): a warning at the line of the
 * outdated source_version, with the one value that marks it current; a translation of no page
 * is a mistake.
 */
class TranslationCheckTest {

    private static final Pattern VERSION = Pattern.compile("source_version: ([0-9a-f]{8}) to mark it current");

    @Test
    void anOutdatedPageTranslationIsAWarningAtItsSourceVersionWithTheValueToWrite(@TempDir Path dir) {
        ProjectCopy copy = new ProjectCopy(dir);
        List<String> warnings = warnings(copy);
        String warning = warnings.stream().filter(line -> line.startsWith("content/zh/timeline.md:")).findFirst()
                .orElseThrow(() -> new AssertionError("no warning for content/zh/timeline.md in " + warnings));
        assertTrue(warning.startsWith("content/zh/timeline.md:8:1: source_version: the English of content/timeline.md"
                + " has changed since this translation was made"), warning);
        String version = value(warning);
        copy.edit("content/zh/timeline.md", text -> text.replace("source_version: \"0badc0de\"", "source_version: \"" + version + "\""));
        assertEquals(List.of(), warnings(copy).stream().filter(line -> line.startsWith("content/zh/")).toList(),
                "the value the warning gives marks the translation current");
    }

    @Test
    void anEditOfTheEnglishMakesItsTranslationOutdated(@TempDir Path dir) {
        ProjectCopy copy = new ProjectCopy(dir);
        assertEquals(List.of(), warnings(copy).stream().filter(line -> line.startsWith("content/zh/about.md")).toList());
        copy.edit("content/about.md", text -> text.replace("Today, TJMC aims", "Today TJMC aims"));
        assertTrue(warnings(copy).stream().anyMatch(line -> line.startsWith("content/zh/about.md:8:1: source_version:")),
                "an edit of the English text is noticed");
    }

    @Test
    void anOutdatedEventTranslationIsAWarningAtItsLineInTheDataFile(@TempDir Path dir) {
        ProjectCopy copy = new ProjectCopy(dir);
        int line = copy.edit("data/timeline.yaml", text -> text.replace("      source_version: 0badc0de",
                "      source_version: \"0badc0df\""));
        String warning = warnings(copy).stream().filter(text -> text.startsWith("data/timeline.yaml:")).findFirst()
                .orElseThrow();
        assertTrue(warning.startsWith("data/timeline.yaml:" + line + ":"), warning + " is not at line " + line);
        assertTrue(warning.contains("the English of event 'hust-marburg-university-day-2018' has changed"), warning);
        String version = value(warning);
        copy.edit("data/timeline.yaml", text -> text.replace("source_version: \"0badc0df\"", "source_version: \"" + version + "\""));
        assertEquals(List.of(), warnings(copy).stream().filter(text -> text.startsWith("data/")).toList());
    }

    /**
     * An event's translation covers its photo's alt text and caption (zh: photo_alt, photo_caption):
     * an edit of the English alt text makes it outdated (TranslationHistoryTest: the line it shows).
     */
    @Test
    void anEditOfAPhotosEnglishAltTextMakesTheEventsTranslationOutdated(@TempDir Path dir) {
        ProjectCopy copy = new ProjectCopy(dir);
        assertEquals(List.of(), warnings(copy).stream().filter(line -> line.contains("hust-heidelberg-university-day-2017"))
                .toList(), "the Heidelberg event's translation is current");
        copy.edit("data/timeline.yaml", text -> text.replace("alt: A made-up courtyard with a red circle, seen again",
                "alt: A made-up courtyard with a red circle, shown again"));
        String warning = warnings(copy).stream().filter(line -> line.contains("hust-heidelberg-university-day-2017"))
                .findFirst().orElseThrow(() -> new AssertionError("an edit of the photo's English alt text is not noticed"));
        String version = value(warning);
        copy.edit("data/timeline.yaml", text -> text.replace("source_version: b77cdf3e", "source_version: " + version));
        assertEquals(List.of(), warnings(copy).stream().filter(line -> line.contains("hust-heidelberg-university-day-2017"))
                .toList(), "the value the warning gives marks the translation current");
    }

    @Test
    void theStatusCountsTranslatedOutdatedAndMissing(@TempDir Path dir) {
        SiteSources sources = SiteSourceReader.read(new ProjectCopy(dir).dir());
        assertEquals(List.of("about.html", "index.html"), sources.translationStatus().items().stream()
                .filter(item -> item.kind().equals("page") && item.state() == State.TRANSLATED).map(item -> item.name())
                .toList());
        assertEquals(List.of("timeline.html", "hust-marburg-university-day-2018"), sources.translationStatus().items()
                .stream().filter(item -> item.state() == State.OUTDATED).map(item -> item.name()).toList());
        assertTrue(sources.translationStatus().count(State.MISSING) > 0);
    }

    @Test
    void aTranslationOfNoPageIsAMistake(@TempDir Path dir) {
        ProjectCopy copy = new ProjectCopy(dir);
        copy.write("content/zh/visits.md", "---\ntitle: 来访\ndescription: 这是一个没有英文原文的虚构译文页面，用来测试构建是否会报错。\n"
                + "type: page\nstatus: published\nsource_version: \"1a2b3c4d\"\n---\n正文。\n");
        assertEquals(List.of("content/zh/visits.md:1:1: translates content/visits.md, which does not exist (expected"
                + " the name of an English page of content/: rename this file as its English page was renamed, or"
                + " remove it with its English page)"), copy.newProblems());
    }

    @Test
    void aTranslationNeedsItsSourceVersionAndTheTypeOfItsPage(@TempDir Path dir) {
        ProjectCopy copy = new ProjectCopy(dir);
        copy.edit("content/zh/about.md", text -> text.replaceFirst("source_version: \"[0-9a-f]+\"\n", "")
                .replace("type: page", "type: timeline"));
        List<String> problems = copy.newProblems();
        assertTrue(problems.stream().anyMatch(line -> line.startsWith("content/zh/about.md:8:1: source_version:"
                + " missing from the header")), problems.toString());
    }

    /** Links in a translation are checked as the English pages' are, against the pages of its language. */
    @Test
    void aBrokenLinkOrAnchorInATranslationIsAMistakeThere(@TempDir Path dir) {
        ProjectCopy copy = new ProjectCopy(dir);
        int line = copy.edit("content/zh/about.md", text -> text.replace("(partners.html)", "(partner.html)")
                .replace("(#国际标准)", "(#国际标准x)"));
        List<String> problems = copy.newProblems();
        assertEquals(2, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("content/zh/about.md:" + line + ":"), problems.toString());
        assertTrue(problems.get(0).contains("'partner.html' leads to no page"), problems.toString());
        assertTrue(problems.get(1).contains("it has no anchor #国际标准x (did you mean #国际标准?"), problems.toString());
    }

    /** Every interface word is in both languages: a missing one is a mistake at its word's line. */
    @Test
    void aUiWordMissingInALanguageIsAMistakeAtItsLine(@TempDir Path dir) {
        ProjectCopy copy = new ProjectCopy(dir);
        int line = copy.edit("data/labels.yaml", text -> text.replace("  zh: 跳到主要内容\n", ""));
        List<String> problems = copy.newProblems();
        assertEquals(1, problems.size(), problems.toString());
        // at the word's group, whose English line is just above where the Chinese was
        assertEquals("data/labels.yaml:" + (line - 1) + ":3: skip_to_content.zh: missing (expected a value for 'zh')",
                problems.get(0));
    }

    @Test
    void aChineseDescriptionOfOneSentenceIsLongEnough(@TempDir Path dir) {
        ProjectCopy copy = new ProjectCopy(dir);
        // 34 characters: a full sentence, refused by the English limit of 50
        String description = "同济医学院与三十多个国家和地区的五十多所大学、研究所和医学院建立了合作关系。";
        copy.edit("content/zh/about.md", text -> text.replaceFirst("description: .*\n", "description: " + description + "\n"));
        assertEquals(List.of(), copy.newProblems());
    }

    private static List<String> warnings(ProjectCopy copy) {
        return SiteSourceReader.read(copy.dir()).warnings().stream().map(Object::toString).toList();
    }

    private static String value(String warning) {
        Matcher matcher = VERSION.matcher(warning);
        assertTrue(matcher.find(), warning);
        return matcher.group(1);
    }
}
