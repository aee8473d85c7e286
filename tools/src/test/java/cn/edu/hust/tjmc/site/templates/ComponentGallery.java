package cn.edu.hust.tjmc.site.templates;

import java.nio.file.Path;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * One page showing every example of every component, in the site's stylesheet, for the
 * browser tier to run axe over (GOV.UK runs axe on each component example the same way).
 */
public final class ComponentGallery {

    private ComponentGallery() {
    }

    /**
     * @param templatesDir the project's templates/
     * @param stylesheet   the address of css/site.css as seen from where the page will be served
     */
    public static Document page(Path templatesDir, String stylesheet) {
        ComponentRenderer renderer = new ComponentRenderer(templatesDir);
        Document page = Document.createShell("");
        page.outputSettings().prettyPrint(false);
        page.selectFirst("html").attr("lang", "en");
        page.head().appendElement("meta").attr("charset", "utf-8");
        page.head().appendElement("meta").attr("name", "viewport")
                .attr("content", "width=device-width, initial-scale=1");
        page.title("Component examples");
        page.head().appendElement("link").attr("rel", "stylesheet").attr("href", stylesheet);
        Element main = page.body().appendElement("main").attr("id", "main").addClass("tjmc-main");
        main.appendElement("h1").text("Component examples");
        for (Map.Entry<String, Map<String, Map<String, Object>>> macro : ComponentExamples.all().entrySet()) {
            for (Map.Entry<String, Map<String, Object>> example : macro.getValue().entrySet()) {
                String id = (macro.getKey() + "-" + example.getKey()).replaceAll("[^A-Za-z0-9]+", "-");
                Element section = main.appendElement("section").attr("aria-labelledby", id);
                section.appendElement("h2").attr("id", id).text(macro.getKey() + ": " + example.getKey());
                section.append(renderer.render(macro.getKey(), example.getValue()));
            }
        }
        return page;
    }
}
