package cn.edu.hust.tjmc.site.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.edu.hust.tjmc.site.ProjectCopy;
import cn.edu.hust.tjmc.site.report.Problem;
import cn.edu.hust.tjmc.site.source.KeyFigure;
import cn.edu.hust.tjmc.site.source.YamlFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** data/key-figures.yaml: read in file order, and checked against its schema. */
class KeyFiguresReadingTest {

    @Test
    void readsTheFiguresInFileOrder(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("key-figures.yaml");
        Files.writeString(file, """
                figures:
                  - value: "2008"
                    label: International Accreditation of Clinical Medical Education
                  - value: "50+"
                    label: partner universities
                  - value: "Since 1980"
                    label: agreements
                """);
        List<Problem> problems = new ArrayList<>();

        List<KeyFigure> figures = SiteSourceReader.toKeyFigures(
                YamlFile.read(file, Path.of("data/key-figures.yaml"), problems).orElseThrow());

        assertEquals(List.of(), problems);
        assertEquals(new KeyFigure("2008", "International Accreditation of Clinical Medical Education",
                Optional.empty()),
                figures.get(0));
        assertEquals(List.of("2008", "50+", "Since 1980"), figures.stream().map(KeyFigure::value).toList());
    }

    @Test
    void aFigureWithoutLabelIsReportedWithItsFileAndLine(@TempDir Path dir) {
        ProjectCopy project = new ProjectCopy(dir);
        project.write("data/key-figures.yaml", """
                figures:
                  - value: "50+"
                    label: partner universities
                  - value: "11"
                """);

        List<String> added = project.newProblems();

        assertEquals(1, added.size(), added.toString());
        assertTrue(added.get(0).startsWith("data/key-figures.yaml:4:"), added.get(0));
        assertTrue(added.get(0).contains("label"), added.get(0));
    }
}
