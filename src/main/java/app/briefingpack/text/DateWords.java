package app.briefingpack.text;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;

/** Dates in words, as every document and the narration write them. */
public final class DateWords {

    private DateWords() {}

    /** The English name of a month, 1 to 12: "March". */
    public static String month(int month) {
        return Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    /** "3 March 2005", as the printed documents write a day (no day: "March 2005"). */
    public static String dayMonthYear(int year, int month, int dayOrZero) {
        return dayOrZero > 0 ? dayOrZero + " " + month(month) + " " + year : month(month) + " " + year;
    }

    /** "March 3, 2005", as the narration says a day, which its normaliser reads as a date. */
    public static String monthDayYear(int year, int month, int dayOrZero) {
        return dayOrZero > 0 ? month(month) + " " + dayOrZero + ", " + year : month(month) + " " + year;
    }
}
