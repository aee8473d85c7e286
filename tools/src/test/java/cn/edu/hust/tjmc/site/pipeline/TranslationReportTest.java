package cn.edu.hust.tjmc.site.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.edu.hust.tjmc.site.source.Language;
import cn.edu.hust.tjmc.site.source.TranslationStatus;
import cn.edu.hust.tjmc.site.source.TranslationStatus.Item;
import cn.edu.hust.tjmc.site.source.TranslationStatus.State;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** target/translations.html: an outdated translation's row shows what changed in the English since. */
class TranslationReportTest {

    @Test
    void anOutdatedRowShowsTheEnglishLinesThatChangedAsWritten() {
        String changes = "English lines that changed:\n- title: <b>Old</b> & co\n+ title: New";
        TranslationStatus status = new TranslationStatus(List.of(
                new Item("page", "about.html", Language.ZH, State.TRANSLATED, "content/zh/about.md"),
                new Item("page", "timeline.html", Language.ZH, State.OUTDATED, "content/zh/timeline.md", changes)),
                List.of());
        Document page = Jsoup.parse(TranslationReport.html(status));
        assertEquals("the English since", page.select("th").last().text());
        assertEquals(changes, page.select("tr:has(td:contains(timeline.html)) pre").first().wholeText());
        assertTrue(page.select("tr:has(td:contains(about.html)) td").last().children().isEmpty());
    }
}
