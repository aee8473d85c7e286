package cn.edu.hust.tjmc.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fixture site has no mistakes: the one place its check runs whole, so that ProjectCopy
 * need not run it for every test, and each test's problems are its own edit's.
 */
class FixtureSiteTest {

    @Test
    void theFixtureSiteHasNoMistakes(@TempDir Path dir) {
        assertEquals(List.of(), new ProjectCopy(dir).problems(), "the fixture site must have no mistakes");
    }
}
