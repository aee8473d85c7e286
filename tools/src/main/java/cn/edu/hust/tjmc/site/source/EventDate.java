package cn.edu.hust.tjmc.site.source;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * When a timeline event happened: a year, or a full date when the sources give the day.
 * Events known only by year sort before the dated events of the same year.
 */
public record EventDate(int year, Optional<LocalDate> day) implements Comparable<EventDate> {

    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final DateTimeFormatter ISO_STRICT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter DISPLAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);
    private static final Comparator<EventDate> ORDER = Comparator.comparingInt(EventDate::year)
            .thenComparing(date -> date.day().orElse(null), Comparator.nullsFirst(Comparator.naturalOrder()));

    /**
     * Parses "2016" or "2017-05-19".
     *
     * @throws IllegalArgumentException with an editor-facing message when the text is neither
     */
    public static EventDate parse(String text) {
        String value = text.strip();
        if (YEAR.matcher(value).matches()) {
            return new EventDate(Integer.parseInt(value), Optional.empty());
        }
        try {
            LocalDate day = LocalDate.parse(value, ISO_STRICT);
            return new EventDate(day.getYear(), Optional.of(day));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + value + "' is not a real date (expected a year like 2016"
                    + " or a date like 2017-05-19)");
        }
    }

    /** Machine-readable form for {@code <time datetime>}: "2016" or "2017-05-19". */
    public String iso() {
        return day.map(LocalDate::toString).orElse(Integer.toString(year));
    }

    /** Reader-facing form: "2016" or "19 May 2017". */
    public String display() {
        return day.map(DISPLAY::format).orElse(Integer.toString(year));
    }

    /** "2010s" for 2016. */
    public String decade() {
        return (year / 10 * 10) + "s";
    }

    @Override
    public int compareTo(EventDate other) {
        return ORDER.compare(this, other);
    }
}
