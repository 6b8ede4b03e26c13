package app.briefingpack.analysis.time;

import app.briefingpack.model.PartialDate;
import app.briefingpack.model.TemporalExpression;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds temporal expressions in English text and normalises them the TimeML/TIMEX3 way
 * (types DATE, TIME, DURATION, SET; values such as {@code 2005-03-03}, {@code 2003-H2},
 * {@code P1Y}, {@code PAST_REF}).
 *
 * <p>The text is cut into tokens once; at each token a fixed set of rules looks a bounded
 * number of tokens ahead ({@link TimexRules}) and the longest match wins, so the work is
 * linear in the length of the text whatever it contains. Relative expressions are resolved
 * against the document date ("yesterday", "last July", "two years ago") or, when anaphoric
 * ("a day before that", "the following month"), against the last date the text mentioned;
 * the tense of the surrounding clause decides whether a bare "Friday" or "May" lies before or
 * after. Without a document date, only what the text pins down is resolved: "March 3" stays
 * {@code XXXX-03-03}; no year is invented.
 */
public final class TemporalTagger {

    private TemporalTagger() {}

    /**
     * Tags {@code body}.
     *
     * @param body         the text; offsets of the result are char offsets into it, end exclusive
     * @param documentDate the publication date to the precision known, or null
     * @return the expressions in text order, never overlapping
     */
    public static List<TemporalExpression> tag(String body, PartialDate documentDate) {
        List<TimexToken> tokens = TimexTokenizer.tokenize(body);
        // a wire story counts "today" and "Wednesday" from its dateline's day
        TimexRules rules = new TimexRules(tokens, Dateline.anchor(tokens, Anchor.of(documentDate)));
        List<TemporalExpression> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            TimexRules.Match m = rules.at(i);
            if (m == null || m.end() <= i) { i++; continue; }
            int b = tokens.get(m.begin()).begin();
            int e = tokens.get(m.end() - 1).end();
            out.add(new TemporalExpression(b, e, body.substring(b, e), m.type(), m.value(), m.mod()));
            rules.mentioned(m);
            i = m.end();
        }
        return out;
    }
}
