package app.briefingpack.documents;

import static app.briefingpack.text.Prose.capitalise;

import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;

import app.briefingpack.model.PartialDate;
import app.briefingpack.model.TimelineEvent;
import app.briefingpack.model.TimexValue;
import app.briefingpack.text.DateWords;

/**
 * What a TIMEX3 value (read by {@link TimexValue}) says about when something happened, for people: a display form
 * ("Second half of 2003", "March 3 (year not stated)") and, when the value fixes a calendar
 * position, the span it covers on a month scale. Nothing here guesses: a value without a year
 * has no position, and a relative value ({@code PAST_REF}) is placed only by the order the
 * article tells it in.
 *
 * @param display     the date as a table cell or the start of a sentence
 * @param phrase      the date inside a sentence ("the second half of 2003")
 * @param start       start of the span in months since year 0 (month index + fraction), or NaN
 * @param end         end of the span (exclusive), or NaN
 * @param precision   {@code day}, {@code month}, {@code span} (longer than a month) or
 *                    {@code none} (no calendar position: relative, year not stated, unreadable)
 * @param yearUnknown the value has a month or day but no year (XXXX-03-03)
 * @param approximate the value is relative or marked APPROX: its position is not exact
 */
public record EventDate(String display, String phrase, double start, double end, String precision,
                        boolean yearUnknown, boolean approximate) {

    /** Whether the date has a position on a calendar scale. */
    public boolean placed() { return !Double.isNaN(start); }

    /** The date of a timeline event; {@code reference} is the article's date (may be null). */
    public static EventDate of(TimelineEvent e, PartialDate reference) {
        String mod = e.expression() == null ? null : e.expression().mod();
        String text = e.expression() == null ? null : e.expression().text();
        return of(e.value(), mod, text, reference);
    }

    public static EventDate of(String value, String mod, String text, PartialDate reference) {
        TimexValue t = TimexValue.parse(value);
        String m = mod == null ? "" : mod.strip().toUpperCase(Locale.ROOT);
        boolean approx = m.equals("APPROX");
        int y = t.year();
        if (t.yearKnown()) {
            switch (t.form()) {
                case DAY -> {
                    int len = YearMonth.of(y, t.month()).lengthOfMonth();
                    double s = index(y, t.month()) + (t.day() - 1.0) / len;
                    String disp = t.day() + " " + month(t.month()) + " " + y;
                    return withMod(new EventDate(disp, disp, s, s + 1.0 / len, "day", false, false), m, approx);
                }
                case MONTH -> {
                    String disp = month(t.month()) + " " + y;
                    return withMod(new EventDate(disp, disp, index(y, t.month()), index(y, t.month()) + 1, "month", false, false), m, approx);
                }
                case PART -> {
                    String name = switch (t.part()) {
                        case "H1" -> "first half of " + y;
                        case "H2" -> "second half of " + y;
                        case "Q1", "Q2", "Q3", "Q4" -> new String[] {"first", "second", "third", "fourth"}[t.part().charAt(1) - '1']
                                + " quarter of " + y;
                        case "SP" -> "spring " + y;
                        case "SU" -> "summer " + y;
                        case "FA" -> "autumn " + y;
                        default -> "winter " + y; // December before to February
                    };
                    String phrase = t.part().startsWith("H") || t.part().startsWith("Q") ? "the " + name : name;
                    double s = index(t.start().getYear(), t.partFirstMonth());
                    return withMod(new EventDate(capitalise(name), phrase, s, s + t.partMonths(), "span", false, false), m, approx);
                }
                case YEAR -> {
                    double s = index(y, 1);
                    return switch (m) {
                        case "START" -> new EventDate("Early " + y, "early " + y, s, s + 4, "span", false, false);
                        case "MID" -> new EventDate("Mid-" + y, "mid-" + y, s + 4, s + 8, "span", false, false);
                        case "END" -> new EventDate("Late " + y, "late " + y, s + 8, s + 12, "span", false, false);
                        default -> withMod(new EventDate(Integer.toString(y), Integer.toString(y), s, s + 12, "span", false, false), m, approx);
                    };
                }
                case WEEK -> {
                    // ISO weeks run Monday to Sunday; on a month scale a week is about a quarter month.
                    double s = y * 12.0 + (t.week() - 1) * 12.0 / 52.18;
                    String disp = "Week " + t.week() + " of " + y;
                    return new EventDate(disp, "week " + t.week() + " of " + y, s, s + 12.0 / 52.18, "span", false, approx);
                }
                case DECADE -> {
                    int decade = t.decade() * 10;
                    String disp = "The " + decade + "s";
                    return withMod(new EventDate(disp, "the " + decade + "s", decade * 12.0, (decade + 10) * 12.0, "span", false, false), m, approx);
                }
                default -> { } // a weekend: told in the article's words below
            }
        } else if (t.form() == TimexValue.Form.DAY || t.form() == TimexValue.Form.MONTH) {
            String md = t.form() == TimexValue.Form.MONTH ? month(t.month()) : month(t.month()) + " " + t.day();
            // Never guess the year: say it is not stated.
            return new EventDate(md + " (year not stated)", md + " (year not stated)", Double.NaN, Double.NaN,
                    "none", true, false);
        }
        String said = text == null || text.isBlank() ? null : text.strip();
        String ref = reference == null ? null : AnnotatedTextDocument.date(reference);
        return switch (t.form()) {
            case PAST -> relative(said, "Some time ago", ref == null ? "before the article was written" : "before " + ref);
            case FUTURE -> relative(said, "Later", ref == null ? "after the article was written" : "after " + ref);
            case PRESENT -> relative(said, "Now", ref == null ? "when the article was written" : ref);
            // A weekday, a time of day or a value we cannot read: say so, show what the article said.
            default -> relative(said, "Date unclear", value == null || value.isBlank() ? "no date given" : "exact date not stated");
        };
    }

    /**
     * Where a relative date points, in months, when the article's date is known: just before it
     * for PAST_REF ("in recent weeks"), at it for PRESENT_REF, just after it for FUTURE_REF; NaN
     * otherwise. The timeline uses it only between the event's neighbours in the article's order.
     */
    public static double hint(String value, PartialDate reference) {
        if (reference == null || value == null) return Double.NaN;
        double start = reference.year() * 12.0 + (reference.hasMonth() ? reference.month() - 1 : 0);
        double end = reference.hasMonth() ? start + 1 : start + 12;
        return switch (TimexValue.parse(value).form()) {
            case PAST -> start - 0.5;
            case PRESENT -> (start + end) / 2;
            case FUTURE -> end + 0.5;
            default -> Double.NaN;
        };
    }

    private static EventDate relative(String said, String fallback, String anchor) {
        String base = said != null ? capitalise(said) : fallback;
        String disp = base + " (" + anchor + ")";
        String phrase = (said != null ? said : fallback.toLowerCase(Locale.ROOT)) + " (" + anchor + ")";
        return new EventDate(disp, phrase, Double.NaN, Double.NaN, "none", false, true);
    }

    /** Applies a TIMEX3 mod the value's own form does not express. */
    private static EventDate withMod(EventDate d, String mod, boolean approx) {
        String prefix = switch (mod) {
            case "APPROX" -> "About ";
            case "BEFORE", "ON_OR_BEFORE" -> "Before ";
            case "AFTER", "ON_OR_AFTER" -> "After ";
            case "START" -> "Early ";
            case "MID" -> "Mid-";
            case "END" -> "Late ";
            default -> "";
        };
        if (prefix.isEmpty()) return d;
        String phrase = prefix.toLowerCase(Locale.ROOT) + uncapitalise(d.phrase);
        String display = prefix + uncapitalise(d.display.startsWith("The ") ? d.display.substring(4) : d.display);
        double s = d.start, e = d.end;
        // Early/mid/late of a month or longer is still a span; a day stays a day.
        String precision = d.precision.equals("day") ? "day" : "span";
        switch (mod) {
            case "START" -> e = s + Math.max((e - s) / 3, 1.0 / 31);
            case "END" -> s = e - Math.max((e - s) / 3, 1.0 / 31);
            case "MID" -> { double third = (e - s) / 3; s += third; e -= third; }
            default -> { }
        }
        return new EventDate(display, phrase, s, e, precision, false, approx || d.approximate
                || mod.startsWith("BEFORE") || mod.startsWith("AFTER") || mod.startsWith("ON_OR"));
    }

    private static boolean validMonth(int mo) { return mo >= 1 && mo <= 12; }

    private static double index(int year, int month) { return year * 12.0 + (month - 1); }

    static String month(int mo) { return DateWords.month(mo); }

    private static String uncapitalise(String s) {
        // Keep month names capitalised ("July 2004"); lower only a leading English word.
        if (s.isEmpty()) return s;
        for (Month m : Month.values())
            if (s.startsWith(m.getDisplayName(TextStyle.FULL, Locale.ENGLISH))) return s;
        return Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    /** A month index as "July 2004" (for axis ends and alt text). */
    static String monthName(double index) {
        int i = (int) Math.floor(index + 1e-6);
        return month(Math.floorMod(i, 12) + 1) + " " + Math.floorDiv(i, 12);
    }
}
