package cn.edu.hust.tjmc.site.bake;

import cn.edu.hust.tjmc.site.source.PageFile;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Date;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.parser.Engines;
import org.jbake.parser.MarkdownEngine;
import org.jbake.parser.ParserContext;

/**
 * JBake's Markdown engine, reading each page's header and text with the checks' own reader
 * ({@link PageFile}) instead of JBake's. JBake's reader disagrees with any other on the edges
 * (it drops a page whose {@code status = published} has spaces around '=', or whose header has
 * a line of only spaces), and a page the checks accepted but JBake dropped left dead links in
 * the menu, the sitemap and the text. The Markdown itself is still rendered by JBake (flexmark
 * with the extensions of jbake.properties).
 */
public class CheckedMarkdownEngine extends MarkdownEngine {

    private static final String EXTENSION = "md";

    /**
     * Makes JBake read .md files with this engine, through JBake's API for engines registered at
     * run time. Called before every crawl (JBake loads the model extractors first, see
     * SiteModelExtractor), so it holds whatever order the class path gives JBake's own engines.
     */
    static void register() {
        if (!(Engines.get(EXTENSION) instanceof CheckedMarkdownEngine)) {
            Engines.register(EXTENSION, new CheckedMarkdownEngine());
        }
    }

    @Override
    public DocumentModel parse(JBakeConfiguration config, File file) {
        String text;
        try {
            text = Files.readString(file.toPath(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null; // the checks read every page first and have reported it
        }
        PageFile page = PageFile.parse(text);
        if (!page.hasHeader()) {
            return null;
        }
        ParserContext context = new ParserContext(file, page.lines(), config, true);
        DocumentModel document = context.getDocumentModel();
        for (PageFile.HeaderLine field : page.fields()) {
            if (field.value() != null) {
                document.put(field.key(), field.value());
            }
        }
        if (context.getType().isEmpty() || context.getStatus().isEmpty()) {
            return null; // a mistake the checks have reported
        }
        // as JBake does for a page without a date; no template prints it
        context.setDate(new Date(file.lastModified()));
        StringBuilder body = new StringBuilder();
        for (String line : page.lines().subList(page.separator() + 1, page.lines().size())) {
            body.append(line).append('\n');
        }
        context.setBody(body.toString());
        processBody(context);
        return document;
    }
}
