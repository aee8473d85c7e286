package cn.edu.hust.tjmc.site.source;

import cn.edu.hust.tjmc.site.report.Problem;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/** Reads an editor's file as UTF-8, or says on which line the first byte that is not UTF-8 sits. */
public final class Utf8Text {

    private Utf8Text() {
    }

    /** "3.2 MB", "64 MB": a file's size as editors read it (1 MB = 1024 x 1024 bytes, as file managers count). */
    public static String megabytes(long bytes) {
        double mb = bytes / (1024.0 * 1024.0);
        return (mb == Math.rint(mb) ? Long.toString((long) mb) : String.format(java.util.Locale.ROOT, "%.1f", mb)) + " MB";
    }

    /** @return the text, or null after adding a problem at the first bad byte */
    public static String decode(byte[] bytes, Path displayPath, List<Problem> problems) {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(in, out, true);
        if (!result.isError()) {
            return out.flip().toString();
        }
        // the decoder stops at the first bad byte: count lines and characters up to it
        String before = new String(bytes, 0, in.position(), StandardCharsets.UTF_8);
        int line = (int) before.chars().filter(c -> c == '\n').count() + 1;
        int column = before.length() - before.lastIndexOf('\n');
        problems.add(new Problem(displayPath, line, column, "",
                "not UTF-8 text: the file was saved in another encoding, such as GBK or ANSI, and the build reads"
                + " only UTF-8 (expected the file saved again as UTF-8: in VS Code, click the encoding, such as GBK,"
                + " in the status bar at the bottom, choose Save with Encoding, then UTF-8; in Notepad, choose File,"
                + " Save As, and set Encoding to UTF-8)"));
        return null;
    }
}
