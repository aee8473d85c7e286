package cn.edu.hust.tjmc.site.model;

/**
 * A label with a number in it, written by editors with a placeholder where the number goes
 * ("Events shown: {n}", "共 {n} 项"), so that each language puts the number where its grammar
 * wants it. Templates and scripts never glue a word to a number.
 */
public final class CountLabel {

    /** Where the number goes in a label. */
    public static final String PLACEHOLDER = "{n}";

    private CountLabel() {
    }

    /**
     * The label with its placeholder replaced by the number: "Events shown: 16", "共 16 项".
     *
     * @throws IllegalArgumentException when the label has no placeholder (labels.schema.json
     *                                  asks editors for one, so this is a mistake in the code)
     */
    public static String fill(String label, long n) {
        if (!label.contains(PLACEHOLDER)) {
            throw new IllegalArgumentException("'" + label + "' has no " + PLACEHOLDER + " for the number");
        }
        return label.replace(PLACEHOLDER, Long.toString(n));
    }
}
