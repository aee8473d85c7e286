package cn.edu.hust.tjmc.site.migration;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import cn.edu.hust.tjmc.site.ProjectCopy;
import cn.edu.hust.tjmc.site.migration.SeedChecklist.Fact;
import cn.edu.hust.tjmc.site.model.SiteSettings;
import cn.edu.hust.tjmc.site.preview.PreviewBake;
import cn.edu.hust.tjmc.site.preview.SiteBaker;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The migration of the seed page: the site as migrated (the fixture site, a frozen copy of the
 * content and data that the migration wrote) baked with the real templates says what the seed
 * says. Every fact of the checklist is on its pages, and no seed line is left without a fact.
 *
 * <p>It bakes the fixture, not the live content/, on purpose: editors own the live content and
 * may correct a fact (a phone number's area code, say) without failing any test. What the
 * templates must show, they show for the migrated content here.
 */
class SeedChecklistTest {

    private static Path bakedSite;

    @BeforeAll
    static void bakeTheMigratedSite(@TempDir Path dir) {
        Path project = new ProjectCopy(dir).dir();
        PreviewBake bake = new SiteBaker(project, new SiteSettings("https://example.org", Optional.empty(),
                Optional.empty())).bake();
        assertTrue(bake.succeeded(), () -> String.join("\n", bake.errors()));
        bakedSite = bake.siteDir();
    }

    static List<Fact> facts() {
        return SeedChecklist.facts();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("facts")
    void factAppearsOnItsPages(Fact fact) {
        List<String> missing = new ArrayList<>();
        for (String target : fact.pages()) {
            String page = target.contains("#") ? target.substring(0, target.indexOf('#')) : target;
            String id = target.contains("#") ? target.substring(target.indexOf('#') + 1) : null;
            Path file = bakedSite.resolve(page);
            if (!Files.isRegularFile(file)) {
                missing.add(target + ": the page does not exist");
                continue;
            }
            Document document = parse(file);
            Element scope = id == null ? document.body() : document.getElementById(id);
            if (scope == null) {
                missing.add(target + ": the page has no element with id \"" + id + "\"");
            } else if (!normalise(scope.text()).contains(normalise(fact.text()))) {
                missing.add(target + ": text not found");
            }
        }
        assertTrue(missing.isEmpty(), () -> SeedChecklist.CHECKLIST + ":" + fact.checklistLine() + ": seed line "
                + fact.seedLine() + " says \"" + fact.text() + "\", missing from\n  " + String.join("\n  ", missing));
    }

    @Test
    void everyNonBlankSeedLineHasAFact() {
        List<String> seed = SeedChecklist.seedLines();
        Set<Integer> covered = new TreeSet<>();
        for (Fact fact : SeedChecklist.facts()) {
            covered.add(fact.seedLine());
        }
        List<String> uncovered = new ArrayList<>();
        for (int i = 0; i < seed.size(); i++) {
            if (!seed.get(i).isBlank() && !covered.contains(i + 1)) {
                uncovered.add("line " + (i + 1) + ": " + seed.get(i));
            }
        }
        assertTrue(uncovered.isEmpty(), () -> "seed lines with no row in " + SeedChecklist.CHECKLIST
                + " (add the facts they state and the pages that show them):\n  " + String.join("\n  ", uncovered));
    }

    @Test
    void everyFactPointsAtANonBlankSeedLine() {
        List<String> seed = SeedChecklist.seedLines();
        for (Fact fact : SeedChecklist.facts()) {
            if (fact.seedLine() < 1 || fact.seedLine() > seed.size() || seed.get(fact.seedLine() - 1).isBlank()) {
                fail(SeedChecklist.CHECKLIST + ":" + fact.checklistLine() + ": seed line " + fact.seedLine()
                        + " is blank or outside the seed (" + seed.size() + " lines), so the row covers nothing");
            }
        }
    }

    private static Document parse(Path file) {
        try {
            return Jsoup.parse(file.toFile(), "UTF-8");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whitespace as a browser shows it: runs of spaces, tabs, newlines and no-break spaces as one space. */
    static String normalise(String text) {
        return text.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
    }
}
