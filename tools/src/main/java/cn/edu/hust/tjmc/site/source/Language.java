package cn.edu.hust.tjmc.site.source;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages of the site, declared once. English is the default: its pages are the sources,
 * published at the site's root; every other language is a translation of them, published in a
 * folder of its own ({@code zh/about.html}), written in content/&lt;code&gt;/ and beside the English
 * in the data files' entries ({@code zh: {title: …}}). A second translation is one more constant
 * here, its words in data/labels.yaml and its name in the data files' schemas (docs/ARCHITECTURE.md).
 *
 * @param code      the key in data/labels.yaml and data entries, and the folder of content/ and of the site
 * @param htmlLang  the BCP 47 tag for {@code <html lang>} and {@code hreflang}
 * @param ogLocale  Open Graph's locale, language_TERRITORY
 * @param ownName   the language's name in itself, for the language switch
 * @param locale    the JDK's locale, for names of countries
 */
public enum Language {
    EN("en", "en", "en_GB", "English", Locale.ENGLISH),
    ZH("zh", "zh-Hans", "zh_CN", "简体中文", Locale.SIMPLIFIED_CHINESE);

    /** The language of the sources, at the site's root; x-default of hreflang. */
    public static final Language DEFAULT = EN;

    private final String code;
    private final String htmlLang;
    private final String ogLocale;
    private final String ownName;
    private final Locale locale;

    Language(String code, String htmlLang, String ogLocale, String ownName, Locale locale) {
        this.code = code;
        this.htmlLang = htmlLang;
        this.ogLocale = ogLocale;
        this.ownName = ownName;
        this.locale = locale;
    }

    public String code() {
        return code;
    }

    public String htmlLang() {
        return htmlLang;
    }

    public String ogLocale() {
        return ogLocale;
    }

    public String ownName() {
        return ownName;
    }

    public Locale locale() {
        return locale;
    }

    /** The folder of the site (and of content/) this language's pages are in: "" for English, "zh/". */
    public String folder() {
        return this == DEFAULT ? "" : code + "/";
    }

    /** The languages pages are translated into: all but the default. */
    public static List<Language> translations() {
        return Arrays.stream(values()).filter(language -> language != DEFAULT).toList();
    }

    public static Optional<Language> ofCode(String code) {
        return Arrays.stream(values()).filter(language -> language.code.equals(code)).findFirst();
    }

    /** The language of a path in the site or in content/: "zh/about.html" is Chinese, "about.html" English. */
    public static Language ofPath(String path) {
        String slashes = path.replace('\\', '/');
        return translations().stream().filter(language -> slashes.startsWith(language.folder())).findFirst()
                .orElse(DEFAULT);
    }
}
