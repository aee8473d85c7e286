package cn.edu.hust.tjmc.site.bake;

import cn.edu.hust.tjmc.site.check.PhotoCheck;
import cn.edu.hust.tjmc.site.pipeline.PublishedFiles;
import cn.edu.hust.tjmc.site.source.MarkdownOptions;
import cn.edu.hust.tjmc.site.source.PageFile;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.DataHolder;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
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
 * ({@link PageFile}) instead of JBake's: pages start with YAML front matter, which JBake 2.7
 * does not read (jbake#231, #780), and JBake's own header reader disagreed with any other on
 * the edges (a page the checks accepted but JBake dropped left dead links in the menu, the
 * sitemap and the text). The Markdown itself is still rendered by JBake (flexmark
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
        PageFile page = PageFile.parse(text, file.toPath());
        if (!page.hasHeader() || !page.problems().isEmpty()) {
            return null; // a mistake the checks have reported
        }
        ParserContext context = new ParserContext(file, page.lines(), config, true);
        DocumentModel document = context.getDocumentModel();
        // texts, as the old key=value header gave them: the templates' values are the same
        for (PageFile.HeaderField field : page.fields()) {
            document.put(field.key(), field.text());
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

    /**
     * Renders the Markdown as JBake's engine does (flexmark, the extensions of jbake.properties),
     * except that a paragraph holding only a photo of the site is written as a mark, where
     * PhotoParagraphs cuts the text so that the templates print the photo as a figure.
     */
    @Override
    public void processBody(ParserContext context) {
        DataHolder options = MarkdownOptions.of(String.join(",", context.getConfig().getMarkdownExtensions()));
        Optional<PublishedFiles> published = publishedFiles(context.getConfig());
        HtmlRenderer.Builder renderer = HtmlRenderer.builder(options);
        published.ifPresent(files -> renderer.nodeRendererFactory(ignored -> new PhotoParagraphRenderer(files.photoMark())));
        context.setBody(renderer.build().render(Parser.builder(options).build().parse(context.getBody())));
    }

    /** Writes the photo mark for a paragraph that is a photo alone; lets flexmark write every other. */
    private record PhotoParagraphRenderer(String mark) implements NodeRenderer {
        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return Set.of(new NodeRenderingHandler<>(Paragraph.class, (paragraph, context, html) -> {
                if (PhotoCheck.isPhotoParagraph(paragraph)) {
                    html.raw(mark);
                } else {
                    context.delegateRender();
                }
            }));
        }
    }

    /** The list of published files beside the model, for its marks; none in a bake without PrepareSite. */
    static Optional<PublishedFiles> publishedFiles(JBakeConfiguration config) {
        Path file = SiteModelExtractor.modelFile(config.getSourceFolder().toPath(),
                config.get(SiteModelExtractor.MODEL_FILE_SETTING)).resolveSibling(PublishedFiles.FILE);
        try {
            FileTime modified = Files.getLastModifiedTime(file);
            Cached cached = CACHE.get(file);
            if (cached == null || !cached.modified().equals(modified)) {
                cached = new Cached(modified, PublishedFiles.read(file));
                CACHE.put(file, cached);
            }
            return Optional.of(cached.files());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private record Cached(FileTime modified, PublishedFiles files) {
    }

    private static final Map<Path, Cached> CACHE = new ConcurrentHashMap<>();
}
