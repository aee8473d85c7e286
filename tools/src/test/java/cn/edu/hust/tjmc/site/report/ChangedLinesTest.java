package cn.edu.hust.tjmc.site.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChangedLinesTest {

    @Test
    void onlyTheChangedLinesAreListedInTheOrderOfTheText() {
        assertEquals(List.of("- b", "+ x", "+ e"),
                ChangedLines.between(List.of("a", "b", "c", "d"), List.of("a", "x", "c", "d", "e")));
    }

    @Test
    void withinAChangedStretchTheRemovedLinesComeFirst() {
        assertEquals(List.of("- one", "- two", "+ 1", "+ 2", "- four", "+ 4"), ChangedLines.between(
                List.of("one", "two", "three", "four"), List.of("1", "2", "three", "4")));
    }

    @Test
    void aLineMovedIsRemovedWhereItWasAndAddedWhereItIs() {
        assertEquals(List.of("- a", "+ a"), ChangedLines.between(List.of("a", "b", "c"), List.of("b", "c", "a")));
    }

    @Test
    void theSameTextHasNoChangedLine() {
        assertEquals(List.of(), ChangedLines.between(List.of("a", "", "b"), List.of("a", "", "b")));
        assertEquals("", ChangedLines.shown(List.of()));
    }

    @Test
    void atMostTenAreShownAndTheRestCounted() {
        List<String> changes = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            changes.add("+ line " + i);
        }
        String shown = ChangedLines.shown(changes);
        assertEquals(11, shown.lines().count(), shown);
        assertEquals("+ line 10\n…and 2 more changed lines", shown.substring(shown.indexOf("+ line 10")));
        assertEquals("…and 1 more changed line", ChangedLines.shown(changes.subList(0, 11)).lines()
                .reduce((first, second) -> second).orElseThrow());
        assertEquals(10, ChangedLines.shown(changes.subList(0, 10)).lines().count());
    }
}
