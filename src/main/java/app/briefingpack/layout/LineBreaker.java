package app.briefingpack.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * Greedy first-fit line breaking, ragged right (never justified: even word spacing reads better,
 * especially in large print). A word wider than the line is cut between characters.
 */
final class LineBreaker {

    private LineBreaker() {}

    /** One line: its pieces in order, with the trailing space (if any) as the last piece. */
    record Line(List<Piece> pieces, float width) {}

    static List<Line> breakLines(List<Word> words, float measure) {
        List<Line> lines = new ArrayList<>();
        List<Word> line = new ArrayList<>();
        float width = 0;
        for (Word w : expandLongWords(words, measure)) {
            float need = line.isEmpty() ? w.width() : width + line.get(line.size() - 1).spaceWidth() + w.width();
            if (!line.isEmpty() && need > measure + 0.01f) {
                lines.add(toLine(line));
                line = new ArrayList<>();
                need = w.width();
            }
            line.add(w);
            width = need;
        }
        if (!line.isEmpty()) lines.add(toLine(line));
        return lines;
    }

    private static Line toLine(List<Word> words) {
        List<Piece> pieces = new ArrayList<>();
        float width = 0;
        for (int i = 0; i < words.size(); i++) {
            Word w = words.get(i);
            for (Piece p : w.pieces()) addMerged(pieces, p);
            width += w.width();
            if (w.space() != null) {
                addMerged(pieces, w.space());
                if (i < words.size() - 1) width += w.spaceWidth();
            }
        }
        return new Line(List.copyOf(pieces), width);
    }

    private static void addMerged(List<Piece> pieces, Piece p) {
        if (!pieces.isEmpty() && pieces.get(pieces.size() - 1).sameLook(p)) {
            pieces.set(pieces.size() - 1, pieces.get(pieces.size() - 1).append(p));
        } else {
            pieces.add(p);
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
