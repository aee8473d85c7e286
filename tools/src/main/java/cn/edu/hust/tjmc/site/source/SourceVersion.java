package cn.edu.hust.tjmc.site.source;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Which version of an English text a translation was made from: the first 8 hex digits of the
 * SHA-256 of the English texts, each with its line ends made '\n' and stripped, joined by a
 * line holding only NUL. Written in a translation's {@code source_version}; when the English
 * changes, so does its version, and the build warns that the translation is outdated. No git
 * history is needed (CI clones are shallow), and re-wrapping the English changes its version
 * as any edit does: the translator looks and writes the new one.
 */
public final class SourceVersion {

    private SourceVersion() {
    }

    /** The version of these texts (title, description, body: in the order the caller always gives them). */
    public static String of(String... texts) {
        StringBuilder joined = new StringBuilder();
        for (String text : texts) {
            joined.append(text == null ? "" : text.replace("\r\n", "\n").replace('\r', '\n').strip()).append("\n\0\n");
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(joined.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
