package app.briefingpack.analysis.time;

import app.briefingpack.analysis.time.Anchor.Granularity;

import java.util.List;
import java.util.Set;

/** Clock times, with the day they fall on when the text gives it: "10 p.m.", "7:15 p.m. EST", "noon Thursday". */
abstract class ClockRules extends DurationRules {

    ClockRules(List<TimexToken> tokens, Anchor documentDate) {
        super(tokens, documentDate);
    }

    /** 10 p.m., 7:15 p.m. EST, noon Thursday, midnight Friday, 10 p.m. Wednesday. */
    Match clock(int i) {
        int j = i;
        if (APPROX.containsKey(w(i)) && !APPROX.get(w(i)).isEmpty()) j++;
        int hour, minute = -1;
        int k;
        String w = w(j);
        if ((w.equals("noon") || w.equals("midday")) && !w(j - 1).equals("high")) { hour = 12; minute = 0; k = j + 1; }
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
        // the day it falls on, when given, maybe after the time elsewhere: "10:35 a.m. (0735 GMT) Friday"
        int d = w(k).equals(",") || w(k).equals("on") ? k + 1 : k;
        if (w(d).equals("(")) {
            for (int p = d + 1; p < d + 6 && p < tokens.size(); p++) {
                if (w(p).equals(")")) {
                    if (Lexicon.WEEKDAYS.containsKey(w(p + 1))) d = p + 1;
                    break;
                }
            }
        }
        Anchor day = null;
        int end = k;
        Match dayMatch = longer(weekday(d, i), longer(monthDate(d), deictic(d)));
        // past a parenthesis or "on" the day gives the value, but is an expression of its own
        boolean detached = d > k + 1 || w(k).equals("on");
        if (dayMatch != null && dayMatch.anchor() != null && dayMatch.anchor().unit() == Granularity.DAY) {
            day = dayMatch.anchor();
            if (!detached) end = dayMatch.end();
        } else if (dayMatch != null && dayMatch.anchor() == null && "DATE".equals(dayMatch.type()) && !detached) {
            end = dayMatch.end();
        }
        // "shot to death at 10 p.m.": a clock time with no day falls on the day the story is telling
        if (day == null && reference != null && reference.unit() == Granularity.DAY && reference.yearKnown()) day = reference;
        if (day == null && dct != null && dct.unit() == Granularity.DAY) day = dct;
        String hm = minute < 0 ? String.format("T%02d", hour) : String.format("T%02d:%02d", hour, minute);
        String v = (day == null ? "XXXX-XX-XX" : day.value()) + hm;
        return new Match(i, end, "TIME", v, null, day);
    }

    /** Where the a.m./p.m. that {@link #meridiem} last read ends. */
    int meridiemEnd;

    /** 1 for a.m., 2 for p.m., 0 for neither; sets meridiemEnd. */
    int meridiem(int k) {
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
