package cn.edu.hust.tjmc.site.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.edu.hust.tjmc.site.ProjectCopy;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reader keeps the last reading of each data file and reuses it while the file's bytes stay
 * the same (the preview reads them at every save): a mistake is told at every read while it is
 * there, and an edit is read at once, whatever was read before.
 */
class DataFileReadingTest {

    @Test
    void aMistakeIsToldAtEveryReadAndAnEditIsReadAtOnce(@TempDir Path dir) {
        ProjectCopy copy = new ProjectCopy(dir);
        assertEquals(List.of(), copy.problems());
        assertEquals(List.of(), copy.problems());

        String broken = "date: around 2007"; // the schema's own mistake: not a year or a date
        copy.edit("data/timeline.yaml", text -> text.replaceFirst("date: 2007", broken));
        List<String> first = copy.problems();
        assertTrue(first.stream().anyMatch(problem -> problem.startsWith("data/timeline.yaml:")), first.toString());
        assertEquals(first, copy.problems(), "told again, the same, while the file is unchanged");

        copy.edit("data/timeline.yaml", text -> text.replaceFirst(broken, "date: 2007"));
        assertEquals(List.of(), copy.problems());

        copy.edit("data/timeline.yaml", text -> text.replaceFirst("date: 2007", broken));
        assertEquals(first, copy.problems(), "the same bytes again: the same mistakes");
    }
}
