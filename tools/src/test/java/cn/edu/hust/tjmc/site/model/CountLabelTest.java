package cn.edu.hust.tjmc.site.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** A number goes where its label's placeholder says, in any language. */
class CountLabelTest {

    @Test
    void theNumberTakesThePlaceholdersPlace() {
        assertEquals("Events shown: 16", CountLabel.fill("Events shown: {n}", 16));
        assertEquals("16 events shown", CountLabel.fill("{n} events shown", 16));
        assertEquals("共 16 项", CountLabel.fill("共 {n} 项", 16));
        assertEquals("0 of 0", CountLabel.fill("{n} of {n}", 0));
    }

    @Test
    void textAroundThePlaceholderIsKeptAsWritten() {
        assertEquals("$1 \\ 3 items", CountLabel.fill("$1 \\ {n} items", 3));
    }

    @Test
    void aLabelWithoutAPlaceholderIsAMistake() {
        assertThrows(IllegalArgumentException.class, () -> CountLabel.fill("Events shown:", 16));
    }
}
