package app.briefingpack.analysis.time;

import app.briefingpack.analysis.time.Anchor.Granularity;
import app.briefingpack.analysis.time.TenseGuesser.Tense;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The recognition and normalisation rules, tried at one token at a time. Every rule reads a
 * bounded number of tokens ahead (at most a dozen), which keeps tagging linear on any input.
 * The object carries the state a text builds up: the document date and the last date the
 * narrative mentioned, which anaphoric expressions ("a day before that") resolve against.
 */
final class TimexRules {

    /** A recognised expression over tokens [begin, end). {@code anchor} is its date when it has one. */
    record Match(int begin, int end, String type, String value, String mod, Anchor anchor, boolean anaphoric) {
        Match(int begin, int end, String type, String value, String mod, Anchor anchor) {
            this(begin, end, type, value, mod, anchor, false);
        }
        Match withMod(String m) { return new Match(begin, end, type, value, m, anchor, anaphoric); }
        Match from(int b) { return new Match(b, end, type, value, mod, anchor, anaphoric); }
    }

    private static final Set<String> PRESENT_WORDS = Set.of("now", "currently", "presently", "nowadays");
    // "previously" and "formerly" mostly qualify a noun phrase ("previously announced"), not a time
    private static final Set<String> PAST_WORDS = Set.of("recently", "lately");
    private static final Map<String, String> SET_ADVERBS = Map.of("daily", "P1D", "weekly", "P1W",
            "monthly", "P1M", "annually", "P1Y", "yearly", "P1Y", "hourly", "PT1H");
    private static final Map<String, String> APPROX = Map.ofEntries(Map.entry("about", "APPROX"),
            Map.entry("around", "APPROX"), Map.entry("roughly", "APPROX"), Map.entry("approximately", "APPROX"),
            Map.entry("some", "APPROX"), Map.entry("nearly", "LESS_THAN"), Map.entry("almost", "LESS_THAN"),
            Map.entry("just", ""), Map.entry("only", ""));

    private final List<TimexToken> tokens;
    private final Anchor dct;
    private Anchor reference;

    TimexRules(List<TimexToken> tokens, Anchor documentDate) {
        this.tokens = tokens;
        this.dct = documentDate;
    }

    /** Records a found expression: a dated one becomes the reference for anaphora. */
    void mentioned(Match m) {
        // "a year earlier" twice in a row means the same year, not two years back
        if (m.anchor() != null && !m.anaphoric() && ("DATE".equals(m.type()) || "TIME".equals(m.type()))
                && m.anchor().unit().ordinal() <= Granularity.YEAR.ordinal()) reference = m.anchor();
    }

    // ---------------------------------------------------------------- token access

    private String w(int i) { return i >= 0 && i < tokens.size() ? tokens.get(i).lower() : ""; }

    private TimexToken tok(int i) { return i >= 0 && i < tokens.size() ? tokens.get(i) : null; }

    private boolean adjacent(int i) {
        return i > 0 && i < tokens.size() && tokens.get(i - 1).end() == tokens.get(i).begin();
    }

    private static Match longer(Match a, Match b) {
        if (a == null) return b;
        if (b == null) return a;
        return b.end() > a.end() ? b : a;
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
        if (j != i && best == null) {
            // "the 1990s" takes its article; "the 1959 embargo" does not
            Match inner = year(j);
            if (inner != null && inner.anchor() != null && inner.anchor().unit() == Granularity.DECADE) best = inner.from(i);
        }
        return best;
    }

    private Match dated(int b, int e, Anchor a) {
        return new Match(b, e, "DATE", a.value(), null, a);
    }

    /** today, yesterday, tomorrow, tonight, with an optional part of the day. */
    private Match deictic(int i) {
        String w = w(i);
        int end = i + 1;
        Anchor day;
        String part = null;
        switch (w) {
            case "today" -> day = today();
            case "yesterday" -> day = shiftDct(-1);
            case "tomorrow" -> day = shiftDct(1);
            case "tonight" -> { day = today(); part = "NI"; }
            case "overnight" -> { day = today(); part = "NI"; }
            case "this" -> {
                String p = Lexicon.DAY_PARTS.get(w(i + 1));
                if (p == null || w(i + 1).endsWith("s")) return null;
                day = today(); part = p; end = i + 2;
            }
            case "last" -> {
                if (!w(i + 1).equals("night")) return null;
                day = shiftDct(-1); part = "NI"; end = i + 2;
            }
            default -> { return null; }
        }
        if (day == null) {
            if (!w.equals("today") && !w.equals("yesterday") && !w.equals("tomorrow")) return null;
            String ref = w.equals("today") ? "PRESENT_REF" : w.equals("yesterday") ? "PAST_REF" : "FUTURE_REF";
            return new Match(i, end, "DATE", ref, null, null);
        }
        if (part == null && end < tokens.size()) {
            String p = Lexicon.DAY_PARTS.get(w(end));
            if (p != null && !w(end).endsWith("s")) { part = p; end++; }
        }
        if (part != null && day.unit() == Granularity.DAY) return new Match(i, end, "TIME", day.value() + "T" + part, null, day);
        return dated(i, end, day);
    }

    private Anchor today() { return dct; }

    private Anchor shiftDct(int days) {
        if (dct == null) return null;
        return dct.unit() == Granularity.DAY ? dct.plus(days, Granularity.DAY) : dct;
    }

    /** Friday, last Friday, next Tuesday, Friday night, Friday, Oct. 13. */
    private Match weekday(int i) {
        int j = i;
        String rel = null;
        if (w(i).equals("last") || w(i).equals("next") || w(i).equals("this") || w(i).equals("past") || w(i).equals("coming")) { rel = w(i); j = i + 1; }
        TimexToken t = tok(j);
        if (t == null || !t.capitalised()) return null;
        String name = t.lower();
        boolean plural = name.endsWith("s") && Lexicon.WEEKDAYS.containsKey(name.substring(0, name.length() - 1));
        Integer dow = Lexicon.WEEKDAYS.get(plural ? name.substring(0, name.length() - 1) : name);
        if (dow == null) return null;
        int end = j + 1;
        if (plural) {
            String part = Lexicon.DAY_PARTS.get(w(end));
            if (part != null) return new Match(i, end + 1, "SET", "XXXX-WXX-" + dow + "T" + part, null, null);
            return new Match(i, end, "SET", "XXXX-WXX-" + dow, null, null);
        }
        // "Friday, Oct. 13" and "Friday Oct. 13": the explicit date decides
        int k = w(end).equals(",") ? end + 1 : end;
        Match explicit = monthDate(k);
        if (explicit != null && explicit.anchor() != null && explicit.anchor().unit() == Granularity.DAY)
            return explicit.from(i);
        Anchor day = resolveWeekday(dow, rel, TenseGuesser.around(tokens, i, end));
        String part = Lexicon.DAY_PARTS.get(w(end));
        if (part != null && !w(end).endsWith("s")) {
            String v = day == null ? "XXXX-WXX-" + dow + "T" + part : day.value() + "T" + part;
            return new Match(i, end + 1, "TIME", v, null, day);
        }
        if (day == null) return new Match(i, end, "DATE", "XXXX-WXX-" + dow, null, null);
        return dated(i, end, day);
    }

    private Anchor resolveWeekday(int dow, String rel, Tense tense) {
        if (dct == null || dct.unit() != Granularity.DAY) return null;
        LocalDate d = dct.start();
        DayOfWeek target = DayOfWeek.of(dow);
        LocalDate r;
        if ("last".equals(rel) || "past".equals(rel)) r = d.with(TemporalAdjusters.previous(target));
        else if ("next".equals(rel) || "coming".equals(rel)) r = d.with(TemporalAdjusters.next(target));
        else if (tense == Tense.FUTURE) r = d.with(TemporalAdjusters.nextOrSame(target));
        else r = d.with(TemporalAdjusters.previousOrSame(target));
        return new Anchor(r, Granularity.DAY, true);
    }

    /** A month name at token i (with its abbreviation dot), or -1; sets monthEnd. */
    private int monthEnd;

    private int month(int i) {
        TimexToken t = tok(i);
        if (t == null || !t.isWord()) return -1;
        Integer m = Lexicon.MONTHS.get(t.lower());
        if (m == null || !t.capitalised()) return -1;
        int end = i + 1;
        if (Lexicon.MONTH_ABBREVIATIONS.contains(t.lower())) {
            if (!w(end).equals(".") && !tok(end + (w(end).equals(".") ? 1 : 0)).isNumber()) {
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
    private boolean mayIsMonth(int i) {
        TimexToken next = tok(i + 1);
        if (next != null && next.isNumber()) return true;
        String prev = w(i - 1);
        return Set.of("in", "of", "since", "until", "till", "by", "from", "to", "through", "early", "late", "mid",
                "last", "next", "this", "during", "before", "after", "-", "and", "or", "between", "that").contains(prev)
                && !(next != null && next.isWord() && !next.capitalised() && !Set.of("and", "or", "of", "to").contains(next.lower())
                     && i > 0 && tokens.get(i - 1).is("-"));
    }

    private Integer yearAt(int i) {
        TimexToken t = tok(i);
        if (t == null || !t.isNumber() || t.text().length() != 4) return null;
        int y = Integer.parseInt(t.text());
        if (y < 1000 || y > 2199) return null;
        // part of a longer number ("1,2004", "2004.5") or an amount ("$2004", "2004%")
        TimexToken prev = tok(i - 1), next = tok(i + 1);
        if (prev != null && adjacent(i) && (prev.is("$") || prev.is(",") || prev.is(".") || prev.isNumber())) return null;
        if (next != null && adjacent(i + 1) && (next.is("%") || ((next.is(",") || next.is(".")) && tok(i + 2) != null
                && tok(i + 2).isNumber() && adjacent(i + 2)))) return null;
        return y;
    }

    private boolean dayNumber(int i) {
        TimexToken t = tok(i);
        if (t == null || !t.isNumber() || t.text().length() > 2) return false;
        int d = Integer.parseInt(t.text());
        return d >= 1 && d <= 31;
    }

    private int skipOrdinalSuffix(int i) {
        String s = w(i);
        return adjacent(i) && (s.equals("st") || s.equals("nd") || s.equals("rd") || s.equals("th")) ? i + 1 : i;
    }

    /** March 3, March 3, 2005, Sept. 30, August 1988, March of 2004, March. */
    private Match monthDate(int i) {
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
            return dated(i, e, resolveMonthDay(m, day, TenseGuesser.around(tokens, i, e)));
        }
        int k = w(end).equals(",") ? end + 1 : end;
        if (w(end).equals("of") && yearAt(end + 1) != null) k = end + 1;
        Integer y = yearAt(k);
        if (y != null) return dated(i, k + 1, Anchor.month(y, m));
        // "July last year", "January nineteen ninety-seven"
        Match yearAfter = relativeYear(end);
        if (yearAfter == null) yearAfter = spokenYear(end, end);
        if (yearAfter != null && yearAfter.anchor() != null) return dated(i, yearAfter.end(), Anchor.month(yearAfter.anchor().year(), m));
        return dated(i, end, resolveMonth(m, TenseGuesser.around(tokens, i, end)));
    }

    /** Christmas, Thanksgiving Day, New Year's Day 2004: a named day, its year given or implied. */
    private Match holiday(int i) {
        Holidays.Name h = Holidays.at(tokens, i);
        if (h == null) return null;
        int end = i + h.length();
        int k = w(end).equals(",") ? end + 1 : end;
        Integer y = yearAt(k);
        if (y != null) return dated(i, k + 1, new Anchor(Holidays.in(h.key(), y), Granularity.DAY, true));
        if (dct == null) {
            LocalDate fixed = Holidays.in(h.key(), Anchor.PLACEHOLDER_YEAR);
            // a fixed-date holiday keeps its day without a year; a moving one does not
            boolean moves = Set.of("thanksgiving", "labor", "memorial", "easter").contains(h.key());
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
    private Match dayMonth(int i) {
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
        return dated(i, end, resolveMonthDay(m, day, TenseGuesser.around(tokens, i, end)));
    }

    private static boolean validDay(Integer y, int m, int d) {
        try {
            LocalDate.of(y == null ? Anchor.PLACEHOLDER_YEAR : y, m, d);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** 2005-03-03 and 3/3/2005 (month first, as in US news). */
    private Match isoDate(int i) {
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
    private Match year(int i) {
        int j = i;
        if (w(i).equals("fiscal")) j = w(i + 1).equals("year") ? i + 2 : i + 1;
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
        if (w(j + 1).equals("s") && adjacent(j + 1) && y % 10 == 0) return dated(i, j + 2, Anchor.decade(y));
        if (w(j + 1).equals("'") && w(j + 2).equals("s") && adjacent(j + 1) && y % 10 == 0)
            return dated(i, j + 3, Anchor.decade(y));
        // "1,200 2004 dollars" is rare; an amount before a unit noun is not: "2004 people" stays untagged
        if (w(j + 1).equals("-") && adjacent(j + 1) && tok(j + 2) != null && tok(j + 2).isNumber()) return null;
        return dated(i, j + 1, Anchor.year(y));
    }

    /** "last year", "this year", "next year" right after a month: the year they name, or null. */
    private Match relativeYear(int i) {
        if (dct == null || !w(i + 1).equals("year")) return null;
        int step = switch (w(i)) { case "last" -> -1; case "this" -> 0; case "next" -> 1; default -> 2; };
        if (step == 2) return null;
        return dated(i, i + 2, dct.as(Granularity.YEAR).plus(step, Granularity.YEAR));
    }

    /** nineteen ninety-six, the year two thousand: years as broadcast transcripts spell them. */
    private Match spokenYear(int i, int j) {
        if (w(j).equals("the") && w(j + 1).equals("year")) j += 2;
        else if (w(j).equals("year")) j++;
        if (w(j).equals("two") && w(j + 1).equals("thousand")) return dated(i, j + 2, Anchor.year(2000));
        if (!w(j).equals("nineteen")) return null;
        Quantity q = Quantity.at(tokens, j + 1);
        if (q == null || q.vague() || q.value() < 10 || q.value() > 99 || tok(j + 1).isNumber()) return null;
        return dated(i, q.end(), Anchor.year(1900 + q.value()));
    }

    /** summer, this summer, last fall, the winter of 2004, summer 2004. */
    private Match season(int i) {
        int j = i;
        String rel = null;
        if (Set.of("this", "last", "next", "past", "the").contains(w(i))) { rel = w(i); j = i + 1; }
        if (rel != null && rel.equals("the") && w(j).equals("past") || "this".equals(rel) && w(j).equals("past")) j++;
        Integer s = Lexicon.SEASONS.get(w(j));
        if (s == null) return null;
        if (s == 3 && w(j).equals("fall") && rel == null) return null; // "the fall of the regime", "prices fall"
        int end = j + 1;
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

    /** third quarter, the third-quarter, the 1988 second quarter, the first half of 2004, the quarter. */
    private Match quarterOrHalf(int i) {
        int j = i;
        if (Set.of("the", "its", "a", "this", "that").contains(w(j))) j++;
        Integer y = null;
        if (w(j).equals("fiscal")) j++;
        Integer lead = yearAt(j);
        if (lead != null) {
            y = lead;
            j++;
            if (w(j).equals("'") && w(j + 1).equals("s")) j += 2;
        }
        if (w(j).equals("fiscal")) j++;
        String ordWord = w(j);
        Integer ord = Lexicon.ORDINALS.get(ordWord);
        boolean latest = Set.of("latest", "current", "recent", "same", "comparable", "previous", "prior").contains(ordWord);
        if (ord == null && !latest && !(w(j).equals("quarter") && j > i)) return null;
        int k = (ord != null || latest) ? j + 1 : j;
        if (w(k).equals("-")) k++;
        if (w(k).equals("fiscal")) k++;
        String unit = w(k);
        // "the latest period" in a quarterly report is the quarter under discussion
        boolean period = unit.equals("period") && ord == null && reference != null && reference.unit() == Granularity.QUARTER;
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
        if (ord == null) {
            // the quarter, the latest quarter, the current quarter: the one under discussion
            if (!quarter) return null;
            Anchor q;
            if (y != null) return null;
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
        Anchor a = quarter ? Anchor.quarter(y, ord) : Anchor.half(y, ord);
        return dated(i, end, a);
    }

    /** The year a period starting in month m belongs to when the text gives none. */
    private Integer impliedYear(int m, Tense tense) {
        // from the document date, not the last mention: a forecast for "the third quarter of 1990"
        // does not move the next "third-quarter results" a year on
        if (dct == null) return reference != null && reference.yearKnown() ? reference.year() : null;
        int y = dct.year();
        if (tense == Tense.PAST && m > dct.month()) return y - 1;
        return y;
    }

    /**
     * The year of a month (and day) the text gives without one: the occurrence nearest the
     * document date, moved a year back when the clause is in the past tense and that occurrence
     * lies more than a month ahead, a year on when it is in the future and lies more than a
     * month behind. "October" in a January article is last October; "in May" in a March
     * article that says "will be published" is this May.
     */
    private Anchor resolveMonth(int m, Tense tense) {
        if (dct == null) return Anchor.month(null, m);
        return Anchor.month(nearestYear(m, 15, tense), m);
    }

    private Anchor resolveMonthDay(int m, int d, Tense tense) {
        if (dct == null) return Anchor.day(null, m, d);
        int y = nearestYear(m, d, tense);
        if (!validDay(y, m, d)) return Anchor.day(null, m, d);
        return Anchor.day(y, m, d);
    }

    private int nearestYear(int m, int d, Tense tense) {
        LocalDate ref = dct.unit() == Granularity.DAY ? dct.start() : dct.start().withDayOfMonth(15);
        int best = ref.getYear();
        long bestDist = Long.MAX_VALUE;
        for (int y = ref.getYear() - 1; y <= ref.getYear() + 1; y++) {
            long dist = Math.abs(java.time.temporal.ChronoUnit.DAYS.between(ref, safeDate(y, m, d)));
            if (dist < bestDist) { bestDist = dist; best = y; }
        }
        long offset = java.time.temporal.ChronoUnit.DAYS.between(ref, safeDate(best, m, d));
        if (tense == Tense.PAST && offset > 31) best--;
        else if (tense == Tense.FUTURE && offset < -31) best++;
        return best;
    }

    private static LocalDate safeDate(int y, int m, int d) {
        return LocalDate.of(y, m, Math.min(d, java.time.YearMonth.of(y, m).lengthOfMonth()));
    }

    /** last week, this month, next year, last July, the next month, that day, the following week. */
    private Match relativeUnit(int i) {
        String rel = w(i);
        int j = i + 1;
        boolean the = false;
        if (rel.equals("the")) {
            the = true;
            rel = w(i + 1);
            j = i + 2;
        }
        if (rel.equals("same")) rel = "that";
        if (rel.equals("that") && w(j).equals("same")) j++;
        if (!Set.of("last", "this", "next", "past", "previous", "coming", "following", "current", "that", "preceding", "prior",
                "day", "week", "month", "year", "weekend").contains(rel)) return null;
        if (Lexicon.UNITS.containsKey(rel)) {
            if (!the) return null;
            // the week, the month, the weekend: the period under discussion ("the day" is mostly "the day's trading")
            if (rel.equals("day")) return null;
            j = i + 1;
        }
        if (w(j).equals("fiscal") && w(j + 1).equals("year")) j++;
        String unitWord = w(j);
        Granularity g = Lexicon.UNITS.get(unitWord);
        if (g == null) {
            // last July, next May, this March
            if (the || !(rel.equals("last") || rel.equals("next") || rel.equals("this") || rel.equals("past"))) return null;
            int m = month(j);
            if (m < 0) return null;
            if (dct == null) return dated(i, monthEnd, Anchor.month(null, m));
            Anchor a = Anchor.month(dct.start().getYear(), m);
            if (rel.equals("last") || rel.equals("past")) { if (m >= dct.month()) a = a.plus(-1, Granularity.YEAR); }
            else if (rel.equals("next")) { if (m <= dct.month()) a = a.plus(1, Granularity.YEAR); }
            return dated(i, monthEnd, a);
        }
        if (unitWord.endsWith("s") && !unitWord.equals("days")) return null;
        if (unitWord.equals("days") || g == Granularity.CENTURY && !rel.equals("last") && !rel.equals("this")) return null;
        int end = j + 1;
        if (Lexicon.UNITS.containsKey(rel)) {
            Anchor base = reference != null ? reference : dct;
            if (g == Granularity.YEAR) {
                // "the year ended Sept. 30" is a fiscal year, a span; "for the year, sales rose" is this year
                if (Set.of("ended", "ending", "ends", "end", "to", "through").contains(w(end)) || dct == null)
                    return new Match(i, end, "DURATION", "P1Y", null, null);
                return dated(i, end, dct.as(Granularity.YEAR));
            }
            if (base == null) return new Match(i, end, "DATE", unknown(g), null, null);
            if (g == Granularity.WEEKEND) {
                Anchor we = weekend(TenseGuesser.around(tokens, i, end));
                return we == null ? new Match(i, end, "DATE", "XXXX-WXX-WE", null, null) : dated(i, end, we);
            }
            return dated(i, end, base.as(g));
        }
        if (the && (rel.equals("past") || rel.equals("last") && !(g == Granularity.DECADE))) {
            return new Match(i, end, "DURATION", durationValue(1, g), null, null);
        }
        if (!the && rel.equals("past")) return null;
        Anchor base;
        int step;
        switch (rel) {
            case "last", "past" -> { base = dct; step = -1; }
            case "this", "current" -> { base = dct; step = 0; }
            case "next", "coming" -> { base = the ? (reference != null ? reference : dct) : dct; step = 1; }
            case "following" -> { base = reference != null ? reference : dct; step = 1; }
            case "previous", "preceding", "prior" -> { base = reference != null ? reference : dct; step = -1; }
            default -> { base = reference != null ? reference : dct; step = 0; } // that week, the same day
        }
        if (base == null) return new Match(i, end, "DATE", unknown(g), null, null);
        if (g == Granularity.WEEKEND) {
            Anchor we = base.unit() == Granularity.DAY ? base.as(Granularity.WEEK).plus(step, Granularity.WEEK) : null;
            if (we == null) return null;
            return dated(i, end, new Anchor(we.start(), Granularity.WEEKEND, we.yearKnown()));
        }
        if (g.ordinal() < base.unit().ordinal() && !(g == Granularity.WEEK && base.unit() == Granularity.MONTH)) {
            // "yesterday" with a month-only date: say what is known
            return dated(i, end, base);
        }
        if (g == Granularity.WEEK && base.unit() != Granularity.DAY) {
            return new Match(i, end, "DATE", (base.yearKnown() ? String.format("%04d", base.year()) : "XXXX") + "-WXX", null, null);
        }
        return dated(i, end, base.as(g).plus(step, g));
    }

    private Anchor weekend(Tense tense) {
        if (dct == null || dct.unit() != Granularity.DAY) return null;
        LocalDate d = dct.start();
        LocalDate sat = tense == Tense.FUTURE ? d.with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY))
                : d.getDayOfWeek() == DayOfWeek.SUNDAY ? d.minusDays(1) : d.with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY));
        return new Anchor(sat.with(DayOfWeek.MONDAY), Granularity.WEEKEND, true);
    }

    /** N units ago, N units from now (deictic). */
    private Match ago(int i) {
        int j = i;
        String hedge = APPROX.get(w(i));
        if (hedge != null) j++;
        Quantity q = Quantity.at(tokens, j);
        int k;
        Granularity g;
        if (q == null) {
            g = Lexicon.UNITS.get(w(j));
            if (g == null || !w(j).endsWith("s")) return null;
            q = new Quantity(-1, j);
        }
        k = q.end();
        if (w(k).equals("-")) k++;
        g = Lexicon.UNITS.get(w(k));
        if (g == null || g == Granularity.WEEKEND) return null;
        int end = k + 1;
        // "a week or so ago", "months or years from now"
        if (w(end).equals("or") && w(end + 1).equals("so")) end += 2;
        else if (w(end).equals("or") && Lexicon.UNITS.containsKey(w(end + 1))) end += 2;
        String mod = hedge == null || hedge.isEmpty() ? null : hedge;
        if (w(end).equals("ago")) {
            end++;
            if (q.vague()) return new Match(i, end, "DATE", "PAST_REF", null, null);
            if (dct == null) return new Match(i, end, "DATE", "PAST_REF", mod, null);
            if (g == Granularity.YEAR && q.value() == 1 && reference != null && reference.unit() == Granularity.QUARTER) {
                // "profit rose 5% from a year ago": the same quarter a year before, in business news
                Anchor a = reference.plus(-1, Granularity.YEAR);
                return new Match(i, end, "DATE", a.value(), mod, a, true);
            }
            Anchor base = g.ordinal() < dct.unit().ordinal() ? dct : dct.as(g);
            Anchor a = base.plus(-q.value(), g);
            return new Match(i, end, "DATE", a.value(), mod, a);
        }
        if (w(end).equals("from") && w(end + 1).equals("now")) {
            end += 2;
            if (q.vague() || dct == null) return new Match(i, end, "DATE", "FUTURE_REF", null, null);
            Anchor base = g.ordinal() < dct.unit().ordinal() ? dct : dct.as(g);
            Anchor a = base.plus(q.value(), g);
            return new Match(i, end, "DATE", a.value(), mod, a);
        }
        return null;
    }

    /** a day before that, two years earlier, the next day, a year later: from the last date mentioned. */
    private Match anaphoricOffset(int i) {
        int j = i;
        String hedge = APPROX.get(w(i));
        if (hedge != null) j++;
        boolean yearAgoCompound = false;
        Quantity q = Quantity.at(tokens, j);
        Granularity g;
        int k;
        if (q == null) {
            // year-earlier, year-ago (as in "the year-earlier quarter")
            boolean the = w(j).equals("the");
            if (the) j++;
            if (!w(j).equals("year") || !w(j + 1).equals("-")) return null;
            if (the && !Set.of("quarter", "period", "month", "months", "week", "level", "levels").contains(w(j + 3))) return null;
            q = new Quantity(1, j);
            yearAgoCompound = true;
        }
        if (q.vague()) return null;
        k = q.end();
        g = Lexicon.UNITS.get(w(k));
        if (g == null || g == Granularity.WEEKEND) return null;
        int end = k + 1;
        if (yearAgoCompound) end++;
        else if (w(end).equals("-") && (w(end + 1).equals("earlier") || w(end + 1).equals("ago"))) {
            end++; // "a year-earlier loss"
            yearAgoCompound = true;
        }
        String dir = w(end);
        int sign;
        if (dir.equals("earlier") || dir.equals("before") || (yearAgoCompound && dir.equals("ago"))) sign = -1;
        else if (dir.equals("later") || dir.equals("after")) sign = 1;
        else return null;
        end++;
        if (dir.equals("before") || dir.equals("after")) {
            // "two years before the war" anchors on an event, not on a date: a duration
            if (w(end).equals("that") || w(end).equals("this") || w(end).equals("then")) end++;
            else if (!(tok(end) == null || tok(end).kind() == TimexToken.Kind.PUNCT)) return null;
        }
        if (yearAgoCompound && (w(end).equals("quarter") || w(end).equals("period"))) end++;
        else if (yearAgoCompound && (w(end).equals("level") || w(end).equals("levels") || w(end).equals("results"))) {
            // year-ago results: still a date
        }
        Anchor base = reference != null ? reference : dct;
        if (dir.equals("ago") && reference == null) base = dct;
        if (base == null) return new Match(i, end, "DATE", unknown(g), null, null, true);
        Anchor a = base.plus(sign * (long) q.value(), g);
        if (g.ordinal() > a.unit().ordinal() && base == dct) a = a.as(g);
        String mod = hedge == null || hedge.isEmpty() ? null : hedge;
        return new Match(i, end, "DATE", a.value(), mod, a, true);
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

    // ---------------------------------------------------------------- durations and sets

    static String durationValue(int n, Granularity g) {
        String num = n < 0 ? "X" : Integer.toString(n);
        return switch (g) {
            case DAY -> "P" + num + "D";
            case WEEK, WEEKEND -> "P" + num + "W";
            case MONTH -> "P" + num + "M";
            case SEASON, QUARTER -> n < 0 ? "PXQ" : "P" + (3 * n) + "M";
            case HALF -> n < 0 ? "PXM" : "P" + (6 * n) + "M";
            case YEAR -> "P" + num + "Y";
            case DECADE -> n < 0 ? "PXDE" : "P" + (10 * n) + "Y";
            case CENTURY -> n < 0 ? "PXCE" : "P" + (100 * n) + "Y";
        };
    }

    /** three years, the past two months, 10-year, a few days, several weeks, two hours. */
    private Match duration(int i) {
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
        int k = q == null ? j : q.end();
        if (q != null && w(k).equals("more")) k++;
        if (w(k).equals("-") && q != null) k++;
        String unitWord = w(k);
        Granularity g = Lexicon.UNITS.get(unitWord);
        String clock = Lexicon.CLOCK_UNITS.get(unitWord);
        if (g == null && clock == null) return null;
        if (g == Granularity.WEEKEND) return null;
        boolean plural = unitWord.endsWith("s") || unitWord.equals("centuries");
        if (q == null) {
            // bare plurals: "for years", "weeks or months"; "recent weeks" is PAST_REF (said of a time before now)
            if (!plural) return null;
            if (recent) return new Match(i, k + 1, "DATE", "PAST_REF", null, null);
            if (j != start && w(j - 1).equals("coming")) return new Match(start, k + 1, "DATE", "FUTURE_REF", null, null);
            if (j != start) return null;
            if (unitWord.equals("days") || unitWord.equals("seconds") || unitWord.equals("minutes")) return null;
            q = new Quantity(-1, k);
        } else if (recent) return null;
        int end = k + 1;
        // "ten-year-old" is an age, "a 10-year note" still a duration
        if (w(end).equals("-") && w(end + 1).equals("old")) return null;
        if (w(end).equals("or") && w(end + 1).equals("so")) end += 2;
        if (unitWord.equals("second") && q.value() == 1 && !w(q.end() - 1).equals("one")) return null; // "a second"
        String value = clock != null ? (q.vague() ? "PTX" + clock : "PT" + q.value() + clock) : durationValue(q.value(), g);
        return new Match(i, end, "DURATION", value, mod, null);
    }

    /** each week, every month, per year, daily, each Thursday, each July. */
    private Match set(int i) {
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

    // ---------------------------------------------------------------- vague references

    private Match vague(int i) {
        String w = w(i);
        if (PRESENT_WORDS.contains(w)) {
            if (w.equals("now") && w(i - 1).equals("from")) return null;
            // "Now, the question is ...": a discourse marker opening a sentence, not a time
            if (tokens.get(i).text().equals("Now") && (i == 0 || TenseGuesser.isSentenceEnd(tokens, i - 1))) return null;
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
        if (w.equals("soon") && !w(i - 1).equals("as")) return new Match(i, i + 1, "DATE", "FUTURE_REF", null, null);
        if (w.equals("as") && w(i + 1).equals("soon") && w(i + 2).equals("as") && w(i + 3).equals("possible"))
            return new Match(i, i + 4, "DATE", "FUTURE_REF", null, null);
        if (w.equals("the") && w(i + 1).equals("future")) return new Match(i, i + 2, "DATE", "FUTURE_REF", null, null);
        if (w.equals("the") && (w(i + 1).equals("near") || w(i + 1).equals("short")) && w(i + 2).equals("term"))
            return new Match(i, i + 3, "DATE", "FUTURE_REF", null, null);
        if (w.equals("the") && w(i + 1).equals("near") && w(i + 2).equals("future"))
            return new Match(i, i + 3, "DATE", "FUTURE_REF", null, null);
        return null;
    }

    // ---------------------------------------------------------------- clock times

    /** 10 p.m., 7:15 p.m. EST, noon Thursday, midnight Friday, 10 p.m. Wednesday. */
    private Match clock(int i) {
        int j = i;
        if (APPROX.containsKey(w(i)) && !APPROX.get(w(i)).isEmpty()) j++;
        int hour, minute = -1;
        int k;
        String w = w(j);
        if (w.equals("noon")) { hour = 12; minute = 0; k = j + 1; }
        else if (w.equals("midnight")) { hour = 24; k = j + 1; }
        else {
            TimexToken t = tok(j);
            if (t == null || !t.isNumber() || t.text().length() > 2) return null;
            hour = Integer.parseInt(t.text());
            k = j + 1;
            if (w(k).equals(":") && adjacent(k) && tok(k + 1) != null && tok(k + 1).isNumber() && tok(k + 1).text().length() == 2) {
                minute = Integer.parseInt(tok(k + 1).text());
                k += 2;
            }
            int meridiem = meridiem(k);
            if (meridiem == 0) return null;
            k = meridiemEnd;
            if (hour < 1 || hour > 12 || minute > 59) return null;
            if (meridiem == 2 && hour < 12) hour += 12;
            if (meridiem == 1 && hour == 12) hour = 0;
            if (minute < 0) minute = 0;
        }
        if (Set.of("est", "edt", "gmt", "utc", "pst", "pdt", "cst", "cdt", "et").contains(w(k))) k++;
        // the day it falls on, when given
        int d = w(k).equals(",") ? k + 1 : k;
        Anchor day = null;
        int end = k;
        Match dayMatch = longer(weekday(d), longer(monthDate(d), deictic(d)));
        if (dayMatch != null && dayMatch.anchor() != null && dayMatch.anchor().unit() == Granularity.DAY) {
            day = dayMatch.anchor();
            end = dayMatch.end();
        } else if (dayMatch != null && dayMatch.anchor() == null && "DATE".equals(dayMatch.type())) {
            end = dayMatch.end();
        }
        if (day == null && dct != null && dct.unit() == Granularity.DAY) day = dct;
        String hm = minute < 0 ? String.format("T%02d", hour) : String.format("T%02d:%02d", hour, minute);
        String v = (day == null ? "XXXX-XX-XX" : day.value()) + hm;
        return new Match(i, end, "TIME", v, null, day);
    }

    private int meridiemEnd;

    /** 1 for a.m., 2 for p.m., 0 for neither; sets meridiemEnd. */
    private int meridiem(int k) {
        String a = w(k);
        if (a.equals("am") || a.equals("pm")) { meridiemEnd = k + 1; return a.equals("am") ? 1 : 2; }
        if ((a.equals("a") || a.equals("p")) && w(k + 1).equals(".") && w(k + 2).equals("m")) {
            meridiemEnd = w(k + 3).equals(".") ? k + 4 : k + 3;
            return a.equals("a") ? 1 : 2;
        }
        if (a.equals("o") && w(k + 1).equals("'") && w(k + 2).equals("clock")) { meridiemEnd = k + 3; return 1; }
        return 0;
    }
}
