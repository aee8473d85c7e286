package cn.edu.hust.tjmc.site.source;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * jbake.properties, read once per build into what the checks, the bake, the preview and the
 * tests need from it: the source folders (renaming one there renames it everywhere), the page
 * types the templates provide, and the Markdown extensions.
 *
 * @param contentFolder      the pages, {@code content.folder}
 * @param templateFolder     the templates, {@code template.folder}
 * @param assetFolder        the files copied as they are, {@code asset.folder}
 * @param dataFolder         the editors' YAML, {@code site.data.folder} (JBake's own {@code data.folder} is unused)
 * @param pageTypes          the {@code template.<type>.file} types a page may have
 * @param markdownExtensions {@code markdown.extensions}, as written
 * @param renderedFiles      the files JBake renders from templates beside the pages: {@code <name>.file}
 *                           of each {@code render.<name>=true} (the sitemap, the feed, the 404 page)
 * @param renderedPerLanguage those of them that each language has in its folder (zh/feed.xml, zh/404.html), by
 *                           their type ({@code feed}, {@code error404}); the sitemap is one for all languages
 */
public record JBakeSettings(String contentFolder, String templateFolder, String assetFolder, String dataFolder,
                            Set<String> pageTypes, String markdownExtensions, Set<String> renderedFiles,
                            Map<String, String> renderedPerLanguage) {

    public static final String FILE = "jbake.properties";

    /** Types JBake renders by itself, never named in a page's header. */
    private static final Set<String> JBAKE_TYPES = Set.of("sitemap", "error404", "masterindex", "feed", "archive",
            "tag", "tagsindex");

    public JBakeSettings {
        pageTypes = Set.copyOf(pageTypes);
        renderedFiles = Set.copyOf(renderedFiles);
        renderedPerLanguage = Collections.unmodifiableMap(new TreeMap<>(renderedPerLanguage));
    }

    /** The rendered files that are one for all languages: the sitemap lists every language's pages. */
    private static final Set<String> ONE_FOR_ALL_LANGUAGES = Set.of("sitemap");

    /** @throws IllegalStateException when the file cannot be read: nothing can be built then */
    public static JBakeSettings read(Path projectDir) {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(projectDir.resolve(FILE), StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + FILE + ": " + e.getMessage(), e);
        }
        Set<String> types = new TreeSet<>();
        for (String key : properties.stringPropertyNames()) {
            if (key.startsWith("template.") && key.endsWith(".file")) {
                types.add(key.substring("template.".length(), key.length() - ".file".length()));
            }
        }
        types.removeAll(JBAKE_TYPES);
        Set<String> rendered = new TreeSet<>();
        Map<String, String> perLanguage = new TreeMap<>();
        for (String key : properties.stringPropertyNames()) {
            String name = key.substring(key.indexOf('.') + 1);
            if (key.startsWith("render.") && "true".equals(properties.getProperty(key).strip())
                    && properties.getProperty(name + ".file") != null) {
                rendered.add(properties.getProperty(name + ".file").strip());
                if (!ONE_FOR_ALL_LANGUAGES.contains(name)) {
                    perLanguage.put(name, properties.getProperty(name + ".file").strip());
                }
            }
        }
        // JBake's own defaults where a folder is not named
        return new JBakeSettings(properties.getProperty("content.folder", "content"),
                properties.getProperty("template.folder", "templates"),
                properties.getProperty("asset.folder", "assets"),
                properties.getProperty("site.data.folder", "data"),
                types, properties.getProperty("markdown.extensions", ""), rendered, perLanguage);
    }

    /** Every folder editors and developers write the site in. */
    public List<String> sourceFolders() {
        return List.of(contentFolder, dataFolder, templateFolder, assetFolder);
    }
}
