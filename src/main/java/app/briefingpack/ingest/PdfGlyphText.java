package app.briefingpack.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.pdfbox.text.TextPosition;

/**
 * Turns glyphs, in the order they were drawn, into lines of text: a new line where the baseline
 * moves by more than half a glyph's height, a space where the gap between two glyphs is wider
 * than a sixth of the font size (many PDF writers draw no space glyphs at all). A number that
 * leads a line from its left, out of line with the paragraph's other lines (a paragraph or line
 * number in the margin), is dropped. The lines are then joined by {@link LineJoiner}, which
 * undoes line-end hyphens.
 */
final class PdfGlyphText {

    private static final Pattern NUMBER = Pattern.compile("\\d{1,4}");

    /** A line, where it starts, and where its text starts after a leading number (NaN when none). */
    private record Line(String text, float startX, String afterNumber, float afterNumberX, float numberGap) {}

    private final List<Line> lines = new ArrayList<>();
    private final StringBuilder line = new StringBuilder();
    private TextPosition last;
    private TextPosition lastInk;
    private float startX;
    private int numberEnd = -1;
    private float afterNumberX = Float.NaN;
    private float numberGap;

    void add(TextPosition t) {
        String u = unligated(t.getUnicode());
        if (u.isEmpty()) return;
        if (last != null) {
            float size = Math.max(1f, Math.max(last.getFontSizeInPt(), t.getFontSizeInPt()));
            float height = Math.max(1f, Math.max(last.getHeightDir(), t.getHeightDir()));
            if (Math.abs(t.getYDirAdj() - last.getYDirAdj()) > height * 0.5f) {
                endLine();
            } else {
                float gap = t.getXDirAdj() - (last.getXDirAdj() + last.getWidthDirAdj());
                if (gap > size / 6f && line.length() > 0 && !Character.isWhitespace(line.charAt(line.length() - 1))
                        && !u.isBlank()) line.append(' ');
                boolean wordStart = line.length() > 0 && Character.isWhitespace(line.charAt(line.length() - 1));
                if (!u.isBlank() && wordStart && numberEnd < 0 && lastInk != null && NUMBER.matcher(line.toString().strip()).matches()) {
                    numberEnd = line.length();
                    afterNumberX = t.getXDirAdj();
                    numberGap = (t.getXDirAdj() - (lastInk.getXDirAdj() + lastInk.getWidthDirAdj())) / size;
                }
            }
        }
        if (line.length() == 0) startX = t.getXDirAdj();
        line.append(u);
        last = t;
        if (!u.isBlank()) lastInk = t;
    }

    /** A glyph's text with typographic ligatures (U+FB00-U+FB4F: "ﬁ", "ﬀ") spelled out, as PDFBox's own stripper does. */
    static String unligated(String u) {
        if (u == null) return "";
        for (int i = 0; i < u.length(); i++) {
            char c = u.charAt(i);
            if (c >= '\uFB00' && c <= '\uFB4F') return java.text.Normalizer.normalize(u, java.text.Normalizer.Form.NFKC);
        }
        return u;
    }

    /** Text given as a whole (an element's ActualText): a line of its own. */
    void addLiteral(String text) {
        endLine();
        lines.add(new Line(text, Float.NaN, null, Float.NaN, 0));
        last = null;
    }

    private void endLine() {
        if (line.length() > 0)
            lines.add(new Line(line.toString(), startX, numberEnd < 0 ? null : line.substring(numberEnd), afterNumberX, numberGap));
        line.setLength(0);
        numberEnd = -1;
        afterNumberX = Float.NaN;
        lastInk = null;
    }

    /** The paragraph's text, lines joined. */
    String text() {
        endLine();
        LineJoiner joiner = new LineJoiner();
        for (Line l : lines) {
            // a number drawn as a line of its own beside the text (a smaller or raised margin number)
            if (lines.size() > 1 && NUMBER.matcher(l.text().strip()).matches()) continue;
            joiner.add(isMarginNumber(l) ? l.afterNumber() : l.text());
        }
        return joiner.toString().replaceAll("[\\s\\u00A0]+", " ").strip();
    }

    /**
     * The line's leading number stands in the margin: the text after it starts where the
     * paragraph's other lines start, the number to their left; in a one-line paragraph, the
     * number is set apart by more than two word spaces.
     */
    private boolean isMarginNumber(Line l) {
        if (l.afterNumber() == null) return false;
        float otherStart = Float.NaN;
        for (Line o : lines) if (o != l && !Float.isNaN(o.startX()) && o.afterNumber() == null) otherStart = o.startX();
        if (Float.isNaN(otherStart)) return l.numberGap() > 0.6f;
        return Math.abs(l.afterNumberX() - otherStart) < 2f && l.startX() < otherStart - 2f;
    }
}
