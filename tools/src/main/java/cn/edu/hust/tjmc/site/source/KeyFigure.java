package cn.edu.hust.tjmc.site.source;

/**
 * One figure of data/key-figures.yaml, as the home page shows it: "50+" and what it counts.
 *
 * @param value the figure as printed, e.g. "50+" or "2008"
 * @param label what the figure counts or dates, e.g. "partner universities, institutes and medical schools"
 */
public record KeyFigure(String value, String label) {
}
