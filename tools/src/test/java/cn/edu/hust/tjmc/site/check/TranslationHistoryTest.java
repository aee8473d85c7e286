package cn.edu.hust.tjmc.site.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.edu.hust.tjmc.site.ProjectCopy;
import cn.edu.hust.tjmc.site.pipeline.PrepareSite;
import cn.edu.hust.tjmc.site.report.GitHubAnnotations;
import cn.edu.hust.tjmc.site.report.Problem;
import cn.edu.hust.tjmc.site.source.EnglishHistory;
import cn.edu.hust.tjmc.site.source.JBakeSettings;
import cn.edu.hust.tjmc.site.source.SiteSources;
import cn.edu.hust.tjmc.site.source.TranslationStatus.Item;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An outdated translation's warning shows the English lines that changed since it was made, from
 * the git history of a copy of the fixture made a repository here (never the project's own
 * history), or says why it cannot; and no git runs while no translation is outdated.
 */
class TranslationHistoryTest {

    private static final Pattern VERSION = Pattern.compile("source_version: ([0-9a-f]{8}) to mark it current");
    private static final String TIMELINE_INTRO = "Visits to TJMC, visits by HUST leaders to partner universities,"
            + " agreements and university days, year by year. Each event has its own link.";
    private static final String HEIDELBERG_ALT = "A made-up courtyard with a red circle, seen again for the"
            + " University Day";
    private static final String MARBURG = "HUST and the University of Marburg held the HUST–Marburg University Day.";

    @Test
    void anOutdatedPageShowsTheEnglishLinesThatChangedSinceTheRevisionItWasMadeFrom(@TempDir Path dir) {
        ProjectCopy copy = committedCopy(dir);
        copy.edit("content/timeline.md", text -> text.replace(TIMELINE_INTRO, "Visits to TJMC and by HUST leaders."));
        commitAll(dir, "English shortened");
        // not committed: the English of today is the working copy's
        copy.edit("content/timeline.md", text -> text.replace("title: Timeline of international visits",
                "title: International visits"));
        String warning = warning(dir, "content/zh/timeline.md");
        assertEquals(List.of(
                "the English of content/timeline.md has changed since this translation was made (expected the"
                        + " translation brought up to date with it, then source_version: " + value(warning)
                        + " to mark it current)",
                "English lines that changed:",
                "- title: Timeline of international visits",
                "+ title: International visits",
                "- " + TIMELINE_INTRO,
                "+ Visits to TJMC and by HUST leaders."), message(warning));
    }

    @Test
    void anOutdatedEventShowsItsEnglishFieldsThatChanged(@TempDir Path dir) {
        ProjectCopy copy = committedCopy(dir);
        copy.edit("data/timeline.yaml", text -> text.replace(MARBURG, "HUST and Philipps-Universität Marburg"
                + " held a university day."));
        commitAll(dir, "Marburg's name");
        String warning = warning(dir, "data/timeline.yaml");
        List<String> message = message(warning);
        assertTrue(message.get(0).startsWith("the English of event 'hust-marburg-university-day-2018' has changed"),
                warning);
        assertEquals(List.of("English lines that changed:", "- description: " + MARBURG,
                "+ description: HUST and Philipps-Universität Marburg held a university day."),
                message.subList(1, message.size()));
        assertEquals(1, warnings(dir).size(), "only the Marburg event is outdated: " + warnings(dir));
    }

    /** A photo's alt text and caption are part of its event's English, shown under the names of their translations. */
    @Test
    void anOutdatedEventShowsItsPhotosAltTextThatChanged(@TempDir Path dir) {
        ProjectCopy copy = committedCopy(dir);
        copy.edit("data/timeline.yaml", text -> text.replace("alt: " + HEIDELBERG_ALT, "alt: A made-up courtyard"));
        List<String> message = message(warning(dir, "data/timeline.yaml"));
        assertTrue(message.get(0).startsWith("the English of event 'hust-heidelberg-university-day-2017' has changed"),
                message.toString());
        assertEquals(List.of("English lines that changed:", "- photo_alt: " + HEIDELBERG_ALT,
                "+ photo_alt: A made-up courtyard"), message.subList(1, message.size()));
    }

    @Test
    void manyChangedLinesAreCutShortWithTheirCount(@TempDir Path dir) {
        ProjectCopy copy = committedCopy(dir);
        StringBuilder added = new StringBuilder();
        for (int i = 1; i <= 12; i++) {
            added.append("\nLine ").append(i).append('.');
        }
        copy.edit("content/timeline.md", text -> text.replace(TIMELINE_INTRO, TIMELINE_INTRO + added));
        List<String> message = message(warning(dir, "content/zh/timeline.md"));
        assertEquals("+ Line 10.", message.get(11));
        assertEquals("…and 2 more changed lines", message.get(12));
        assertEquals(13, message.size(), message.toString());
    }

    @Test
    void withoutTheVersionInTheHistoryTheWarningSaysWhyNoLinesAreShown(@TempDir Path dir) {
        new ProjectCopy(dir); // the fixture's own outdated translations record 0badc0de, which no text has
        git(dir, "init", "-q");
        commitAll(dir, "fixture");
        List<String> message = message(warning(dir, "content/zh/timeline.md"));
        assertEquals(List.of("Which English lines changed cannot be shown: " + EnglishHistory.NO_EARLIER_TEXT),
                message.subList(1, message.size()));
    }

    @Test
    void aShallowCloneSaysSo(@TempDir Path dir) {
        ProjectCopy copy = committedCopy(dir.resolve("repository"));
        copy.edit("content/timeline.md", text -> text.replace(TIMELINE_INTRO, "Visits, year by year."));
        commitAll(copy.dir(), "English shortened");
        Path clone = dir.resolve("clone");
        git(dir, "clone", "-q", "--depth", "1", copy.dir().toUri().toString(), clone.toString());
        List<String> message = message(warning(clone, "content/zh/timeline.md"));
        assertEquals(List.of("Which English lines changed cannot be shown: " + EnglishHistory.NO_EARLIER_TEXT
                + ", which this clone holds only in part (a shallow clone, as CI makes)"), message.subList(1, message.size()));
    }

    @Test
    void withoutGitTheWarningSaysSoAndTheBuildGoesOn(@TempDir Path dir) {
        ProjectCopy copy = committedCopy(dir);
        copy.edit("content/timeline.md", text -> text.replace(TIMELINE_INTRO, "Visits, year by year."));
        String missing = dir.resolve("no-git-here").toString();
        EnglishHistory history = new EnglishHistory(dir, missing);
        List<String> warnings = read(dir, history).warnings().stream().map(Problem::toString).toList();
        assertEquals(List.of("Which English lines changed cannot be shown: git was not found (" + missing
                + " could not be run: install git, or put it on the PATH)"), message(warnings.get(0)).subList(1, 2));
    }

    @Test
    void noGitRunsWhileEveryTranslationIsCurrent(@TempDir Path dir) {
        ProjectCopy copy = committedCopy(dir);
        EnglishHistory history = EnglishHistory.of(dir);
        assertEquals(List.of(), read(dir, history).warnings());
        assertEquals(0, history.processesStarted());
        copy.edit("content/timeline.md", text -> text.replace(TIMELINE_INTRO, "Visits, year by year."));
        EnglishHistory outdated = EnglishHistory.of(dir);
        read(dir, outdated);
        assertTrue(outdated.processesStarted() > 0, "the counting sees git run for an outdated translation");
    }

    /** On the console each line of what changed stands indented under its warning; in GitHub's annotation, %0A. */
    @Test
    void theChangedLinesReachTheConsoleAndTheAnnotationsAsLines(@TempDir Path dir) {
        ProjectCopy copy = committedCopy(dir);
        copy.edit("content/timeline.md", text -> text.replace(TIMELINE_INTRO, "Visits, year by year."));
        SiteSources sources = read(dir, EnglishHistory.of(dir));
        String console = PrepareSite.warnings(sources.warnings());
        assertTrue(console.contains("to mark it current)\n    English lines that changed:\n    - " + TIMELINE_INTRO
                + "\n    + Visits, year by year."), console);
        String annotation = GitHubAnnotations.warning(sources.warnings().get(0), "");
        assertTrue(annotation.endsWith("to mark it current)%0AEnglish lines that changed:%0A- " + TIMELINE_INTRO
                + "%0A+ Visits, year by year."), annotation);
        Item item = sources.translationStatus().items().stream().filter(one -> one.name().equals("timeline.html"))
                .findFirst().orElseThrow();
        assertEquals("English lines that changed:\n- " + TIMELINE_INTRO + "\n+ Visits, year by year.", item.changes());
        assertFalse(console.contains("\tat "), "no stack trace");
    }

    /**
     * The fixture with its two outdated translations (content/zh/timeline.md, the Marburg event)
     * made current, with the values their warnings give.
     */
    private static ProjectCopy currentCopy(Path dir) {
        ProjectCopy copy = new ProjectCopy(dir);
        String page = value(warning(dir, "content/zh/timeline.md"));
        copy.edit("content/zh/timeline.md", text -> text.replace("source_version: \"0badc0de\"",
                "source_version: \"" + page + "\""));
        String event = value(warning(dir, "data/timeline.yaml"));
        copy.edit("data/timeline.yaml", text -> text.replace("      source_version: 0badc0de",
                "      source_version: \"" + event + "\""));
        assertEquals(List.of(), warnings(dir));
        return copy;
    }

    /** {@link #currentCopy}, made a git repository of one commit. */
    private static ProjectCopy committedCopy(Path dir) {
        ProjectCopy copy = currentCopy(dir);
        git(dir, "init", "-q");
        commitAll(dir, "translations current");
        return copy;
    }

    private static SiteSources read(Path dir, EnglishHistory history) {
        return SiteSourceReader.read(dir, JBakeSettings.read(dir), Clock.system(ZoneId.of("Asia/Shanghai")), history);
    }

    private static List<String> warnings(Path dir) {
        return read(dir, EnglishHistory.of(dir)).warnings().stream().map(Problem::toString).toList();
    }

    private static String warning(Path dir, String file) {
        List<String> warnings = warnings(dir);
        return warnings.stream().filter(line -> line.startsWith(file + ":")).findFirst()
                .orElseThrow(() -> new AssertionError("no warning for " + file + " in " + warnings));
    }

    /** The warning's message, line by line. */
    private static List<String> message(String warning) {
        return List.of(warning.replaceFirst("^[^:]+:[0-9]+:[0-9]+: [^ ]*source_version: ", "").split("\n", -1));
    }

    private static String value(String warning) {
        Matcher matcher = VERSION.matcher(warning);
        assertTrue(matcher.find(), warning);
        return matcher.group(1);
    }

    /** The sources a build reads, committed (not the copy's templates, assets and photo cache). */
    private static void commitAll(Path dir, String message) {
        git(dir, "add", "content", "data", "jbake.properties");
        git(dir, "-c", "user.name=Test", "-c", "user.email=test@example.org", "-c", "commit.gpgsign=false",
                "commit", "-q", "-m", message);
    }

    private static void git(Path dir, String... arguments) {
        List<String> command = new ArrayList<>(List.of("git", "-C", dir.toString()));
        command.addAll(List.of(arguments));
        try {
            Process git = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(0, git.waitFor(), String.join(" ", command) + ": " + output);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
