package cn.edu.hust.tjmc.site.source;

import java.time.LocalDate;
import java.time.Year;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * When a timeline event happened: a year, or a full date when the sources give the day.
 * Events known only by year sort before the dated events of the same year. Readers' forms, in
 * each language, are model/DateFormats'.
 */
public record EventDate(int year, Optional<LocalDate> day) implements Comparable<EventDate> {

    /** The first year an event may have: the college's history starts in 1907. */
    public static final int FIRST_YEAR = 1900;
    /** How far ahead an event may be: a planned visit or agreement, never a year typed as 9999. */
    public static final int YEARS_AHEAD = 5;
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final DateTimeFormatter ISO_STRICT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);
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

    /**
     * Why this date cannot be an event's, if it cannot: its year is before {@link #FIRST_YEAR} or
     * more than {@link #YEARS_AHEAD} years after {@code thisYear} (0001 and 9999 are real dates,
     * and a feed reader or a browser would print them).
     *
     * @param written the date as the editor wrote it, for the message
     */
    public Optional<String> outsideYears(String written, Year thisYear) {
        int last = thisYear.getValue() + YEARS_AHEAD;
        if (year >= FIRST_YEAR && year <= last) {
            return Optional.empty();
        }
        return Optional.of("'" + written.strip() + "' is " + (year < FIRST_YEAR ? "before" : "after") + " the years"
                + " the timeline can show (expected a year from " + FIRST_YEAR + " to " + last + ": the college's"
                + " history, and planned events up to " + YEARS_AHEAD + " years ahead)");
    }

    /** Machine-readable form for {@code <time datetime>}: "2016" or "2017-05-19". */
    public String iso() {
        return day.map(LocalDate::toString).orElse(Integer.toString(year));
    }

    @Override
    public int compareTo(EventDate other) {
        return ORDER.compare(this, other);
    }
}
