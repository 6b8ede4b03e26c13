package app.briefingpack.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * Line breaking, ragged right (never justified: even word spacing reads better, especially in
 * large print). Breaks are chosen for the whole paragraph at once, in the spirit of Knuth and
 * Plass: the sum of the squared gaps at the ends of the lines (all but the last) is minimised,
 * which gives an even right edge instead of greedy's alternating long and short lines; a last
 * line holding one short word is penalised. A word wider than the line is cut between characters.
 */
final class LineBreaker {

    private LineBreaker() {}

    /**
     * One line: its pieces in drawing order, left to right (right-to-left stretches reversed, see
     * {@link RightToLeft}), with the trailing space (if any) as the last logical piece.
     */
    record Line(List<Piece> pieces, float width) {}

    static List<Line> breakLines(List<Word> words, float measure) {
        List<Word> w = expandLongWords(words, measure);
        int n = w.size();
        if (n == 0) return List.of();
        // prefix[i] = width of words 0..i-1 with the spaces after each of them.
        double[] prefix = new double[n + 1];
        for (int i = 0; i < n; i++) prefix[i + 1] = prefix[i] + w.get(i).width() + w.get(i).spaceWidth();
        double[] best = new double[n + 1];
        int[] from = new int[n + 1];
        java.util.Arrays.fill(best, Double.POSITIVE_INFINITY);
        best[0] = 0;
        for (int j = 1; j <= n; j++) {
            for (int i = j - 1; i >= 0; i--) {
                double width = prefix[j] - prefix[i] - w.get(j - 1).spaceWidth();
                if (width > measure + 0.01 && i < j - 1) break; // longer lines only get wider
                double cost;
                if (j == n) {
                    boolean runt = j - i == 1 && n > 1 && width < measure * 0.2;
                    cost = runt ? measure * measure * 0.09 : 0;
                } else {
                    double slack = measure - width;
                    cost = slack * slack;
                }
                if (best[i] + cost < best[j]) {
                    best[j] = best[i] + cost;
                    from[j] = i;
                }
            }
        }
        List<Line> lines = new ArrayList<>();
        for (int j = n; j > 0; j = from[j]) lines.add(toLine(w.subList(from[j], j)));
        java.util.Collections.reverse(lines);
        return lines;
    }

    private static Line toLine(List<Word> words) {
        Merger pieces = new Merger();
        float width = 0;
        for (int i = 0; i < words.size(); i++) {
            Word w = words.get(i);
            for (Piece p : w.pieces()) pieces.add(p);
            width += w.width();
            if (w.space() != null) {
                pieces.add(w.space());
                if (i < words.size() - 1) width += w.spaceWidth();
            }
        }
        return new Line(List.copyOf(RightToLeft.drawingOrder(pieces.done())), width);
    }

    /**
     * Joins neighbouring pieces that look the same into one, so a line is drawn as a few runs of
     * text rather than word by word. Text is gathered in a builder: joining piece by piece would
     * copy the line's text once per word.
     */
    private static final class Merger {
        private final List<Piece> pieces = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        private Piece first; // the first piece of the run being gathered
        private float width;

        void add(Piece p) {
            if (first != null && first.sameLook(p)) {
                text.append(p.text());
                width += p.width();
                return;
            }
            flush();
            first = p;
            text.append(p.text());
            width = p.width();
        }

        private void flush() {
            if (first == null) return;
            pieces.add(new Piece(text.toString(), first.style(), first.owner(), first.url(), width));
            text.setLength(0);
            first = null;
        }

        List<Piece> done() {
            flush();
            return List.copyOf(pieces);
        }
    }

    /** Cuts words wider than the measure into parts that fit (URLs, long compounds). */
    private static List<Word> expandLongWords(List<Word> words, float measure) {
        List<Word> out = new ArrayList<>(words.size());
        for (Word w : words) {
            if (w.width() <= measure) {
                out.add(w);
                continue;
            }
            List<Piece> part = new ArrayList<>();
            float partWidth = 0;
            for (Piece p : w.pieces()) {
                StringBuilder sb = new StringBuilder();
                for (int i = 0; i < p.text().length(); ) {
                    int cp = p.text().codePointAt(i);
                    String ch = new String(Character.toChars(cp));
                    float cw = FontLibrary.width(p.style().face(), ch, p.style().size());
                    if (partWidth + cw > measure && (partWidth > 0)) {
                        if (sb.length() > 0) part.add(Piece.of(sb.toString(), p.style(), p.owner(), p.url()));
                        out.add(new Word(List.copyOf(part), null));
                        part.clear();
                        sb.setLength(0);
                        partWidth = 0;
                    }
                    sb.append(ch);
                    partWidth += cw;
                    i += Character.charCount(cp);
                }
                if (sb.length() > 0) part.add(Piece.of(sb.toString(), p.style(), p.owner(), p.url()));
            }
            out.add(new Word(List.copyOf(part), w.space()));
        }
        return out;
    }
}
