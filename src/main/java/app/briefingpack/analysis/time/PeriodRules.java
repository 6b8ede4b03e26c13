package app.briefingpack.analysis.time;

import app.briefingpack.analysis.time.Anchor.Granularity;
import app.briefingpack.analysis.time.TenseGuesser.Tense;

import java.util.List;
import java.util.Set;

/** Parts of a year: seasons ("last summer", "the winter of 2004"), quarters and halves ("the third quarter", "this year's first half"). */
abstract class PeriodRules extends CalendarDateRules {

    PeriodRules(List<TimexToken> tokens, Anchor documentDate) {
        super(tokens, documentDate);
    }

    /** summer, this summer, last fall, the winter of 2004, summer 2004. */
    Match season(int i) {
        int j = i;
        String rel = null;
        if (Set.of("this", "last", "next", "past", "the").contains(w(i))) { rel = w(i); j = i + 1; }
        if (rel != null && rel.equals("the") && w(j).equals("past") || "this".equals(rel) && w(j).equals("past")) j++;
        Integer s = Lexicon.SEASONS.get(w(j));
        if (s == null) return null;
        if (s == 3 && w(j).equals("fall") && rel == null) return null; // "the fall of the regime", "prices fall"
        int end = j + 1;
        if (rel == null && tok(j).capitalised() && (namePart(j, end) || personName(j))) return null;
        int k = w(end).equals("of") ? end + 1 : end;
        Integer y = yearAt(k);
        if (y != null) return dated(i, k + 1, Anchor.season(y, s));
        Match spoken = spokenYear(k, k);
        if (spoken != null && spoken.anchor() != null) return dated(i, spoken.end(), Anchor.season(spoken.anchor().year(), s));
        if (dct == null) return dated(i, end, Anchor.season(null, s));
        Anchor cur = Anchor.season(dct.start().getYear(), s);
        Anchor now = dct.as(Granularity.SEASON);
        boolean past = "last".equals(rel) || "past".equals(rel) || (rel == null || rel.equals("the"))
                && TenseGuesser.around(tokens, i, end) == Tense.PAST;
        if (past && !cur.start().isBefore(now.start())) cur = cur.plus(-1, Granularity.YEAR);
        if ("next".equals(rel) && !cur.start().isAfter(now.start())) cur = cur.plus(1, Granularity.YEAR);
        return dated(i, end, cur);
    }

    /** "Summer Smith", "Mr. Spring": a capitalised season next to a name or after a title is a name. */
    private boolean personName(int j) {
        TimexToken next = tok(j + 1);
        if (next != null && next.capitalised() && !Lexicon.MONTHS.containsKey(next.lower())) return true;
        return w(j - 1).equals(".") && Set.of("mr", "mrs", "ms", "dr").contains(w(j - 2));
    }

    /** third quarter, the third-quarter, the 1988 second quarter, the first half of 2004, the quarter. */
    Match quarterOrHalf(int i) {
        int j = i;
        Integer y = null;
        boolean yearGiven = false;
        int yearShift = 0;
        Match ownerYear = relativeYear(i);
        if (ownerYear != null && w(i + 2).equals("'") && w(i + 3).equals("s")) {
            // "this year's third quarter", "last year's quarter": the year owns the period
            y = ownerYear.anchor().year();
            yearGiven = true;
            j = i + 4;
        } else if (Set.of("the", "its", "a", "this", "that").contains(w(j))) j++;
        if (w(j).equals("fiscal")) j++;
        Integer lead = yearAt(j);
        if (lead != null) {
            y = lead;
            yearGiven = true;
            j++;
            if (w(j).equals("'") && w(j + 1).equals("s")) j += 2;
        } else if (w(j).equals("year") && w(j + 1).equals("-") && (w(j + 2).equals("ago") || w(j + 2).equals("earlier"))) {
            // "the year-ago third quarter": that quarter, a year before
            yearShift = -1;
            j += 3;
        }
        if (w(j).equals("fiscal")) j++;
        String ordWord = w(j);
        Integer ord = Lexicon.ORDINALS.get(ordWord);
        boolean latest = Set.of("latest", "current", "recent", "same", "comparable", "previous", "prior").contains(ordWord);
        if (ord == null && !latest && !(w(j).equals("quarter") && j > i)) return null;
        int ordIndex = j;
        int k = (ord != null || latest) ? j + 1 : j;
        if (w(k).equals("-")) k++;
        if (w(k).equals("fiscal")) k++;
        String unit = w(k);
        // "the latest period" in a quarterly report is the quarter under discussion
        boolean period = unit.equals("period") && ord == null && (reference != null && reference.unit() == Granularity.QUARTER
                || (ordWord.equals("latest") || ordWord.equals("recent")) && dct != null);
        if (period) unit = "quarter";
        boolean quarter = unit.equals("quarter");
        boolean half = unit.equals("half");
        if (!quarter && !half) return null;
        int end = k + 1;
        int of = end;
        if (w(of).equals("of")) of++;
        if (w(of).equals("fiscal")) of++;
        if (w(of).equals("year") && yearAt(of + 1) != null) of++;
        Integer tail = yearAt(of);
        if (tail != null && of > end) { y = tail; end = of + 1; }
        else if (tail != null && w(end).equals(",") == false && of == end) { y = tail; end = of + 1; }
        else if (of > end && tail == null) {
            // "the first half of next year", "the third quarter of the year" (the document's year)
            Match owner = relativeYear(of);
            if (owner != null) { y = owner.anchor().year(); end = owner.end(); }
            else if (w(of).equals("the") && w(of + 1).equals("year") && dct != null) { y = dct.year(); end = of + 2; }
        }
        if (ord == null) {
            // the quarter, the latest quarter, the current quarter: the one under discussion
            if (!quarter || yearShift != 0) return null;
            // "a quarter of the groundwater", "the quarter of the city": a fraction or a district, no period
            if (w(i).equals("a") || w(end).equals("of") && y == null) return null;
            Anchor q;
            if (y != null) {
                // "last year's quarter": the quarter under discussion (else the last one reported), in that year
                if (!yearGiven) return null;
                Anchor under = reference != null && reference.unit() == Granularity.QUARTER ? reference
                        : dct == null ? null : dct.as(Granularity.QUARTER).plus(-1, Granularity.QUARTER);
                if (under == null) return null;
                return dated(i, end, Anchor.quarter(y, (under.month() - 1) / 3 + 1));
            }
            if (ordWord.equals("current") || w(i).equals("this")) q = dct == null ? null : dct.as(Granularity.QUARTER);
            else if (ordWord.equals("previous") || ordWord.equals("prior"))
                q = reference != null && reference.unit() == Granularity.QUARTER ? reference.plus(-1, Granularity.QUARTER)
                        : dct == null ? null : dct.as(Granularity.QUARTER).plus(-1, Granularity.QUARTER);
            else if (reference != null && reference.unit() == Granularity.QUARTER) q = reference;
            else q = dct == null ? null : dct.as(Granularity.QUARTER).plus(-1, Granularity.QUARTER);
            if (q == null) return new Match(i, end, "DATE", "XXXX-QX", null, null);
            return dated(i, end, q);
        }
        if (ord == -1) {
            if (half) ord = 2;
            else {
                if (y != null) return dated(i, end, Anchor.quarter(y, 4));
                if (dct == null) return new Match(i, end, "DATE", unknown(Granularity.QUARTER), null, null);
                return dated(i, end, dct.as(Granularity.QUARTER).plus(-1, Granularity.QUARTER));
            }
        }
        if (quarter && (ord < 1 || ord > 4) || half && (ord < 1 || ord > 2)) return null;
        if (y == null) y = impliedYear(quarter ? 3 * ord - 2 : (ord == 1 ? 1 : 7), TenseGuesser.around(tokens, i, end));
        if (y != null) y += yearShift;
        Anchor a = quarter ? Anchor.quarter(y, ord) : Anchor.half(y, ord);
        // "the third-quarter loss": the compound modifies the noun and the article belongs to
        // the noun phrase, so TimeBank leaves it out of the expression
        boolean compound = w(ordIndex + 1).equals("-") && adjacent(ordIndex + 1);
        int begin = compound && ordIndex == i + 1 && !yearGiven && yearShift == 0 ? ordIndex : i;
        return dated(begin, end, a);
    }

    /** The year a period starting in month m belongs to when the text gives none. */
    Integer impliedYear(int m, Tense tense) {
        // from the document date, not the last mention: a forecast for "the third quarter of 1990"
        // does not move the next "third-quarter results" a year on
        if (dct == null) return reference != null && reference.yearKnown() ? reference.year() : null;
        int y = dct.year();
        if (tense == Tense.PAST && m > dct.month()) return y - 1;
        return y;
    }
}
