package cn.edu.hust.tjmc.site.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.edu.hust.tjmc.site.source.EventDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Dates and decades as English and Chinese readers write them, the same on every JDK. */
class DateFormatsTest {

    private static final Locale CHINESE = Locale.forLanguageTag("zh-Hans");

    @Test
    void englishDatesAsTheSiteHasAlwaysShownThem() {
        assertEquals("8 October 2025", DateFormats.date(EventDate.parse("2025-10-08"), Locale.ENGLISH));
        assertEquals("19 May 2017", DateFormats.date(EventDate.parse("2017-05-19"), Locale.ENGLISH));
        assertEquals("1 September 1907", DateFormats.date(EventDate.parse("1907-09-01"), Locale.UK));
        assertEquals("2025", DateFormats.date(EventDate.parse("2025"), Locale.ENGLISH));
    }

    @Test
    void chineseDatesWithoutLeadingZeros() {
        assertEquals("2025年10月8日", DateFormats.date(EventDate.parse("2025-10-08"), CHINESE));
        assertEquals("2017年5月19日", DateFormats.date(EventDate.parse("2017-05-19"), Locale.SIMPLIFIED_CHINESE));
        assertEquals("2025年", DateFormats.date(EventDate.parse("2025"), CHINESE));
    }

    @Test
    void decadesInBothLanguages() {
        assertEquals("2010s", DateFormats.decade(EventDate.parse("2016"), Locale.ENGLISH));
        assertEquals("2010s", DateFormats.decade(EventDate.parse("2010-01-01"), Locale.ENGLISH));
        assertEquals("1900s", DateFormats.decade(EventDate.parse("1907"), Locale.ENGLISH));
        assertEquals("2010年代", DateFormats.decade(EventDate.parse("2019-12-31"), CHINESE));
        assertEquals("2020年代", DateFormats.decade(EventDate.parse("2025"), CHINESE));
    }

    @Test
    void noFormatsInALanguageTheSiteDoesNotSpeak() {
        assertThrows(IllegalArgumentException.class, () -> DateFormats.date(EventDate.parse("2016"), Locale.FRENCH));
        assertThrows(IllegalArgumentException.class, () -> DateFormats.decade(EventDate.parse("2016"), Locale.ROOT));
    }
}
