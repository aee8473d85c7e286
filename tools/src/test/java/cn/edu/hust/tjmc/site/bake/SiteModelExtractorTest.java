package cn.edu.hust.tjmc.site.bake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.edu.hust.tjmc.site.pipeline.PrepareSite;
import cn.edu.hust.tjmc.site.model.SiteView;
import cn.edu.hust.tjmc.site.model.SiteViewFile;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateScalarModel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteModelExtractorTest {

    @TempDir
    Path project;

    private void writeModel(String basePath, Instant modified) throws IOException {
        Path file = project.resolve(PrepareSite.MODEL_FOLDER).resolve(PrepareSite.MODEL_FILE);
        SiteViewFile.write(file, Map.of("en", new SiteView(null, basePath, "default-src 'self'", null, null, List.of(),
                List.of(), List.of(), List.of(), null, List.of(), Map.of(), null, null)));
        Files.setLastModifiedTime(file, FileTime.from(modified));
    }

    /** A property of the English view: the model maps each language's view by its code. */
    private static String property(TemplateModel model, String name) throws TemplateModelException {
        TemplateHashModel english = (TemplateHashModel) ((TemplateHashModel) model).get("en");
        return ((TemplateScalarModel) english.get(name)).getAsString();
    }

    @Test
    void givesTemplatesTheViewsByLanguageAsTheOnlyElementOfASequenceWithComponentsAsProperties() throws Exception {
        writeModel("/tjmc/", Instant.now());

        List<TemplateModel> value = new SiteModelExtractor().get(null,
                Map.of("config", Map.of("sourceFolder", project.toFile())), SiteModelExtractor.KEY);

        assertEquals(1, value.size());
        assertEquals("/tjmc/", property(value.get(0), "basePath"));
        assertEquals("default-src 'self'", property(value.get(0), "contentSecurityPolicy"));
    }

    @Test
    void readsTheFileOncePerVersion() throws Exception {
        Instant first = Instant.parse("2026-11-28T10:00:00Z");
        writeModel("/one/", first);
        TemplateModel a = SiteModelExtractor.read(project);
        assertSame(a, SiteModelExtractor.read(project), "unchanged file: the same model");

        // the preview rewrites the model between bakes in one JVM
        writeModel("/two/", first.plusSeconds(1));
        TemplateModel b = SiteModelExtractor.read(project);
        assertNotSame(a, b);
        assertEquals("/two/", property(b, "basePath"));
    }

    @Test
    void saysWhichFileIsMissing() {
        UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> SiteModelExtractor.read(project));
        assertEquals(true, e.getMessage().contains(PrepareSite.MODEL_FILE), e.getMessage());
    }

    @Test
    void isRegisteredWithJBake() throws IOException {
        Properties extractors = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/META-INF/org.jbake.template.ModelExtractors.properties")) {
            extractors.load(in);
        }
        assertEquals(SiteModelExtractor.KEY, extractors.getProperty(SiteModelExtractor.class.getName()));
        try (InputStream in = getClass().getResourceAsStream("/META-INF/services/org.jbake.render.RenderingTool")) {
            assertEquals(SinglePassDocumentsRenderer.class.getName(), new String(in.readAllBytes()).strip());
        }
    }
}
