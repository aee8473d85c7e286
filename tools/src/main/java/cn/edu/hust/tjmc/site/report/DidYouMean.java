package cn.edu.hust.tjmc.site.report;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.text.similarity.LevenshteinDistance;

/** The likeliest intended word for a misspelt one, for hints such as "did you mean title?". */
public final class DidYouMean {

    /** Two edits catch swapped, doubled or missing letters without suggesting unrelated words. */
    private static final LevenshteinDistance DISTANCE = new LevenshteinDistance(2);

    private DidYouMean() {
    }

    /** The closest of {@code candidates} within two edits of {@code word}, ignoring case. */
    public static Optional<String> suggest(String word, Collection<String> candidates) {
        String typed = word.toLowerCase(Locale.ROOT);
        return candidates.stream()
                .filter(candidate -> DISTANCE.apply(typed, candidate.toLowerCase(Locale.ROOT)) >= 0)
                .min(Comparator.comparingInt((String candidate) -> DISTANCE.apply(typed, candidate.toLowerCase(Locale.ROOT)))
                        .thenComparing(Comparator.naturalOrder()));
    }

    /** "did you mean title? " or "", to open the parentheses of a message: "(did you mean title? expected ...)". */
    public static String hint(String word, Collection<String> candidates) {
        return suggest(word, candidates).map(candidate -> "did you mean " + candidate + "? ").orElse("");
    }
}
