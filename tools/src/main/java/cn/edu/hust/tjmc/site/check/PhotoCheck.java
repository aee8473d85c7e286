package cn.edu.hust.tjmc.site.check;

import cn.edu.hust.tjmc.site.report.DidYouMean;
import cn.edu.hust.tjmc.site.report.Problem;
import cn.edu.hust.tjmc.site.source.IgnoredFiles;
import cn.edu.hust.tjmc.site.source.JBakeSettings;
import cn.edu.hust.tjmc.site.source.Page;
import cn.edu.hust.tjmc.site.source.PhotoFile;
import cn.edu.hust.tjmc.site.source.PhotoUse;
import cn.edu.hust.tjmc.site.source.PhotoUse.Position;
import cn.edu.hust.tjmc.site.source.SitePhotos;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Checks the photos that pages and events show: each named file exists in content/photos/ and
 * is a JPEG or PNG image, and each has alt text that says what it shows. A photo too small for
 * the smallest published width, or a file in content/photos/ that nothing shows, is a warning:
 * the site still builds.
 */
public final class PhotoCheck {

    /** Alt text longer than this is a description, which belongs in the caption or the page. */
    public static final int MAX_ALT_LENGTH = 250;
    private static final Set<String> EXTENSIONS = Set.of("jpg", "jpeg", "png");
    /** Names cameras and phones give files: IMG_1234, DSC01234, PXL_20190907_..., 20190907_101010. */
    private static final Pattern CAMERA_NAME =
            Pattern.compile("(?i)(img|dsc|dscn|dscf|pxl|p|photo|image|screenshot)?[_ -]?\\d[\\d_ -]*(\\.\\w+)?");

    private final JBakeSettings settings;
    private final Path photosDir;
    private final List<Problem> problems;
    private final List<Problem> warnings = new ArrayList<>();
    private final Map<String, PhotoFile> files = new TreeMap<>();

    private PhotoCheck(Path projectDir, JBakeSettings settings, List<Problem> problems) {
        this.settings = settings;
        this.photosDir = projectDir.resolve(settings.contentFolder()).resolve(PhotoUse.FOLDER);
        this.problems = problems;
    }

    /**
     * Checks the photos of {@code pages} (their Markdown images of photos/, in the trees
     * {@code documents} holds: LinkCheck's, not parsed twice) and {@code eventUses}, adding mistakes
     * to {@code problems}.
     */
    public static SitePhotos check(Path projectDir, JBakeSettings settings, List<Page> pages,
            Map<Page, Document> documents, List<PhotoUse> eventUses, List<Problem> problems) {
        PhotoCheck check = new PhotoCheck(projectDir, settings, problems);
        Map<String, List<PhotoUse>> pageUses = new LinkedHashMap<>();
        List<PhotoUse> all = new ArrayList<>(eventUses);
        for (Page page : pages) {
            List<PhotoUse> uses = check.pageUses(page, documents.get(page));
            if (!uses.isEmpty()) {
                pageUses.put(page.outputName(), uses);
                all.addAll(uses);
            }
        }
        Set<String> available = check.availablePhotos();
        PhotoIndex index = PhotoIndex.read(projectDir);
        for (PhotoUse use : all) {
            check.checkUse(use, available, index);
        }
        if (!check.files.isEmpty()) {
            index.write(check.files.values().stream().map(PhotoFile::file).toList());
        }
        check.warnUnused(available);
        return new SitePhotos(Map.copyOf(check.files), Map.copyOf(pageUses), List.copyOf(all), List.copyOf(check.warnings));
    }

    /** The photos a page's Markdown shows, each of which must stand in a paragraph of its own. */
    private List<PhotoUse> pageUses(Page page, Document document) {
        List<PhotoUse> uses = new ArrayList<>();
        for (Node node : document.getDescendants()) {
            if (!(node instanceof Image image) || !PhotoUse.isPhotoAddress(image.getUrl().toString())) {
                continue;
            }
            // a mistake in the address is shown at the address, one in the alt text at the alt text
            Position file = position(page, image.getUrl().getStartOffset());
            Position alt = position(page, image.getTextOpeningMarker().getEndOffset()); // just after "!["
            if (!standsAlone(image)) {
                problems.add(LinkCheck.problem(page, node.getStartOffset(), "a photo goes in a paragraph of its own, with an empty"
                        + " line before and after it (expected ![what it shows](" + image.getUrl() + ") on a line by itself)"));
            }
            String title = image.getTitle().toString().strip();
            uses.add(new PhotoUse(page.source(), file, alt, "", image.getUrl().toString(),
                    image.getText().toString(), title.isEmpty() ? Optional.empty() : Optional.of(title), Optional.empty(), Optional.empty()));
        }
        return uses;
    }

    private static Position position(Page page, int bodyOffset) {
        Problem at = LinkCheck.problem(page, bodyOffset, "");
        return new Position(at.line(), at.column());
    }

    /**
     * A paragraph that is one photo of the site and nothing else: the templates print it as a
     * figure (bake.CheckedMarkdownEngine marks it where flexmark renders it).
     */
    public static boolean isPhotoParagraph(Paragraph paragraph) {
        for (Node child = paragraph.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Image image && PhotoUse.isPhotoAddress(image.getUrl().toString())) {
                return standsAlone(image);
            }
        }
        return false;
    }

    private static boolean standsAlone(Image image) {
        if (!(image.getParent() instanceof Paragraph paragraph)) {
            return false;
        }
        for (Node child = paragraph.getFirstChild(); child != null; child = child.getNext()) {
            boolean blank = child instanceof SoftLineBreak || child instanceof Text && child.getChars().isBlank();
            if (child != image && !blank) {
                return false;
            }
        }
        return true;
    }

    /** Every file under content/photos/, as editors name it ("photos/2019/visit.jpg"). */
    private Set<String> availablePhotos() {
        Set<String> names = new TreeSet<>();
        if (!Files.isDirectory(photosDir)) {
            return names;
        }
        try (Stream<Path> walk = Files.walk(photosDir)) {
            walk.filter(Files::isRegularFile)
                    .filter(file -> !IgnoredFiles.isIgnored(photosDir, file))
                    .forEach(file -> names.add(nameOf(file)));
        } catch (IOException e) {
            problems.add(new Problem(Path.of(settings.contentFolder(), PhotoUse.FOLDER), 0, 0, "",
                    "cannot be read: " + e.getMessage()));
        }
        return names;
    }

    private String nameOf(Path file) {
        return PhotoUse.FOLDER + "/" + photosDir.relativize(file).toString().replace('\\', '/');
    }

    private void checkUse(PhotoUse use, Set<String> available, PhotoIndex index) {
        checkAlt(use);
        String name = use.name();
        if (!PhotoUse.isPhotoAddress(name)) {
            return; // a YAML file: outside photos/, which its schema reports
        }
        Path file = photosDir.resolve(name.substring(PhotoUse.FOLDER.length() + 1)).normalize();
        String extension = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        if (!file.startsWith(photosDir) || !available.contains(name)) {
            add(use, use.file(), "file", "there is no content/" + name + " (expected "
                    + DidYouMean.suggest(name, available).map(s -> s + ", or ").orElse("")
                    + (available.isEmpty() ? "the photo to be put in content/photos/ first"
                    : "one of the photos in content/photos/ such as " + available.iterator().next()) + ")");
            return;
        }
        if (!EXTENSIONS.contains(extension)) {
            add(use, use.file(), "file", "content/" + name + " is not a photo the site can publish"
                    + " (expected a JPEG or PNG file: .jpg, .jpeg or .png)");
            return;
        }
        if (files.containsKey(name)) {
            return;
        }
        try {
            if (Files.size(file) == 0) {
                add(use, use.file(), "file", "content/" + name + " is an empty file of 0 bytes, with no photo in it"
                        + " (expected the photo as the camera or phone saved it: copy it into content/photos/ again)");
                return;
            }
            PhotoIndex.Entry known = index.of(file);
            Optional<String> tooLarge = PhotoFile.tooManyPixels("content/" + name, known.header().storedWidth(),
                    known.header().storedHeight());
            if (tooLarge.isPresent()) {
                add(use, use.file(), "file", tooLarge.get());
                return;
            }
            PhotoFile photo = new PhotoFile(name, file, known.hash(), known.header().width(), known.header().height());
            files.put(name, photo);
            int smallest = PhotoFile.WIDTHS.get(0);
            if (photo.width() < smallest) {
                warnings.add(new Problem(use.source(), use.file().line(), use.file().column(), field(use, "file"),
                        "content/" + name + " is only " + photo.width() + " pixels wide and will look blurred on"
                        + " large screens (expected a photo at least " + smallest + " pixels wide, better 1600)"));
            }
        } catch (IOException | RuntimeException e) {
            // a crafted header can make a reader throw anything: it is one line about the file, never a stack trace
            add(use, use.file(), "file", "content/" + name + " is not a JPEG or PNG image, or it is damaged"
                    + " (expected the photo as the camera or phone saved it, exported again as JPEG; the image reader"
                    + " said: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().strip()) + ")");
        }
    }

    private void checkAlt(PhotoUse use) {
        String alt = use.alt() == null ? null : use.alt().strip();
        String fileName = use.name().substring(use.name().lastIndexOf('/') + 1);
        String baseName = fileName.replaceFirst("\\.[^.]*$", "");
        String expected = " (expected a short sentence saying what the photo shows, for people who cannot see it,"
                + " e.g. \"The delegation in front of the college's main building\"; docs/EDITING.md has tips)";
        if (alt == null) {
            add(use, use.file(), "alt", "the photo has no alt text" + expected);
        } else if (alt.isEmpty()) {
            add(use, use.altAt(), "alt", "the alt text is empty" + expected);
        } else if (alt.equalsIgnoreCase(fileName) || alt.equalsIgnoreCase(baseName) || alt.equalsIgnoreCase(use.name())
                || CAMERA_NAME.matcher(alt).matches()) {
            add(use, use.altAt(), "alt", "the alt text '" + alt + "' is just the file's name, which tells"
                    + " nothing about the photo" + expected);
        } else if (alt.length() > MAX_ALT_LENGTH) {
            add(use, use.altAt(), "alt", "the alt text is " + alt.length() + " characters long; screen readers"
                    + " read it in one go (expected at most " + MAX_ALT_LENGTH + " characters: put the details"
                    + " in the caption or the text)");
        }
    }

    private void add(PhotoUse use, Position at, String part, String message) {
        problems.add(new Problem(use.source(), at.line(), at.column(), field(use, part), message));
    }

    private static String field(PhotoUse use, String part) {
        return use.field().isEmpty() ? "" : use.field() + "." + part;
    }

    /** A file of content/photos/ that nothing shows is not published; the editor may have meant to use it. */
    private void warnUnused(Set<String> available) {
        for (String name : available) {
            if (!files.containsKey(name) && problems.stream().noneMatch(p -> p.message().contains(settings.contentFolder() + "/" + name + " "))) {
                warnings.add(new Problem(Path.of(settings.contentFolder()).resolve(name), 0, 0, "",
                        "no page or event shows this photo, so it is not published (expected it named in a page"
                        + " as ![what it shows](" + name + ") or as photo: file: " + name + " in data/timeline.yaml,"
                        + " or the file removed)"));
            }
        }
    }
}
