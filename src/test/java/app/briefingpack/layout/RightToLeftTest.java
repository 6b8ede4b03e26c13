package app.briefingpack.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class RightToLeftTest {

    private static final TextStyle STYLE = new TextStyle(FontFace.SANS, 10, 0);
    private static final String SHALOM_OLAM = "\u05E9\u05DC\u05D5\u05DD \u05E2\u05D5\u05DC\u05DD"; // shalom olam

    private static String reverse(String s) { return new StringBuilder(s).reverse().toString(); }

    private static List<Piece> pieces(String... texts) {
        StructNode owner = new StructNode("P", false);
        return java.util.Arrays.stream(texts).map(t -> Piece.of(t, STYLE, owner, null)).toList();
    }

    private static String drawn(List<Piece> pieces) {
        StringBuilder sb = new StringBuilder();
        for (Piece p : RightToLeft.drawingOrder(pieces)) sb.append(p.text());
        return sb.toString();
    }

    @Test
    void aLineWithoutRightToLeftTextIsLeftAsItIs() {
        List<Piece> line = pieces("The sign read ", "peace", " today.");
        assertThat(RightToLeft.drawingOrder(line)).isSameAs(line);
    }

    @Test
    void aHebrewStretchInAnEnglishLineIsDrawnRightToLeftWordsAndLetters() {
        assertThat(drawn(pieces("The sign read ", SHALOM_OLAM, " today.")))
                .isEqualTo("The sign read " + reverse("\u05E2\u05D5\u05DC\u05DD") + " " + reverse("\u05E9\u05DC\u05D5\u05DD") + " today.");
    }

    @Test
    void numbersInsideHebrewStayLeftToRight() {
        String word1 = "\u05D1\u05E9\u05E0\u05EA", word2 = "\u05D4\u05D5\u05E7\u05DE\u05D4"; // "in the year", "was founded"
        assertThat(drawn(pieces(word1 + " 1948 " + word2))).isEqualTo(reverse(word2) + " 1948 " + reverse(word1));
    }

    @Test
    void bracketsInsideRightToLeftTextAreMirrored() {
        String a = "\u05E9\u05DC\u05D5\u05DD", b = "\u05E2\u05D5\u05DC\u05DD";
        // reversed without mirroring the brackets would face away from the word they enclose
        assertThat(drawn(pieces(a + " (" + b + ")"))).isEqualTo("(" + reverse(b) + ") " + reverse(a));
    }

    @Test
    void piecesAreSplitWhereADirectionChangesInsideThem() {
        List<Piece> drawn = RightToLeft.drawingOrder(pieces("He said " + SHALOM_OLAM + " twice."));
        assertThat(drawn).hasSizeGreaterThanOrEqualTo(3);
        float logicalWidth = FontLibrary.width(FontFace.SANS, "He said " + SHALOM_OLAM + " twice.", 10);
        assertThat((float) drawn.stream().mapToDouble(Piece::width).sum()).isCloseTo(logicalWidth, org.assertj.core.data.Offset.offset(0.01f));
    }

    @Test
    void arabicIsShapedIntoContextualFormsStillInReadingOrder() {
        String salam = "\u0633\u0644\u0627\u0645"; // salam: seen, lam, alef, meem
        String shaped = RightToLeft.shape(salam);
        assertThat(shaped).isNotEqualTo(salam);
        assertThat(shaped.codePoints()).allMatch(cp -> cp >= 0xFB50 && cp <= 0xFEFF); // presentation forms
        assertThat(shaped.codePointAt(0)).isEqualTo(0xFEB3); // seen, initial form, comes first
        assertThat(RightToLeft.shape("plain English")).isEqualTo("plain English");
        assertThat(RightToLeft.shape(SHALOM_OLAM)).isEqualTo(SHALOM_OLAM); // Hebrew letters do not join
    }

    @Test
    void aFigureLabelIsDrawnTheSameWayAsALine() {
        String label = "Founded " + SHALOM_OLAM + " (1948)";
        assertThat(RightToLeft.forDrawing(label)).isEqualTo(drawn(pieces(label)));
        assertThat(new DrawOp.Label(0, 0, label, 9, false, 0, DrawOp.Anchor.START).text()).isEqualTo(drawn(pieces(label)));
        assertThat(RightToLeft.forDrawing("1948: talks begin")).isEqualTo("1948: talks begin");
    }

    @Test
    void rightToLeftLettersAreRecognised() {
        assertThat(RightToLeft.has("abc \u05D0")).isTrue();
        assertThat(RightToLeft.has("\u0627")).isTrue();
        assertThat(RightToLeft.has("abc 123 (\u00E9)")).isFalse();
    }
}
