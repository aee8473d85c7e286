package cn.edu.hust.tjmc.site.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.edu.hust.tjmc.site.ProjectCopy;
import cn.edu.hust.tjmc.site.TestPhotos;
import cn.edu.hust.tjmc.site.pipeline.PrepareSite;
import cn.edu.hust.tjmc.site.model.SiteSettings;
import cn.edu.hust.tjmc.site.report.SiteCheckException;
import cn.edu.hust.tjmc.site.source.SitePhotos;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every photo mistake is reported at its file and line, worded for editors; warnings never stop the build. */
class PhotoCheckTest {

    private static final String ABOUT = "content/about.md";
    private static final String TIMELINE = "data/timeline.yaml";

    @TempDir
    Path dir;

    private ProjectCopy site;

    @BeforeEach
    void copyTheSourcesWithAPhoto() {
        site = new ProjectCopy(dir);
        site.write("content/photos/2019/visit.jpg", TestPhotos.phoneJpeg(TestPhotos.upright(900, 600, 1), 1));
    }

    /** Puts {@code markdown} on a line of its own below the about page's first paragraph; returns its line. */
    private int addToAbout(String markdown) {
        return site.edit(ABOUT, text -> text.replaceFirst("(## International standards\n)", "$1\n" + markdown + "\n"));
    }

    /** Gives the timeline's first event a photo in {@code yaml} (indented under photo:); returns the line of photo:. */
    private int addToFirstEvent(String yaml) {
        return site.edit(TIMELINE, text -> text.replaceFirst("(    kind: performance\n)",
                "$1    photo:\n" + yaml.indent(6).stripTrailing() + "\n"));
    }

    @Test
    void aPhotoInAPageAndOneOnAnEventPassWithoutAProblem() {
        addToAbout("![The college's main building in spring](photos/2019/visit.jpg \"The main building\")");
        addToFirstEvent("file: photos/2019/visit.jpg\nalt: Musicians on the stage of the centenary hall\ncredit: College photo archive");
        assertEquals(List.of(), site.problems());
        SitePhotos photos = SiteSourceReader.read(dir).photos();
        assertEquals(List.of("photos/2019/visit.jpg"), photos.files().keySet().stream()
                .filter(name -> !name.startsWith("photos/fixture/")).toList(), "the fixture's own photo aside");
        assertEquals(900, photos.files().get("photos/2019/visit.jpg").width());
        assertEquals(List.of(), photos.warnings());
    }

    // A mistake in a photo's address is reported at the address (column 22 of "![The main building](photos/..."),
    // one in its alt text at the alt text (column 3).

    @Test
    void aMissingPhotoIsReportedWithTheLikeliestName() {
        int line = addToAbout("![The main building](photos/2019/vist.jpg)");
        assertEquals(List.of(ABOUT + ":" + line + ":22: there is no content/photos/2019/vist.jpg (expected"
                + " photos/2019/visit.jpg, or one of the photos in content/photos/ such as photos/2019/visit.jpg)"),
                site.problems());
    }

    @Test
    void aMissingPhotoOnAnEventIsReportedAtItsFileLine() {
        int line = addToFirstEvent("file: photos/2019/visits.jpg\nalt: Musicians on a stage");
        assertEquals(List.of(TIMELINE + ":" + (line + 1) + ":13: events[0].photo.file: there is no"
                + " content/photos/2019/visits.jpg (expected photos/2019/visit.jpg, or one of the photos in"
                + " content/photos/ such as photos/2019/visit.jpg)"), site.problems());
    }

    @Test
    void aFileThatIsNotAnImageOrWhoseHeaderIsDamagedIsAMistake() {
        site.write("content/photos/notes.jpg", "not a photo at all");
        byte[] jpeg = TestPhotos.jpeg(TestPhotos.upright(900, 600, 2), false);
        site.write("content/photos/cut-short.jpg", Arrays.copyOf(jpeg, 30));
        site.write("content/photos/report.pdf", "%PDF-1.4");
        int line = addToAbout("![Handwritten notes](photos/notes.jpg)\n\n![A hall](photos/cut-short.jpg)\n\n![A report](photos/report.pdf)");
        List<String> problems = site.problems();
        assertEquals(3, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith(ABOUT + ":" + line + ":22: content/photos/notes.jpg is not a JPEG or PNG"
                + " image, or it is damaged (expected"), problems.get(0));
        assertTrue(problems.get(1).startsWith(ABOUT + ":" + (line + 2) + ":11: content/photos/cut-short.jpg is not a"
                + " JPEG or PNG image, or it is damaged (expected"), problems.get(1));
        assertEquals(ABOUT + ":" + (line + 4) + ":13: content/photos/report.pdf is not a photo the site can publish"
                + " (expected a JPEG or PNG file: .jpg, .jpeg or .png)", problems.get(2));
    }

    @Test
    void aPhotoWhosePixelsAreDamagedStopsTheBuildAtItsPlace() {
        byte[] broken = TestPhotos.jpeg(TestPhotos.upright(900, 600, 3), false);
        Arrays.fill(broken, 700, broken.length - 2, (byte) 0xFF);
        site.write("content/photos/damaged.jpg", broken);
        int line = addToAbout("![The main building](photos/damaged.jpg)");
        assertEquals(List.of(), site.problems(), "the header is intact: the checks cannot see it");
        SiteCheckException stopped = assertThrows(SiteCheckException.class, () -> PrepareSite.prepare(dir,
                dir.resolve("target/bake"), new SiteSettings("https://example.org", Optional.empty(), Optional.empty())));
        assertEquals(1, stopped.problems().size());
        assertTrue(stopped.problems().get(0).toString().startsWith(ABOUT + ":" + line + ":22: content/photos/damaged.jpg"
                + " cannot be read as an image, it may be damaged (expected"), stopped.problems().get(0).toString());
    }

    @Test
    void altTextMissingEmptyJustTheFileNameOrTooLongIsAMistake() {
        site.write("content/photos/IMG_1234.jpg", TestPhotos.jpeg(TestPhotos.upright(900, 600, 4), false));
        int line = addToAbout("![](photos/2019/visit.jpg)\n\n![IMG_1234](photos/IMG_1234.jpg)\n\n"
                + "![visit.jpg](photos/2019/visit.jpg)\n\n![" + "A very long description. ".repeat(11)
                + "](photos/2019/visit.jpg)");
        int event = addToFirstEvent("file: photos/2019/visit.jpg\ncaption: Centenary");
        List<String> problems = site.problems();
        String expected = " (expected a short sentence saying what the photo shows, for people who cannot see it,"
                + " e.g. \"The delegation in front of the college's main building\"; docs/EDITING.md has tips)";
        // the report lists data files first, then pages
        assertEquals(List.of(
                TIMELINE + ":" + (event + 1) + ":13: events[0].photo.alt: the photo has no alt text" + expected,
                ABOUT + ":" + line + ":3: the alt text is empty" + expected,
                ABOUT + ":" + (line + 2) + ":3: the alt text 'IMG_1234' is just the file's name, which tells nothing"
                        + " about the photo" + expected,
                ABOUT + ":" + (line + 4) + ":3: the alt text 'visit.jpg' is just the file's name, which tells nothing"
                        + " about the photo" + expected,
                ABOUT + ":" + (line + 6) + ":3: the alt text is 274 characters long; screen readers read it in one go"
                        + " (expected at most 250 characters: put the details in the caption or the text)"),
                problems);
    }

    @Test
    void aPartnersPhotoIsCheckedAtItsPlaceInPartnersYaml() {
        int line = site.edit("data/partners.yaml", text -> text.replaceFirst("(    name: Heidelberg University\n)",
                "$1    photo:\n      file: photos/2019/visit.jpg\n      alt: visit.jpg\n"));
        assertEquals(List.of("data/partners.yaml:" + (line + 2) + ":12: partners[0].photo.alt: the alt text 'visit.jpg'"
                + " is just the file's name, which tells nothing about the photo (expected a short sentence saying what"
                + " the photo shows, for people who cannot see it, e.g. \"The delegation in front of the college's main"
                + " building\"; docs/EDITING.md has tips)"), site.problems());
    }

    @Test
    void aPhotoInTheMiddleOfASentenceIsAMistake() {
        int line = addToAbout("Our building ![The main building](photos/2019/visit.jpg) in spring.");
        assertEquals(List.of(ABOUT + ":" + line + ":14: a photo goes in a paragraph of its own, with an empty line"
                + " before and after it (expected ![what it shows](photos/2019/visit.jpg) on a line by itself)"),
                site.problems());
    }

    @Test
    void aPhotoTooSmallAndAnUnusedPhotoAreWarningsThatDoNotStopTheBuild() {
        site.write("content/photos/small.jpg", TestPhotos.jpeg(TestPhotos.upright(320, 200, 5), false));
        site.write("content/photos/spare.png", TestPhotos.png(TestPhotos.upright(900, 600, 6)));
        int line = addToAbout("![A small picture of the main building](photos/small.jpg)");
        assertEquals(List.of(), site.problems(), "warnings are no mistakes");
        List<String> warnings = SiteSourceReader.read(dir).photos().warnings().stream().map(Object::toString).toList();
        assertEquals(List.of(
                ABOUT + ":" + line + ":41: content/photos/small.jpg is only 320 pixels wide and will look blurred on"
                        + " large screens (expected a photo at least 480 pixels wide, better 1600)",
                "content/photos/2019/visit.jpg:1:1: no page or event shows this photo, so it is not published (expected"
                        + " it named in a page as ![what it shows](photos/2019/visit.jpg) or as photo: file:"
                        + " photos/2019/visit.jpg in data/timeline.yaml, or the file removed)",
                "content/photos/spare.png:1:1: no page or event shows this photo, so it is not published (expected"
                        + " it named in a page as ![what it shows](photos/spare.png) or as photo: file:"
                        + " photos/spare.png in data/timeline.yaml, or the file removed)"),
                warnings.stream().sorted().toList());
        String printed = PrepareSite.warnings(SiteSourceReader.read(dir).photos().warnings());
        assertTrue(printed.startsWith("The site was built, with 3 warnings worth fixing:\n  "), printed);
    }

    @Test
    void aPhotoOnAnEventHasTheShapeTheSchemaGives() {
        int line = addToFirstEvent("file: photos/2019/visit.jpg\nalt: Musicians on a stage\nphotographer: Someone");
        List<String> problems = site.problems();
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith(TIMELINE + ":" + (line + 3) + ":"), problems.get(0));
        assertTrue(problems.get(0).contains("photographer"), problems.get(0));
    }
}
