package cn.edu.hust.tjmc.site.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.edu.hust.tjmc.site.report.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A template that does not parse is told at its line, however often the check ran on it before
 * (the preview checks at every save and skips templates whose text parsed last time).
 */
class TemplateCheckTest {

    @Test
    void aTemplateBrokenAfterItParsedIsToldAndAFixedOneIsNot(@TempDir Path project) throws IOException {
        Path template = project.resolve("templates/page.ftl");
        Files.createDirectories(template.getParent());
        Files.writeString(template, "<p>${content.title}</p>\n");
        assertEquals(List.of(), TemplateCheck.check(project, "templates"));
        assertEquals(List.of(), TemplateCheck.check(project, "templates"));

        Files.writeString(template, "<p>${content.title}</p>\n<#if content.title>\n");
        List<Problem> problems = TemplateCheck.check(project, "templates");
        assertEquals(1, problems.size(), problems.toString());
        assertEquals(Path.of("templates/page.ftl"), problems.get(0).file());
        assertEquals(problems, TemplateCheck.check(project, "templates"), "told again while it stays broken");

        Files.writeString(template, "<p>${content.title}</p>\n");
        assertEquals(List.of(), TemplateCheck.check(project, "templates"));
    }
}
