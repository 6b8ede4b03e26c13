package app.briefingpack.layout;

import java.util.ArrayList;
import java.util.List;

import com.ibm.icu.text.ArabicShaping;
import com.ibm.icu.text.ArabicShapingException;
import com.ibm.icu.text.Bidi;
import com.ibm.icu.text.BidiRun;

/**
 * Right-to-left text for drawing. Text is kept, measured and broken into lines in reading
 * (logical) order; a PDF, though, draws glyphs left to right, so each line's right-to-left
 * stretches are reversed when the line is made (the Unicode bidirectional algorithm, rules L1-L4,
 * by ICU: numbers inside Hebrew or Arabic stay left to right, brackets are mirrored). Arabic is
 * also shaped first: each letter takes its initial, medial, final or isolated form, which a PDF
 * cannot do by itself. What is drawn is then no longer the text, so the structure element around
 * it carries the text as ActualText (see {@link InlineSetter}) for screen readers, search and copy.
 *
 * <p>Paragraphs are set left to right: a right-to-left stretch sits in an English sentence. A
 * whole article in Hebrew or Arabic reads correctly line by line but is aligned left.
 */
final class RightToLeft {

    private static final int REVERSE = Bidi.DO_MIRRORING | Bidi.KEEP_BASE_COMBINING;

    private RightToLeft() {}

    /** Whether the text has a right-to-left letter (Hebrew, Arabic, Syriac, Thaana, N'Ko ...). */
    static boolean has(String text) {
        if (!mayHave(text)) return false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            byte d = Character.getDirectionality(cp);
            if (d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) return true;
            i += Character.charCount(cp);
        }
        return false;
    }

    /**
     * False when no character lies where right-to-left scripts are encoded (U+0590-08FF, the
     * Hebrew and Arabic presentation forms, and beyond the BMP): a quick test run on every line
     * and run, which leaves English text (curly quotes and dashes included) at a comparison or two
     * a character.
     */
    static boolean mayHave(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\u0590' && (c <= '\u08FF' || c >= '\uFB1D' && c <= '\uFEFF' || Character.isSurrogate(c))) return true;
        }
        return false;
    }

    /** The text with Arabic letters in their contextual forms (still in reading order); other text as it is. */
    static String shape(String logical) {
        if (!hasArabic(logical)) return logical;
        try {
            return new ArabicShaping(ArabicShaping.LETTERS_SHAPE | ArabicShaping.TEXT_DIRECTION_LOGICAL
                    | ArabicShaping.LENGTH_GROW_SHRINK).shape(logical);
        } catch (ArabicShapingException | RuntimeException e) {
            return logical; // unshaped letters still read, just unjoined
        }
    }

    private static boolean hasArabic(String text) {
        if (!mayHave(text)) return false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.ARABIC) return true;
            i += Character.charCount(cp);
        }
        return false;
    }

    /**
     * A line's pieces in drawing order, left to right: right-to-left runs reversed, piece order
     * and text alike, pieces split where a run starts or ends inside them. A line without
     * right-to-left text comes back as it is.
     */
    static List<Piece> drawingOrder(List<Piece> logical) {
        boolean any = false;
        for (int i = 0; i < logical.size() && !any; i++) any = has(logical.get(i).text());
        if (!any) return logical;
        StringBuilder all = new StringBuilder();
        for (Piece p : logical) all.append(p.text());
        Bidi bidi = new Bidi();
        bidi.setPara(all.toString(), Bidi.LTR, null);
        if (bidi.getDirection() == Bidi.LTR) return logical;
        List<Piece> out = new ArrayList<>(logical.size() + 4);
        for (int r = 0; r < bidi.countRuns(); r++) {
            BidiRun run = bidi.getVisualRun(r);
            List<Piece> part = slice(logical, run.getStart(), run.getLimit());
            if (run.isOddRun()) {
                for (int i = part.size() - 1; i >= 0; i--) out.add(reversed(part.get(i)));
            } else {
                out.addAll(part);
            }
        }
        return out;
    }

    /** A one-line text as it is drawn left to right: Arabic shaped, right-to-left runs reversed. */
    static String forDrawing(String logical) {
        if (logical == null || !has(logical)) return logical;
        Bidi bidi = new Bidi();
        bidi.setPara(shape(logical), Bidi.LTR, null);
        return bidi.writeReordered(REVERSE);
    }

    /** The pieces covering characters [from, to) of the line, cut at the ends. */
    private static List<Piece> slice(List<Piece> pieces, int from, int to) {
        List<Piece> out = new ArrayList<>();
        int at = 0;
        for (Piece p : pieces) {
            int start = at, end = at + p.text().length();
            at = end;
            if (end <= from || start >= to) continue;
            int a = Math.max(from, start) - start, b = Math.min(to, end) - start;
            out.add(a == 0 && b == p.text().length() ? p : Piece.of(p.text().substring(a, b), p.style(), p.owner(), p.url()));
        }
        return out;
    }

    private static Piece reversed(Piece p) {
        String text = Bidi.writeReverse(p.text(), REVERSE);
        return text.equals(p.text()) ? p : Piece.of(text, p.style(), p.owner(), p.url());
    }
}
