package cn.edu.hust.tjmc.site.bake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;


import cn.edu.hust.tjmc.site.ProjectCopy;
import cn.edu.hust.tjmc.site.pipeline.PrepareSite;
import cn.edu.hust.tjmc.site.model.SiteSettings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jbake.app.ContentStore;
import org.jbake.app.DocumentList;
import org.jbake.app.Renderer;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;
import org.jbake.model.DocumentModel;
import org.jbake.template.RenderingException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SinglePassDocumentsRendererTest {

    /** Settings of a prepared fixture project (its model included); the renderer below records instead of writing. */
    private static JBakeConfiguration CONFIG;

    @BeforeAll
    static void prepareAProject(@TempDir Path dir) {
        Path project = new ProjectCopy(dir).dir();
        Path bake = project.resolve("target/unused-bake");
        PrepareSite.prepare(project, bake, SiteSettings.fromArguments(Map.of("site.host", "https://example.org")));
        CONFIG = new JBakeConfigurationFactory().createDefaultJbakeConfiguration(project.toFile(), bake.toFile(), false);
    }

    /** A content store in memory that counts how often each type's documents are loaded. */
    static final class CountingStore extends ContentStore {
        final List<DocumentModel> documents = new ArrayList<>();
        final Map<String, Integer> loads = new HashMap<>();
        final List<String> markedRendered = new ArrayList<>();

        CountingStore() {
            super("memory", "test");
        }

        @Override
        public DocumentList<DocumentModel> getUnrenderedContent() {
            DocumentList<DocumentModel> list = new DocumentList<>();
            documents.stream().filter(d -> !markedRendered.contains(d.getSourceuri())).forEach(list::add);
            return list;
        }

        @Override
        public DocumentList<DocumentModel> getAllContent(String type) {
            loads.merge(type, 1, Integer::sum);
            DocumentList<DocumentModel> list = new DocumentList<>();
            documents.stream().filter(d -> d.getType().equals(type)).forEach(list::add);
            return list;
        }

        @Override
        public void markContentAsRendered(DocumentModel document) {
            markedRendered.add(document.getSourceuri());
        }
    }

    /** Records what it renders; fails on request. */
    static final class RecordingRenderer extends Renderer {
        final List<String> rendered = new ArrayList<>();
        final Map<String, DocumentModel[]> neighbours = new HashMap<>();
        String failOn = "";

        RecordingRenderer(ContentStore db) {
            super(db, null, null);
        }

        @Override
        public void render(DocumentModel document) throws Exception {
            if (document.getSourceuri().equals(failOn)) {
                throw new Exception("template error in " + failOn);
            }
            rendered.add(document.getSourceuri());
            neighbours.put(document.getSourceuri(), new DocumentModel[] {
                    (DocumentModel) document.get("previousContent"), (DocumentModel) document.get("nextContent")});
        }
    }

    private static DocumentModel document(String name, String type, String status) {
        DocumentModel document = new DocumentModel();
        document.setSourceUri(name + ".md");
        document.setUri(name + ".html");
        document.setNoExtensionUri(name + "/");
        document.setTitle("Title of " + name);
        document.setType(type);
        document.setStatus(status);
        return document;
    }

    @Test
    void rendersEveryPageOnceAndLoadsEachTypeOnce() throws RenderingException {
        CountingStore store = new CountingStore();
        for (int i = 0; i < 50; i++) {
            store.documents.add(document("page-" + i, "page", "published"));
        }
        store.documents.add(document("index", "home", "published"));
        RecordingRenderer renderer = new RecordingRenderer(store);

        int count = new SinglePassDocumentsRenderer().render(renderer, store, CONFIG);

        // and the files each other language has beside its pages (jbake.properties' feed and 404 page)
        assertEquals(51 + 2, count);
        assertEquals(51 + 2, renderer.rendered.size());
        assertTrue(renderer.rendered.containsAll(List.of("zh/feed.xml", "zh/404.html")), renderer.rendered.toString());
        assertEquals(51, store.markedRendered.size());
        // the stock renderer loads "page" 50 times; the whole point is once
        assertEquals(Map.of("page", 1, "home", 1), store.loads);
        // a second tool run (JBake's own renderer after ours) finds nothing left
        assertTrue(store.getUnrenderedContent().isEmpty());
    }

    @Test
    void givesEachPageItsPublishedNeighboursAsJBakeDoes() throws RenderingException {
        CountingStore store = new CountingStore();
        store.documents.add(document("newest", "page", "published"));
        store.documents.add(document("middle", "page", "published"));
        store.documents.add(document("draft", "page", "draft"));
        store.documents.add(document("oldest", "page", "published"));
        RecordingRenderer renderer = new RecordingRenderer(store);

        new SinglePassDocumentsRenderer().render(renderer, store, CONFIG);

        DocumentModel[] middle = renderer.neighbours.get("middle.md");
        assertNull(middle[0], "the next older page is a draft, so no previous link");
        assertEquals("newest.html", middle[1].getUri());
        assertEquals("Title of newest", middle[1].getTitle());
        DocumentModel[] draft = renderer.neighbours.get("draft.md");
        assertEquals("oldest.html", draft[0].getUri());
        assertEquals("middle.html", draft[1].getUri());
        DocumentModel[] newest = renderer.neighbours.get("newest.md");
        assertNull(newest[1], "nothing is newer than the newest page");
    }

    @Test
    void collectsEveryFailureThenStops() {
        CountingStore store = new CountingStore();
        store.documents.add(document("good", "page", "published"));
        store.documents.add(document("broken", "page", "published"));
        RecordingRenderer renderer = new RecordingRenderer(store);
        renderer.failOn = "broken.md";

        RenderingException e = assertThrows(RenderingException.class,
                () -> new SinglePassDocumentsRenderer().render(renderer, store, CONFIG));

        assertTrue(e.getMessage().contains("template error in broken.md"), e.getMessage());
        assertEquals(List.of("good.md", "zh/404.html", "zh/feed.xml"), renderer.rendered);
        assertEquals(List.of("good.md", "broken.md"), store.markedRendered,
                "a failed page is marked too, so that JBake's own renderer does not fail (and log) it again");
        assertTrue(store.getUnrenderedContent().isEmpty());
    }
}
