package cn.edu.hust.tjmc.site.preview;

import java.io.File;
import org.jbake.app.ContentStore;

/**
 * JBake's content store, kept open from one preview bake to the next. JBake's Oven closes and
 * shuts down its store after every bake, which for an in-memory store throws away every parsed
 * page; kept, the crawler finds unchanged files by their sha1 and the renderers render only the
 * pages it re-read. {@link #clearOnNextBake()} makes the next bake start from an empty store
 * through JBake's own clear-cache path, for changes that touch every page.
 * Used by one thread only: OrientDB binds the database to the thread that bakes.
 */
final class LastingContentStore extends ContentStore {

    private boolean started;
    private boolean clearNext = true;

    LastingContentStore(String type, String name) {
        super(type, name);
    }

    /** The next bake re-reads and re-renders every page. */
    void clearOnNextBake() {
        clearNext = true;
    }

    @Override
    public void startup() {
        if (!started) {
            super.startup();
            started = true;
        }
    }

    /**
     * Called by Oven after startup and before the crawl: the one point where a clear is JBake's own.
     * JBake records the templates' signature only when not told to clear, and clears when it finds
     * none recorded; so the signature is always brought up to date first, or the bake after a clear
     * would render every page again.
     */
    @Override
    public void updateAndClearCacheIfNeeded(boolean clearCache, File templateFolder) {
        super.updateAndClearCacheIfNeeded(false, templateFolder);
        if (clearCache || clearNext) {
            super.updateAndClearCacheIfNeeded(true, templateFolder);
        }
        clearNext = false;
    }

    /** Oven calls this after every bake; the store must outlive the bake. */
    @Override
    public void close() {
    }

    /** Oven calls this after every bake; the store must outlive the bake. */
    @Override
    public void shutdown() {
    }

    /** Really closes the store; the next bake starts a new one. */
    void dispose() {
        if (started) {
            super.close();
            super.shutdown();
            started = false;
        }
        clearNext = true;
    }
}
