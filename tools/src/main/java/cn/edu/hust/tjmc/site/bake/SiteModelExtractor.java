package cn.edu.hust.tjmc.site.bake;

import cn.edu.hust.tjmc.site.pipeline.PrepareSite;
import cn.edu.hust.tjmc.site.model.SiteView;
import cn.edu.hust.tjmc.site.model.SiteViewFile;
import freemarker.ext.beans.ZeroArgumentNonVoidMethodPolicy;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.ObjectWrapper;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jbake.app.ContentStore;
import org.jbake.template.ModelExtractor;

/**
 * The template model, a {@link SiteView} for each language by its code, as {@code site_model} in every template: read from
 * target/model/site.json (written by {@link PrepareSite}) once per bake, not once per page.
 * layout.ftl is the one template that takes it, as the global {@code site}, the view of the
 * page's language (the document's {@code language}); every template reads {@code site.…}.
 *
 * <p>JBake wraps an extractor's value in a sequence with its own object wrapper, which sees
 * nothing of a record. So the view is wrapped here, with an object wrapper that shows record
 * components as properties ({@code event.title}) and nothing a template could call, and JBake
 * passes the wrapped model through as the sequence's only element.
 *
 * <p>Why not JBake's {@code data} files: JBake stores them in OrientDB and converts the whole
 * document back into maps for every page that asks, so a bake costs pages times model size.
 * Registered in META-INF/org.jbake.template.ModelExtractors.properties.
 */
public class SiteModelExtractor implements ModelExtractor<List<TemplateModel>> {

    public static final String KEY = "site_model";
    /**
     * The JBake setting that names another model file than target/model/site.json: the preview
     * sets it to the model in its own folder. Not in jbake.properties; the build never sets it.
     */
    public static final String MODEL_FILE_SETTING = "site.model.file";

    private static final DefaultObjectWrapper WRAPPER = wrapper();
    private static final Map<Path, Cached> CACHE = new ConcurrentHashMap<>();

    /** @param views the view of each language by its code; model: the same, wrapped for templates */
    private record Cached(FileTime modified, long size, Map<String, SiteView> views, TemplateModel model) {
    }

    /**
     * JBake makes its model extractors anew at the start of every bake, before it reads a page:
     * the one moment a plugin has to choose how pages are read (see CheckedMarkdownEngine).
     */
    public SiteModelExtractor() {
        CheckedMarkdownEngine.register();
    }

    @Override
    public List<TemplateModel> get(ContentStore db, Map model, String key) {
        Map<?, ?> config = (Map<?, ?>) model.get("config");
        // JBake hands templates its settings with '_' for '.'.
        return List.of(cached(modelFile(Path.of(String.valueOf(config.get("sourceFolder"))),
                config.get(MODEL_FILE_SETTING.replace('.', '_')))).model());
    }

    /** The model file of the project in projectDir: {@code setting} (a path) if JBake has one, else the build's. */
    static Path modelFile(Path projectDir, Object setting) {
        return setting == null
                ? projectDir.resolve(PrepareSite.MODEL_FOLDER).resolve(PrepareSite.MODEL_FILE).toAbsolutePath()
                : Path.of(setting.toString()).toAbsolutePath();
    }

    /** How templates see the view, for tests that render templates with view records of their own. */
    public static ObjectWrapper objectWrapper() {
        return WRAPPER;
    }

    private static TemplateModel wrap(Map<String, SiteView> views) {
        try {
            return WRAPPER.wrap(views);
        } catch (TemplateModelException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The model of the project in projectDir, re-read only when the file changed: the preview
     * bakes again and again in one JVM, each time after PrepareSite has rewritten the file.
     */
    public static TemplateModel read(Path projectDir) {
        return cached(modelFile(projectDir, null)).model();
    }

    /** The views themselves, by language code, for the bake's Java steps (PhotoParagraphs); read and cached as {@link #read}. */
    static Map<String, SiteView> views(Path projectDir, Object modelFileSetting) {
        return cached(modelFile(projectDir, modelFileSetting)).views();
    }

    private static Cached cached(Path file) {
        try {
            FileTime modified = Files.getLastModifiedTime(file);
            long size = Files.size(file);
            Cached cached = CACHE.get(file);
            if (cached == null || !cached.modified().equals(modified) || cached.size() != size) {
                Map<String, SiteView> views = SiteViewFile.read(file);
                cached = new Cached(modified, size, views, wrap(views));
                CACHE.put(file, cached);
            }
            return cached;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the template model " + file
                    + " (PrepareSite writes it before the bake)", e);
        }
    }

    private static DefaultObjectWrapper wrapper() {
        DefaultObjectWrapperBuilder builder = new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34);
        builder.setRecordZeroArgumentNonVoidMethodPolicy(
                ZeroArgumentNonVoidMethodPolicy.PROPERTY_ONLY_UNLESS_BEAN_PROPERTY_READ_METHOD);
        builder.setExposeFields(false);
        return builder.build();
    }
}
