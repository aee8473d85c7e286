package cn.edu.hust.tjmc.site.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Country and region names in both languages of the site. The expected names are written out
 * here, not read from the JDK, so that a JDK whose locale data names a country differently fails
 * this test instead of renaming it on the site (JDK 17 and 25 agree on every Chinese name today).
 */
class CountryNamesTest {

    /** Every country the fixture and the live data name, and the regions of China. */
    private static final Map<String, String[]> NAMES = Map.ofEntries(
            Map.entry("AU", new String[] {"Australia", "澳大利亚"}),
            Map.entry("CN", new String[] {"China", "中国"}),
            Map.entry("FR", new String[] {"France", "法国"}),
            Map.entry("DE", new String[] {"Germany", "德国"}),
            Map.entry("IT", new String[] {"Italy", "意大利"}),
            Map.entry("JP", new String[] {"Japan", "日本"}),
            Map.entry("GB", new String[] {"United Kingdom", "英国"}),
            Map.entry("US", new String[] {"United States", "美国"}),
            Map.entry("HK", new String[] {"Hong Kong SAR, China", "中国香港"}),
            Map.entry("MO", new String[] {"Macao SAR, China", "中国澳门"}),
            Map.entry("TW", new String[] {"Taiwan, China", "中国台湾"}));

    @Test
    void namesTheSiteUsesInEnglishAndChinese() {
        NAMES.forEach((code, names) -> {
            assertEquals(names[0], Countries.name(code, Locale.ENGLISH), code);
            assertEquals(names[1], Countries.name(code, Locale.SIMPLIFIED_CHINESE), code);
        });
    }

    @Test
    void anyEnglishOrChineseLocaleGivesTheSiteNames() {
        assertEquals("Hong Kong SAR, China", Countries.name("HK", Locale.UK));
        assertEquals("中国香港", Countries.name("HK", Locale.forLanguageTag("zh-Hans")));
        assertEquals("中国台湾", Countries.name("TW", Locale.forLanguageTag("zh-Hans-CN")));
        assertEquals("德国", Countries.name("DE", Locale.CHINESE));
    }

    @Test
    void chineseNamesAreUnderstoodAsWritten() {
        assertEquals("中国澳门", Countries.name(Countries.code("中国澳门").orElseThrow(), Locale.SIMPLIFIED_CHINESE));
        assertEquals("Macao SAR, China", Countries.asShown("中国澳门"));
    }

    @Test
    void noNameForWhatIsNoCountryNorInAnotherLanguage() {
        assertNull(Countries.name("XX", Locale.SIMPLIFIED_CHINESE));
        assertThrows(IllegalArgumentException.class, () -> Countries.name("DE", Locale.FRENCH));
    }
}
