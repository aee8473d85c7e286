package cn.edu.hust.tjmc.site;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The colour tokens of assets/css/site.css keep WCAG 2.2 AA contrast in the light and the
 * dark scheme: 4.5:1 for text, 3:1 for control borders and other non-text indicators.
 */
class ColourContrastTest {

    private static final Path SITE_CSS = ProjectCopy.REAL_PROJECT.resolve("assets/css/site.css");
    private static final Pattern TOKEN = Pattern.compile("--tjmc-([a-z-]+):\\s*(#[0-9a-fA-F]{6})");
    private static final String DARK_BLOCK = "@media (prefers-color-scheme: dark) {";

    /** Foreground token, background token, least ratio: every pair the style sheet puts together. */
    private static final List<Object[]> PAIRS = List.of(
            new Object[] {"text", "bg", 4.5}, new Object[] {"text", "surface", 4.5},
            new Object[] {"text", "highlight", 4.5}, new Object[] {"muted", "bg", 4.5},
            new Object[] {"muted", "surface", 4.5}, new Object[] {"muted", "highlight", 4.5},
            new Object[] {"link", "bg", 4.5}, new Object[] {"link", "surface", 4.5},
            new Object[] {"link", "highlight", 4.5}, new Object[] {"link-hover", "bg", 4.5},
            new Object[] {"link-hover", "surface", 4.5}, new Object[] {"accent", "bg", 4.5},
            new Object[] {"accent", "surface", 4.5}, new Object[] {"on-brand", "brand-bg", 4.5},
            new Object[] {"on-brand", "brand-deep", 4.5}, new Object[] {"on-brand-muted", "brand-bg", 4.5},
            new Object[] {"on-brand-muted", "brand-deep", 4.5}, new Object[] {"focus-text", "focus", 4.5},
            new Object[] {"control-border", "bg", 3.0}, new Object[] {"control-border", "surface", 3.0},
            new Object[] {"accent", "highlight", 3.0});

    @Test
    void everyTokenPairMeetsAaInBothSchemes() throws IOException {
        String css = Files.readString(SITE_CSS);
        int dark = css.indexOf(DARK_BLOCK);
        assertTrue(dark > 0, "no dark-scheme block in " + SITE_CSS);
        Map<String, String> light = tokens(css.substring(0, dark));
        Map<String, String> darkScheme = new HashMap<>(light);
        darkScheme.putAll(tokens(css.substring(dark, css.indexOf("\n}", dark))));

        List<String> failures = new ArrayList<>();
        check("light", light, failures);
        check("dark", darkScheme, failures);
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    private static void check(String scheme, Map<String, String> tokens, List<String> failures) {
        for (Object[] pair : PAIRS) {
            String foreground = tokens.get((String) pair[0]);
            String background = tokens.get((String) pair[1]);
            if (foreground == null || background == null) {
                failures.add(scheme + ": token --tjmc-" + pair[0] + " or --tjmc-" + pair[1] + " is missing");
                continue;
            }
            double ratio = ratio(foreground, background);
            if (ratio < (double) pair[2]) {
                failures.add(String.format("%s: --tjmc-%s %s on --tjmc-%s %s is %.2f:1, expected at least %.1f:1",
                        scheme, pair[0], foreground, pair[1], background, ratio, (double) pair[2]));
            }
        }
    }

    private static Map<String, String> tokens(String css) {
        Map<String, String> tokens = new HashMap<>();
        Matcher matcher = TOKEN.matcher(css);
        while (matcher.find()) {
            tokens.put(matcher.group(1), matcher.group(2));
        }
        return tokens;
    }

    /** WCAG 2 contrast ratio of two sRGB colours written #rrggbb. */
    static double ratio(String first, String second) {
        double a = luminance(first);
        double b = luminance(second);
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    }

    private static double luminance(String hex) {
        double[] channels = new double[3];
        for (int i = 0; i < 3; i++) {
            double value = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
            channels[i] = value <= 0.04045 ? value / 12.92 : Math.pow((value + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2];
    }
}
