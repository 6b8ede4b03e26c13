package app.briefingpack.analysis.time;

import app.briefingpack.analysis.time.Anchor.Granularity;
import app.briefingpack.analysis.time.TenseGuesser.Tense;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Dates the calendar names: "March 3, 2005", "3 March", "Sept. 30", "August 1988", "2005-03-03",
 * "2004", "the 1990s", holidays, year-end. A month or day without a year takes the occurrence
 * nearest the document date, moved by the tense of the clause.
 */
abstract class CalendarDateRules extends TimexRuleSupport {

    CalendarDateRules(List<TimexToken> tokens, Anchor documentDate) {
        super(tokens, documentDate);
    }

    /** March 3, March 3, 2005, Sept. 30, August 1988, March of 2004, March. */
    Match monthDate(int i) {
        int m = month(i);
        if (m < 0) return null;
        int end = monthEnd;
        // "Oct. 26" but not "Oct. 10:30"
        boolean clockFollows = tok(end + 2) != null && tok(end + 1).is(":") && adjacent(end + 1) && adjacent(end + 2)
                && tok(end + 2).isNumber();
        if (dayNumber(end) && !clockFollows) {
            int day = Integer.parseInt(tok(end).text());
            int e = skipOrdinalSuffix(end + 1);
            int k = w(e).equals(",") ? e + 1 : e;
            Integer y = yearAt(k);
            if (!validDay(y, m, day)) return null;
            if (y != null) return dated(i, k + 1, Anchor.day(y, m, day));
            return dated(i, e, resolveMonthDay(m, day, TenseGuesser.forDate(tokens, i, e)));
        }
        if (namePart(i, end)) return null;
        int k = w(end).equals(",") ? end + 1 : end;
        if (w(end).equals("of") && yearAt(end + 1) != null) k = end + 1;
        Integer y = yearAt(k);
        if (y != null) return dated(i, k + 1, Anchor.month(y, m));
        // "July of that year", "in May of the same year": the year last named
        if (w(end).equals("of") && reference != null && !reference.value().startsWith("X")) {
            boolean thatYear = w(end + 1).equals("that") || w(end + 1).equals("the") && w(end + 2).equals("same");
            int k2 = end + 2;
            if (w(k2).equals("same")) k2++;
            if (thatYear && w(k2).equals("year")) return dated(i, k2 + 1, Anchor.month(reference.year(), m));
        }
        // "July last year", "January nineteen ninety-seven"
        Match yearAfter = relativeYear(end);
        if (yearAfter == null) yearAfter = spokenYear(end, end);
        if (yearAfter != null && yearAfter.anchor() != null) return dated(i, yearAfter.end(), Anchor.month(yearAfter.anchor().year(), m));
        return dated(i, end, resolveMonth(m, TenseGuesser.forDate(tokens, i, end)));
    }

    /**
     * year-end, year end, the year's end: the end of the document's year, or of the year before
     * after "since" ("the change since year-end").
     */
    Match yearEnd(int i) {
        int j = w(i).equals("the") ? i + 1 : i;
        if (!w(j).equals("year")) return null;
        int k = j + 1;
        if (w(k).equals("-") && adjacent(k) || w(k).equals("'") && w(k + 1).equals("s")) k += w(k).equals("-") ? 1 : 2;
        if (!w(k).equals("end")) return null;
        // "the year end" reads oddly; "the year-end" does not need the article
        if (j != i && k == j + 1) return null;
        if (dct == null) return new Match(i, k + 1, "DATE", "XXXX", "END", null);
        Anchor y = dct.as(Granularity.YEAR);
        if (w(i - 1).equals("since")) y = y.plus(-1, Granularity.YEAR);
        return new Match(i, k + 1, "DATE", y.value(), "END", y);
    }

    /** the 20th century, 11th-century: TIMEX3 writes a century as its first two digits ("19"). */
    Match century(int i) {
        int j = w(i).equals("the") ? i + 1 : i;
        TimexToken n = tok(j);
        if (n == null || !n.isNumber() || n.text().length() > 2) return null;
        int k = skipOrdinalSuffix(j + 1);
        if (k == j + 1) return null;
        if (w(k).equals("-") && adjacent(k)) k++;
        if (!w(k).equals("century")) return null;
        int c = Integer.parseInt(n.text());
        if (c < 1 || c > 21) return null;
        Anchor a = new Anchor(LocalDate.of((c - 1) * 100 == 0 ? 1 : (c - 1) * 100, 1, 1), Granularity.CENTURY, true);
        return dated(i, k + 1, a);
    }

    /** Christmas, Thanksgiving Day, New Year's Day 2004: a named day, its year given or implied. */
    Match holiday(int i) {
        Holidays.Name h = Holidays.at(tokens, i);
        if (h == null) return null;
        int end = i + h.length();
        int k = w(end).equals(",") ? end + 1 : end;
        Integer y = yearAt(k);
        if (y != null) return dated(i, k + 1, new Anchor(Holidays.in(h.key(), y), Granularity.DAY, true));
        if (dct == null) {
            LocalDate fixed = Holidays.in(h.key(), Anchor.PLACEHOLDER_YEAR);
            // a fixed-date holiday keeps its day without a year; a moving one does not
            boolean moves = Set.of("thanksgiving", "labor", "memorial", "easter", "election").contains(h.key());
            if (moves) return new Match(i, end, "DATE", "XXXX", null, null);
            return dated(i, end, Anchor.day(null, fixed.getMonthValue(), fixed.getDayOfMonth()));
        }
        Tense tense = TenseGuesser.around(tokens, i, end);
        int year = dct.year();
        LocalDate d = Holidays.in(h.key(), year);
        LocalDate now = dct.start();
        if (tense == Tense.PAST && d.isAfter(now.plusDays(dct.unit() == Granularity.DAY ? 0 : 31))) d = Holidays.in(h.key(), year - 1);
        else if (tense == Tense.FUTURE && d.isBefore(now)) d = Holidays.in(h.key(), year + 1);
        return dated(i, end, new Anchor(d, Granularity.DAY, true));
    }

    /** 3 March 2005, the 3rd of March. */
    Match dayMonth(int i) {
        int j = w(i).equals("the") ? i + 1 : i;
        if (!dayNumber(j)) return null;
        int day = Integer.parseInt(tok(j).text());
        int k = skipOrdinalSuffix(j + 1);
        if (w(k).equals("of")) k++;
        else if (j != i) return null;
        int m = month(k);
        if (m < 0) return null;
        int end = monthEnd;
        Integer y = yearAt(end);
        if (!validDay(y, m, day)) return null;
        if (y != null) return dated(i, end + 1, Anchor.day(y, m, day));
        return dated(i, end, resolveMonthDay(m, day, TenseGuesser.forDate(tokens, i, end)));
    }

    /** 2005-03-03 and 3/3/2005 (month first, as in US news). */
    Match isoDate(int i) {
        Integer y = yearAt(i);
        if (y != null && w(i + 1).equals("-") && adjacent(i + 1) && adjacent(i + 2) && tok(i + 2).isNumber()
                && tok(i + 2).text().length() == 2 && w(i + 3).equals("-") && adjacent(i + 3) && adjacent(i + 4)
                && tok(i + 4) != null && tok(i + 4).isNumber() && tok(i + 4).text().length() == 2) {
            int m = Integer.parseInt(tok(i + 2).text()), d = Integer.parseInt(tok(i + 4).text());
            if (m >= 1 && m <= 12 && validDay(y, m, d)) return dated(i, i + 5, Anchor.day(y, m, d));
        }
        TimexToken a = tok(i);
        if (a != null && a.isNumber() && a.text().length() <= 2 && w(i + 1).equals("/") && adjacent(i + 1) && adjacent(i + 2)
                && tok(i + 2).isNumber() && tok(i + 2).text().length() <= 2 && w(i + 3).equals("/") && adjacent(i + 3)
                && adjacent(i + 4) && tok(i + 4) != null && tok(i + 4).isNumber()) {
            int m = Integer.parseInt(a.text()), d = Integer.parseInt(tok(i + 2).text());
            String ys = tok(i + 4).text();
            if (ys.length() != 4 && ys.length() != 2) return null;
            int yy = Integer.parseInt(ys);
            if (ys.length() == 2) yy += yy < 50 ? 2000 : 1900;
            if (m >= 1 && m <= 12 && validDay(yy, m, d)) return dated(i, i + 5, Anchor.day(yy, m, d));
        }
        return null;
    }

    /** 2004, fiscal 1989, the 1990s, the '90s, the nineties. */
    Match year(int i) {
        int j = i;
        if (w(i).equals("fiscal")) j = w(i + 1).equals("year") ? i + 2 : i + 1;
        // "the year 2021", "the year 1066": one expression, the year named
        else if (w(i).equals("the") && w(i + 1).equals("year") && yearAt(i + 2) != null) j = i + 2;
        if (w(j).equals("'") && tok(j + 1) != null && tok(j + 1).isNumber() && tok(j + 1).text().length() == 2
                && adjacent(j + 1) && w(j + 2).equals("s") && adjacent(j + 2)) {
            int yy = Integer.parseInt(tok(j + 1).text());
            int full = (yy < 30 ? 2000 : 1900) + yy;
            if (full % 10 == 0) return dated(i, j + 3, Anchor.decade(full));
        }
        Integer decadeWord = Lexicon.DECADE_WORDS.get(w(j));
        if (decadeWord != null && w(j - 1).equals("the")) {
            int century = dct != null ? (dct.year() / 100) * 100 : 1900;
            if (century + decadeWord * 10 > (dct != null ? dct.year() : 1999)) century -= 100;
            return dated(i, j + 1, Anchor.decade(century + decadeWord * 10));
        }
        Integer y = yearAt(j);
        if (y == null) {
            Match spoken = spokenYear(i, j);
            return spoken;
        }
        // "the 1040 form", "Room 1204": a number; an early year stands after a preposition ("in 1066")
        if (y < 1600 && j == i && !Set.of("in", "of", "since", "by", "from", "until", "to", "around", "circa", "before",
                "after", "year", "between", "and", "during").contains(w(i - 1))) return null;
        if (w(j + 1).equals("s") && adjacent(j + 1) && y % 10 == 0) return dated(i, j + 2, Anchor.decade(y));
        if (w(j + 1).equals("'") && w(j + 2).equals("s") && adjacent(j + 1) && y % 10 == 0)
            return dated(i, j + 3, Anchor.decade(y));
        // "1,200 2004 dollars" is rare; an amount before a unit noun is not: "2004 people" stays untagged
        if (w(j + 1).equals("-") && adjacent(j + 1) && tok(j + 2) != null && tok(j + 2).isNumber()) return null;
        return dated(i, j + 1, Anchor.year(y));
    }

    /**
     * The year of a month (and day) the text gives without one: the occurrence nearest the
     * document date, moved a year back when the clause is in the past tense and that occurrence
     * lies more than three months ahead, a year on when it is in the future and lies more than a
     * month behind. "October" in a January article is last October; "in May" in a March
     * article that says "will be published" is this May. A past-tense clause often names a
     * date still to come (a dividend "declared" payable Dec. 7, an offer "extended" to Feb. 1),
     * so the past moves a date back only when it lies a season or more ahead.
     */
    Anchor resolveMonth(int m, Tense tense) {
        if (dct == null) return Anchor.month(null, m);
        return Anchor.month(nearestYear(m, 15, tense), m);
    }

    Anchor resolveMonthDay(int m, int d, Tense tense) {
        if (dct == null) return Anchor.day(null, m, d);
        int y = nearestYear(m, d, tense);
        if (!validDay(y, m, d)) return Anchor.day(null, m, d);
        return Anchor.day(y, m, d);
    }

    int nearestYear(int m, int d, Tense tense) {
        LocalDate ref = dct.unit() == Granularity.DAY ? dct.start() : dct.start().withDayOfMonth(15);
        int best = ref.getYear();
        long bestDist = Long.MAX_VALUE;
        for (int y = ref.getYear() - 1; y <= ref.getYear() + 1; y++) {
            long dist = Math.abs(java.time.temporal.ChronoUnit.DAYS.between(ref, safeDate(y, m, d)));
            if (dist < bestDist) { bestDist = dist; best = y; }
        }
        long offset = java.time.temporal.ChronoUnit.DAYS.between(ref, safeDate(best, m, d));
        if (tense == Tense.PAST && offset > 92) best--;
        else if (tense == Tense.FUTURE && offset < -31) best++;
        return best;
    }
}
