package cn.edu.hust.tjmc.site.report;

import java.util.ArrayList;
import java.util.List;

/**
 * The lines that differ between two versions of a short text, as a unified diff marks them
 * ({@code - } removed, {@code + } added; within each changed stretch the removed lines first),
 * without the lines that stayed. The texts are an English page or entry, a few dozen lines: the
 * longest common subsequence of their lines is found directly.
 */
public final class ChangedLines {

    /** At most this many changed lines are shown; the rest are counted. */
    public static final int SHOWN = 10;

    /** Above this many cells (lines before times lines after, once the common ends are set aside) a stretch is shown replaced whole. */
    private static final long MAX_CELLS = 4_000_000;

    private ChangedLines() {
    }

    /** Every changed line, "- old" or "+ new", in the order of the texts. */
    public static List<String> between(List<String> before, List<String> after) {
        int start = 0;
        while (start < before.size() && start < after.size() && before.get(start).equals(after.get(start))) {
            start++;
        }
        int endBefore = before.size();
        int endAfter = after.size();
        while (endBefore > start && endAfter > start && before.get(endBefore - 1).equals(after.get(endAfter - 1))) {
            endBefore--;
            endAfter--;
        }
        List<String> removed = before.subList(start, endBefore);
        List<String> added = after.subList(start, endAfter);
        List<String> changes = new ArrayList<>();
        if ((long) removed.size() * added.size() > MAX_CELLS) {
            stretch(changes, removed, added);
            return changes;
        }
        // common[i][j]: the length of the longest common subsequence of removed[i..] and added[j..]
        int[][] common = new int[removed.size() + 1][added.size() + 1];
        for (int i = removed.size() - 1; i >= 0; i--) {
            for (int j = added.size() - 1; j >= 0; j--) {
                common[i][j] = removed.get(i).equals(added.get(j)) ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        List<String> gone = new ArrayList<>();
        List<String> come = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < removed.size() || j < added.size()) {
            if (i < removed.size() && j < added.size() && removed.get(i).equals(added.get(j))) {
                stretch(changes, gone, come);
                gone.clear();
                come.clear();
                i++;
                j++;
            } else if (j == added.size() || (i < removed.size() && common[i + 1][j] >= common[i][j + 1])) {
                gone.add(removed.get(i++));
            } else {
                come.add(added.get(j++));
            }
        }
        stretch(changes, gone, come);
        return changes;
    }

    private static void stretch(List<String> changes, List<String> gone, List<String> come) {
        gone.forEach(line -> changes.add("- " + line));
        come.forEach(line -> changes.add("+ " + line));
    }

    /** The first {@link #SHOWN} changed lines, one a line, then "…and 3 more changed lines" if there are more. */
    public static String shown(List<String> changes) {
        List<String> lines = new ArrayList<>(changes.subList(0, Math.min(SHOWN, changes.size())));
        int more = changes.size() - lines.size();
        if (more > 0) {
            lines.add("…and " + more + " more changed " + (more == 1 ? "line" : "lines"));
        }
        return String.join("\n", lines);
    }
}
