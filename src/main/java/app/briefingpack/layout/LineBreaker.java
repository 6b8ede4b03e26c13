package app.briefingpack.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * Line breaking, ragged right (never justified: even word spacing reads better, especially in
 * large print). Breaks are chosen for the whole paragraph at once, in the spirit of Knuth and
 * Plass: the sum of the squared gaps at the ends of the lines (all but the last) is minimised,
 * which gives an even right edge instead of greedy's alternating long and short lines; a last
 * line holding one short word is penalised. A word wider than the line is hyphenated (see
 * {@link #expandLongWords}).
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

    /**
     * A hyphen added at a line break is drawn as U+00AD SOFT HYPHEN, which is how PDF marks a
     * hyphen that is not part of the word (ISO 32000 14.8.2.2.3): text extraction and screen
     * readers join the two halves again.
     */
    static final String BREAK_HYPHEN = "\u00AD";

    /**
     * Cuts words wider than the measure into parts that fit: after a hyphen, dash or slash the
     * word has (nothing added), else at a hyphenation point of the dictionary ({@link Hyphenator},
     * a hyphen added). Only text with neither (a long URL, a number, a made-up string) is cut
     * between characters, and then too with a hyphen at the cut.
     */
    private static List<Word> expandLongWords(List<Word> words, float measure) {
        List<Word> out = new ArrayList<>(words.size());
        for (Word w : words) {
            if (w.width() <= measure) out.add(w);
            else out.addAll(splitLongWord(w, measure));
        }
        return out;
    }

    private static List<Word> splitLongWord(Word w, float measure) {
        StringBuilder all = new StringBuilder();
        List<Piece> owners = new ArrayList<>(); // the piece each char comes from
        for (Piece p : w.pieces()) {
            for (int i = 0; i < p.text().length(); i++) owners.add(p);
            all.append(p.text());
        }
        String text = all.toString();
        int n = text.length();
        float[] x = new float[n + 1]; // x[i]: width of text[0, i)
        for (int i = 0; i < n; ) {
            int cp = text.codePointAt(i);
            int len = Character.charCount(cp);
            Piece p = owners.get(i);
            float cw = FontLibrary.width(p.style().face(), text.substring(i, i + len), p.style().size());
            for (int k = 1; k <= len; k++) x[i + k] = x[i] + (k == len ? cw : 0);
            i += len;
        }
        boolean[] plain = new boolean[n + 1];
        boolean[] hyphen = new boolean[n + 1];
        for (int i = 1; i < n; i++) plain[i] = "-/\u2010\u2013\u2014".indexOf(text.charAt(i - 1)) >= 0 && Character.isLetterOrDigit(text.charAt(i));
        java.util.regex.Matcher letters = java.util.regex.Pattern.compile("[A-Za-z]+").matcher(text);
        while (letters.find()) {
            if (letters.end() - letters.start() > MAX_HYPHENATED) continue; // not a word: cut between characters
            boolean[] at = Hyphenator.english().points(letters.group());
            for (int k = 1; k < at.length - 1; k++) if (at[k]) hyphen[letters.start() + k] = true;
        }
        List<Word> parts = new ArrayList<>();
        int start = 0;
        int fits = 0; // the last i with x[i] - x[start] <= measure: no cut lies past it
        while (x[n] - x[start] > measure) {
            int cut = -1;
            boolean addHyphen = false;
            // Each search starts from the last point that fits, not from the end of the word, so
            // cutting a word of n characters costs O(n), not O(n) for every line (a 1.9 MB
            // "word" took minutes).
            fits = Math.max(fits, start);
            while (fits < n && x[fits + 1] - x[start] <= measure) fits++;
            int from = Math.min(n - 1, fits);
            // The word's own hyphen or slash first, when it fills at least half the line.
            for (int i = from; i > start && cut < 0; i--)
                if (plain[i] && x[i] - x[start] <= measure && x[i] - x[start] >= measure / 2) cut = i;
            for (int i = from; i > start && cut < 0; i--) {
                if (plain[i] && x[i] - x[start] <= measure) cut = i;
                else if (hyphen[i] && x[i] - x[start] + hyphenWidth(owners.get(i - 1)) <= measure) { cut = i; addHyphen = true; }
            }
            if (cut < 0) { // no point the dictionary or the text allows: the last resort
                addHyphen = true;
                cut = start + 1;
                for (int i = start + 1; i <= from; i++) {
                    if (Character.isLowSurrogate(text.charAt(i))) continue;
                    if (x[i] - x[start] + hyphenWidth(owners.get(i - 1)) <= measure) cut = i;
                }
            }
            parts.add(new Word(slice(text, owners, start, cut, addHyphen), null));
            start = cut;
        }
        parts.add(new Word(slice(text, owners, start, n, false), w.space()));
        return parts;
    }

    /** Runs of letters longer than this are not words the dictionary can hyphenate. */
    static final int MAX_HYPHENATED = 64;

    private static float hyphenWidth(Piece p) {
        return FontLibrary.width(p.style().face(), "-", p.style().size());
    }

    /** The pieces of text[from, to), one per source piece, with a break hyphen after them if asked. */
    private static List<Piece> slice(String text, List<Piece> owners, int from, int to, boolean hyphen) {
        List<Piece> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            Piece p = owners.get(i);
            int j = i;
            while (j < to && owners.get(j) == p) j++;
            out.add(Piece.of(text.substring(i, j), p.style(), p.owner(), p.url()));
            i = j;
        }
        if (hyphen && to > from) {
            Piece last = owners.get(to - 1);
            out.add(Piece.of(BREAK_HYPHEN, last.style(), last.owner(), last.url()));
        }
        return out;
    }
}
