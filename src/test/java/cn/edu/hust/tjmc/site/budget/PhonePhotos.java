package cn.edu.hust.tjmc.site.budget;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The image files a phone downloads for a page: for each {@code <picture>} its WebP source (every
 * phone browser reads WebP), else the {@code <img>}; from a {@code srcset} with {@code w} widths
 * the narrowest candidate at least as wide as the image's slot in device pixels, as browsers pick.
 * Lazy images count too: the budget assumes the visitor scrolls the whole page.
 */
final class PhonePhotos {

    /** The phone of the budgets: 375 CSS pixels wide, 2 device pixels per CSS pixel, 16 px rem. */
    static final int WIDTH = 375;
    static final int DENSITY = 2;
    private static final int REM = 16;
    private static final Pattern MEDIA = Pattern.compile("\\(min-width:\\s*([\\d.]+)(rem|px)\\)\\s+(.+)");
    private static final Pattern CALC = Pattern.compile("calc\\(100vw\\s*-\\s*([\\d.]+)(rem|px)\\)");

    private PhonePhotos() {
    }

    /** The addresses, relative to the page, of the image files the phone loads for {@code page}. */
    static List<String> picked(Document page) {
        List<String> files = new ArrayList<>();
        for (Element img : page.select("img")) {
            Element source = img.parent() != null && img.parent().normalName().equals("picture")
                    ? img.parent().selectFirst("source[type=image/webp]") : null;
            Element chosen = source != null ? source : img;
            files.add(chosen.hasAttr("srcset") ? candidate(chosen.attr("srcset"), chosen.attr("sizes")) : img.attr("src"));
        }
        return files;
    }

    static String candidate(String srcset, String sizes) {
        double needed = slot(sizes) * DENSITY;
        String best = null;
        int bestWidth = 0;
        for (String entry : srcset.split(",")) {
            String[] parts = entry.strip().split("\\s+");
            int width = Integer.parseInt(parts[1].substring(0, parts[1].length() - 1));
            boolean fits = width >= needed;
            boolean bestFits = bestWidth >= needed;
            if (best == null || fits && (!bestFits || width < bestWidth) || !fits && !bestFits && width > bestWidth) {
                best = parts[0];
                bestWidth = width;
            }
        }
        return best;
    }

    /** The slot width in CSS pixels at the phone's width, from a sizes list; 100vw without one. */
    static double slot(String sizes) {
        if (sizes.isBlank()) {
            return WIDTH;
        }
        for (String entry : sizes.split(",")) {
            Matcher media = MEDIA.matcher(entry.strip());
            if (!media.matches()) {
                return pixels(entry.strip());
            }
            if (WIDTH >= Double.parseDouble(media.group(1)) * (media.group(2).equals("rem") ? REM : 1)) {
                return pixels(media.group(3));
            }
        }
        return WIDTH;
    }

    private static double pixels(String length) {
        Matcher calc = CALC.matcher(length);
        if (calc.matches()) {
            return WIDTH - Double.parseDouble(calc.group(1)) * (calc.group(2).equals("rem") ? REM : 1);
        }
        if (length.endsWith("vw")) {
            return WIDTH * Double.parseDouble(length.replace("vw", "")) / 100;
        }
        if (length.endsWith("rem")) {
            return Double.parseDouble(length.replace("rem", "")) * REM;
        }
        return Double.parseDouble(length.replace("px", ""));
    }
}
