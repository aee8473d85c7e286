package cn.edu.hust.tjmc.site.budget;

import cn.edu.hust.tjmc.site.BuiltSite;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What one page costs to show: its own HTML and the stylesheets and scripts it loads, each
 * gzip-compressed, and the images a phone loads for it (PhonePhotos; images are sent as they
 * are). References that are not files of the site are listed as unresolved, so that a budget
 * test can name them.
 */
record PageWeight(String page, int html, List<FileWeight> stylesheets, List<FileWeight> scripts, List<ImageWeight> images,
                  List<String> unresolved) {

    record FileWeight(String file, int gzip) {
    }

    /** An image file and its size as sent: images are compressed already. */
    record ImageWeight(String file, long bytes) {
    }

    static PageWeight of(BuiltSite site, String page) {
        Document document = site.parse(page);
        List<String> unresolved = new ArrayList<>();
        Set<String> stylesheets = new LinkedHashSet<>();
        for (Element link : document.select("link[href]")) {
            if (Arrays.asList(link.attr("rel").toLowerCase(Locale.ROOT).split("\\s+")).contains("stylesheet")) {
                addStylesheet(site, page, link.attr("href"), stylesheets, unresolved);
            }
        }
        Set<String> scripts = new LinkedHashSet<>();
        for (Element script : document.select("script[src]")) {
            site.localFile(page, script.attr("src")).filter(site::exists)
                    .ifPresentOrElse(scripts::add, () -> unresolved.add(script.attr("src")));
        }
        List<ImageWeight> images = new ArrayList<>();
        for (String image : PhonePhotos.picked(document)) {
            site.localFile(page, image).filter(site::exists).ifPresentOrElse(
                    file -> images.add(new ImageWeight(file, site.path(file).toFile().length())),
                    () -> unresolved.add(image));
        }
        return new PageWeight(page, site.gzipSize(page), weigh(site, stylesheets), weigh(site, scripts), images,
                unresolved);
    }

    /** A stylesheet and, depth first, the ones it imports (each import is one more request). */
    private static void addStylesheet(BuiltSite site, String from, String href, Set<String> stylesheets, List<String> unresolved) {
        var file = site.localFile(from, href).filter(site::exists);
        if (file.isEmpty()) {
            unresolved.add(href);
            return;
        }
        if (stylesheets.add(file.get())) {
            for (String imported : BuiltSite.cssImports(site.text(file.get()))) {
                addStylesheet(site, file.get(), imported, stylesheets, unresolved);
            }
        }
    }

    private static List<FileWeight> weigh(BuiltSite site, Set<String> files) {
        return files.stream().map(file -> new FileWeight(file, site.gzipSize(file))).toList();
    }

    int css() {
        return stylesheets.stream().mapToInt(FileWeight::gzip).sum();
    }

    int js() {
        return scripts.stream().mapToInt(FileWeight::gzip).sum();
    }

    int total() {
        return html + css() + js();
    }

    long imageBytes() {
        return images.stream().mapToLong(ImageWeight::bytes).sum();
    }

    /** Everything a phone loads the first time: the page, its stylesheets, scripts and images. */
    long firstLoad() {
        return total() + imageBytes();
    }

    /** The page itself, each stylesheet and each script, unresolved ones included. */
    int requests() {
        return 1 + stylesheets.size() + scripts.size() + unresolved.size();
    }
}
