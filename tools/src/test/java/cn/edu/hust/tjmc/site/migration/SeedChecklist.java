package cn.edu.hust.tjmc.site.migration;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The seed text (test resource seed/tjmc-international.txt, the content's source of truth,
 * copied verbatim so that CI has it) and the checklist of its facts (test resource seed-checklist.tsv).
 */
final class SeedChecklist {

    static final String SEED = "seed/tjmc-international.txt";
    static final String CHECKLIST = "seed-checklist.tsv";

    /** One fact: the seed line it comes from, the text the site must show, and where. */
    record Fact(int checklistLine, int seedLine, String text, List<String> pages) {
        @Override
        public String toString() {
            return "seed line " + seedLine + " \"" + text + "\" on " + String.join(", ", pages);
        }
    }

    private SeedChecklist() {
    }

    /** The seed's lines, the first at index 0. */
    static List<String> seedLines() {
        return resource(SEED).lines().toList();
    }

    static List<Fact> facts() {
        List<Fact> facts = new ArrayList<>();
        List<String> lines = resource(CHECKLIST).lines().toList();
        boolean header = true;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (header) {
                header = false; // the column names
                continue;
            }
            String[] columns = line.split("\t", -1);
            int number = i + 1;
            if (columns.length != 3) {
                throw new IllegalStateException(CHECKLIST + ":" + number + ": expected 3 tab-separated columns, found " + columns.length);
            }
            int seedLine;
            try {
                seedLine = Integer.parseInt(columns[0].trim());
            } catch (NumberFormatException e) {
                throw new IllegalStateException(CHECKLIST + ":" + number + ": seed line \"" + columns[0] + "\" is not a number");
            }
            List<String> pages = Arrays.stream(columns[2].split(",")).map(String::trim).filter(page -> !page.isEmpty()).toList();
            if (columns[1].isBlank() || pages.isEmpty()) {
                throw new IllegalStateException(CHECKLIST + ":" + number + ": text and pages must not be empty");
            }
            facts.add(new Fact(number, seedLine, columns[1].trim(), pages));
        }
        return facts;
    }

    private static String resource(String name) {
        try (InputStream in = SeedChecklist.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("test resource " + name + " is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }
}
