package cn.edu.hust.tjmc.site.source;

import com.vladsch.flexmark.parser.PegdownExtensions;
import com.vladsch.flexmark.profile.pegdown.PegdownOptionsAdapter;
import com.vladsch.flexmark.util.data.DataHolder;

/** How the site's Markdown is read: flexmark with the extensions of jbake.properties, as JBake reads them. */
public final class MarkdownOptions {

    private MarkdownOptions() {
    }

    /** flexmark's options for {@code markdown.extensions} as written ("AUTOLINKS,TABLES,-ANCHORLINKS"). */
    public static DataHolder of(String names) {
        return PegdownOptionsAdapter.flexmarkOptions(extensions(names));
    }

    /** The pegdown extension flags named by markdown.extensions, each added, or removed with a leading '-'. */
    public static int extensions(String names) {
        int extensions = PegdownExtensions.NONE;
        for (String name : names.split(",")) {
            String trimmed = name.strip();
            boolean remove = trimmed.startsWith("-");
            String field = trimmed.replaceFirst("^[+-]", "");
            if (field.isEmpty()) {
                continue;
            }
            try {
                int flag = PegdownExtensions.class.getField(field).getInt(null);
                extensions = remove ? extensions & ~flag : extensions | flag;
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("jbake.properties: unknown markdown extension " + field, e);
            }
        }
        return extensions;
    }
}
