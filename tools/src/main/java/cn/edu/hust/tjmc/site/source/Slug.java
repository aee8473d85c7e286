package cn.edu.hust.tjmc.site.source;

import java.util.Locale;

/** The rule that turns editors' text into the id of an anchor: one rule for the model and the link check. */
public final class Slug {

    private Slug() {
    }

    public static String of(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
