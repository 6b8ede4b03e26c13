package app.briefingpack.analysis.time;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads TIMEX3 date values back: their start day (for ordering) and their precision. */
public final class TimexValues {

    private static final Pattern DATE = Pattern.compile(
            "(\\d{4}|XXXX)(?:-(?:(\\d{2})(?:-(\\d{2}))?|Q([1-4])|H([12])|(SP|SU|FA|WI)|W(\\d{2})(-WE)?))?(T.*)?");
    private static final Pattern DECADE = Pattern.compile("(\\d{3})");

    private TimexValues() {}

    /** The first day the value covers, or null when it has no known year or is not a calendar value. */
    public static LocalDate start(String value) {
        if (value == null) return null;
        Matcher d = DECADE.matcher(value);
        if (d.matches()) return LocalDate.of(Integer.parseInt(value) * 10, 1, 1);
        Matcher m = DATE.matcher(value);
        if (!m.matches() || m.group(1).equals("XXXX")) return null;
        int y = Integer.parseInt(m.group(1));
        if (m.group(2) != null) return LocalDate.of(y, Integer.parseInt(m.group(2)), m.group(3) == null ? 1 : Integer.parseInt(m.group(3)));
        if (m.group(4) != null) return LocalDate.of(y, 3 * Integer.parseInt(m.group(4)) - 2, 1);
        if (m.group(5) != null) return LocalDate.of(y, m.group(5).equals("1") ? 1 : 7, 1);
        if (m.group(6) != null) return switch (m.group(6)) {
            case "WI" -> LocalDate.of(y - 1, 12, 1);
            case "SP" -> LocalDate.of(y, 3, 1);
            case "SU" -> LocalDate.of(y, 6, 1);
            default -> LocalDate.of(y, 9, 1);
        };
        if (m.group(7) != null) return LocalDate.of(y, 1, 4).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(m.group(7)))
                .with(java.time.DayOfWeek.MONDAY);
        return LocalDate.of(y, 1, 1);
    }

    /**
     * How precise a value is: {@code day}, {@code month}, {@code season} (also quarters, halves and
     * weeks: parts of a year), {@code year} (also decades), or {@code relative} for
     * PAST_REF/PRESENT_REF/FUTURE_REF. A mod (START, APPROX ...) makes it {@code approximate}.
     */
    public static String certainty(String value, String mod) {
        if (value == null || value.endsWith("_REF")) return "relative";
        if (mod != null && !mod.isBlank()) return "approximate";
        if (DECADE.matcher(value).matches()) return "approximate";
        Matcher m = DATE.matcher(value);
        if (!m.matches()) return "relative";
        if (m.group(3) != null) return "day";
        if (m.group(2) != null) return "month";
        if (m.group(4) != null || m.group(5) != null || m.group(6) != null || m.group(7) != null) return "season";
        return "year";
    }

    /** Rank for ties at the same start day: coarser periods first ("2004" before "2004-01-01"). */
    static int fineness(String value) {
        String c = certainty(value, null);
        return switch (c) {
            case "year", "approximate" -> 0;
            case "season" -> 1;
            case "month" -> 2;
            case "day" -> 3;
            default -> 4;
        };
    }
}
