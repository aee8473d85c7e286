package cn.edu.hust.tjmc.site.model;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import com.fasterxml.jackson.core.type.TypeReference;

/**
 * The {@link SiteView} as a JSON file, written once per build and read back into the same
 * records. Needed because the model crosses from the step that checks the sources (PrepareSite,
 * run by exec-maven-plugin) to the bake (jbake-maven-plugin): Maven gives each plugin its own
 * class loader, so no object can be handed over, only bytes.
 */
public final class SiteViewFile {

    private static final ObjectMapper JSON = new ObjectMapper();

    private SiteViewFile() {
    }

    /** @param views the view of each language, by its code */
    public static void write(Path file, Map<String, SiteView> views) {
        try {
            Files.createDirectories(file.getParent());
            JSON.writeValue(file.toFile(), views);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The view of each language, by its code, in the order written. */
    public static Map<String, SiteView> read(Path file) throws IOException {
        return JSON.readValue(file.toFile(), new TypeReference<LinkedHashMap<String, SiteView>>() {
        });
    }
}
