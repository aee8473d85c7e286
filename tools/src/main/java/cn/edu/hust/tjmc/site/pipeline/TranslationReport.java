package cn.edu.hust.tjmc.site.pipeline;

import cn.edu.hust.tjmc.site.source.Language;
import cn.edu.hust.tjmc.site.source.TranslationStatus;
import cn.edu.hust.tjmc.site.source.TranslationStatus.Item;
import cn.edu.hust.tjmc.site.source.TranslationStatus.State;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * How far the site is translated, for the office: target/translations.html (beside the site,
 * never published), a table of every page, event, partner, key figure and UI word in each
 * language, translated, outdated (with the English lines that changed since, where the history
 * tells) or missing, with the counts; and the counts as one sentence for
 * the build's last line (target/model/translations.txt, read by {@link PublishSite}).
 */
public final class TranslationReport {

    /** The build's page, relative to the project folder; the preview's is in its own folder, beside its model's. */
    public static final String PAGE = "target/translations.html";
    /** The build's sentence, in the model folder. */
    static final String SUMMARY_FILE = "translations.txt";

    private TranslationReport() {
    }

    /** @param modelFolder target/model for the build (the page is then target/translations.html), the preview's own */
    static void write(Path modelFolder, TranslationStatus status) {
        SiteFiles.write(modelFolder.resolveSibling(Path.of(PAGE).getFileName().toString()), html(status));
        SiteFiles.write(modelFolder.resolve(SUMMARY_FILE), summary(status) + "\n");
    }

    /** "Translations: 3 translated, 1 outdated, 40 missing (target/translations.html)." */
    static String summary(TranslationStatus status) {
        return "Translations: " + status.count(State.TRANSLATED) + " translated, " + status.count(State.OUTDATED)
                + " outdated, " + status.count(State.MISSING) + " missing (" + PAGE + ").";
    }

    static String html(TranslationStatus status) {
        StringBuilder html = new StringBuilder("""
                <!DOCTYPE html>
                <html lang="en">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>Translations</title>
                </head>
                <body>
                <h1>Translations</h1>
                """);
        html.append("<p>").append(escape(summary(status))).append(" Outdated: the English changed since the"
                + " translation was made; the build's warning gives the value to write once it is brought up to"
                + " date (docs/EDITING.md, Translate).</p>\n");
        for (Language language : Language.translations()) {
            List<Item> items = status.items().stream().filter(item -> item.language() == language).toList();
            html.append("<h2>").append(escape(language.ownName())).append("</h2>\n<table>\n<thead><tr><th>what</th>"
                    + "<th>name</th><th>state</th><th>where</th><th>the English since</th></tr></thead>\n<tbody>\n");
            for (Item item : items) {
                html.append("<tr><td>").append(escape(item.kind())).append("</td><td>").append(escape(item.name()))
                        .append("</td><td>").append(item.state().name().toLowerCase(Locale.ROOT))
                        .append("</td><td>").append(escape(item.at())).append("</td><td>")
                        .append(item.changes().isEmpty() ? "" : "<pre>" + escape(item.changes()) + "</pre>")
                        .append("</td></tr>\n");
            }
            html.append("</tbody>\n</table>\n");
        }
        return html.append("</body>\n</html>\n").toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
