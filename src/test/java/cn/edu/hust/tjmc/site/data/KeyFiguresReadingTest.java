package cn.edu.hust.tjmc.site.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.edu.hust.tjmc.site.check.SiteCheckException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** data/key-figures.yaml: read in file order, and checked against its schema. */
class KeyFiguresReadingTest {

    /** The project folder: Maven runs these tests in src/. */
    private static final Path PROJECT = Path.of("").toAbsolutePath().getParent();

    @Test
    void readsTheFiguresInFileOrder() {
        List<KeyFigure> figures = SiteSourceReader.read(PROJECT).keyFigures();

        assertEquals(new KeyFigure("2008", "International Accreditation of Clinical Medical Education"),
                figures.get(0));
        assertEquals(List.of("2008", "50+", "30+", "Since 1980", "300+", "11"),
                figures.stream().map(KeyFigure::value).toList());
    }

    @Test
    void aFigureWithoutLabelIsReportedWithItsFileAndLine(@TempDir Path project) throws IOException {
        copy(PROJECT.resolve("data"), project.resolve("data"));
        copy(PROJECT.resolve("content"), project.resolve("content"));
        Files.copy(PROJECT.resolve("jbake.properties"), project.resolve("jbake.properties"));
        Files.writeString(project.resolve("data/key-figures.yaml"), """
                figures:
                  - value: "50+"
                    label: partner universities
                  - value: "11"
                """);

        SiteCheckException thrown = assertThrows(SiteCheckException.class, () -> SiteSourceReader.read(project));

        assertEquals(1, thrown.problems().size(), thrown.getMessage());
        String problem = thrown.problems().get(0).toString();
        assertTrue(problem.startsWith("data/key-figures.yaml:4:"), problem);
        assertTrue(problem.contains("label"), problem);
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            files.forEach(file -> {
                try {
                    Files.copy(file, to.resolve(from.relativize(file).toString()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
