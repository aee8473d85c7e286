package cn.edu.hust.tjmc.site.report;

import java.util.List;

/** Thrown when the sources have mistakes; carries all of them, root causes first (data files, then pages), then by file and line. */
public class SiteCheckException extends RuntimeException {

    private final transient List<Problem> problems;

    public SiteCheckException(List<Problem> problems) {
        super(Report.text(problems.stream().sorted().toList()));
        this.problems = problems.stream().sorted().toList();
    }

    public List<Problem> problems() {
        return problems;
    }
}
