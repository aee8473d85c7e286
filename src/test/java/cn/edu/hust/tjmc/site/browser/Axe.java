package cn.edu.hust.tjmc.site.browser;

import com.deque.html.axecore.args.AxeRunOnlyOptions;
import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import javax.naming.OperationNotSupportedException;

/**
 * axe-core (the copy bundled in its jar) in the page Chromium shows, put in once per page load and
 * run as often as the page is looked at another way (a width, a colour scheme): AxeBuilder injects
 * its half-megabyte script again for every run. Its script, run call and options are AxeBuilder's own.
 */
final class Axe {

    private static final AxeBuilder BUILDER = new AxeBuilder();
    private static final String SOURCE = source();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String options;

    /**
     * The rules of {@code tags}, every one run on every node as always; of the rules a page passes
     * only one node each is returned, not every node with its markup (axe's resultTypes), since
     * violations are what a test reads.
     */
    Axe(List<String> tags) {
        AxeRunOnlyOptions runOnly = new AxeRunOnlyOptions();
        runOnly.setType("tag");
        runOnly.setValues(tags);
        AxeRunOptions run = new AxeRunOptions();
        run.setRunOnly(runOnly);
        run.setResultTypes(List.of("violations"));
        this.options = new AxeBuilder().withOptions(run).getOptions();
    }

    private static String source() {
        try {
            return BUILDER.getAxeScriptProvider().getScript();
        } catch (OperationNotSupportedException | IOException e) {
            throw new IllegalStateException("axe-core's script is not in its jar", e);
        }
    }

    /** Puts axe-core into the page just loaded. */
    void inject(Chromium chromium) {
        chromium.script(SOURCE);
    }

    /** axe-core's results on the whole page as it is shown now. */
    Results run(Chromium chromium) {
        Object raw = chromium.driver().executeAsyncScript(BUILDER.axeRunScript, null, options);
        return JSON.convertValue(raw, Results.class);
    }
}
