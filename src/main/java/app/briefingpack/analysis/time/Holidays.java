package app.briefingpack.analysis.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

/** Named days news mentions often: their date in a given year, and how many tokens the name takes. */
final class Holidays {

    private Holidays() {}

    /** A holiday name recognised at a token: {@code length} tokens long. */
    record Name(String key, int length) {}

    /** Recognises a capitalised holiday name at token i, or null. */
    static Name at(List<TimexToken> t, int i) {
        if (i >= t.size() || !t.get(i).capitalised()) return null;
        String a = t.get(i).lower();
        String b = i + 1 < t.size() ? t.get(i + 1).lower() : "";
        boolean possessive = b.equals("'") || b.equals("’");
        String afterPossessive = possessive && i + 3 < t.size() ? t.get(i + 3).lower() : "";
        switch (a) {
            case "christmas":
                if (b.equals("eve")) return new Name("christmas-eve", 2);
                return new Name("christmas", b.equals("day") ? 2 : 1);
            case "thanksgiving":
                return new Name("thanksgiving", b.equals("day") ? 2 : 1);
            case "halloween":
                return new Name("halloween", 1);
            case "easter":
                return new Name("easter", b.equals("sunday") ? 2 : 1);
            case "new": {
                // New Year's Day: New, Year, ', s, Day
                if (!b.equals("year") || i + 4 >= t.size()) return null;
                String apostrophe = t.get(i + 2).lower();
                if (!(apostrophe.equals("'") || apostrophe.equals("’")) || !t.get(i + 3).lower().equals("s")) return null;
                String last = t.get(i + 4).lower();
                if (last.equals("day")) return new Name("new-year", 5);
                if (last.equals("eve")) return new Name("new-year-eve", 5);
                return null;
            }
            case "independence":
                return b.equals("day") ? new Name("independence", 2) : null;
            case "labor":
            case "labour":
                return b.equals("day") ? new Name("labor", 2) : null;
            case "memorial":
                return b.equals("day") ? new Name("memorial", 2) : null;
            case "election":
                // the US general election: the Tuesday after the first Monday of November
                return b.equals("day") ? new Name("election", 2) : null;
            case "boxing":
                return b.equals("day") ? new Name("boxing", 2) : null;
            case "valentine":
                return possessive && afterPossessive.equals("day") ? new Name("valentine", 4) : null;
            default:
                return null;
        }
    }

    static LocalDate in(String key, int year) {
        return switch (key) {
            case "christmas" -> LocalDate.of(year, 12, 25);
            case "christmas-eve" -> LocalDate.of(year, 12, 24);
            case "new-year" -> LocalDate.of(year, 1, 1);
            case "new-year-eve" -> LocalDate.of(year, 12, 31);
            case "halloween" -> LocalDate.of(year, 10, 31);
            case "independence" -> LocalDate.of(year, 7, 4);
            case "boxing" -> LocalDate.of(year, 12, 26);
            case "valentine" -> LocalDate.of(year, 2, 14);
            case "thanksgiving" -> LocalDate.of(year, 11, 1).with(TemporalAdjusters.dayOfWeekInMonth(4, DayOfWeek.THURSDAY));
            case "labor" -> LocalDate.of(year, 9, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY));
            case "memorial" -> LocalDate.of(year, 5, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY));
            case "election" -> LocalDate.of(year, 11, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY)).plusDays(1);
            case "easter" -> easter(year);
            default -> throw new IllegalArgumentException(key);
        };
    }

    /** Western Easter Sunday (the anonymous Gregorian algorithm). */
    static LocalDate easter(int y) {
        int a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30, i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(y, month, day);
    }
}
