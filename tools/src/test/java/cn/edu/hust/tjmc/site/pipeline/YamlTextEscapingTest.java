package cn.edu.hust.tjmc.site.pipeline;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.edu.hust.tjmc.site.ProjectCopy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * HTML that an editor types into a YAML string is shown as text on the built page, never
 * run: the real templates are baked by JBake over a copy of the sources with such a title.
 * An output test, so that it runs only once the real sources have passed their checks.
 */
class YamlTextEscapingTest {

    private static final String TITLE = "<script>alert('x')</script> <b onmouseover=\"y()\">Bold</b> & co";

    @Test
    void htmlInAnEventTitleIsPrintedAsText(@TempDir Path dir) throws Exception {
        ProjectCopy project = new ProjectCopy(dir);
        Path timelineData = dir.resolve("data/timeline.yaml");
        String original = Files.readString(timelineData, StandardCharsets.UTF_8);
        String edited = original.replaceFirst("\n    title: [^\n]*", "\n    title: '" + TITLE.replace("'", "''") + "'");
        assertNotEquals(original, edited, "an event title was replaced");
        Files.writeString(timelineData, edited, StandardCharsets.UTF_8);

        Path bake = project.bake();

        String timeline = Files.readString(bake.resolve("timeline.html"), StandardCharsets.UTF_8);
        assertTrue(timeline.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &lt;b onmouseover=&quot;y()&quot;&gt;Bold&lt;/b&gt; &amp; co"),
                "the title is printed escaped");
        assertFalse(timeline.contains("<script>alert"), "no script element from the data");
        assertFalse(timeline.contains("<b onmouseover"), "no element from the data");
    }
}
