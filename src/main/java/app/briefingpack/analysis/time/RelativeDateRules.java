package app.briefingpack.analysis.time;

import app.briefingpack.analysis.time.Anchor.Granularity;
import app.briefingpack.analysis.time.TenseGuesser.Tense;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Set;

/**
 * Dates relative to the document date ("yesterday", "Friday", "last week", "two years ago") or
 * to the last date the text mentioned ("a day before that", "the following month").
 */
abstract class RelativeDateRules extends PeriodRules {

    RelativeDateRules(List<TimexToken> tokens, Anchor documentDate) {
        super(tokens, documentDate);
    }

    private static final Set<String> PRESENT_AGE = Set.of("world", "youth", "society", "generation", "generations",
            "young", "children", "kids", "teenagers", "students", "culture", "technology", "personal", "modern");

    private static boolean isAllCaps(TimexToken t) {
        return t.text().length() > 1 && t.text().equals(t.text().toUpperCase(java.util.Locale.ROOT));
    }

    /** today, yesterday, tomorrow, tonight, with an optional part of the day. */
    Match deictic(int i) {
        String w = w(i);
        int end = i + 1;
        Anchor day;
        String part = null;
        // "today's world", "today's youth": the present age, not the day; left out as the
        // corpora leave it ("today's editions" is still the day)
        if (w.equals("today") && w(i + 1).equals("'") && w(i + 2).equals("s") && PRESENT_AGE.contains(w(i + 3))) return null;
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

    Anchor today() { return dct; }

    Anchor shiftDct(int days) {
        if (dct == null) return null;
        return dct.unit() == Granularity.DAY ? dct.plus(days, Granularity.DAY) : dct;
    }

    /** Friday, last Friday, next Tuesday, Friday night, Friday, Oct. 13. */
    Match weekday(int i) { return weekday(i, i); }

    /** @param start where the whole expression begins ("9 a.m. Tuesday"): what precedes it may mark a deadline */
    Match weekday(int i, int start) {
        int j = i;
        String rel = null;
        if (w(i).equals("last") || w(i).equals("next") || w(i).equals("this") || w(i).equals("past") || w(i).equals("coming")) { rel = w(i); j = i + 1; }
        // "this past Sunday" is last Sunday
        if ("this".equals(rel) && w(j).equals("past")) { rel = "past"; j++; }
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
        Match explicit = longer(monthDate(k), dayMonth(k)); // "Friday, Oct. 13", "Monday 19 June"
        if (explicit != null && explicit.anchor() != null && explicit.anchor().unit() == Granularity.DAY)
            return explicit.from(i);
        // "Wednesday's ruling", "Friday's edition": news reports a day's event once it has happened
        boolean possessive = w(end).equals("'") && w(end + 1).equals("s");
        Anchor day = resolveWeekday(dow, rel, possessive ? Tense.PAST : TenseGuesser.forDate(tokens, start, end));
        String part = Lexicon.DAY_PARTS.get(w(end));
        if (part != null && !w(end).endsWith("s")) {
            String v = day == null ? "XXXX-WXX-" + dow + "T" + part : day.value() + "T" + part;
            return new Match(i, end + 1, "TIME", v, null, day);
        }
        if (day == null) return new Match(i, end, "DATE", "XXXX-WXX-" + dow, null, null);
        return dated(i, end, day);
    }

    Anchor resolveWeekday(int dow, String rel, Tense tense) {
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

    /** last week, this month, next year, last July, the next month, that day, the following week. */
    Match relativeUnit(int i) {
        String rel = w(i);
        int j = i + 1;
        boolean the = false;
        if (rel.equals("the")) {
            the = true;
            rel = w(i + 1);
            j = i + 2;
        }
        // "the latest fiscal year", "the most recent year": a year whose results are out, the one before the document's
        if (the && dct != null && (rel.equals("latest") || rel.equals("most") && w(i + 2).equals("recent"))) {
            int y = rel.equals("latest") ? i + 2 : i + 3;
            if (w(y).equals("fiscal")) y++;
            if (w(y).equals("year") && !w(y + 1).equals("-")) return dated(i, y + 1, dct.as(Granularity.YEAR).plus(-1, Granularity.YEAR));
        }
        // "the full year", "the fiscal year": the year, as "the year"
        boolean qualifiedYear = the && (rel.equals("full") || rel.equals("fiscal")) && w(i + 2).equals("year");
        if (qualifiedYear) rel = "year";
        if (rel.equals("same")) rel = "that";
        // "this past weekend" is last weekend
        if (rel.equals("this") && w(j).equals("past") && w(j + 1).equals("weekend")) { rel = "last"; j++; }
        if (rel.equals("that") && w(j).equals("same")) j++;
        if (!Set.of("last", "this", "next", "past", "previous", "coming", "following", "current", "that", "preceding", "prior",
                "day", "week", "month", "year", "weekend").contains(rel)) return null;
        if (Lexicon.UNITS.containsKey(rel)) {
            if (!the) return null;
            // the week, the month, the weekend: the period under discussion ("the day" is mostly "the day's trading")
            if (rel.equals("day")) return null;
            j = qualifiedYear ? i + 2 : i + 1;
        }
        if (w(j).equals("fiscal") && w(j + 1).equals("year")) j++;
        String unitWord = w(j);
        Granularity g = Lexicon.UNITS.get(unitWord);
        // ABC's "This Week", "Next Year in Jerusalem": a capitalised unit after a capitalised
        // word is a title, in prose that writes "this week"
        if (g != null && tok(j).capitalised() && tok(i).capitalised() && !isAllCaps(tok(j))) return null;
        if (g == null) {
            // last July, next May, this March
            if (the || !(rel.equals("last") || rel.equals("next") || rel.equals("this") || rel.equals("past"))) return null;
            int m = month(j);
            if (m < 0) return null;
            int afterMonth = monthEnd;
            if ((rel.equals("last") || rel.equals("next")) && dayNumber(afterMonth)) {
                // "last Oct. 23": the latest Oct. 23 before the document date; "next May 1" the first after
                int day = Integer.parseInt(tok(afterMonth).text());
                int e = skipOrdinalSuffix(afterMonth + 1);
                if (dct == null) return validDay(null, m, day) ? dated(i, e, Anchor.day(null, m, day)) : null;
                int y = dct.start().getYear();
                if (!validDay(y, m, day) || !validDay(y - 1, m, day) || !validDay(y + 1, m, day)) return null;
                java.time.LocalDate d = java.time.LocalDate.of(y, m, day);
                if (rel.equals("last") && !d.isBefore(dct.start())) d = d.minusYears(1);
                if (rel.equals("next") && !d.isAfter(dct.start())) d = d.plusYears(1);
                return dated(i, e, Anchor.day(d.getYear(), m, day));
            }
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
        // "over the past year" is the twelve months up to now, a length (the project's sample
        // gold says so, though TimeBank's annotators twice wrote the year before); "the last
        // decade" is the decade before this one
        if (the && (rel.equals("past") || rel.equals("last") && !(g == Granularity.DECADE))) {
            return new Match(i, end, "DURATION", durationValue(1, g), null, null);
        }
        if (!the && rel.equals("past")) return null;
        Anchor base;
        int step;
        Anchor told = referenceFor(g) != null ? referenceFor(g) : dct;
        switch (rel) {
            case "last", "past" -> { base = dct; step = -1; }
            case "this", "current" -> { base = dct; step = 0; }
            case "next", "coming" -> { base = the ? told : dct; step = 1; }
            case "following" -> { base = told; step = 1; }
            case "previous", "preceding", "prior" -> { base = told; step = -1; }
            default -> { base = told; step = 0; } // that week, the same day
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

    /** the week of March 6: the ISO week holding that day. */
    Match weekOf(int i) {
        int j = w(i).equals("the") ? i + 1 : i;
        if (!w(j).equals("week") || !w(j + 1).equals("of")) return null;
        Match day = monthDate(j + 2);
        if (day == null || day.anchor() == null || day.anchor().unit() != Granularity.DAY) return null;
        return dated(i, day.end(), day.anchor().as(Granularity.WEEK));
    }

    Anchor weekend(Tense tense) {
        if (dct == null || dct.unit() != Granularity.DAY) return null;
        LocalDate d = dct.start();
        LocalDate sat = tense == Tense.FUTURE ? d.with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY))
                : d.getDayOfWeek() == DayOfWeek.SUNDAY ? d.minusDays(1) : d.with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY));
        return new Anchor(sat.with(DayOfWeek.MONDAY), Granularity.WEEKEND, true);
    }

    /** N units ago, N units from now (deictic). */
    Match ago(int i) {
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
            // "a decade ago" is the year ten years back, not the decade before this one
            Granularity unit = g.ordinal() > Granularity.YEAR.ordinal() ? Granularity.YEAR : g;
            Anchor base = unit.ordinal() < dct.unit().ordinal() ? dct : dct.as(unit);
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
    Match anaphoricOffset(int i) {
        int j = i;
        int begin = i;
        boolean noPeriod = false;
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
            if (the && (w(j + 1).equals("before") || w(j + 1).equals("after"))
                    && Set.of("day", "week", "month", "year").contains(w(j))) {
                // "the year before", "the day after": one unit from the last date named, unless
                // another anchor follows ("the day before the crash"), checked as for "a day before"
                q = new Quantity(1, j);
            } else {
                if (!w(j).equals("year") || !w(j + 1).equals("-")) return null;
                if (!w(j + 2).equals("ago") && !w(j + 2).equals("earlier")) return null;
                // "the year-ago results": the article belongs to the noun, the date is "year-ago"
                // (the year before, not "the year"); with a period noun TimeBank keeps the article
                if (the && !Set.of("quarter", "period", "month", "months", "week", "level", "levels").contains(w(j + 3)))
                    noPeriod = true;
                if (noPeriod) begin = j;
                q = new Quantity(1, j);
                yearAgoCompound = true;
            }
        }
        if (q.vague()) return null;
        k = q.end();
        g = Lexicon.UNITS.get(w(k));
        if (g == null || g == Granularity.WEEKEND) return null;
        int end = k + 1;
        if (yearAgoCompound) end++;
        else if (w(end).equals("-") && (w(end + 1).equals("earlier") || w(end + 1).equals("ago"))) {
            end++; // "a year-earlier loss": the article belongs to "loss"
            yearAgoCompound = true;
            if (w(j).equals("a") && hedge == null) begin = j + 1;
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
        boolean quarterNamed = yearAgoCompound && w(end).equals("quarter");
        if (yearAgoCompound && (w(end).equals("quarter") || w(end).equals("period"))) end++;
        else if (yearAgoCompound && (w(end).equals("level") || w(end).equals("levels") || w(end).equals("results"))) {
            // year-ago results: still a date
        }
        Anchor base = referenceFor(g) != null ? referenceFor(g) : dct;
        // "the year-ago results" names no period: the year before the one the story is written in
        if (noPeriod && dct != null) base = dct.as(Granularity.YEAR);
        if (base == null) return new Match(begin, end, "DATE", unknown(g), null, null, true);
        Anchor a = base.plus(sign * (long) q.value(), g);
        if (g.ordinal() > a.unit().ordinal() && base == dct) a = a.as(g);
        // "the year-ago quarter" after "the quarter ended Sept. 30": the quarter, not the day
        if (quarterNamed && a.unit().ordinal() < Granularity.QUARTER.ordinal()) a = a.as(Granularity.QUARTER);
        String mod = hedge == null || hedge.isEmpty() ? null : hedge;
        return new Match(begin, end, "DATE", a.value(), mod, a, true);
    }
}
