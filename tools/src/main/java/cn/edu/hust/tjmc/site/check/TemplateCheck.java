package cn.edu.hust.tjmc.site.check;

import cn.edu.hust.tjmc.site.report.Problem;
import freemarker.core.ParseException;
import freemarker.template.Configuration;
import freemarker.template.Template;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Parses every template with Freemarker before the bake, so that a template that does not
 * parse is reported once, at its own line, like any other mistake, and JBake never starts on it.
 * Mistakes that show only while a page renders (a missing value) are told by the bake
 * (bake.TemplateErrors) in the same form.
 */
public final class TemplateCheck {

    /**
     * The text each template had when it last parsed, by its absolute path: the preview checks at
     * every save in one JVM, and parsing every template again is most of a re-bake's check.
     */
    private static final Map<Path, String> PARSED = new ConcurrentHashMap<>();

    private TemplateCheck() {
    }

    /** @param templatesFolder the templates folder, relative to {@code projectDir} */
    public static List<Problem> check(Path projectDir, String templatesFolder) {
        Path templatesDir = projectDir.resolve(templatesFolder);
        List<Problem> problems = new ArrayList<>();
        List<Path> templates;
        try (Stream<Path> files = Files.walk(templatesDir)) {
            templates = files.filter(file -> file.getFileName().toString().endsWith(".ftl")).sorted().toList();
        } catch (IOException e) {
            problems.add(new Problem(Path.of(templatesFolder), 0, 0, "", "cannot be read: " + e.getMessage()));
            return problems;
        }
        // As JBake configures Freemarker.
        Configuration freemarker = new Configuration(Configuration.DEFAULT_INCOMPATIBLE_IMPROVEMENTS);
        freemarker.setDefaultEncoding("UTF-8");
        freemarker.setLogTemplateExceptions(false);
        for (Path template : templates) {
            String name = templatesDir.relativize(template).toString().replace('\\', '/');
            try {
                String text = Files.readString(template, StandardCharsets.UTF_8);
                if (!text.equals(PARSED.get(template.toAbsolutePath()))) {
                    new Template(name, text, freemarker);
                    PARSED.put(template.toAbsolutePath(), text);
                }
            } catch (ParseException e) {
                problems.add(syntaxError(e, templatesFolder));
            } catch (IOException e) {
                problems.add(new Problem(Path.of(templatesFolder, name), 0, 0, "", "cannot be read: " + e.getMessage()));
            }
        }
        return problems;
    }

    /** Freemarker's own fields: the template, line and column, and its message for editors of templates. */
    public static Problem syntaxError(ParseException e, String templatesFolder) {
        String message = e.getEditorMessage().lines().map(String::strip).filter(line -> !line.isEmpty())
                .collect(Collectors.joining(" "));
        return new Problem(Path.of(templatesFolder, e.getTemplateName()), e.getLineNumber(), e.getColumnNumber(),
                "", "syntax error: " + message);
    }
}
