package cn.edu.hust.tjmc.site.templates;

import cn.edu.hust.tjmc.site.bake.SiteModelExtractor;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Renders one macro of templates/components.ftl through Freemarker, as JBake's engine would
 * (its defaults, the model's object wrapper), without baking a site.
 */
public final class ComponentRenderer {

    private final Configuration config;

    /** @param templatesDir the project's templates/ */
    public ComponentRenderer(Path templatesDir) {
        config = new Configuration(Configuration.DEFAULT_INCOMPATIBLE_IMPROVEMENTS);
        try {
            config.setDirectoryForTemplateLoading(templatesDir.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        config.setDefaultEncoding("UTF-8");
        config.setObjectWrapper(SiteModelExtractor.objectWrapper());
        config.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        config.setLogTemplateExceptions(false);
    }

    /** The names of the macros components.ftl defines. */
    public Set<String> macros() {
        String names = process("<#import \"components.ftl\" as c>"
                + "<#list c?keys as name><#if c[name]?is_macro>${name} </#if></#list>", Map.of());
        return new TreeSet<>(Arrays.asList(names.trim().split("\\s+")));
    }

    /** The macro's HTML for these parameters. */
    public String render(String macro, Map<String, Object> parameters) {
        return process("<#ftl output_format=\"HTML\"><#import \"components.ftl\" as c>"
                + "<@c[macro]?with_args(parameters)/>", Map.of("macro", macro, "parameters", parameters));
    }

    private String process(String source, Map<String, Object> model) {
        try {
            Template template = new Template("component-example.ftl", new StringReader(source), config);
            StringWriter out = new StringWriter();
            template.process(model, out);
            return out.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (TemplateException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}
