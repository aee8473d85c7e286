package cn.edu.hust.tjmc.site.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.edu.hust.tjmc.site.ProjectCopy;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The link check reuses the Markdown it parsed in the previous check (the preview checks on
 * every save), yet reports what a check from nothing would: a page that did not change is
 * checked again against the pages that did.
 */
class LinkCheckReuseTest {

    @TempDir
    Path dir;

    @Test
    void anUnchangedPageLinkingToARemovedHeadingIsReported() {
        ProjectCopy copy = new ProjectCopy(dir);
        copy.edit("content/about.md", text -> text + "\nSee [the camps](exchange.html#exchange-programs-and-camps).\n");
        assertEquals(List.of(), copy.newProblems(), "the link reaches the heading");

        copy.edit("content/exchange.md", text -> text.replace("## Exchange programs and camps", "## Camps"));
        List<String> problems = copy.newProblems();
        assertEquals(1, problems.size(), String.join("\n", problems));
        assertTrue(problems.get(0).startsWith("content/about.md:")
                && problems.get(0).contains("no anchor #exchange-programs-and-camps"), problems.get(0));
    }
}
