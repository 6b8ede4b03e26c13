package app.briefingpack.analysis.time;

import app.briefingpack.analysis.time.Anchor.Granularity;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** Lengths of time ("three years", "the past two months", "a few days") and repetitions ("each week", "every Thursday", "daily"). */
abstract class DurationRules extends RelativeDateRules {

    DurationRules(List<TimexToken> tokens, Anchor documentDate) {
        super(tokens, documentDate);
    }
    static final Map<String, String> SET_ADVERBS = Map.of("daily", "P1D", "weekly", "P1W",
            "monthly", "P1M", "annually", "P1Y", "yearly", "P1Y", "hourly", "PT1H");

    /** three years, the past two months, 10-year, a few days, several weeks, two hours. */
    Match duration(int i) {
        int j = i;
        String mod = null;
        String w0 = w(i);
        if (w0.equals("more") && w(i + 1).equals("than")) { mod = "MORE_THAN"; j = i + 2; }
        else if (w0.equals("less") && w(i + 1).equals("than")) { mod = "LESS_THAN"; j = i + 2; }
        else if (w0.equals("at") && w(i + 1).equals("least")) { mod = "EQUAL_OR_MORE"; j = i + 2; }
        else if (w0.equals("up") && w(i + 1).equals("to")) { mod = "EQUAL_OR_LESS"; j = i + 2; }
        else if (APPROX.containsKey(w0) && !w0.equals("some")) { String a = APPROX.get(w0); mod = a.isEmpty() ? null : a; j = i + 1; }
        int start = j;
        if (w(j).equals("the")) {
            j++;
            if (Set.of("past", "last", "next", "first", "coming", "previous", "final", "following").contains(w(j))) j++;
        } else if (Set.of("the", "each", "these", "those").contains(w(j))) j++;
        boolean recent = false;
        if (w(j).equals("recent")) { recent = true; j++; }
        Quantity q = Quantity.at(tokens, j);
        // "1/2 hour": the denominator of a fraction is no count
        if (q != null && tok(j).isNumber() && w(j - 1).equals("/") && adjacent(j)) return null;
        int k = q == null ? j : q.end();
        // "2 1/2 years", "five and a half hours": the half goes into the next smaller unit
        boolean half = false;
        if (q != null && !q.vague() && w(k).equals("1") && w(k + 1).equals("/") && w(k + 2).equals("2")
                && adjacent(k + 1) && adjacent(k + 2)) { half = true; k += 3; }
        else if (q != null && !q.vague() && w(k).equals("and") && w(k + 1).equals("a") && w(k + 2).equals("half")) {
            half = true;
            k += 3;
        }
        if (q != null && w(k).equals("more")) k++;
        if (w(k).equals("-") && q != null) k++;
        String unitWord = w(k);
        Granularity g = Lexicon.UNITS.get(unitWord);
        String clock = Lexicon.CLOCK_UNITS.get(unitWord);
        if (g == null && clock == null) return null;
        if (g == Granularity.WEEKEND) return null;
        // "60 Minutes", "48 Hours": a capitalised unit after figures inside a sentence is a title
        if (q != null && tok(k).capitalised() && tok(j).isNumber() && j > 0 && !TenseGuesser.isSentenceEnd(tokens, j - 1))
            return null;
        boolean plural = unitWord.endsWith("s") || unitWord.equals("centuries");
        if (q == null) {
            // bare plurals: "for years", "weeks or months"; "recent weeks" is PAST_REF (said of a time before now)
            if (!plural) return null;
            if (recent) return new Match(i, k + 1, "DATE", "PAST_REF", null, null);
            if (j != start && w(j - 1).equals("coming")) return new Match(start, k + 1, "DATE", "FUTURE_REF", null, null);
            if (j != start) return null;
            // bare "quarters" are mostly lodgings ("such quarters"), not periods
            if (unitWord.equals("days") || unitWord.equals("seconds") || unitWord.equals("minutes")
                    || unitWord.equals("quarters")) return null;
            q = new Quantity(-1, k);
        } else if (recent) return null;
        int end = k + 1;
        // "a year and a half"
        if (!half && !q.vague() && w(end).equals("and") && w(end + 1).equals("a") && w(end + 2).equals("half")) {
            half = true;
            end += 3;
        }
        // "ten-year-old" and "52 years old" are ages, "a 10-year note" still a duration
        if (w(end).equals("-") && w(end + 1).equals("old") || w(end).equals("old")) return null;
        // "three-quarters of its food" is a fraction; "a quarter-century" is not three months
        if (g == Granularity.QUARTER && (w(end).equals("of") || w(end).equals("-"))) return null;
        if (j == start && q.value() == 1 && w(j).startsWith("a") && g != null) {
            // "$1.76 a year", "700 seats a week": the unit of a rate, not a time; "twice a week" is a frequency
            String rate = rateBefore(j);
            if (rate != null) return rate.equals("frequency") ? new Match(i, end, "SET", durationValue(1, g), null, null) : null;
        }
        if (w(end).equals("or") && w(end + 1).equals("so")) end += 2;
        if (unitWord.equals("second") && q.value() == 1 && !w(q.end() - 1).equals("one")) return null; // "a second"
        // "the past few weeks", "the last several quarters": like "recent weeks", a time before now
        if (q.vague() && q.end() > j && (w(j - 1).equals("past") || w(j - 1).equals("last")) && w(j - 2).equals("the")
                && g != null) return new Match(i, end, "DATE", "PAST_REF", null, null);
        String value = clock != null ? (q.vague() ? "PTX" + clock : "PT" + q.value() + clock) : durationValue(q.value(), g);
        if (half) value = withHalf(value, clock != null ? clock : null, g);
        // "the two-day summit", "the 30-day period": a hyphenated length modifies the noun, and
        // the article belongs to the noun phrase, not to the expression (as TimeBank has it)
        int begin = i;
        if (i == start && w(i).equals("the") && j == i + 1 && k == q.end() + 1 && w(q.end()).equals("-")
                && adjacent(q.end()) && adjacent(k)) begin = j;
        return new Match(begin, end, "DURATION", value, mod, null);
    }

    /** Adds half a unit to a whole-unit duration: P2Y → P2Y6M, PT5H → PT5H30M, P3D → P3DT12H. */
    private static String withHalf(String value, String clock, Granularity g) {
        if (clock != null) return switch (clock) {
            case "H" -> value + "30M";
            case "M" -> value + "30S";
            default -> value;
        };
        return switch (g) {
            case YEAR -> value + "6M";
            case DAY -> value + "T12H";
            case MONTH -> value + "15D";
            default -> value;
        };
    }

    /**
     * What an "a year" at token j divides: "frequency" after once, twice, "three times";
     * "amount" after a number, a sum or counted things ("$2 million a year", "700 seats a
     * week"); null otherwise.
     */
    String rateBefore(int j) {
        String p = w(j - 1);
        if (p.equals("once") || p.equals("twice") || p.equals("times")) return "frequency";
        TimexToken t = tok(j - 1);
        if (t == null) return null;
        if (t.isNumber() || Set.of("million", "billion", "thousand", "percent", "%", "cents", "dollars").contains(p)) return "amount";
        // "700 seats a week": a plural noun right after a number
        TimexToken n = tok(j - 2);
        if (t.isWord() && !t.capitalised() && p.endsWith("s") && n != null && n.isNumber()) return "amount";
        return null;
    }

    /** each week, every month, per year, daily, each Thursday, each July. */
    Match set(int i) {
        String w = w(i);
        String adverb = SET_ADVERBS.get(w);
        // "paid annually" is a frequency; "an annual report" names a kind of thing ("daily" counts either way)
        if (adverb != null) return !w.equals("daily") && tok(i + 1) != null && tok(i + 1).isWord() ? null
                : new Match(i, i + 1, "SET", adverb, null, null);
        if (!Set.of("each", "every", "per").contains(w)) return null;
        int j = i + 1;
        Quantity q = null;
        if (w.equals("every")) {
            q = Quantity.at(tokens, j);
            if (q != null && (q.vague() || w(j).equals("a"))) q = null;
            if (q != null) j = q.end();
            if (w(j).equals("other")) { q = new Quantity(2, j + 1); j++; }
        }
        String u = w(j);
        Granularity g = Lexicon.UNITS.get(u);
        if (g != null && g != Granularity.WEEKEND) return new Match(i, j + 1, "SET", durationValue(q == null ? 1 : q.value(), g), null, null);
        if (g == Granularity.WEEKEND) return new Match(i, j + 1, "SET", "XXXX-WXX-WE", null, null);
        String clock = Lexicon.CLOCK_UNITS.get(u);
        if (clock != null) return new Match(i, j + 1, "SET", "PT" + (q == null ? 1 : q.value()) + clock, null, null);
        Integer dow = Lexicon.WEEKDAYS.get(u);
        if (dow != null && tok(j).capitalised()) return new Match(i, j + 1, "SET", "XXXX-WXX-" + dow, null, null);
        int m = month(j);
        if (m > 0) return new Match(i, monthEnd, "SET", String.format("XXXX-%02d", m), null, null);
        Integer s = Lexicon.SEASONS.get(u);
        if (s != null) return new Match(i, j + 1, "SET", "XXXX-" + new String[]{"WI", "SP", "SU", "FA"}[s], null, null);
        return null;
    }
}
