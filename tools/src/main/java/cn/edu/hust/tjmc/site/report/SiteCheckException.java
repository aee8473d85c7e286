package cn.edu.hust.tjmc.site.report;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown when the sources have mistakes; carries all of them, sorted by file and line. */
public class SiteCheckException extends RuntimeException {

    private final transient List<Problem> problems;

    public SiteCheckException(List<Problem> problems) {
        super(describe(problems));
        this.problems = problems.stream().sorted().toList();
    }

    public List<Problem> problems() {
        return problems;
    }

    private static String describe(List<Problem> problems) {
        String list = problems.stream().sorted().map(Problem::toString).collect(Collectors.joining("\n"));
        return problems.size() + (problems.size() == 1 ? " mistake" : " mistakes") + " in the site sources:\n" + list;
    }
}
