package cn.edu.hust.tjmc.site.report;

import java.util.Collection;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
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

    /**
     * The likeliest intended id (an anchor, a partner id) for one that does not exist: the closest
     * within two edits, or else the one sharing most of its hyphen-separated words, so that a link
     * to a renamed heading (#a-worldwide-network, now #our-worldwide-network) or a shortened id
     * (heidelberg for heidelberg-university) still finds it. Words of one or two letters do not count.
     */
    public static Optional<String> suggestId(String id, Collection<String> candidates) {
        Optional<String> close = suggest(id, candidates);
        if (close.isPresent()) {
            return close;
        }
        Set<String> typed = words(id);
        if (typed.isEmpty()) {
            return Optional.empty();
        }
        return candidates.stream()
                .filter(candidate -> shared(typed, candidate) * 2 >= Math.max(typed.size(), words(candidate).size())
                        && shared(typed, candidate) > 0)
                .max(Comparator.comparingInt((String candidate) -> shared(typed, candidate))
                        .thenComparing(Comparator.comparingInt(String::length).reversed())
                        .thenComparing(Comparator.<String>reverseOrder()));
    }

    /** "did you mean #our-network? " or "", like {@link #hint}, for ids ({@link #suggestId}) with a prefix such as "#". */
    public static String idHint(String id, Collection<String> candidates, String prefix) {
        return suggestId(id, candidates).map(candidate -> "did you mean " + prefix + candidate + "? ").orElse("");
    }

    private static Set<String> words(String id) {
        return Arrays.stream(id.toLowerCase(Locale.ROOT).split("[-_\\s]+"))
                .filter(word -> word.codePointCount(0, word.length()) > 2)
                .collect(Collectors.toSet());
    }

    private static int shared(Set<String> typed, String candidate) {
        return (int) words(candidate).stream().filter(typed::contains).count();
    }

    /** "did you mean title? " or "", to open the parentheses of a message: "(did you mean title? expected ...)". */
    public static String hint(String word, Collection<String> candidates) {
        return suggest(word, candidates).map(candidate -> "did you mean " + candidate + "? ").orElse("");
    }
}
