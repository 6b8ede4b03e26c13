package app.briefingpack.model;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A TIMEX3 date value read once, the one reader of such values: the timeline's order
 * (analysis), the teacher's dates (corrections) and the dates people read (documents) all ask it.
 * A time of day after {@code T} is read past; an impossible date (2005-02-30, week 54) is
 * {@link Form#UNREADABLE}, never an exception.
 *
 * @param form   what kind of period the value names
 * @param year   the year (1..9999), or 0 when the value has none ({@code XXXX-03-03}) or is no calendar value
 * @param month  1..12 for {@link Form#DAY} and {@link Form#MONTH}, else 0
 * @param day    the day of the month for {@link Form#DAY}, else 0
 * @param part   for {@link Form#PART}: {@code H1 H2 Q1..Q4 SP SU FA WI} ({@code AU} is read as {@code FA}); else null
 * @param week   the ISO week for {@link Form#WEEK} and {@link Form#WEEKEND}, else 0
 * @param decade for {@link Form#DECADE}: its first year divided by ten ({@code 199} is the 1990s), else 0
 */
public record TimexValue(Form form, int year, int month, int day, String part, int week, int decade) {

    /** The kinds of value. {@code PAST}, {@code PRESENT} and {@code FUTURE} are the {@code _REF} values. */
    public enum Form { DAY, MONTH, PART, WEEK, WEEKEND, YEAR, DECADE, PAST, PRESENT, FUTURE, UNREADABLE }

    private static final Pattern DATE = Pattern.compile(
            "(\\d{4}|XXXX)(?:-(?:(\\d{2})(?:-(\\d{2}))?|(H[12]|Q[1-4]|SP|SU|FA|AU|WI)|W(\\d{2})(-WE|-\\d)?))?(?:T.*)?");
    private static final Pattern DECADE = Pattern.compile("(\\d{3})X?");
    /** Day arithmetic for a value without a year runs on a leap year, so that February 29 is a date. */
    private static final int LEAP_YEAR = 2000;
    private static final TimexValue UNREAD = new TimexValue(Form.UNREADABLE, 0, 0, 0, null, 0, 0);

    /** Reads a value; null, blank or anything else TIMEX3 dates are not is {@link Form#UNREADABLE}. */
    public static TimexValue parse(String value) {
        String v = value == null ? "" : value.strip().toUpperCase(Locale.ROOT);
        switch (v) {
            case "PAST_REF": return new TimexValue(Form.PAST, 0, 0, 0, null, 0, 0);
            case "PRESENT_REF": return new TimexValue(Form.PRESENT, 0, 0, 0, null, 0, 0);
            case "FUTURE_REF": return new TimexValue(Form.FUTURE, 0, 0, 0, null, 0, 0);
            default: break;
        }
        Matcher d = DECADE.matcher(v);
        if (d.matches()) {
            int decade = Integer.parseInt(d.group(1));
            return decade >= 1 ? new TimexValue(Form.DECADE, 0, 0, 0, null, 0, decade) : UNREAD;
        }
        Matcher m = DATE.matcher(v);
        if (!m.matches()) return UNREAD;
        int y = m.group(1).equals("XXXX") ? 0 : Integer.parseInt(m.group(1));
        if (m.group(1).equals("0000")) return UNREAD;
        if (m.group(2) != null) {
            int mo = Integer.parseInt(m.group(2));
            if (mo < 1 || mo > 12) return UNREAD;
            if (m.group(3) == null) return new TimexValue(Form.MONTH, y, mo, 0, null, 0, 0);
            int day = Integer.parseInt(m.group(3));
            if (day < 1 || day > YearMonth.of(y == 0 ? LEAP_YEAR : y, mo).lengthOfMonth()) return UNREAD;
            return new TimexValue(Form.DAY, y, mo, day, null, 0, 0);
        }
        if (m.group(4) != null) return new TimexValue(Form.PART, y, 0, 0, m.group(4).equals("AU") ? "FA" : m.group(4), 0, 0);
        if (m.group(5) != null) {
            int w = Integer.parseInt(m.group(5));
            if (w < 1 || w > (y == 0 ? 53 : IsoFields.WEEK_OF_WEEK_BASED_YEAR.rangeRefinedBy(LocalDate.of(y, 1, 4)).getMaximum()))
                return UNREAD;
            return new TimexValue("-WE".equals(m.group(6)) ? Form.WEEKEND : Form.WEEK, y, 0, 0, null, w, 0);
        }
        return new TimexValue(Form.YEAR, y, 0, 0, null, 0, 0); // XXXX: a year, not stated
    }

    /** One of the {@code _REF} values: before, at or after the article's own time, not a calendar position. */
    public boolean relative() { return form == Form.PAST || form == Form.PRESENT || form == Form.FUTURE; }

    /** Whether the value gives its year (a decade counts: it is a stretch of known years). */
    public boolean yearKnown() { return year > 0 || form == Form.DECADE; }

    /** A calendar value (a day, month, part of a year, week, year or decade), with or without its year. */
    public boolean calendar() { return form.ordinal() <= Form.DECADE.ordinal(); }

    /**
     * The first day the value covers, or null when it has no year or is not a calendar value.
     * Seasons start at their meteorological month: winter in the December before its year.
     */
    public LocalDate start() {
        if (!calendar() || !yearKnown()) return null;
        return switch (form) {
            case DAY -> LocalDate.of(year, month, day);
            case MONTH -> LocalDate.of(year, month, 1);
            case PART -> LocalDate.of(part.equals("WI") ? year - 1 : year, partFirstMonth(), 1);
            case WEEK, WEEKEND -> LocalDate.of(year, 1, 4).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week).with(DayOfWeek.MONDAY);
            case DECADE -> LocalDate.of(decade * 10, 1, 1);
            default -> LocalDate.of(year, 1, 1);
        };
    }

    /** The first month of a {@link Form#PART} (12 for winter, which starts in the December before). */
    public int partFirstMonth() {
        return switch (part) {
            case "H1", "Q1" -> 1;
            case "H2", "Q3" -> 7;
            case "Q2" -> 4;
            case "Q4" -> 10;
            case "SP" -> 3;
            case "SU" -> 6;
            case "FA" -> 9;
            default -> 12;
        };
    }

    /** How many months a {@link Form#PART} covers. */
    public int partMonths() { return part.startsWith("H") ? 6 : 3; }

    /**
     * How precise a value is: {@code day}, {@code month}, {@code season} (also quarters, halves and
     * weeks: parts of a year), {@code year}, {@code approximate} (a decade, or any value but a
     * {@code _REF} one with a mod such as START or APPROX) or {@code relative} (the {@code _REF}
     * values and what is unreadable).
     */
    public String certainty(String mod) {
        if (relative()) return "relative";
        if (mod != null && !mod.isBlank()) return "approximate";
        if (form == Form.UNREADABLE) return "relative";
        return switch (form) {
            case DAY -> "day";
            case MONTH -> "month";
            case PART, WEEK, WEEKEND -> "season";
            case DECADE -> "approximate";
            default -> "year";
        };
    }

    /** Rank for ties at the same start day: coarser periods first ("2004" before "2004-01-01"). */
    public int fineness() {
        return switch (certainty(null)) {
            case "year", "approximate" -> 0;
            case "season" -> 1;
            case "month" -> 2;
            case "day" -> 3;
            default -> 4;
        };
    }
}
