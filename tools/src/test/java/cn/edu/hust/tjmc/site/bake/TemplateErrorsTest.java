package cn.edu.hust.tjmc.site.bake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.edu.hust.tjmc.site.ProjectCopy;
import cn.edu.hust.tjmc.site.pipeline.PrepareSite;
import cn.edu.hust.tjmc.site.model.SiteSettings;
import cn.edu.hust.tjmc.site.report.SiteCheckException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A template mistake is told as one {@code templates/x.ftl:line:column: message} line per place,
 * from Freemarker's own fields, as the build runs: a template that does not parse by the check
 * before the bake, a value missing while pages render by the bake.
 */
class TemplateErrorsTest {

    private static final SiteSettings SETTINGS = new SiteSettings("https://example.org", Optional.empty(),
            Optional.empty());

    @TempDir
    Path dir;

    @Test
    void aTemplateThatDoesNotParseIsOneMistakeBeforeTheBake() {
        ProjectCopy project = new ProjectCopy(dir.resolve("project"));
        int line = project.edit("templates/components.ftl", text -> text + "\n<#if unclosed>\n");

        SiteCheckException e = assertThrows(SiteCheckException.class,
                () -> PrepareSite.prepare(project.dir(), dir.resolve("bake"), SETTINGS));

        List<String> problems = e.problems().stream().map(Object::toString).toList();
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).matches("templates/components\\.ftl:" + (line + 1)
                + ":\\d+: syntax error: .*unclosed #if.*"), problems.get(0));
        assertFalse(PrepareSite.report(e).contains("Exception"), PrepareSite.report(e));
    }

    @Test
    void aMissingValueIsOneLineHoweverManyPagesItBreaks() {
        ProjectCopy project = new ProjectCopy(dir.resolve("project"));
        project.edit("templates/page.ftl", text -> text.replaceFirst("content\\.title", "content.noSuchField.title"));
        Path bake = dir.resolve("bake");
        List<Throwable> errors = ProjectCopy.prepareAndBake(project.dir(), bake, SETTINGS);

        List<String> places = TemplateErrors.places(errors, "templates");
        assertEquals(1, places.size(), places.toString());
        assertTrue(places.get(0).matches("templates/page\\.ftl:\\d+:\\d+: The following has evaluated to null or"
                + " missing: content\\.noSuchField"), places.get(0));
    }
}
