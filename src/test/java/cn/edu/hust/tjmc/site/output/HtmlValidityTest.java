package cn.edu.hust.tjmc.site.output;

import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.edu.hust.tjmc.site.BuiltSite;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nu.validator.client.EmbeddedValidator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every page passes the Nu HTML Checker (the W3C validator's engine, run in-process) without an
 * error. Warnings are printed and do not fail: checked from disk, the pages' Content-Security-Policy
 * meta tag makes the checker warn that 'self' blocks their own stylesheet and script, which a
 * browser loading them over HTTP does not do, and it counts the home page's JSON-LD as inline
 * script, which browsers never run.
 */
class HtmlValidityTest {

    /** One message of the checker's GNU format: "file":line.column-line.column: type: message. */
    private static final Pattern GNU_MESSAGE =
            Pattern.compile("^\"[^\"]*\":(?:(\\d+)\\.(\\d+)(?:-\\d+\\.\\d+)?)?: ([a-z ]+): (.*)$");


    @ParameterizedTest(name = "{0}")
    @MethodSource(BuiltSite.ALL_PAGES)
    void pageHasNoHtmlErrors(String page) throws Exception {
        EmbeddedValidator validator = new EmbeddedValidator();
        validator.setOutputFormat(EmbeddedValidator.OutputFormat.GNU);
        String report = validator.validate(BuiltSite.fromSystemProperties().path(page));
        List<String> errors = new ArrayList<>();
        for (String line : report.lines().filter(line -> !line.isBlank()).toList()) {
            Matcher message = GNU_MESSAGE.matcher(line);
            if (!message.matches()) {
                errors.add(page + ": unexpected checker output: " + line); // never let an unread line pass
                continue;
            }
            String where = page + (message.group(1) == null ? "" : ":" + message.group(1) + ":" + message.group(2));
            String type = message.group(3);
            if (type.contains("error")) {
                errors.add(where + ": " + type + ": " + message.group(4));
            } else {
                System.out.println("HTML checker " + where + ": " + type + ": " + message.group(4));
            }
        }
        errors.forEach(System.out::println);
        assertTrue(errors.isEmpty(), () -> page + " has " + errors.size() + " HTML errors (Nu HTML Checker):\n  "
                + String.join("\n  ", errors));
    }
}
