package cn.edu.hust.tjmc.site.model;

import cn.edu.hust.tjmc.site.source.EventDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Dates and decades as readers of each language of the site write them: "19 May 2017" and
 * "2017年5月19日", "2010s" and "2010年代". Every form is an explicit pattern, never a locale's
 * default style, which changes between JDKs (the CLDR data they carry).
 */
public final class DateFormats {

    private static final DateTimeFormatter ENGLISH_DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);
    /** Digits only: the same in every locale. */
    private static final DateTimeFormatter CHINESE_DAY = DateTimeFormatter.ofPattern("uuuu年M月d日", Locale.ROOT);

    private DateFormats() {
    }

    /**
     * An event's date for readers: "2016" or "19 May 2017" in English, "2016年" or
     * "2017年5月19日" in Chinese.
     *
     * @param language the page's language: any English or Chinese locale
     * @throws IllegalArgumentException for another language
     */
    public static String date(EventDate date, Locale language) {
        boolean chinese = chinese(language);
        if (date.day().isPresent()) {
            return (chinese ? CHINESE_DAY : ENGLISH_DAY).format(date.day().get());
        }
        return chinese ? date.year() + "年" : Integer.toString(date.year());
    }

    /**
     * The decade of an event's date: "2010s" in English, "2010年代" in Chinese. The English form
     * is also the decade filter's value, the same on pages of both languages.
     *
     * @param language the page's language: any English or Chinese locale
     * @throws IllegalArgumentException for another language
     */
    public static String decade(EventDate date, Locale language) {
        int decade = date.year() / 10 * 10;
        return chinese(language) ? decade + "年代" : decade + "s";
    }

    private static boolean chinese(Locale language) {
        return switch (language.getLanguage()) {
            case "en" -> false;
            case "zh" -> true;
            default -> throw new IllegalArgumentException("no date formats in " + language.toLanguageTag()
                    + " (expected English or Chinese)");
        };
    }
}
