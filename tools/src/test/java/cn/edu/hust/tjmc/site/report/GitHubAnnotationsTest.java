package cn.edu.hust.tjmc.site.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class GitHubAnnotationsTest {

    @Test
    void aMistakeBecomesOneErrorCommand() {
        Problem problem = new Problem(Path.of("data/timeline.yaml"), 12, 11, "events[3].date", "not a real date");
        assertEquals("::error file=data/timeline.yaml,line=12,col=11,title=events[3].date::not a real date",
                GitHubAnnotations.error(problem, ""));
    }

    @Test
    void theFileIsNamedFromTheRepositoryRoot() {
        Problem problem = new Problem(Path.of("content", "about.md"), 1, 1, "title", "missing");
        assertTrue(GitHubAnnotations.error(problem, "site/").startsWith("::error file=site/content/about.md,"));
    }

    @Test
    void aWholeFileMistakeIsMarkedOnItsFirstLineWithoutTitle() {
        Problem problem = new Problem(Path.of("data/visits.yaml"), 0, 0, "", "no schema for this file");
        assertEquals("::error file=data/visits.yaml,line=1,col=1::no schema for this file",
                GitHubAnnotations.error(problem, ""));
    }

    @Test
    void theMessageEscapesPercentAndLineBreaksButKeepsColonsAndCommas() {
        Problem problem = new Problem(Path.of("a.md"), 1, 1, "f", "50% done\r\nnext: a, b");
        assertEquals("::error file=a.md,line=1,col=1,title=f::50%25 done%0D%0Anext: a, b",
                GitHubAnnotations.error(problem, ""));
    }

    @Test
    void propertiesAlsoEscapeColonsAndCommas() {
        Problem problem = new Problem(Path.of("odd,name:1%.md"), 2, 3, "a:b,c\nd", "m");
        assertEquals("::error file=odd%2Cname%3A1%25.md,line=2,col=3,title=a%3Ab%2Cc%0Ad::m",
                GitHubAnnotations.error(problem, ""));
    }

    @Test
    void theSummaryListsEveryMistakeBeyondTheTenGitHubAnnotates() {
        List<Problem> problems = IntStream.rangeClosed(1, 25)
                .mapToObj(i -> new Problem(Path.of("data/timeline.yaml"), i, 5, "events[" + i + "].date", "mistake " + i))
                .toList();
        String summary = GitHubAnnotations.summary(problems, List.of(), "");
        assertTrue(summary.startsWith("### The site was not built: 25 mistakes\n"), summary);
        for (int i = 1; i <= 25; i++) {
            assertTrue(summary.contains("| data/timeline.yaml | " + i + " | 5 | events[" + i + "].date | mistake " + i + " |\n"),
                    "row " + i + " missing:\n" + summary);
        }
        assertEquals(25 + 2, summary.lines().filter(line -> line.startsWith("|")).count(), summary);
    }

    @Test
    void summaryCellsEscapePipesLineBreaksAndHtml() {
        Problem problem = new Problem(Path.of("content/a|b.md"), 1, 1, "x", "use | not\nthis <script> & that");
        String summary = GitHubAnnotations.summary(List.of(problem), List.of(), "");
        assertTrue(summary.contains("| content/a\\|b.md | 1 | 1 | x | use \\| not<br>this &lt;script&gt; &amp; that |\n"),
                summary);
    }
}
