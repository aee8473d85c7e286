package cn.edu.hust.tjmc.site.bake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.edu.hust.tjmc.site.build.PrepareSite;
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

    private Path writeModel(String json, Instant modified) throws IOException {
        Path file = project.resolve(PrepareSite.MODEL_FOLDER).resolve(PrepareSite.MODEL_FILE);
        Files.createDirectories(file.getParent());
        Files.writeString(file, json);
        Files.setLastModifiedTime(file, FileTime.from(modified));
        return file;
    }

    @Test
    void givesTemplatesTheModelAsTheOnlyElementOfASequence() throws IOException {
        writeModel("{\"site\": {\"host\": \"https://example.org\", \"sitemap\": [\"a\", \"b\"]}}", Instant.now());

        List<Map<String, Object>> value = new SiteModelExtractor().get(null,
                Map.of("config", Map.of("sourceFolder", project.toFile())), SiteModelExtractor.KEY);

        assertEquals(1, value.size());
        Map<?, ?> site = (Map<?, ?>) value.get(0).get("site");
        assertEquals("https://example.org", site.get("host"));
        assertEquals(List.of("a", "b"), site.get("sitemap"));
    }

    @Test
    void readsTheFileOncePerVersion() throws IOException {
        Instant first = Instant.parse("2026-11-28T10:00:00Z");
        writeModel("{\"site\": {\"host\": \"one\"}}", first);
        Map<String, Object> a = SiteModelExtractor.read(project);
        assertSame(a, SiteModelExtractor.read(project), "unchanged file: the same parsed model");

        // the preview rewrites the model between bakes in one JVM
        writeModel("{\"site\": {\"host\": \"two\"}}", first.plusSeconds(1));
        assertEquals("two", ((Map<?, ?>) SiteModelExtractor.read(project).get("site")).get("host"));
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
