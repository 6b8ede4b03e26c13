package app.briefingpack.model;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A calendar date known to the year, the month or the day: {@code 2005}, {@code 2005-03} or
 * {@code 2005-03-03}. Articles often give only a month, and a pack must never pretend to know
 * more than its input says.
 *
 * @param year  the year (1..9999)
 * @param month 1..12, or 0 when unknown
 * @param day   1..31, or 0 when unknown (always 0 when the month is unknown)
 */
public record PartialDate(int year, int month, int day) {

    private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    public PartialDate {
        if (year < 1 || year > 9999) throw new IllegalArgumentException("year out of range: " + year);
        if (month < 0 || month > 12) throw new IllegalArgumentException("month out of range: " + month);
        if (day < 0 || day > 31 || (month == 0 && day != 0))
            throw new IllegalArgumentException("day out of range: " + day);
        if (day > 0) java.time.LocalDate.of(year, month, day); // rejects 2005-02-30
    }

    /** Parses {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}; empty when it is none of those. */
    public static Optional<PartialDate> parse(String text) {
        if (text == null) return Optional.empty();
        Matcher m = ISO.matcher(text.strip());
        if (!m.matches()) return Optional.empty();
        try {
            int y = Integer.parseInt(m.group(1));
            int mo = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
            int d = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
            return Optional.of(new PartialDate(y, mo, d));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    public boolean hasMonth() { return month > 0; }

    public boolean hasDay() { return day > 0; }

    /** The TIMEX3/ISO form: {@code 2005}, {@code 2005-03} or {@code 2005-03-03}. */
    @Override
    public String toString() {
        if (month == 0) return String.format("%04d", year);
        if (day == 0) return String.format("%04d-%02d", year, month);
        return String.format("%04d-%02d-%02d", year, month, day);
    }
}
