package cn.edu.hust.tjmc.site.report;

import java.util.List;

/**
 * Mistakes in GitHub Actions' words: one {@code ::error} workflow command per mistake (and one
 * {@code ::warning} per warning), which GitHub shows on the changed line of a pull request, and a
 * Markdown table for the job summary, because GitHub shows at most ten annotations of a kind per
 * step and the table has room for all.
 */
public final class GitHubAnnotations {

    private GitHubAnnotations() {
    }

    /**
     * {@code ::error file=…,line=…,col=…,title=…::message}; the title is left out when the
     * mistake concerns the whole file.
     *
     * @param pathPrefix the project folder's path from the repository root, "" or ending in "/"
     */
    public static String error(Problem problem, String pathPrefix) {
        return command("error", problem, pathPrefix);
    }

    /** {@code ::warning …}, as {@link #error} for a mistake. */
    public static String warning(Problem warning, String pathPrefix) {
        return command("warning", warning, pathPrefix);
    }

    private static String command(String level, Problem problem, String pathPrefix) {
        StringBuilder command = new StringBuilder("::").append(level).append(" file=")
                .append(escapeProperty(pathPrefix + CiPaths.slashed(problem.file())))
                .append(",line=").append(Math.max(problem.line(), 1))
                .append(",col=").append(Math.max(problem.column(), 1));
        if (!problem.field().isEmpty()) {
            command.append(",title=").append(escapeProperty(problem.field()));
        }
        return command.append("::").append(escapeData(problem.message())).toString();
    }

    /** Every mistake, then every warning, as a Markdown table under a heading that counts them. */
    public static String summary(List<Problem> problems, List<Problem> warnings, String pathPrefix) {
        StringBuilder table = new StringBuilder();
        if (!problems.isEmpty()) {
            table.append(table("### The site was not built: " + Report.mistakes(problems.size()), problems, pathPrefix));
        }
        if (!warnings.isEmpty()) {
            table.append(table("### " + (problems.isEmpty() ? Report.warningsHeading(warnings.size())
                    : "And " + Report.warnings(warnings.size()) + " worth fixing"), warnings, pathPrefix));
        }
        return table.toString();
    }

    private static String table(String heading, List<Problem> problems, String pathPrefix) {
        StringBuilder table = new StringBuilder(heading)
                .append("\n\n| file | line | column | field | message |\n|---|---|---|---|---|\n");
        for (Problem problem : problems) {
            table.append("| ").append(escapeCell(pathPrefix + CiPaths.slashed(problem.file())))
                    .append(" | ").append(Math.max(problem.line(), 1))
                    .append(" | ").append(Math.max(problem.column(), 1))
                    .append(" | ").append(escapeCell(problem.field()))
                    .append(" | ").append(escapeCell(problem.message()))
                    .append(" |\n");
        }
        return table.append('\n').toString();
    }

    /** The workflow command's message: %, CR and LF would end or corrupt the command. */
    static String escapeData(String text) {
        return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** A property value: also ':' and ',', which separate the command's properties. */
    static String escapeProperty(String text) {
        return escapeData(text).replace(":", "%3A").replace(",", "%2C");
    }

    /**
     * A table cell: '|' would end the cell and a line break the row; '&lt;', '&gt;' and '&amp;'
     * become entities so that a message quoting HTML shows it instead of being taken for it.
     */
    static String escapeCell(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("|", "\\|").replace("\r\n", "<br>").replace("\n", "<br>").replace("\r", "<br>");
    }
}
