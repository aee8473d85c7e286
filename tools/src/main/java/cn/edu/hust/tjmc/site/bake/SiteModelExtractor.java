package cn.edu.hust.tjmc.site.bake;

import cn.edu.hust.tjmc.site.build.PrepareSite;
import com.fasterxml.jackson.databind.ObjectMapper;
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
 * The template model as {@code site_model} in every template: target/model/site.yaml, the JSON
 * written by {@link PrepareSite}, read once per bake instead of once per page. JBake hands an
 * extractor's value to Freemarker as a sequence, so the model is its only element:
 * {@code <#assign site = site_model?first.site>}.
 *
 * <p>Why not JBake's {@code data.get('site.yaml')}: JBake stores data files in OrientDB and
 * converts the whole document back into maps for every page that asks, so a bake costs pages
 * times model size (at 100 times today's site, 60% of the build). And SnakeYAML's 3 MB input
 * limit makes JBake fail on a model of that size. jbake.properties therefore points JBake's data
 * folder away from the model. Registered in META-INF/org.jbake.template.ModelExtractors.properties.
 */
public class SiteModelExtractor implements ModelExtractor<List<Map<String, Object>>> {

    public static final String KEY = "site_model";

    private static final Map<Path, Cached> CACHE = new ConcurrentHashMap<>();

    private record Cached(FileTime modified, long size, Map<String, Object> model) {
    }

    @Override
    public List<Map<String, Object>> get(ContentStore db, Map model, String key) {
        Map<?, ?> config = (Map<?, ?>) model.get("config");
        return List.of(read(Path.of(String.valueOf(config.get("sourceFolder")))));
    }

    /**
     * The model of the project in projectDir, re-read only when the file changed: the preview
     * bakes again and again in one JVM, each time after PrepareSite has rewritten the file.
     */
    public static Map<String, Object> read(Path projectDir) {
        Path file = projectDir.resolve(PrepareSite.MODEL_FOLDER).resolve(PrepareSite.MODEL_FILE).toAbsolutePath();
        try {
            FileTime modified = Files.getLastModifiedTime(file);
            long size = Files.size(file);
            Cached cached = CACHE.get(file);
            if (cached == null || !cached.modified().equals(modified) || cached.size() != size) {
                @SuppressWarnings("unchecked")
                Map<String, Object> parsed = new ObjectMapper().readValue(file.toFile(), Map.class);
                cached = new Cached(modified, size, parsed);
                CACHE.put(file, cached);
            }
            return cached.model();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the template model " + file
                    + " (PrepareSite writes it before the bake)", e);
        }
    }
}
