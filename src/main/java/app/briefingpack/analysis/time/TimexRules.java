package app.briefingpack.analysis.time;

import app.briefingpack.analysis.time.Anchor.Granularity;
import app.briefingpack.analysis.time.TenseGuesser.Tense;

import java.util.List;
import java.util.Set;

/**
 * The recognition and normalisation rules, tried at one token at a time: the longest match of
 * every family wins ({@link #at}). The families live in the layers this class extends (see
 * {@link TimexRuleSupport}); this layer adds the modifiers ("early 2004", "the end of the
 * month") and vague references ("now", "recently", "the future").
 */
final class TimexRules extends ClockRules {

    private static final Set<String> PRESENT_WORDS = Set.of("now", "currently", "presently", "nowadays");
    // "previously" and "formerly" mostly qualify a noun phrase ("previously announced"), not a time
    private static final Set<String> PAST_WORDS = Set.of("recently", "lately");

    TimexRules(List<TimexToken> tokens, Anchor documentDate) {
        super(tokens, documentDate);
    }

    // ---------------------------------------------------------------- entry point

    /** The longest expression starting at token i, or null. */
    Match at(int i) {
        TimexToken t = tokens.get(i);
        if (t.kind() == TimexToken.Kind.PUNCT && !t.is("'")) return null;
        // every rule returns its longest match here (hedges like "just", "about" included); the longest wins
        Match best = date(i);
        best = longer(best, modified(i));
        best = longer(best, duration(i));
        best = longer(best, set(i));
        best = longer(best, vague(i));
        best = longer(best, clock(i));
        return best;
    }

    // ---------------------------------------------------------------- modifiers

    private Match modified(int i) {
        // "the early 1980s", "the late summer": the article goes with the modified period
        if (w(i).equals("the") && Set.of("early", "late", "mid").contains(w(i + 1))) {
            Match inner = modified(i + 1);
            if (inner != null && inner.begin() == i + 1 && !inner.value().startsWith("P")) return inner.from(i);
            return null;
        }
        String w = w(i);
        String mod = null;
        int j = i;
        if (w.equals("early") || w.equals("earlier")) { mod = "START"; j = i + 1; }
        else if (w.equals("late") || w.equals("later")) { mod = "END"; j = i + 1; }
        else if (w.equals("mid")) { mod = "MID"; j = w(i + 1).equals("-") ? i + 2 : i + 1; }
        else if (w.equals("the") || w.equals("end") || w.equals("beginning") || w.equals("start") || w.equals("middle")) {
            int k = w.equals("the") ? i + 1 : i;
            String x = w(k);
            if (!w(k + 1).equals("of")) return null;
            if (x.equals("end")) mod = "END";
            else if (x.equals("beginning") || x.equals("start")) mod = "START";
            else if (x.equals("middle")) mod = "MID";
            else return null;
            j = k + 2;
        }
        if (mod == null) return null;
        // "late in 1998", "early in the year"
        if (w(j).equals("in") && j == i + 1) j++;
        Match core = date(j);
        if (core == null) core = clock(j);
        if (core == null || core.value().endsWith("_REF")) return null;
        // "earlier this year", "later yesterday": the span grows, the value stays the period
        boolean relativeWord = w.equals("earlier") || w.equals("later");
        return core.from(i).withMod(relativeWord ? core.mod() : mod);
    }

    // ---------------------------------------------------------------- dates

    private Match date(int i) {
        Match best = null;
        int j = w(i).equals("the") ? i + 1 : i;
        best = longer(best, deictic(i));
        best = longer(best, weekday(i));
        best = longer(best, monthDate(i));
        best = longer(best, dayMonth(i));
        best = longer(best, isoDate(i));
        best = longer(best, holiday(i));
        best = longer(best, year(i));
        best = longer(best, season(i));
        best = longer(best, quarterOrHalf(i));
        best = longer(best, relativeUnit(i));
        best = longer(best, ago(i));
        best = longer(best, anaphoricOffset(i));
        best = longer(best, yearEnd(i));
        best = longer(best, century(i));
        best = longer(best, weekOf(i));
        best = longer(best, secondDay(i));
        if (j != i && best == null) {
            // "the 1990s" takes its article; "the 1959 embargo" does not
            Match inner = year(j);
            if (inner != null && inner.anchor() != null && inner.anchor().unit() == Granularity.DECADE) best = inner.from(i);
        }
        return best;
    }

    /**
     * The second day of "April 24 and 25" or "March 3 or 4": a date of its own, in the month
     * and year of the day just named. Looks back a fixed three tokens, so stays linear.
     */
    private Match secondDay(int i) {
        if (!dayNumber(i) || !(w(i - 1).equals("and") || w(i - 1).equals("or")) || !dayNumber(i - 2)) return null;
        if (reference == null || reference.unit() != Granularity.DAY) return null;
        int first = Integer.parseInt(tok(i - 2).text());
        int day = Integer.parseInt(tok(i).text());
        if (reference.start().getDayOfMonth() != first || day <= first) return null;
        // "April 24 and 25 percent", "May 3 and 4 million": a quantity, not a day
        int e = skipOrdinalSuffix(i + 1);
        TimexToken next = tok(e);
        if (next != null && next.isWord() && !next.capitalised() || w(e).equals("%") || w(e).equals("-")) return null;
        if (!validDay(reference.yearKnown() ? reference.start().getYear() : null, reference.start().getMonthValue(), day)) return null;
        Anchor a = Anchor.day(reference.yearKnown() ? reference.start().getYear() : null, reference.start().getMonthValue(), day);
        return dated(i, e, a);
    }

    // ---------------------------------------------------------------- vague references

    private Match vague(int i) {
        String w = w(i);
        if (PRESENT_WORDS.contains(w)) {
            if (w.equals("now") && w(i - 1).equals("from")) return null;
            // "Now, the question is ...": a discourse marker opening a sentence, not a time
            if (tokens.get(i).text().equals("Now") && (i == 0 || TenseGuesser.isSentenceEnd(tokens, i - 1))
                    && w(i + 1).equals(",")) return null;
            return new Match(i, i + 1, "DATE", "PRESENT_REF", null, dct);
        }
        if (w.equals("right") && w(i + 1).equals("now")) return new Match(i, i + 2, "DATE", "PRESENT_REF", null, dct);
        if (w.equals("current") && tok(i + 1) != null && tok(i + 1).isWord() && !w(i + 1).equals("account")
                && !w(i + 1).equals("and") && !w(i + 1).equals("quarter"))
            return new Match(i, i + 1, "DATE", "PRESENT_REF", null, null);
        if (w.equals("these") && w(i + 1).equals("days")) return new Match(i, i + 2, "DATE", "PRESENT_REF", null, null);
        if (w.equals("at") && w(i + 1).equals("present")) return new Match(i, i + 2, "DATE", "PRESENT_REF", null, null);
        if (PAST_WORDS.contains(w)) return new Match(i, i + 1, "DATE", "PAST_REF", null, null);
        if (w.equals("more") && w(i + 1).equals("recently")) return new Match(i, i + 2, "DATE", "PAST_REF", null, null);
        if (w.equals("the") && w(i + 1).equals("past") && Quantity.at(tokens, i + 2) == null
                && !Lexicon.UNITS.containsKey(w(i + 2)) && !w(i + 2).equals("few"))
            return new Match(i, i + 2, "DATE", "PAST_REF", null, null);
        // "soon" in a past narrative ("he was soon released", "killed soon after") looks ahead from a past moment, not from now
        if (w.equals("soon") && !w(i - 1).equals("as") && !w(i + 1).equals("after")
                && TenseGuesser.around(tokens, i, i + 1) != Tense.PAST) return new Match(i, i + 1, "DATE", "FUTURE_REF", null, null);
        if (w.equals("as") && w(i + 1).equals("soon") && w(i + 2).equals("as") && w(i + 3).equals("possible"))
            return new Match(i, i + 4, "DATE", "FUTURE_REF", null, null);
        if (w.equals("the") && w(i + 1).equals("future")) return new Match(i, i + 2, "DATE", "FUTURE_REF", null, null);
        if (w.equals("the") && (w(i + 1).equals("near") || w(i + 1).equals("short")) && w(i + 2).equals("term"))
            return new Match(i, i + 3, "DATE", "FUTURE_REF", null, null);
        if (w.equals("the") && w(i + 1).equals("near") && w(i + 2).equals("future"))
            return new Match(i, i + 3, "DATE", "FUTURE_REF", null, null);
        return null;
    }
}
