package cn.edu.hust.tjmc.site.preview;

import java.nio.file.Path;
import java.util.List;

/**
 * The outcome of one bake attempt by {@link SiteBaker}.
 *
 * @param siteDir  the complete baked site, or null when the bake failed
 * @param errors   what went wrong, one {@code file:line:column: message} line each; empty on success
 * @param millis   how long checks and bake took
 */
public record PreviewBake(Path siteDir, List<String> errors, long millis) {

    public boolean succeeded() {
        return errors.isEmpty();
    }
}
