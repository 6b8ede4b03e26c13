package app.briefingpack.analysis.time;

import java.util.List;

/**
 * A count read from tokens: "three", "twenty-four", "18", "a", "a couple of", "several".
 * {@code value} is -1 when the text leaves it unstated ("several", "a few"), which TIMEX3
 * writes as X ({@code PXY}).
 *
 * @param value the number, or -1 when vague
 * @param end   index of the first token after it
 */
record Quantity(int value, int end) {

    boolean vague() { return value < 0; }

    /** The count starting at token i, or null. Looks at most four tokens ahead. */
    static Quantity at(List<TimexToken> tokens, int i) {
        if (i >= tokens.size()) return null;
        TimexToken t = tokens.get(i);
        if (t.isNumber()) {
            // four digits are a year ("the 1988 quarter"), not a count
            if (t.text().length() > 3) return null;
            // "1,000" or "2.5": part of a bigger number, not a count of units we handle
            if (i + 2 < tokens.size() && (tokens.get(i + 1).is(",") || tokens.get(i + 1).is("."))
                    && tokens.get(i + 2).isNumber() && tokens.get(i + 2).begin() == tokens.get(i + 1).end()) return null;
            return new Quantity(Integer.parseInt(t.text()), i + 1);
        }
        if (!t.isWord()) return null;
        String w = t.lower();
        if (w.equals("a") || w.equals("an")) {
            String next = i + 1 < tokens.size() ? tokens.get(i + 1).lower() : "";
            if (next.equals("few")) return new Quantity(-1, i + 2);
            if (next.equals("couple")) return new Quantity(2, i + 2 < tokens.size() && tokens.get(i + 2).is("of") ? i + 3 : i + 2);
            if (next.equals("dozen")) return new Quantity(12, i + 2);
            return new Quantity(1, i + 1);
        }
        if (Lexicon.VAGUE_QUANTITIES.contains(w)) return new Quantity(-1, i + 1);
        Integer n = Lexicon.NUMBERS.get(w);
        if (n == null) return null;
        int end = i + 1;
        if (n >= 20 && n < 100 && end < tokens.size()) {
            // "twenty-four", "twenty four"
            int k = tokens.get(end).is("-") ? end + 1 : end;
            if (k < tokens.size()) {
                Integer unit = Lexicon.NUMBERS.get(tokens.get(k).lower());
                if (unit != null && unit < 10) return new Quantity(n + unit, k + 1);
            }
        }
        return new Quantity(n, end);
    }
}
