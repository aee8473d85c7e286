package cn.edu.hust.tjmc.site.source;

import java.text.Normalizer;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The countries and regions of ISO 3166-1, as the JDK's locale data (CLDR) names them, with
 * the names the site uses for Taiwan, Hong Kong and Macao. Editors write a country as the site
 * shows it ("Germany"); the ISO code ("DE") and the Chinese or Japanese name ("德国") are
 * understood too and shown as the English name. Chinese pages show the Chinese name
 * ({@link #name}).
 *
 * <p>The names come from the JDK running the build; JDK 17 and 25 give the same Chinese names for
 * every code (CountryNamesTest pins those the site uses).
 */
public final class Countries {

    /** Regions of China, named as the site must name them. */
    private static final Map<String, String> ENGLISH_OVERRIDES = Map.of(
            "TW", "Taiwan, China", "HK", "Hong Kong SAR, China", "MO", "Macao SAR, China");
    private static final Map<String, String> CHINESE_OVERRIDES = Map.of(
            "TW", "中国台湾", "HK", "中国香港", "MO", "中国澳门");

    /** ISO code by every way of writing a country that is understood, compared as {@link #key}. */
    private static final Map<String, String> CODES_BY_NAME = new HashMap<>();
    /** English name by ISO code, sorted by code. */
    private static final Map<String, String> ENGLISH = new TreeMap<>();
    /** Simplified Chinese name by ISO code. */
    private static final Map<String, String> CHINESE = new HashMap<>();

    static {
        for (String code : Locale.getISOCountries()) {
            Locale region = new Locale.Builder().setRegion(code).build();
            String english = ENGLISH_OVERRIDES.getOrDefault(code, region.getDisplayCountry(Locale.ENGLISH));
            String chinese = CHINESE_OVERRIDES.getOrDefault(code, region.getDisplayCountry(Locale.SIMPLIFIED_CHINESE));
            ENGLISH.put(code, english);
            CHINESE.put(code, chinese);
            for (String name : List.of(code, english, region.getDisplayCountry(Locale.ENGLISH),
                    chinese, region.getDisplayCountry(Locale.SIMPLIFIED_CHINESE),
                    region.getDisplayCountry(Locale.JAPANESE))) {
                CODES_BY_NAME.putIfAbsent(key(name), code);
            }
        }
    }

    private Countries() {
    }

    /** The ISO 3166-1 code of a country or region as an editor wrote it, if it is one. */
    public static Optional<String> code(String written) {
        return written == null ? Optional.empty() : Optional.ofNullable(CODES_BY_NAME.get(key(written)));
    }

    /**
     * A country or region as the site shows it ("DE" and "germany" are "Germany"); a name that
     * is none is kept as written (the checks report it, and the build stops before it is shown).
     */
    public static String asShown(String written) {
        return code(written).map(Countries::englishName).orElse(written);
    }

    /** The name the site shows: "Germany", "Hong Kong SAR, China". */
    public static String englishName(String code) {
        return ENGLISH.get(code);
    }

    /** The Chinese name, for a Chinese version of the site: "德国", "中国香港". */
    public static String chineseName(String code) {
        return CHINESE.get(code);
    }

    /**
     * The name of a country or region in a language of the site: English ("Hong Kong SAR, China")
     * or Chinese ("中国香港", simplified characters whatever the locale's script or region says).
     *
     * @param code     an ISO 3166-1 code, as {@link #code} gives it
     * @param language the page's language: any English or Chinese locale
     * @return the name, or null when the code is not a country or region
     * @throws IllegalArgumentException for a language the site has no names in
     */
    public static String name(String code, Locale language) {
        return switch (language.getLanguage()) {
            case "en" -> englishName(code);
            case "zh" -> chineseName(code);
            default -> throw new IllegalArgumentException("no country names in " + language.toLanguageTag()
                    + " (expected English or Chinese)");
        };
    }

    /** Every English name the site shows, for "did you mean". */
    public static List<String> englishNames() {
        return Collections.unmodifiableList(List.copyOf(ENGLISH.values()));
    }

    /** Case, width, curly apostrophes and spacing do not make another country. */
    private static String key(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFKC).replace('\u2019', '\'').strip()
                .replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
