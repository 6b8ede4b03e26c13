package app.briefingpack.analysis.time;

import app.briefingpack.analysis.time.Anchor.Granularity;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What every temporal rule shares: the tokens, the document date, the last date the narrative
 * mentioned (which anaphoric expressions such as "a day before that" resolve against), and the
 * small readers the rule families build on (a month name, a year, a day number). The rules
 * themselves come in layers, one family of expressions each, every layer free to use the ones
 * above it: {@link CalendarDateRules}, {@link PeriodRules}, {@link RelativeDateRules},
 * {@link DurationRules}, {@link ClockRules}, and {@link TimexRules}, which tries them all.
 * Every rule reads a bounded number of tokens ahead (at most a dozen), which keeps tagging
 * linear on any input.
 */
abstract class TimexRuleSupport {

    /** A recognised expression over tokens [begin, end). {@code anchor} is its date when it has one. */
    record Match(int begin, int end, String type, String value, String mod, Anchor anchor, boolean anaphoric) {
        Match(int begin, int end, String type, String value, String mod, Anchor anchor) {
            this(begin, end, type, value, mod, anchor, false);
        }
        Match withMod(String m) { return new Match(begin, end, type, value, m, anchor, anaphoric); }
        Match from(int b) { return new Match(b, end, type, value, mod, anchor, anaphoric); }
    }

    /** Hedges before a quantity and the TIMEX3 mod they give ("" for none). */
    static final Map<String, String> APPROX = Map.ofEntries(Map.entry("about", "APPROX"),
            Map.entry("around", "APPROX"), Map.entry("roughly", "APPROX"), Map.entry("approximately", "APPROX"),
            Map.entry("some", "APPROX"), Map.entry("nearly", "LESS_THAN"), Map.entry("almost", "LESS_THAN"),
            Map.entry("just", ""), Map.entry("only", ""));

    final List<TimexToken> tokens;
    /** The document date, or null. */
    final Anchor dct;
    /** The last date the text mentioned; only {@link #mentioned} moves it. */
    Anchor reference;

    TimexRuleSupport(List<TimexToken> tokens, Anchor documentDate) {
        this.tokens = tokens;
        this.dct = documentDate;
    }

    /** The last day the text named, for offsets in days when the last mention is coarser ("that year ... two days later"). */
    Anchor lastDay;

    /** Records a found expression: a dated one becomes the reference for anaphora. */
    void mentioned(Match m) {
        // "a year earlier" twice in a row means the same year, not two years back
        if (m.anchor() != null && !m.anaphoric() && ("DATE".equals(m.type()) || "TIME".equals(m.type()))
                && m.anchor().unit().ordinal() <= Granularity.YEAR.ordinal()) {
            reference = m.anchor();
            if (reference.unit() == Granularity.DAY) lastDay = reference;
        }
    }

    /**
     * What an offset in unit g ("two days later", "the following day") counts from: the last
     * date mentioned, unless that is a quarter of a year or longer and the text named a day
     * before it: "the first half of the year" cannot be moved by two days.
     */
    Anchor referenceFor(Granularity g) {
        if (reference != null && g == Granularity.DAY && reference.unit().ordinal() >= Granularity.QUARTER.ordinal()
                && lastDay != null) return lastDay;
        return reference;
    }

    // ---------------------------------------------------------------- token access

    String w(int i) { return i >= 0 && i < tokens.size() ? tokens.get(i).lower() : ""; }

    TimexToken tok(int i) { return i >= 0 && i < tokens.size() ? tokens.get(i) : null; }

    boolean adjacent(int i) {
        return i > 0 && i < tokens.size() && tokens.get(i - 1).end() == tokens.get(i).begin();
    }

    static Match longer(Match a, Match b) {
        if (a == null) return b;
        if (b == null) return a;
        return b.end() > a.end() ? b : a;
    }

    Match dated(int b, int e, Anchor a) {
        // TIMEX3 years have four digits: "the next decade" from 9999 has no value to give
        if (a.start().getYear() < 1 || a.start().getYear() > 9999) return null;
        return new Match(b, e, "DATE", a.value(), null, a);
    }

    /** Where the month name {@link #month} last read ends (a second result, to keep the scan allocation-free). */
    int monthEnd;

    /** A month name at token i (with its abbreviation dot), or -1; sets monthEnd. */
    int month(int i) {
        TimexToken t = tok(i);
        if (t == null || !t.isWord()) return -1;
        Integer m = Lexicon.MONTHS.get(t.lower());
        if (m == null || !t.capitalised()) return -1;
        int end = i + 1;
        if (Lexicon.MONTH_ABBREVIATIONS.contains(t.lower())) {
            if (!w(end).equals(".")) { // "Jan" without its dot is a month only before a number ("Jan 5")
                TimexToken n = tok(end);
                if (n == null || !n.isNumber()) return -1;
            }
            if (w(end).equals(".")) end++;
        }
        if (m == 5 && !mayIsMonth(i)) return -1;
        monthEnd = end;
        return m;
    }

    /** "May" is a month after a preposition or determiner, or before a day or year. */
    boolean mayIsMonth(int i) {
        TimexToken next = tok(i + 1);
        if (next != null && next.isNumber()) return true;
        String prev = w(i - 1);
        return Set.of("in", "of", "since", "until", "till", "by", "from", "to", "through", "early", "late", "mid",
                "last", "next", "this", "during", "before", "after", "-", "and", "or", "between", "that").contains(prev)
                && !(next != null && next.isWord() && !next.capitalised() && !Set.of("and", "or", "of", "to").contains(next.lower())
                     && i > 0 && tokens.get(i - 1).is("-"));
    }

    Integer yearAt(int i) {
        TimexToken t = tok(i);
        if (t == null || !t.isNumber() || t.text().length() != 4) return null;
        int y = Integer.parseInt(t.text());
        if (y < 1000 || y > 2199) return null;
        // part of a longer number ("1,2004", "2004.5") or an amount ("$2004", "2004%")
        TimexToken prev = tok(i - 1), next = tok(i + 1);
        if (prev != null && adjacent(i) && (prev.is("$") || prev.is(",") || prev.is(".") || prev.isNumber())) return null;
        // glued to letters before it: a code ("ZX2100", "B1950"), not a year
        if (prev != null && adjacent(i) && prev.isWord()) return null;
        if (next != null && adjacent(i + 1) && (next.is("%") || ((next.is(",") || next.is(".")) && tok(i + 2) != null
                && tok(i + 2).isNumber() && adjacent(i + 2)))) return null;
        return y;
    }

    boolean dayNumber(int i) {
        TimexToken t = tok(i);
        if (t == null || !t.isNumber() || t.text().length() > 2) return false;
        int d = Integer.parseInt(t.text());
        return d >= 1 && d <= 31;
    }

    int skipOrdinalSuffix(int i) {
        String s = w(i);
        return adjacent(i) && (s.equals("st") || s.equals("nd") || s.equals("rd") || s.equals("th")) ? i + 1 : i;
    }

    static boolean validDay(Integer y, int m, int d) {
        try {
            LocalDate.of(y == null ? Anchor.PLACEHOLDER_YEAR : y, m, d);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    static LocalDate safeDate(int y, int m, int d) {
        return LocalDate.of(y, m, Math.min(d, java.time.YearMonth.of(y, m).lengthOfMonth()));
    }

    /**
     * Whether the month or season name over tokens [i, end) begins a proper name: "the annual
     * March for Life", "the ``March of the Combatant Mothers''", "``Spring of Life''": "of" or
     * "for" then a capital or "the", with no preposition before that would make it a date
     * ("in March for the talks").
     */
    boolean namePart(int i, int end) {
        if (!w(end).equals("of") && !w(end).equals("for")) return false;
        TimexToken next = tok(end + 1);
        if (next == null || yearAt(end + 1) != null || !(next.capitalised() || next.is("the"))) return false;
        return !Set.of("in", "on", "by", "since", "until", "till", "from", "to", "through", "during", "before", "after",
                "early", "late", "mid", "-", "last", "next", "this", "of").contains(w(i - 1));
    }

    /** "last year", "this year", "next year" right after a month: the year they name, or null. */
    Match relativeYear(int i) {
        if (dct == null || !w(i + 1).equals("year")) return null;
        int step = switch (w(i)) { case "last" -> -1; case "this" -> 0; case "next" -> 1; default -> 2; };
        if (step == 2) return null;
        return dated(i, i + 2, dct.as(Granularity.YEAR).plus(step, Granularity.YEAR));
    }

    /** nineteen ninety-six, the year two thousand: years as broadcast transcripts spell them. */
    Match spokenYear(int i, int j) {
        if (w(j).equals("the") && w(j + 1).equals("year")) j += 2;
        else if (w(j).equals("year")) j++;
        if (w(j).equals("two") && w(j + 1).equals("thousand")) return dated(i, j + 2, Anchor.year(2000));
        if (!w(j).equals("nineteen")) return null;
        Quantity q = Quantity.at(tokens, j + 1);
        if (q == null || q.vague() || q.value() < 10 || q.value() > 99 || tok(j + 1).isNumber()) return null;
        return dated(i, q.end(), Anchor.year(1900 + q.value()));
    }

    /** The value of a period of granularity g whose place in time the text does not give. */
    static String unknown(Granularity g) {
        return switch (g) {
            case DAY -> "XXXX-XX-XX";
            case WEEK -> "XXXX-WXX";
            case WEEKEND -> "XXXX-WXX-WE";
            case MONTH -> "XXXX-XX";
            case SEASON, QUARTER -> "XXXX-QX";
            case HALF -> "XXXX-HX";
            case YEAR -> "XXXX";
            case DECADE -> "XXX";
            case CENTURY -> "XX";
        };
    }

    /** The TIMEX3 value of a duration of n units of g (n &lt; 0: an unstated number, "PXY"). */
    static String durationValue(int n, Granularity g) {
        String num = n < 0 ? "X" : Integer.toString(n);
        return switch (g) {
            case DAY -> "P" + num + "D";
            case WEEK, WEEKEND -> "P" + num + "W";
            case MONTH -> "P" + num + "M";
            case SEASON, QUARTER -> "P" + num + "Q"; // TimeBank counts quarters in Q, as "PXQ" must
            case HALF -> n < 0 ? "PXM" : "P" + (6 * n) + "M";
            case YEAR -> "P" + num + "Y";
            case DECADE -> n < 0 ? "PXDE" : "P" + (10 * n) + "Y";
            case CENTURY -> n < 0 ? "PXCE" : "P" + (100 * n) + "Y";
        };
    }
}
