package cn.edu.hust.tjmc.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import cn.edu.hust.tjmc.site.pipeline.PrepareSite;
import cn.edu.hust.tjmc.site.report.SiteCheckException;
import cn.edu.hust.tjmc.site.check.SiteSourceReader;
import cn.edu.hust.tjmc.site.source.JBakeSettings;
import cn.edu.hust.tjmc.site.model.SiteSettings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The mistakes editors make, one at a time, on a copy of the real sources: each must be
 * reported naming the file, the line of the mistake and the field, in the form
 * {@code file:line:column: field: message}.
 */
class BrokenEditTest {

    @TempDir
    Path dir;

    private ProjectCopy project;

    private ProjectCopy project() {
        if (project == null) {
            project = new ProjectCopy(dir);
        }
        return project;
    }

    // ---- data/*.yaml

    @Test
    void misspeltKeyIsReportedAtItsLineWithAHint() {
        int line = project().edit("data/timeline.yaml", text -> text.replaceFirst("\n    title: ", "\n    titel: "));
        assertReported("data/timeline.yaml", line, "].titel", "did you mean title?");
        assertEquals(1, project().newProblems().size(), "one mistake, one message: " + project().newProblems());
    }

    @Test
    void impossibleDateIsReported() {
        int line = project().edit("data/timeline.yaml",
                text -> text.replaceFirst("\n    date: \\d{4}\n", "\n    date: 2017-02-30\n"));
        assertReported("data/timeline.yaml", line, "].date", "'2017-02-30' is not a real date");
    }

    @Test
    void countLabelWithoutItsPlaceholderIsReported() {
        int line = project().edit("data/labels.yaml",
                text -> text.replace("  zh: 共 {n} 项", "  zh: 共有几项"));
        assertReported("data/labels.yaml", line, "filter_count.zh", "{n} where the number goes");
    }

    /** The build's clock in the tests of events' years: 2026, whatever year the test runs in. */
    private static final Clock IN_2026 = Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneOffset.UTC);

    @Test
    void eventDatesOutsideTheYearsTheTimelineCanShowAreOneMistakeEach() {
        project().edit("data/timeline.yaml", text -> {
            String first = text.replaceFirst("\n    date: [^\n]+\n", "\n    date: 0001-01-01\n");
            int after = first.indexOf("0001-01-01");
            return first.substring(0, after) + first.substring(after).replaceFirst("\n    date: [^\n]+\n",
                    "\n    date: 9999-12-31\n");
        });
        List<String> problems = problemsIn(IN_2026);
        assertEquals(2, problems.size(), problems.toString());
        assertTrue(problems.get(0).endsWith("events[0].date: '0001-01-01' is before the years the timeline can show"
                + " (expected a year from 1900 to 2031: the college's history, and planned events up to 5 years ahead)"),
                problems.get(0));
        assertTrue(problems.get(1).contains("events[1].date: '9999-12-31' is after the years the timeline can show"
                + " (expected a year from 1900 to 2031"), problems.get(1));
        problems.forEach(PlainMessages::assertPlainLine);
    }

    @Test
    void aYearUpToFiveYearsAheadIsAPlannedEventAndOneMoreIsAMistake() {
        project().edit("data/timeline.yaml", text -> text.replaceFirst("\n    date: [^\n]+\n", "\n    date: 2031\n"));
        assertEquals(List.of(), problemsIn(IN_2026));
        int line = project().edit("data/timeline.yaml", text -> text.replace("\n    date: 2031\n", "\n    date: 2032\n"));
        assertEquals(List.of("data/timeline.yaml:" + line + ":11: events[0].date: '2032' is after the years the timeline"
                + " can show (expected a year from 1900 to 2031: the college's history, and planned events up to 5 years"
                + " ahead)"), problemsIn(IN_2026));
        assertEquals(List.of(), problemsIn(Clock.offset(IN_2026, Duration.ofDays(366))), "next year, 2032 is planned");
        project().edit("data/timeline.yaml", text -> text.replace("\n    date: 2032\n", "\n    date: 1899\n"));
        assertEquals(1, problemsIn(IN_2026).size(), "the schema's own minimum says it, once: " + problemsIn(IN_2026));
    }

    @Test
    void dateInAnotherOrderIsOneMistake() {
        int line = project().edit("data/timeline.yaml",
                text -> text.replaceFirst("\n    date: \\d{4}\n", "\n    date: 19.05.2017\n"));
        assertReported("data/timeline.yaml", line, "].date", "'19.05.2017'", "a year like 2016 or a date like 2017-05-19");
        assertEquals(1, project().newProblems().size(), "one mistake, one message: " + project().newProblems());
    }

    @Test
    void impossibleDateOfALinkedEventIsOneMistakeNotAlsoItsLinks() {
        String event = idsOf("data/timeline.yaml").get(0);
        project().edit("content/contact.md", text -> text + "\nSee [the visit](timeline.html#" + event + ").\n");
        project().edit("content/about.md", text -> text + "\nSee [the visit](timeline.html#" + event + ").\n");
        int line = project().edit("data/timeline.yaml",
                text -> text.replaceFirst("\n    date: \\d{4}\n", "\n    date: 2017-02-30\n"));
        assertReported("data/timeline.yaml", line, "events[0].date", "'2017-02-30' is not a real date");
        assertEquals(1, project().newProblems().size(), "the cause alone: " + project().newProblems());
    }

    @Test
    void dataFilesThatCannotBeReadAreOneMistakeEachNotAlsoTheLinksIntoThem() {
        String event = idsOf("data/timeline.yaml").get(0);
        String partner = idsOf("data/partners.yaml").get(0);
        project().edit("content/contact.md", text -> text + "\nSee [the visit](timeline.html#" + event + ") and [the"
                + " partner](partners.html#" + partner + ").\n");
        project().edit("data/timeline.yaml", text -> text.replaceFirst("\n    title: ", "\n    title: Visit: "));
        project().edit("data/partners.yaml", text -> text.replaceFirst("\n    country: ", "\n\tcountry: "));
        List<String> problems = project().newProblems();
        assertEquals(2, problems.size(), "the two files' own mistakes alone: " + problems);
    }

    @Test
    void eventIdUsedTwiceIsReportedAtTheSecondWithTheFirstLine() {
        List<String> ids = idsOf("data/timeline.yaml");
        project().edit("data/timeline.yaml", text -> text.replace("  - id: " + ids.get(1) + "\n",
                "  - id: " + ids.get(0) + "\n"));
        int first = lineOf("data/timeline.yaml", "  - id: " + ids.get(0) + "\n");
        assertReported("data/timeline.yaml", first + lineCount("data/timeline.yaml", ids.get(0)), "events[1].id",
                "already used on line " + first);
    }

    @Test
    void eventNamingAnUnknownPartnerIsReportedWithASuggestion() {
        int line = project().edit("data/timeline.yaml",
                text -> text.replaceFirst("(institutions:\n +- )heidelberg\n", "$1heidelburg\n"));
        assertReported("data/timeline.yaml", line, "institutions[0]",
                "'heidelburg' is not a partner id", "(did you mean heidelberg? expected");
    }

    @Test
    void eventNamingAPartnerByPartOfItsIdIsToldTheWholeId() {
        int line = project().edit("data/timeline.yaml",
                text -> text.replaceFirst("(institutions:\n +- )duisburg-essen\n", "$1duisburg\n"));
        assertReported("data/timeline.yaml", line, "institutions[0]", "'duisburg' is not a partner id",
                "(did you mean duisburg-essen? expected");
    }

    @Test
    void unknownEventKindIsReported() {
        int line = project().edit("data/timeline.yaml",
                text -> text.replaceFirst("\n    kind: visit\n", "\n    kind: vist\n"));
        assertReported("data/timeline.yaml", line, ".kind",
                "'vist' is not a known kind");
    }

    @Test
    void partnerIdUsedTwiceIsReported() {
        List<String> ids = idsOf("data/partners.yaml");
        project().edit("data/partners.yaml", text -> text.replace("  - id: " + ids.get(1) + "\n",
                "  - id: " + ids.get(0) + "\n"));
        assertReported("data/partners.yaml", lineCount("data/partners.yaml", ids.get(0)) + lineOf("data/partners.yaml",
                "  - id: " + ids.get(0) + "\n"), "partners[1].id", "already used on line");
    }

    @Test
    void yesInsteadOfTrueIsReportedAsNotABoolean() {
        int line = project().edit("data/partners.yaml", text -> text.replaceFirst(
                "\n    intercollegiate_agreement: true", "\n    intercollegiate_agreement: yes"));
        assertReported("data/partners.yaml", line, "].intercollegiate_agreement", "(expected true or false)");
    }

    @Test
    void missingRequiredFieldIsReportedAtItsEntry() {
        project().edit("data/partners.yaml", text -> text.replaceFirst("\n    country: [^\n]*", ""));
        assertReported("data/partners.yaml", lineOf("data/partners.yaml", "  - id: "), "partners[0].country",
                "missing");
    }

    @Test
    void tabIndentationIsReportedWithAdvice() {
        int line = project().edit("data/college.yaml", text -> text.replace("\n  city:", "\n\tcity:"));
        assertReported("data/college.yaml", line, "", "tab", "expected spaces");
    }

    @Test
    void unquotedColonIsReportedWithTheQuotedText() {
        int line = project().edit("data/timeline.yaml", text -> text.replaceFirst("\n    title: ", "\n    title: Visit: "));
        assertReported("data/timeline.yaml", line, "", "must be quoted", "title: \"Visit: ");
    }

    @Test
    void listEntryWithoutASpaceAfterTheDashIsReportedAtItsLine() {
        int line = project().edit("data/partners.yaml", text -> text.replaceFirst("\n  - id: ", "\n  -id: "));
        assertReported("data/partners.yaml", line, "", "needs a space after '-'", "(expected '- id: ");
    }

    @Test
    void phoneNumberWithoutCountryCodeIsReported() {
        int line = project().edit("data/college.yaml", text -> text.replaceFirst("number: \\+86 ", "number: "));
        assertReported("data/college.yaml", line, "].number");
    }

    @Test
    void phoneNumberWithoutAreaCodeIsReported() {
        int line = project().edit("data/college.yaml", text -> text.replace("+86 27 8369 2919", "+86 83692919"));
        assertReported("data/college.yaml", line, "phones[1].number", "'+86 83692919' has no area code",
                "(expected the city's area code after +86, like +86 27 8369 2919 for a number in Wuhan)");
        assertEquals(1, project().newProblems().size(), project().newProblems().toString());
    }

    @Test
    void unknownDataFileIsAnErrorNamingIt() {
        project().write("data/visits.yaml", "visits:\n  - title: A visit\n");
        assertReported("data/visits.yaml", 1, "", "no schema for this data file");
    }

    @Test
    void dataFileNameWithSpacesAndNonAsciiLettersIsAnErrorNamingIt() {
        project().write("data/Partner list ü.yaml", "partners: []\n");
        assertReported("data/Partner list ü.yaml", 1, "", "no schema for this data file");
    }

    @Test
    void dataFileWithTheWrongExtensionIsAnErrorNamingIt() {
        project().write("data/partners.yml", "partners: []\n");
        assertReported("data/partners.yml", 1, "", "expected data/partners.yaml");
    }

    @Test
    void hiddenSystemFilesAreIgnored() {
        project().write("data/.DS_Store", new byte[] {0, 1, 2});
        project().write("content/.DS_Store", new byte[] {0, 1, 2});
        assertEquals(List.of(), project().newProblems());
    }

    // ---- content/*.md

    @Test
    void pageWithoutTypeIsAnError() {
        project().edit("content/about.md", text -> text.replace("type: page\n", ""));
        assertReported("content/about.md", lineOf("content/about.md", "\n---\n"), "type", "missing from the header");
    }

    @Test
    void draftPageIsAnError() {
        project().edit("content/about.md", text -> text.replace("status: published", "status: draft"));
        assertReported("content/about.md", lineOf("content/about.md", "status: draft"), "status",
                "'draft' would not be published");
    }

    @Test
    void unknownPageTypeIsAnError() {
        project().edit("content/about.md", text -> text.replace("type: page", "type: blog"));
        assertReported("content/about.md", lineOf("content/about.md", "type: blog"), "type", "'blog' is not a page type");
    }

    @Test
    void misspeltHeaderFieldIsReportedWithAHint() {
        project().edit("content/about.md", text -> text.replace("description:", "descripton:"));
        assertReported("content/about.md", lineOf("content/about.md", "descripton:"), "descripton",
                "did you mean description?");
    }

    @Test
    void unknownRelatedEventKindIsReportedWithAHint() {
        project().edit("content/conferences.md", text -> text.replaceFirst("related_event_kinds: [^\n]*",
                "related_event_kinds: [university-days]"));
        assertReported("content/conferences.md", lineOf("content/conferences.md", "related_event_kinds:"),
                "related_event_kinds", "'university-days' is not a kind", "did you mean university-day?");
    }

    @Test
    void theSameNavOrderIsReportedAtThePageChangedLastNamingTheOther() throws IOException {
        project().edit("content/contact.md", text -> text.replace("nav_order: 8", "nav_order: 2"));
        Files.setLastModifiedTime(dir.resolve("content/about.md"), java.nio.file.attribute.FileTime.fromMillis(1_000_000));
        Files.setLastModifiedTime(dir.resolve("content/contact.md"), java.nio.file.attribute.FileTime.fromMillis(2_000_000));
        assertReported("content/contact.md", lineOf("content/contact.md", "nav_order:"), "nav_order",
                "the same position as content/about.md", "this page changed last", "a free one, such as 8)");
        assertEquals(1, project().newProblems().size(), project().newProblems().toString());
    }

    @Test
    void theSameNavOrderIsReportedAtBothPagesWhenTheirTimesTellNothing() throws IOException {
        project().edit("content/contact.md", text -> text.replace("nav_order: 8", "nav_order: 2"));
        java.nio.file.attribute.FileTime same = java.nio.file.attribute.FileTime.fromMillis(1_000_000);
        Files.setLastModifiedTime(dir.resolve("content/about.md"), same);
        Files.setLastModifiedTime(dir.resolve("content/contact.md"), same);
        assertReported("content/about.md", lineOf("content/about.md", "nav_order:"), "nav_order",
                "the same position as content/contact.md", "give one of them a free one");
        assertReported("content/contact.md", lineOf("content/contact.md", "nav_order:"), "nav_order",
                "the same position as content/about.md", "give one of them a free one");
        assertEquals(2, project().newProblems().size(), project().newProblems().toString());
    }

    @Test
    void dateInAPageHeaderIsAnErrorSayingPagesShowNone() {
        project().edit("content/about.md", text -> text.replace("type: page\n", "type: page\ndate: 2024-05-19\n"));
        assertReported("content/about.md", lineOf("content/about.md", "date:"), "date", "pages show no date",
                "remove it");
    }

    @Test
    void aSecondTimelinePageIsAnErrorNamingTheOther() {
        // pages are read in name order: about.md first, so timeline.md is the second one
        project().edit("content/about.md", text -> text.replace("type: page", "type: timeline"));
        assertReported("content/timeline.md", lineOf("content/timeline.md", "type: timeline"), "type",
                "already the type of content/about.md");
    }

    @Test
    void noPartnersPageIsAnError() {
        project().edit("content/partners.md", text -> text.replace("type: partners", "type: page"));
        assertReported("content", 1, "type", "no page has type: partners");
    }

    @Test
    void pageFileNameWithSpacesIsAnErrorNamingIt() {
        project().write("content/News Item.md", "---\ntitle: News\n---\n");
        assertReported("content/News Item.md", 1, "", "expected e.g. news-item.md");
    }

    @Test
    void pageWithTheWrongExtensionIsAnError() {
        project().write("content/news.markdown", "---\ntitle: News\n---\n");
        assertReported("content/news.markdown", 1, "", "expected a .md file");
    }

    @Test
    void linkToAMissingPageIsReportedAtItsLine() {
        project().edit("content/contact.md", text -> text + "\nSee [the news](news.html).\n");
        assertReported("content/contact.md", lineOf("content/contact.md", "[the news]"), "",
                "'news.html' leads to no page: there is no content/news.md");
    }

    @Test
    void linkToAMissingEventAnchorIsReported() {
        project().edit("content/contact.md", text -> text + "\nSee [a visit](timeline.html#no-such-event).\n");
        assertReported("content/contact.md", lineOf("content/contact.md", "[a visit]"), "",
                "it has no anchor #no-such-event", "event id from data/timeline.yaml");
    }

    @Test
    void linkToAnExistingEventHeadingOrPartnerAnchorPasses() {
        String event = idsOf("data/timeline.yaml").get(0);
        String partner = idsOf("data/partners.yaml").get(0);
        project().edit("content/contact.md", text -> text + "\n## Getting here\n\n[e](timeline.html#" + event
                + ") [p](partners.html#" + partner + ") [h](#getting-here) [top](#main)\n\n"
                + "[map](sitemap.xml) [css](css/site.css) [web](https://example.org/a) <a href=\"about.html\">about</a>\n"
                + "[call](tel:+862783692919) <a href=\"tel:+862783692919\">+86 27 8369 2919</a>\n");
        assertEquals(List.of(), project().newProblems());
    }

    @Test
    void percentEncodedAddressesAreTheSameLinksAsTheirLetters() {
        // what a browser's address bar gives when a link to "## 近期来访" is copied from it
        project().edit("content/contact.md", text -> text + "\n## 近期来访\n\nText.\n");
        project().edit("content/about.md", text -> text + "\n[a](contact.html#%E8%BF%91%E6%9C%9F%E6%9D%A5%E8%AE%BF)"
                + " [b](contact.html#近期来访) [c](%63ontact.html#%e8%bf%91%e6%9c%9f%e6%9d%a5%e8%ae%bf)"
                + " <a href=\"contact.html#%E8%BF%91%E6%9C%9F%E6%9D%A5%E8%AE%BF\">d</a>\n");
        assertEquals(List.of(), project().newProblems());
    }

    @Test
    void aBrokenPercentEncodingIsAPlainMistake() {
        project().edit("content/contact.md", text -> text + "\n## 近期来访\n");
        project().edit("content/about.md", text -> text + "\n[a](contact.html#%E8%BF)\n\n[b](contact%2.html)\n\n"
                + "<a href=\"contact.html#100%\">c</a>\n");
        for (String link : List.of("[a]", "[b]", "<a href")) {
            assertReported("content/about.md", lineOf("content/about.md", link), "", "has a % that is not part of a"
                    + " character code", "#近期来访 is the same as #%E8%BF%91%E6%9C%9F%E6%9D%A5%E8%AE%BF");
        }
        assertEquals(3, project().newProblems().size(), project().newProblems().toString());
    }

    @Test
    void linkToARenamedHeadingSuggestsItsNewAnchorWithAnExampleOfThatPage() {
        project().edit("content/contact.md", text -> text + "\nSee [our network](about.html#a-worldwide-network).\n");
        project().edit("content/about.md", text -> text.replace("## A worldwide network", "## Our worldwide network"));
        assertReported("content/contact.md", lineOf("content/contact.md", "[our network]"), "",
                "it has no anchor #a-worldwide-network", "(did you mean #our-worldwide-network? expected a heading",
                "as ## International standards is #international-standards)");
    }

    @Test
    void linkToAnAnchorNothingIsCloseToListsAFewOfThePagesAnchors() {
        project().edit("content/contact.md", text -> text + "\nSee [the college](covid-19.html#wuhan).\n");
        assertReported("content/contact.md", lineOf("content/contact.md", "[the college]"), "",
                "it has no anchor #wuhan (expected a heading of that page in lower case with hyphens, as"
                + " ## At the clinical forefront is #at-the-clinical-forefront; its anchors are"
                + " #at-the-clinical-forefront, #in-research, #a-new-journey)");
        project().edit("content/contact.md", text -> text.replace("covid-19.html#wuhan", "timeline.html#wuhan"));
        assertReported("content/contact.md", lineOf("content/contact.md", "[the college]"), "",
                "(expected an event id from data/timeline.yaml, or a heading of that page", "; its anchors are #",
                " more)");
    }

    @Test
    void headingsThatGiveNoAnchorOrTheSameAnchorAreReported() {
        project().edit("content/contact.md", text -> text + "\n## Россия\n\nText.\n\n## Россия\n\n## !!!\n\n## 日本\n");
        assertReported("content/contact.md", lineOf("content/contact.md", "## Россия\n\n## !!!") , "",
                "the heading 'Россия' gives the anchor #россия, which is already the anchor of the heading on line "
                + lineOf("content/contact.md", "## Россия"));
        assertReported("content/contact.md", lineOf("content/contact.md", "## !!!"), "", "gives no anchor");
        assertEquals(2, project().newProblems().size(), "## 日本 has an anchor of its own: " + project().newProblems());
    }

    @Test
    void linkToAMissingAssetIsReported() {
        project().edit("content/contact.md", text -> text + "\n![Map](img/campus-map.png)\n");
        assertReported("content/contact.md", lineOf("content/contact.md", "![Map]"), "",
                "there is no assets/img/campus-map.png");
    }

    @Test
    void scriptInMarkdownIsRejected() {
        project().edit("content/contact.md", text -> text + "\n<script>alert('hi')</script>\n");
        assertReported("content/contact.md", lineOf("content/contact.md", "<script>"), "", "<script> is not allowed");
    }

    @Test
    void eventHandlerAttributeIsRejected() {
        project().edit("content/contact.md", text -> text + "\nCall <a href=\"tel:+8627\" onmouseover=\"x()\">us</a>.\n");
        assertReported("content/contact.md", lineOf("content/contact.md", "onmouseover"), "", "onmouseover= on <a>");
    }

    @Test
    void javascriptUrlIsRejectedHoweverItIsWritten() {
        project().edit("content/contact.md", text -> text + "\n[a](javascript:alert(1))\n\n[b]( JaVa&#x53;cript:x)\n");
        assertReported("content/contact.md", lineOf("content/contact.md", "[a]("), "", "uses javascript:");
        assertReported("content/contact.md", lineOf("content/contact.md", "[b]("), "", "uses javascript:");
    }

    @Test
    void imageWithAnErrorHandlerAndAnIframeAreRejected() {
        project().edit("content/contact.md", text -> text
                + "\n<img src=\"x.png\" onerror=\"alert(1)\">\n\n<iframe src=\"https://example.org\"></iframe>\n");
        assertReported("content/contact.md", lineOf("content/contact.md", "<img"), "", "onerror= on <img>");
        assertReported("content/contact.md", lineOf("content/contact.md", "<iframe"), "", "<iframe> is not allowed");
    }

    @Test
    void scriptAddressInAnyAttributeIsRejected() {
        project().edit("content/contact.md", text -> text
                + "\n<svg><a xlink:href=\"javascript:alert(1)\">x</a></svg>\n");
        assertReported("content/contact.md", lineOf("content/contact.md", "<svg>"), "", "<svg> is not allowed");
    }

    @Test
    void dataUrlAndRootRelativeLinkAreRejected() {
        project().edit("content/contact.md", text -> text
                + "\n[a](data:text/html,hello)\n\n[b](/about.html)\n");
        assertReported("content/contact.md", lineOf("content/contact.md", "[a]("), "", "uses data:");
        assertReported("content/contact.md", lineOf("content/contact.md", "[b]("), "", "starts with /");
    }

    @Test
    void pageFileNameWithNonAsciiLettersIsAnErrorNamingIt() {
        project().write("content/über-uns.md", "---\ntitle: Über uns\n---\n");
        assertReported("content/über-uns.md", 1, "", "only contain lower-case letters, digits and hyphens");
    }

    @Test
    void linksOfAPageWithAHeaderMistakeAreCheckedTooAndNoLinkMayLeadToIt() {
        project().edit("content/exchange.md", text -> text.replace("status: published", "status: draft")
                + "\nSee [the camp](summer-camp.html).\n");
        assertReported("content/exchange.md", lineOf("content/exchange.md", "status: draft"), "status", "'draft'");
        assertReported("content/exchange.md", lineOf("content/exchange.md", "[the camp]"), "", "'summer-camp.html'");
        assertTrue(project().newProblems().stream().anyMatch(problem -> problem.contains("'exchange.html' leads to content/exchange.md, which will not be published")),
                "the pages linking to the draft are told: " + project().newProblems());
    }

    @Test
    void pageSavedWithByteOrderMarkAndCrlfLineEndingsIsAccepted() {
        project().edit("content/contact.md", text -> "\uFEFF" + text.replace("\n", "\r\n"));
        assertEquals(List.of(), project().newProblems());
    }

    @Test
    void invisibleCharactersInAPageAreReportedAtTheirPlaceByName() {
        project().edit("content/contact.md", text -> text.replaceFirst("\ntitle: Contact", "\ntitle: Con\u0007tact")
                .replace("on Hangkong Road", "on Hang\u202Ekong Road") + "\nA form\ffeed.\n");
        assertReported("content/contact.md", 2, "title", ":2:11: title: contains U+0007 BEL, an invisible control"
                + " character", "delete the character at this place");
        assertReported("content/contact.md", lineOf("content/contact.md", "Tongji Medical College is on"), "",
                ":34: contains U+202E RIGHT-TO-LEFT OVERRIDE");
        assertReported("content/contact.md", lineOf("content/contact.md", "A form"), "", ":7: contains U+000C FORM FEED");
        assertEquals(3, project().newProblems().size(), project().newProblems().toString());
    }

    @Test
    void aYamlEscapeThatMakesAnInvisibleCharacterIsReportedAtTheValue() {
        int line = project().edit("data/timeline.yaml", text -> text.replaceFirst("\n    title: ([^\n]*)",
                "\n    title: \"\\\\u202E$1\""));
        assertReported("data/timeline.yaml", line, "events[0].title", ":" + line + ":12: events[0].title: contains"
                + " U+202E RIGHT-TO-LEFT OVERRIDE", "written as a backslash escape in quotes");
        assertEquals(1, project().newProblems().size(), project().newProblems().toString());
    }

    @Test
    void aPageLargerThanAMegabyteIsRefusedWithoutReadingIt() throws IOException {
        try (java.io.RandomAccessFile sparse = new java.io.RandomAccessFile(project().dir().resolve("content/news.md").toFile(), "rw")) {
            sparse.setLength(200L * 1024 * 1024); // reading 200 MB took minutes and gigabytes
        }
        List<String> problems = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
                java.time.Duration.ofSeconds(5), () -> project().newProblems());
        assertReported("content/news.md", 1, "", "the page is 200 MB, larger than the 1 MB a page may be (expected");
        assertEquals(1, problems.size(), problems.toString());
    }

    @Test
    void pageNotSavedAsUtf8IsAnErrorNamingIt() {
        project().write("content/news.md", "---\ntitle: News\n---\nNeuigkeiten f\u00fcr alle\n".getBytes(StandardCharsets.ISO_8859_1));
        assertReported("content/news.md", 4, "", "not UTF-8 text"); // the line of the first bad byte
    }

    @Test
    void pageSavedAsGbkIsAnErrorSayingHowToSaveItAsUtf8() {
        project().write("content/news.md", "---\ntitle: 新闻\n---\n".getBytes(java.nio.charset.Charset.forName("GBK")));
        assertReported("content/news.md", 2, "", "not UTF-8 text", "such as GBK",
                "in VS Code, click the encoding", "Save with Encoding, then UTF-8", "in Notepad, choose File, Save As,"
                + " and set Encoding to UTF-8)");
    }

    @Test
    void styleAttributeIsRefusedSayingWhatHappensAndWhatToWriteInstead() {
        project().edit("content/contact.md", text -> text + "\n<p style=\"color: red\">Important</p>\n");
        assertReported("content/contact.md", lineOf("content/contact.md", "<p style"), "",
                "style= on <p> is not allowed: visitors' browsers would ignore it",
                "(expected plain Markdown such as **bold** or *italic*; for a new look, ask a developer");
        assertFalse(project().newProblems().toString().contains("keeps apart"), project().newProblems().toString());
    }

    // ---- the build step itself

    @Test
    void allMistakesAreReportedAtOnceAndNothingIsWritten() throws IOException {
        project().edit("data/timeline.yaml", text -> text.replaceFirst("\n    title: ", "\n    titel: "));
        project().edit("content/about.md", text -> text.replace("status: published", "status: draft"));
        Path bake = dir.resolve("target/bake");
        Files.createDirectories(bake);
        Files.writeString(bake.resolve("old.html"), "from an earlier build");

        SiteCheckException thrown = assertThrows(SiteCheckException.class,
                () -> PrepareSite.prepare(dir, bake, SiteSettings.fromArguments(Map.of("site.host", "https://example.org"))));

        String report = PrepareSite.report(thrown);
        assertTrue(report.contains("data/timeline.yaml:") && report.contains("content/about.md:"), report);
        assertFalse(Files.exists(dir.resolve(PrepareSite.MODEL_FOLDER).resolve(PrepareSite.MODEL_FILE)));
        assertTrue(Files.exists(bake.resolve("old.html")), "a failed check leaves the bake folder alone");
    }

    @Test
    void rootCausesComeFirst() {
        // content/about.md links to exchange.html
        project().edit("content/exchange.md", text -> text.replace("status: published", "status: draft"));
        project().edit("data/timeline.yaml", text -> text.replaceFirst("\n    title: ", "\n    titel: "));
        List<String> problems = project().newProblems();
        assertEquals(4, problems.size(), problems.toString());
        // the link from its Chinese translation too, for the same reason
        assertTrue(problems.get(0).startsWith("data/timeline.yaml:") && problems.get(1).startsWith("content/exchange.md:")
                && problems.get(2).startsWith("content/about.md:") && problems.get(3).startsWith("content/zh/about.md:")
                && problems.get(3).contains("which will not be published because of the mistakes in its header"),
                "the data, the header, then the links it breaks: " + problems);
    }

    // ---- helpers

    /** The problems the checks report when the build's clock is {@code clock}. */
    private List<String> problemsIn(Clock clock) {
        try {
            SiteSourceReader.read(project().dir(), JBakeSettings.read(project().dir()), clock);
            return List.of();
        } catch (SiteCheckException e) {
            return e.problems().stream().sorted().map(Object::toString).toList();
        }
    }

    /** Asserts that the latest edit added a problem at file:line naming field and saying each of the phrases. */
    private void assertReported(String file, int line, String field, String... phrases) {
        List<String> added = project().newProblems();
        added.forEach(PlainMessages::assertPlainLine);
        String at = file + ":" + line + ":";
        for (String problem : added) {
            if (problem.startsWith(at) && problem.contains(field.isEmpty() ? ": " : field)
                    && List.of(phrases).stream().allMatch(problem::contains)) {
                return;
            }
        }
        fail("expected a problem at " + at + " naming '" + field + "' and saying " + List.of(phrases)
                + ", but the edit added: " + added);
    }

    /** The 1-based line of the first occurrence of {@code needle} in a file of the copy. */
    private int lineOf(String file, String needle) {
        String text = read(file);
        int at = text.indexOf(needle);
        assertTrue(at >= 0, needle + " not in " + file);
        int leadingNewlines = needle.startsWith("\n") ? 1 : 0;
        return (int) text.substring(0, at + leadingNewlines).chars().filter(c -> c == '\n').count() + 1;
    }

    /** The number of lines from an entry "  - id: {id}" to the next entry: the second entry starts this much later. */
    private int lineCount(String file, String id) {
        String text = read(file);
        int start = text.indexOf("  - id: " + id + "\n");
        int next = text.indexOf("\n  - id: ", start + 1);
        return (int) text.substring(start, next + 1).chars().filter(c -> c == '\n').count();
    }

    private List<String> idsOf(String file) {
        return read(file).lines().filter(line -> line.startsWith("  - id: "))
                .map(line -> line.substring("  - id: ".length()).strip()).toList();
    }

    private String read(String file) {
        try {
            return Files.readString(project().dir().resolve(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
