package cn.edu.hust.tjmc.site.source;

import java.util.Collections;
import java.util.Optional;

/**
 * One figure of data/key-figures.yaml, as the home page shows it: "50+" and what it counts.
 *
 * @param value the figure as printed, e.g. "50+" or "2008"
 * @param label what the figure counts or dates, e.g. "partner universities, institutes and medical schools"
 */
public record KeyFigure(String value, String label, Optional<Zh> zh) {

    public KeyFigure {
        zh = zh == null ? Optional.empty() : zh;
    }

    /**
     * What the figure counts, in Chinese.
     *
     * @param sourceVersion the {@link SourceVersion} of the English label it was translated from
     */
    public record Zh(String label, String sourceVersion) {
    }

    /** The English a translation is made from: the label. */
    public EnglishText englishText() {
        return EnglishText.of(Collections.singletonMap("label", label));
    }

    /** The version of the English a translation records in source_version. */
    public String englishVersion() {
        return englishText().version();
    }
}
