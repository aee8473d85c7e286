package cn.edu.hust.tjmc.site.source;

import cn.edu.hust.tjmc.site.report.Problem;
import java.util.List;

/**
 * How far the site is translated: each page, event, partner, key figure and UI word in each
 * language, and a warning for each translation made from an English text that has changed since.
 *
 * @param items    one per thing and language, in the order pages, events, partners, key figures, words
 * @param warnings at each outdated translation's source_version, with the value that marks it current
 */
public record TranslationStatus(List<Item> items, List<Problem> warnings) {

    public enum State { TRANSLATED, OUTDATED, MISSING }

    /**
     * @param kind "page", "event", "partner", "key figure" or "word"
     * @param name what the editor knows it by: a page's file, an event's or a partner's id, a figure's value, a word's key
     * @param at   where its translation is or goes: "content/zh/about.md", "data/timeline.yaml:42"
     * @param changes for an outdated one, what its warning says of the English since: the lines that
     *             changed ("English lines that changed:\n- …\n+ …") or why they cannot be shown; else ""
     */
    public record Item(String kind, String name, Language language, State state, String at, String changes) {

        public Item(String kind, String name, Language language, State state, String at) {
            this(kind, name, language, state, at, "");
        }
    }

    public long count(State state) {
        return items.stream().filter(item -> item.state() == state).count();
    }

}
