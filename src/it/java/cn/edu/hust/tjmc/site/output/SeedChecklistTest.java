package cn.edu.hust.tjmc.site.output;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import cn.edu.hust.tjmc.site.BuiltSite;
import cn.edu.hust.tjmc.site.output.SeedChecklist.Fact;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The site says what the seed text says: every fact of the checklist is on its pages, and no
 * seed line is left without a fact, so a new or forgotten seed line shows up here.
 */
class SeedChecklistTest {

    static List<Fact> facts() {
        return SeedChecklist.facts();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("facts")
    void factAppearsOnItsPages(Fact fact) {
        BuiltSite site = BuiltSite.fromSystemProperties();
        List<String> missing = new ArrayList<>();
        for (String target : fact.pages()) {
            String page = target.contains("#") ? target.substring(0, target.indexOf('#')) : target;
            String id = target.contains("#") ? target.substring(target.indexOf('#') + 1) : null;
            if (!site.exists(page)) {
                missing.add(target + ": the page does not exist");
                continue;
            }
            Document document = site.parse(page);
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

    /** Whitespace as a browser shows it: runs of spaces, tabs, newlines and no-break spaces as one space. */
    static String normalise(String text) {
        return text.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
    }
}
