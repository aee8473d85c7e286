package cn.edu.hust.tjmc.site.bake;

import cn.edu.hust.tjmc.site.pipeline.BuildEnd;
import cn.edu.hust.tjmc.site.pipeline.PublishedFiles;
import cn.edu.hust.tjmc.site.model.SiteView;
import cn.edu.hust.tjmc.site.report.Report;
import cn.edu.hust.tjmc.site.source.JBakeSettings;
import cn.edu.hust.tjmc.site.source.Language;
import java.io.File;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.configuration2.CompositeConfiguration;
import org.jbake.app.ContentStore;
import org.jbake.app.Renderer;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.render.RenderingTool;
import org.jbake.template.RenderingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Renders every page like JBake's DocumentsRenderer, but loads the documents of each type once
 * per bake. The stock renderer reloads all documents of a page's type, bodies included, for every
 * page, only to find its previous and next page: quadratic in the number of pages.
 *
 * <p>Registered in META-INF/services/org.jbake.render.RenderingTool. JBake runs every registered
 * tool in class path order; the site's pom puts this jar before jbake-core, so this tool goes
 * first and marks each page rendered, and the stock DocumentsRenderer then finds nothing left to
 * do. In the other order the result is the same, only slower.
 *
 * <p>It also makes each page of the other languages that has no file of its own: an English page
 * not translated yet is rendered a second time into each language's folder ({@code zh/about.html},
 * the English text under that language's interface: the document's {@code language}), and so are
 * the files JBake renders beside the pages that each language has (the feed, the 404 page).
 * Each document gets {@code language} (the code of its view in the model) and {@code page} (its
 * English file name, the key of its PageView).
 */
public class SinglePassDocumentsRenderer implements RenderingTool {

    private static final Logger LOG = LoggerFactory.getLogger(SinglePassDocumentsRenderer.class);
    /**
     * The setting (a property of the site's pom, which the JBake plugin passes on) that makes a
     * render failure end the Maven build with the report. The preview and the tests leave it
     * unset: they read the exception.
     */
    static final String REPORT_AND_EXIT = "site.bake.reportAndExit";
    /** The document's language, by its code: layout.ftl takes the model's view of it. */
    static final String LANGUAGE = "language";
    /** The English page's file name, "about.html", also for its translations: the key of its PageView. */
    static final String PAGE = "page";

    @Override
    public int render(Renderer renderer, ContentStore db, JBakeConfiguration config) throws RenderingException {
        Map<String, Neighbours> byType = new HashMap<>();
        List<Throwable> errors = new ArrayList<>();
        int rendered = 0;
        // a test's bake without a project has no model: no photos then
        Map<String, SiteView> views = config == null ? null : SiteModelExtractor.views(
                config.getSourceFolder().toPath(), config.get(SiteModelExtractor.MODEL_FILE_SETTING));
        // the list the Markdown engine read for this bake (cached there by the file's time)
        PublishedFiles published = config == null ? null : CheckedMarkdownEngine.publishedFiles(config).orElse(null);
        for (DocumentModel document : db.getUnrenderedContent()) {
            try {
                Neighbours neighbours = byType.computeIfAbsent(document.getType(),
                        type -> new Neighbours(db.getAllContent(type)));
                document.setPreviousContent(neighbours.previous(document));
                document.setNextContent(neighbours.next(document));
                Language language = Language.ofPath(document.getUri());
                String page = document.getUri().substring(language.folder().length());
                document.put(LANGUAGE, language.code());
                document.put(PAGE, page);
                if (published != null) {
                    PhotoParagraphs.split(document, views == null ? null : views.get(language.code()), page,
                            published.photoMark());
                    markText(document, published);
                }
                renderer.render(document);
                db.markContentAsRendered(document);
                rendered++;
                if (language == Language.DEFAULT && views != null) {
                    for (Language translation : Language.translations()) {
                        SiteView.PageView view = views.get(translation.code()).pages().get(page);
                        if (view != null && view.textLang() != null) {
                            renderer.render(untranslated(document, translation));
                            rendered++;
                        }
                    }
                }
            } catch (Exception e) {
                errors.add(e);
                // The bake fails anyway; marked, the page is not tried (and logged) again by JBake's own renderer.
                db.markContentAsRendered(document);
            }
        }
        if (config != null && views != null && published != null) {
            rendered += renderLanguageFiles(renderer, config, errors);
        }
        if (!errors.isEmpty()) {
            // The places to fix, once each however many pages they broke. JBake's Renderer would
            // also log each failed page with a stack trace; .mvn/jvm.config and the preview's
            // logging turn that logger off, since these lines say all an editor can act on.
            String templatesFolder = config.getSourceFolder().toPath()
                    .relativize(config.getTemplateFolder().toPath()).toString().replace('\\', '/');
            List<String> places = TemplateErrors.places(errors, templatesFolder);
            if ("true".equals(String.valueOf(config.get(REPORT_AND_EXIT)))) {
                // as the pipeline's steps do: the list is the last thing an editor reads (BuildEnd)
                Report.print(System.err, Report.text(places));
                BuildEnd.fail(places.size());
            }
            LOG.error("{} of the pages could not be rendered:\n  {}", errors.size(), String.join("\n  ", places));
            // Freemarker's exceptions ride along, so that the preview reads the same places from them.
            RenderingException failure = new RenderingException(errors.size() + " pages could not be rendered: "
                    + String.join("; ", places));
            errors.forEach(failure::addSuppressed);
            throw failure;
        }
        return rendered;
    }

    /**
     * An English page as another language shows it until it is translated: the same text and
     * header, in that language's folder and interface.
     */
    static DocumentModel untranslated(DocumentModel english, Language language) {
        DocumentModel copy = new DocumentModel();
        copy.putAll(english);
        copy.setUri(language.folder() + english.getUri());
        copy.setRootPath("../".repeat((int) language.folder().chars().filter(c -> c == '/').count())
                + english.getRootPath());
        copy.put(LANGUAGE, language.code());
        return copy;
    }

    /**
     * The files JBake renders beside the pages that each language has in its folder (jbake.properties'
     * render.feed and render.error404): JBake renders the English ones, this the others, each from
     * the same template with the view of its language.
     */
    private static int renderLanguageFiles(Renderer renderer, JBakeConfiguration config, List<Throwable> errors) {
        int rendered = 0;
        JBakeSettings settings = JBakeSettings.read(config.getSourceFolder().toPath());
        for (Language language : Language.translations()) {
            for (Map.Entry<String, String> file : settings.renderedPerLanguage().entrySet()) {
                DocumentModel document = new DocumentModel();
                document.setType(file.getKey());
                document.setStatus("published");
                document.setUri(language.folder() + file.getValue());
                // no source file: named by what it is, for messages and logs
                document.setSourceUri(language.folder() + file.getValue());
                document.setRootPath("../".repeat((int) language.folder().chars().filter(c -> c == '/').count()));
                document.put(LANGUAGE, language.code());
                document.put(PAGE, file.getValue());
                try {
                    renderer.render(document);
                    rendered++;
                } catch (Exception e) {
                    errors.add(e);
                }
            }
        }
        return rendered;
    }

    /**
     * Marks where the page's own text begins and ends, so that the published-output check holds
     * what a browser builds there to the rules of editors' HTML (pipeline.PublishedSiteCheck, which
     * also takes the marks out again). Each part of the text between photos is marked on its own:
     * the photos are the templates' markup.
     */
    @SuppressWarnings("unchecked")
    static void markText(DocumentModel document, PublishedFiles published) {
        Object parts = document.get(PhotoParagraphs.KEY);
        if (parts instanceof List<?> list) {
            List<Map<String, Object>> marked = new ArrayList<>();
            for (Map<String, Object> part : (List<Map<String, Object>>) list) {
                marked.add(part.containsKey("html")
                        ? Map.of("html", published.textStart() + part.get("html") + published.textEnd()) : part);
            }
            document.put(PhotoParagraphs.KEY, marked);
        } else {
            document.setBody(published.textStart() + document.getBody() + published.textEnd());
        }
    }

    /** JBake 2.7 calls only the method above; this older form is kept in its interface for plugins. */
    @Override
    public int render(Renderer renderer, ContentStore db, File destination, File templatesPath,
                      CompositeConfiguration config) {
        throw new UnsupportedOperationException("JBake 2.7 renders with a JBakeConfiguration");
    }

    /**
     * The documents of one type, newest first as JBake lists them: a page's "previous" is the
     * next older one and its "next" the next newer one, each only if published, as in JBake.
     */
    static final class Neighbours {
        private final List<DocumentModel> documents;
        private final Map<String, Integer> indexBySource = new HashMap<>();

        Neighbours(List<DocumentModel> documents) {
            this.documents = documents;
            for (int i = 0; i < documents.size(); i++) {
                indexBySource.putIfAbsent(documents.get(i).getSourceuri(), i);
            }
        }

        DocumentModel previous(DocumentModel document) {
            return navigationCopy(indexOf(document) + 1);
        }

        DocumentModel next(DocumentModel document) {
            return navigationCopy(indexOf(document) - 1);
        }

        private int indexOf(DocumentModel document) {
            Integer index = indexBySource.get(document.getSourceuri());
            return index == null ? Integer.MIN_VALUE : index;
        }

        private DocumentModel navigationCopy(int index) {
            if (index < 0 || index >= documents.size()) {
                return null;
            }
            DocumentModel neighbour = documents.get(index);
            if (!"published".equals(neighbour.getStatus())) {
                return null;
            }
            // only what a "previous/next" link needs, as JBake does
            DocumentModel copy = new DocumentModel();
            copy.setNoExtensionUri(neighbour.getNoExtensionUri());
            copy.setUri(neighbour.getUri());
            copy.setTitle(neighbour.getTitle());
            return copy;
        }
    }
}
