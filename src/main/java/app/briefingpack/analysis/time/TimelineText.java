package app.briefingpack.analysis.time;

import app.briefingpack.model.TemporalExpression;
import app.briefingpack.model.TimelineEvent;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.time.temporal.IsoFields;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words for a timeline's dates, as a pupil reads them: "3 March 2005", "Second half of 2003",
 * "Early 2004", "March 3 (year not stated)". Never more precise than the value.
 */
public final class TimelineText {

    private static final Pattern VALUE = Pattern.compile(
            "(\\d{4}|XXXX)(?:-(?:(\\d{2}|XX)(?:-(\\d{2}|XX))?|Q([1-4])|H([12])|(SP|SU|FA|WI)|W(\\d{2}|XX)(?:-(WE|\\d))?))?(?:T(\\d{2})(?::(\\d{2}))?|T(MO|AF|EV|NI))?");
    private static final String[] ORDINAL = {"", "First", "Second", "Third", "Fourth"};

    private TimelineText() {}

    /** The date of an event for display, sentence case. */
    public static String date(TimelineEvent event) {
        TemporalExpression t = event.expression();
        return date(event.value(), t == null ? null : t.mod(), t == null ? null : t.text());
    }

    /**
     * The display form of a TIMEX3 value.
     *
     * @param mod  TIMEX3 mod (START, END, MID, APPROX ...) or null
     * @param text the expression's words, used for PAST_REF and the like ("In recent weeks"); may be null
     */
    public static String date(String value, String mod, String text) {
        if (value == null || value.isBlank()) return text == null ? "Date not stated" : capitalise(text);
        switch (value) {
            case "PAST_REF": return text != null ? capitalise(text) + " (before the article)" : "Before the article";
            case "PRESENT_REF": return "Now (when the article was written)";
            case "FUTURE_REF": return text != null ? capitalise(text) + " (after the article)" : "After the article";
            default: break;
        }
        if (value.matches("\\d{3}")) return withMod("the " + value + "0s", mod);
        if (value.matches("\\d{2}")) return withMod("the " + ordinalCentury(Integer.parseInt(value) + 1) + " century", mod);
        Matcher m = VALUE.matcher(value);
        if (!m.matches()) return text == null ? value : capitalise(text);
        boolean yearKnown = !m.group(1).equals("XXXX");
        String year = yearKnown ? m.group(1) : null;
        String base;
        if (m.group(2) != null && !m.group(2).equals("XX")) {
            String month = monthName(Integer.parseInt(m.group(2)));
            if (m.group(3) != null && !m.group(3).equals("XX")) {
                int day = Integer.parseInt(m.group(3));
                base = yearKnown ? day + " " + month + " " + year : month + " " + day;
            } else base = yearKnown ? month + " " + year : month;
        } else if (m.group(4) != null) {
            base = ORDINAL[Integer.parseInt(m.group(4))].toLowerCase(Locale.ROOT) + " quarter" + (yearKnown ? " of " + year : "");
        } else if (m.group(5) != null) {
            base = (m.group(5).equals("1") ? "first" : "second") + " half" + (yearKnown ? " of " + year : "");
        } else if (m.group(6) != null) {
            String season = switch (m.group(6)) { case "SP" -> "spring"; case "SU" -> "summer"; case "FA" -> "autumn"; default -> "winter"; };
            base = season + (yearKnown ? " " + year : "");
        } else if (m.group(7) != null) {
            if (m.group(8) != null && !m.group(8).equals("WE")) {
                base = java.time.DayOfWeek.of(Integer.parseInt(m.group(8))).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
            } else if (yearKnown && !m.group(7).equals("XX")) {
                LocalDate monday = LocalDate.of(Integer.parseInt(year), 1, 4)
                        .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(m.group(7))).with(java.time.DayOfWeek.MONDAY);
                String d = monday.getDayOfMonth() + " " + monthName(monday.getMonthValue()) + " " + monday.getYear();
                base = "WE".equals(m.group(8)) ? "the weekend after " + d : "the week of " + d;
            } else base = "WE".equals(m.group(8)) ? "a weekend" : "a week";
        } else {
            base = yearKnown ? year : "a year not stated";
        }
        if (m.group(9) != null) base += String.format(", %s:%s", m.group(9), m.group(10) == null ? "00" : m.group(10));
        else if (m.group(11) != null) base += switch (m.group(11)) {
            case "MO" -> ", morning"; case "AF" -> ", afternoon"; case "EV" -> ", evening"; default -> ", night"; };
        String out = withMod(base, mod);
        if (!yearKnown && m.group(2) != null) out += " (year not stated)";
        return out;
    }

    /** A short note on how sure the date is, for a screen reader or a footnote; empty when it is exact. */
    public static String certaintyNote(TimelineEvent event) {
        if (event.value().contains("X")) return "the article does not say the year";
        if (event.value().endsWith("_REF")) return "the article does not give the date";
        if (event.underspecified()) return "year worked out from the article's date";
        if ("approximate".equals(event.certainty())) return "approximate";
        return "";
    }

    private static String withMod(String base, String mod) {
        if (mod == null) return capitalise(base);
        return switch (mod) {
            case "START", "EARLY" -> "Early " + base;
            case "END", "LATE" -> "Late " + base;
            case "MID" -> "Mid-" + base;
            case "APPROX" -> "About " + base;
            case "LESS_THAN", "BEFORE" -> "Shortly before " + base;
            case "MORE_THAN", "AFTER" -> "After " + base;
            default -> capitalise(base);
        };
    }

    private static String monthName(int m) {
        return java.time.Month.of(m).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    private static String ordinalCentury(int n) {
        int mod100 = n % 100;
        String suffix = mod100 >= 11 && mod100 <= 13 ? "th" : switch (n % 10) { case 1 -> "st"; case 2 -> "nd"; case 3 -> "rd"; default -> "th"; };
        return n + suffix;
    }

    private static String capitalise(String s) {
        String t = s.strip();
        return t.isEmpty() ? t : Character.toUpperCase(t.charAt(0)) + t.substring(1);
    }
}
