package app.briefingpack.analysis.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits text into {@link TimexToken}s in one left-to-right pass. Letters and digits form
 * separate runs ("1990s" is "1990" + "s", "third-quarter" is "third" "-" "quarter"), so the
 * rules can look at hyphenated and glued forms token by token; apostrophes inside a word
 * ("year's") split too. Every step moves forward, so the pass is linear in the text length.
 */
final class TimexTokenizer {

    private TimexTokenizer() {}

    /**
     * The ASCII form the rules compare for typographic punctuation: news text is typeset with
     * curly apostrophes ("Wednesday’s ruling", "the ’90s") and Unicode hyphens, which mean
     * what "'" and "-" mean. The token's text and offsets stay as written.
     */
    private static String plainPunct(String t) {
        return switch (t) {
            case "\u2019", "\u2018", "\u02BC", "\u2032" -> "'";
            case "\u2010", "\u2011" -> "-";
            default -> t;
        };
    }

    static List<TimexToken> tokenize(String text) {
        List<TimexToken> out = new ArrayList<>(Math.max(16, text.length() / 5));
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            // no-break spaces ("10\u00A0p.m.", "March\u00A03") separate words as spaces do
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) { i++; continue; }
            int j = i + 1;
            TimexToken.Kind kind;
            if (Character.isLetter(c)) {
                while (j < n && Character.isLetter(text.charAt(j))) j++;
                kind = TimexToken.Kind.WORD;
            } else if (c >= '0' && c <= '9') {
                while (j < n && text.charAt(j) >= '0' && text.charAt(j) <= '9') j++;
                kind = TimexToken.Kind.NUMBER;
            } else {
                if (Character.isHighSurrogate(c) && j < n) j++;
                kind = TimexToken.Kind.PUNCT;
            }
            String t = text.substring(i, j);
            out.add(new TimexToken(t, kind == TimexToken.Kind.PUNCT ? plainPunct(t) : t.toLowerCase(Locale.ROOT), i, j, kind));
            i = j;
        }
        return out;
    }
}
