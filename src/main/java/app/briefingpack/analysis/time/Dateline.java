package app.briefingpack.analysis.time;

import app.briefingpack.analysis.time.Anchor.Granularity;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The date of a wire story's dateline ("BRUSSELS, February 10 (Xinhua) --", "BAGHDAD, March 9
 * (Reuters) -"). A story is written on its dateline's day, which can be a day or two before
 * the date it was published or filed under; "today" and "on Wednesday" in the story count
 * from the dateline, so it replaces the document date for deictic expressions when the two
 * are a few days apart. Reads at most the first {@value #REACH} tokens.
 */
final class Dateline {

    private static final int REACH = 16;
    /** How far a dateline may lie before the document date and still be this story's. */
    private static final int MAX_DAYS_BEFORE = 7;

    private Dateline() {}

    /** The dateline's day when the text opens with one near the document date, else the document date. */
    static Anchor anchor(List<TimexToken> tokens, Anchor documentDate) {
        if (documentDate == null || documentDate.unit() != Granularity.DAY) return documentDate;
        int dash = dashAt(tokens);
        if (dash < 0) return documentDate;
        for (int i = 1; i < dash; i++) {
            Integer month = Lexicon.MONTHS.get(tokens.get(i).lower());
            if (month == null || !tokens.get(i).capitalised() || !tokens.get(i - 1).is(",")) continue;
            int d = i + 1;
            if (d < dash && tokens.get(d).is(".")) d++;
            if (d >= dash || !tokens.get(d).isNumber() || tokens.get(d).text().length() > 2) return documentDate;
            int day = Integer.parseInt(tokens.get(d).text());
            LocalDate dct = documentDate.start();
            LocalDate date = valid(dct.getYear(), month, day);
            if (date != null && date.isAfter(dct)) date = valid(dct.getYear() - 1, month, day);
            if (date == null) return documentDate;
            long before = ChronoUnit.DAYS.between(date, dct);
            return before > 0 && before <= MAX_DAYS_BEFORE ? new Anchor(date, Granularity.DAY, true) : documentDate;
        }
        return documentDate;
    }

    /**
     * The dash ending a dateline ("--", "—", "–", AP's "_", a lone "-"), found within reach
     * before any sentence ends and after only place words, commas, dots, figures and a
     * bracketed agency; -1 when the text does not open with a dateline.
     */
    private static int dashAt(List<TimexToken> tokens) {
        int n = Math.min(tokens.size(), REACH);
        boolean inBrackets = false;
        for (int i = 0; i < n; i++) {
            TimexToken t = tokens.get(i);
            if (t.is("(")) { inBrackets = true; continue; }
            if (t.is(")")) { inBrackets = false; continue; }
            if (i > 0 && (t.is("-") || t.is("\u2014") || t.is("\u2013") || t.is("_"))) return i;
            if (inBrackets || t.isNumber() || t.is(",") || t.is(".")) continue;
            // place names and months are capitalised; a lower-case word means a sentence
            if (!t.isWord() || !t.capitalised()) return -1;
        }
        return -1;
    }

    private static LocalDate valid(int y, int m, int d) {
        try {
            return LocalDate.of(y, m, d);
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }
}
