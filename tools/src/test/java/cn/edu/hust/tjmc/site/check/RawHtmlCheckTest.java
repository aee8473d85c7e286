package cn.edu.hust.tjmc.site.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.edu.hust.tjmc.site.PlainMessages;
import cn.edu.hust.tjmc.site.ProjectCopy;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Raw HTML in a page, as editors might paste it: what prose needs passes, anything else is
 * refused at the line and column where it starts, with what to write instead.
 */
class RawHtmlCheckTest {

    /** Marks where the refused thing starts in each case; removed before the page is written. */
    private static final String HERE = "⟨here⟩";

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {
        // outside the list, however it is written
        "⟨here⟩<script>alert(1)</script>",
        "⟨here⟩<SCRIPT SRC=x.js></SCRIPT>",
        "Text ⟨here⟩<iframe src=\"https://example.org\"></iframe>",
        "⟨here⟩<object data=\"https://example.org/a.swf\"></object>",
        "⟨here⟩<embed src=\"https://example.org/a.swf\">",
        "⟨here⟩<base href=\"https://example.org/\">",
        "⟨here⟩<form action=\"https://example.org\"><input name=q></form>",
        "⟨here⟩<meta http-equiv=\"refresh\" content=\"0; url=https://example.org\">",
        "⟨here⟩<link rel=stylesheet href=\"https://example.org/a.css\">",
        "⟨here⟩<style>p { color: red }</style>",
        "⟨here⟩<svg><a xlink:href=\"javascript:alert(1)\">x</a></svg>",
        "⟨here⟩<math><mi>x</mi></math>",
        "⟨here⟩<template><img src=\"favicon.svg\" alt=\"\"></template>",
        "⟨here⟩<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\"></p></noscript>",
        "⟨here⟩<xmp><b>x</b></xmp>",
        "⟨here⟩<textarea>x</textarea>",
        "A ⟨here⟩<font color=red>red</font> word.",
        "A ⟨here⟩<marquee>moving</marquee> word.",
        "⟨here⟩<body onload=\"alert(1)\">",
        "⟨here⟩<button>Press</button>",
        "⟨here⟩<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>",
        "⟨here⟩<frameset><frame src=x></frameset>",
        "A ⟨here⟩<html lang=en> tag.",
        "⟨here⟩<title>Other title</title>",
        "⟨here⟩<plaintext><b>x",
        "⟨here⟩<select><option>x</option></select>",
        "<p>A paragraph ⟨here⟩<svg viewBox=\"0 0 1 1\"><image href=\"https://example.org/a.png\"/></svg></p>",
        "Text ⟨here⟩<noembed><img src=x></noembed>",
        // attributes outside the list
        "A <span ⟨here⟩style=\"color:red\">red</span> word.",
        "A <P ⟨here⟩STYLE=color:red>red</P>",
        "Call <a href=\"tel:+8627\" ⟨here⟩onmouseover=\"x()\">us</a>.",
        "<img src=\"favicon.svg\" alt=\"\" ⟨here⟩onerror=alert(1)>",
        "A <span ⟨here⟩class=\"x\">word</span>.",
        "<a href=\"about.html\" ⟨here⟩download>about</a>",
        "<a ⟨here⟩name=\"top\">top</a>",
        "<div ⟨here⟩data-x=\"1\">x</div>",
        // images and media from other hosts
        "<img ⟨here⟩src=\"https://example.org/a.png\" alt=\"a\">",
        "<IMG ⟨here⟩SRC=https://example.org/a.png ALT=a>",
        "<img ⟨here⟩src=\"//example.org/a.png\" alt=\"a\">",
        "<img ⟨here⟩src=\"&#104;ttps://example.org/a.png\" alt=\"a\">",
        "<img ⟨here⟩src=\"https&colon;//example.org/a.png\" alt=\"a\">",
        "<img ⟨here⟩src=\"\\\\example.org/a.png\" alt=\"a\">",
        "<img ⟨here⟩src=\"data:image/png;base64,AAAA\" alt=\"a\">",
        "<img src=\"favicon.svg\" ⟨here⟩srcset=\"favicon.svg 1x, https://example.org/a.png 2x\" alt=\"a\">",
        "<picture><source ⟨here⟩srcset=\"//example.org/a.webp\"><img src=\"favicon.svg\" alt=\"a\"></picture>",
        "<video ⟨here⟩poster=\"https://example.org/a.jpg\" controls></video>",
        "<video controls><source ⟨here⟩src=\"https://example.org/a.mp4\"></video>",
        "⟨here⟩![a](https://example.org/a.png)",
        "⟨here⟩![a][logo]\n\n[logo]: https://example.org/a.png",
        "<img ⟨here⟩src=\"ht&#x09;tps://example.org/a.png\" alt=\"a\">",
        "<img ⟨here⟩src=\"HTTP:example.org/a.png\" alt=\"a\">",
        "<image ⟨here⟩src=\"https://example.org/a.png\" alt=\"a\">",
        "<audio controls ⟨here⟩src=\"//example.org/a.mp3\"></audio>",
        "<video controls><track ⟨here⟩src=\"https://example.org/a.vtt\"></video>",
        "<img ⟨here⟩srcset=\"data:image/png;base64,AAAA 1x\" alt=\"a\">",
        // left open or closed out of order
        "Some <b>bold and ⟨here⟩<i>italic</b> text</i>.",
        "Some ⟨here⟩<em>text that never ends.",
        "<div>\n⟨here⟩<span>x\n</div>",
        "⟨here⟩<em>opened in one paragraph\n\nand closed in the next</em>",
        "Text ⟨here⟩</em> closed but never opened.",
        "Some <em>emphasis ⟨here⟩<strong>and strong</em></strong>.",
        "- one ⟨here⟩<b>bold\n- </b>two",
        "⟨here⟩<div>\nNever closed.",
        "⟨here⟩<a href=\"about.html\">About <a href=\"contact.html\">contact</a></a>",
        // Markdown reads a tag with = in an unquoted value as text: only its end tag is HTML
        "<a href=https://example.org/a?b=1&c=2>unquoted with =⟨here⟩</a>",
        "| Year |\n| --- |\n| ⟨here⟩<b>2016 |\n| </b> |",
        "<details>\n⟨here⟩<summary>Open\n</details>",
    })
    void isRefusedWhereItStarts(String html) {
        ProjectCopy project = new ProjectCopy(dir);
        int line = project.edit("content/contact.md", text -> text + "\n" + html.replace(HERE, "") + "\n");
        String before = html.substring(0, html.indexOf(HERE));
        int atLine = line + 1 + (int) before.chars().filter(c -> c == '\n').count();
        int column = before.length() - before.lastIndexOf('\n');
        List<String> problems = project.problems();
        problems.forEach(PlainMessages::assertPlainLine);
        String at = "content/contact.md:" + atLine + ":" + column + ": ";
        assertTrue(problems.stream().anyMatch(problem -> problem.startsWith(at) && problem.contains("(expected ")),
                "expected a problem at " + at + " for " + html + ", got " + problems);
        assertEquals(1, problems.size(), "one mistake, one message: " + problems);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "A <a href=\"https://example.org/\" title=\"Example\">link to another site</a> and <a href=about.html>one of ours</a>.",
        "<em>Emphasis</em>, <strong>strong</strong>, <code>code</code>, <kbd>Ctrl</kbd>, H<sub>2</sub>O, x<sup>2</sup>.",
        "The <abbr title=\"World Health Organization\">WHO</abbr> met on <time datetime=\"2017-05-19\">19 May 2017</time>.",
        "<table>\n<caption>Visits</caption>\n<thead><tr><th scope=col>Year</th></tr></thead>\n<tbody><tr><td>2016</td></tr></tbody>\n</table>",
        "<ul>\n<li>one\n<li>two\n</ul>\n\n<ol start=3><li>three</li></ol>",
        "<figure>\n<img src=\"favicon.svg\" alt=\"The logo\" width=\"64\" height=\"64\">\n<figcaption>The logo</figcaption>\n</figure>",
        "<details open>\n<summary>More</summary>\n\nHidden **Markdown** text.\n\n</details>",
        "<p lang=zh>同济医学院</p> <ruby>漢<rt>kan</rt></ruby>",
        "<IMG SRC=favicon.svg ALT=\"Logo\"> <img src=\"favicon.svg\" srcset=\"favicon.svg 1x, favicon.svg 2x,favicon.svg 640w\" sizes=\"50vw\" alt=\"\">",
        "<blockquote cite=\"https://example.org/\">Quoted</blockquote>\n\n<br>\n<hr>\n<!-- a note for editors -->",
        "<a href=\"https://example.org/\" target=\"_blank\" rel=\"noopener\">new tab</a> <a href=\"mailto:a@example.org\">mail</a>",
        "<A HREF=https://example.org/a>unquoted</A> <a href=\"https://example.org/a?b=1&c=2\">query</a> <details><summary>More</summary>Text</details>",
        "<video controls width=320 poster=\"favicon.svg\"><source src=\"favicon.svg\" type=\"image/svg+xml\"></video>",
        "<dl><dt>Term</dt><dd>Meaning</dd></dl> <del>old</del> <ins>new</ins> <mark>seen</mark> <s>gone</s>",
    })
    void proseMarkupPasses(String html) {
        ProjectCopy project = new ProjectCopy(dir);
        project.edit("content/contact.md", text -> text + "\n" + html + "\n");
        assertEquals(List.of(), project.problems());
    }
}
