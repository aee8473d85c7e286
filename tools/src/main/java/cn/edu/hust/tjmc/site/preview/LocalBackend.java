package cn.edu.hust.tjmc.site.preview;

import cn.edu.hust.tjmc.site.source.IgnoredFiles;
import cn.edu.hust.tjmc.site.source.JBakeSettings;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The CMS's local backend, as the preview serves it (Decap CMS's proxy backend: one POST of
 * {@code {action, params}} per call, answered in JSON, as decap-server's file-system mode
 * answers), so that admin/ in the preview edits the working copy. Every save is a file the
 * preview's watcher sees, so it re-bakes at once.
 *
 * <p>It writes files, so it reads and writes only pages under content/ (.md), data files under
 * data/ (.yaml) and photos under content/photos/; a path with {@code ..}, an absolute path, one
 * that passes a symbolic link or names a hidden or backup file is refused. {@link PreviewServer}
 * lets only the preview's own pages call it (Host and Origin).
 */
final class LocalBackend {

    /** Where the preview answers the CMS; its configuration names it as the proxy backend's address. */
    static final String PATH = "/_preview/cms";
    /** The largest call: a photo of 20 MB, in base64. */
    static final int MAX_REQUEST_BYTES = 28 * 1024 * 1024;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> PHOTO_ENDINGS = List.of(".jpg", ".jpeg", ".png", ".webp");

    /** A call the backend will not carry out; the message says why, in plain words. */
    static final class Refused extends Exception {
        Refused(String message) {
            super(message);
        }
    }

    private final Path projectDir;
    private final String contentFolder;
    private final String dataFolder;
    private final String photoFolder;

    LocalBackend(Path projectDir, JBakeSettings jbake) {
        this.projectDir = projectDir.toAbsolutePath().normalize();
        this.contentFolder = jbake.contentFolder();
        this.dataFolder = jbake.dataFolder();
        this.photoFolder = jbake.contentFolder() + "/photos";
    }

    /** The answer to one call. */
    byte[] handle(byte[] request) throws Refused, IOException {
        JsonNode call;
        try {
            call = JSON.readTree(request);
        } catch (IOException e) {
            throw new Refused("The request is not JSON.");
        }
        JsonNode params = call.path("params");
        Object answer = switch (call.path("action").asText()) {
            case "info" -> JSON.createObjectNode().put("repo", projectDir.getFileName().toString())
                    .put("type", "local_fs").set("publish_modes", JSON.createArrayNode().add("simple"));
            case "entriesByFolder" -> entriesByFolder(params);
            case "entriesByFiles" -> {
                ArrayNode entries = JSON.createArrayNode();
                for (JsonNode file : params.path("files")) {
                    entries.add(entry(file.path("path").asText(), file.path("label").asText(null)));
                }
                yield entries;
            }
            case "getEntry" -> entry(params.path("path").asText(), null);
            case "persistEntry" -> persistEntry(params);
            case "getMedia" -> {
                ArrayNode media = JSON.createArrayNode();
                Path folder = readable(params.path("mediaFolder").asText());
                if (Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
                    try (Stream<Path> files = Files.list(folder)) {
                        for (Path file : files.sorted().toList()) {
                            if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) && isPhoto(file)
                                    && !IgnoredFiles.isIgnored(file.getFileName().toString())) {
                                media.add(mediaFile(file));
                            }
                        }
                    }
                }
                yield media;
            }
            case "getMediaFile" -> mediaFile(readable(params.path("path").asText()));
            case "persistMedia" -> {
                JsonNode asset = params.path("asset");
                Path file = writable(asset.path("path").asText(), true);
                write(file, decode(asset));
                yield mediaFile(file);
            }
            case "deleteFile" -> {
                Files.deleteIfExists(writable(params.path("path").asText(), isPhotoPath(params.path("path").asText())));
                yield JSON.createObjectNode().put("message", "deleted");
            }
            case "deleteFiles" -> {
                for (JsonNode path : params.path("paths")) {
                    Files.deleteIfExists(writable(path.asText(), isPhotoPath(path.asText())));
                }
                yield JSON.createObjectNode().put("message", "deleted");
            }
            case "getDeployPreview" -> JSON.nullNode();
            default -> throw new Refused("The preview does not know the action '" + call.path("action").asText()
                    + "'.");
        };
        return JSON.writeValueAsBytes(answer);
    }

    private ArrayNode entriesByFolder(JsonNode params) throws Refused, IOException {
        ArrayNode entries = JSON.createArrayNode();
        Path folder = readable(params.path("folder").asText());
        String extension = "." + params.path("extension").asText("md").replaceFirst("^\\.", "");
        int depth = Math.max(1, params.path("depth").asInt(1));
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            return entries;
        }
        try (Stream<Path> walk = Files.walk(folder, depth)) {
            for (Path file : walk.sorted().toList()) {
                String name = file.getFileName().toString();
                if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) && name.endsWith(extension)
                        && !IgnoredFiles.isIgnored(folder, file)) {
                    entries.add(entry(slashes(projectDir.relativize(file)), null));
                }
            }
        }
        return entries;
    }

    /** Decap's entry: the file's text and an id that changes with it; null data for a file not there. */
    private ObjectNode entry(String path, String label) throws Refused, IOException {
        Path file = readable(path);
        ObjectNode entry = JSON.createObjectNode();
        ObjectNode about = JSON.createObjectNode().put("path", path);
        if (label != null) {
            about.put("label", label);
        }
        if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            byte[] content = Files.readAllBytes(file);
            entry.put("data", new String(content, java.nio.charset.StandardCharsets.UTF_8));
            about.put("id", sha256(content));
        } else {
            entry.putNull("data");
            about.putNull("id");
        }
        entry.set("file", about);
        return entry;
    }

    private ObjectNode persistEntry(JsonNode params) throws Refused, IOException {
        JsonNode dataFiles = params.path("dataFiles");
        if (!dataFiles.isArray() || dataFiles.isEmpty()) {
            dataFiles = JSON.createArrayNode().add(params.path("entry"));
        }
        // every path is checked before anything is written: a refused call changes nothing
        for (JsonNode dataFile : dataFiles) {
            writable(dataFile.path("path").asText(), false);
            if (dataFile.hasNonNull("newPath")) {
                writable(dataFile.path("newPath").asText(), false);
            }
        }
        for (JsonNode asset : params.path("assets")) {
            writable(asset.path("path").asText(), true);
        }
        for (JsonNode asset : params.path("assets")) {
            write(writable(asset.path("path").asText(), true), decode(asset));
        }
        for (JsonNode dataFile : dataFiles) {
            Path file = writable(dataFile.path("path").asText(), false);
            write(file, dataFile.path("raw").asText().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            if (dataFile.hasNonNull("newPath")) {
                Path target = writable(dataFile.path("newPath").asText(), false);
                Files.createDirectories(target.getParent());
                Files.move(file, target);
            }
        }
        return JSON.createObjectNode().put("message", "entry persisted");
    }

    private ObjectNode mediaFile(Path file) throws IOException {
        byte[] content = Files.readAllBytes(file);
        return JSON.createObjectNode().put("id", sha256(content))
                .put("content", Base64.getEncoder().encodeToString(content)).put("encoding", "base64")
                .put("path", slashes(projectDir.relativize(file))).put("name", file.getFileName().toString());
    }

    /** A path the CMS may read: under content/ or data/. */
    private Path readable(String path) throws Refused {
        return inside(path, List.of(contentFolder, dataFolder));
    }

    /**
     * A path the CMS may write: a page (.md) under content/ or a data file (.yaml) directly in
     * data/; with {@code photo}, a photo under content/photos/.
     */
    private Path writable(String path, boolean photo) throws Refused {
        Path file = inside(path, photo ? List.of(photoFolder) : List.of(contentFolder, dataFolder));
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean allowed = photo ? isPhoto(file)
                : file.startsWith(projectDir.resolve(photoFolder)) ? false
                : file.startsWith(projectDir.resolve(dataFolder))
                        ? name.endsWith(".yaml") && file.getParent().equals(projectDir.resolve(dataFolder))
                        : name.endsWith(".md");
        if (!allowed || IgnoredFiles.isIgnored(projectDir, file)) {
            throw new Refused("The preview writes only pages (.md) under " + contentFolder + "/, data files (.yaml) in "
                    + dataFolder + "/ and photos under " + photoFolder + "/, not " + path + ".");
        }
        return file;
    }

    /** The file {@code path} names, refused unless it is inside one of {@code roots} without a symbolic link or "..". */
    private Path inside(String path, List<String> roots) throws Refused {
        Path relative;
        try {
            relative = Path.of(path);
        } catch (InvalidPathException e) {
            throw new Refused("'" + path + "' is not a file name.");
        }
        if (path.isEmpty() || relative.isAbsolute() || path.startsWith("/") || path.contains("\\")
                || Stream.of(path.split("/")).anyMatch(part -> part.equals("..") || part.equals("."))) {
            throw new Refused("'" + path + "' is not a path inside the project (expected one like "
                    + dataFolder + "/timeline.yaml).");
        }
        Path file = projectDir.resolve(relative).normalize();
        boolean underRoot = roots.stream().anyMatch(root -> file.startsWith(projectDir.resolve(root)));
        if (!underRoot) {
            throw new Refused("The preview reads and writes only under " + String.join("/ and ", roots) + "/, not "
                    + path + ".");
        }
        for (Path at = file; !at.equals(projectDir); at = at.getParent()) {
            if (Files.isSymbolicLink(at)) {
                throw new Refused(slashes(projectDir.relativize(at)) + " is a symbolic link; the preview does not"
                        + " read or write through one.");
            }
        }
        return file;
    }

    private static boolean isPhotoPath(String path) {
        return PHOTO_ENDINGS.stream().anyMatch(path.toLowerCase(Locale.ROOT)::endsWith);
    }

    private static boolean isPhoto(Path file) {
        return isPhotoPath(file.getFileName().toString());
    }

    private static byte[] decode(JsonNode asset) throws Refused {
        try {
            return Base64.getDecoder().decode(asset.path("content").asText());
        } catch (IllegalArgumentException e) {
            throw new Refused("The photo's content is not base64.");
        }
    }

    /** Through a file beside it, so that the watcher never bakes half a file. */
    private static void write(Path file, byte[] content) throws IOException {
        Files.createDirectories(file.getParent());
        Path partial = file.resolveSibling("." + file.getFileName() + ".tmp");
        Files.write(partial, content);
        try {
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    private static String slashes(Path path) {
        return path.toString().replace('\\', '/');
    }
}
