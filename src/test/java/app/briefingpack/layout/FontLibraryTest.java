package app.briefingpack.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.junit.jupiter.api.Test;

class FontLibraryTest {

    /** Widths read from the font itself, one code point at a time: what the library's tables must match. */
    private static float fontWidth(TrueTypeFont ttf, CmapLookup cmap, int cp) throws Exception {
        int gid = cmap.getGlyphId(cp);
        return gid <= 0 ? 0f : ttf.getAdvanceWidth(gid) * 1000f / ttf.getUnitsPerEm();
    }

    @Test
    void widthsAndCoverageMatchTheFontInAndBeyondTheBasicPlane() throws Exception {
        for (FontFace face : FontFace.values()) {
            TrueTypeFont ttf = FontLibrary.borrow(face);
            try {
                CmapLookup cmap = ttf.getUnicodeCmapLookup();
                List<Integer> codePoints = new ArrayList<>(List.of((int) 'A', (int) 'g', (int) ' ', 0x00E9, 0x2014, 0x0416,
                        0x05D0, 0x4E00, 0xFFFD, 0x1F600, 0x10FFFF));
                // characters beyond the BMP that the face does have take the library's other path
                for (int cp = 0x10000; cp < 0x20000 && codePoints.size() < 14; cp++)
                    if (cmap.getGlyphId(cp) > 0) codePoints.add(cp);
                for (int cp : codePoints) {
                    assertThat(FontLibrary.hasGlyph(face, cp)).as("%s U+%04X", face, cp).isEqualTo(cmap.getGlyphId(cp) > 0);
                    assertThat(FontLibrary.width(face, cp)).as("%s U+%04X", face, cp).isEqualTo(fontWidth(ttf, cmap, cp));
                }
                assertThat(FontLibrary.width(face, "Ag", 10f)).isEqualTo(
                        (fontWidth(ttf, cmap, 'A') + fontWidth(ttf, cmap, 'g')) * 10f / 1000f);
            } finally {
                FontLibrary.giveBack(face, ttf);
            }
        }
        assertThat(FontLibrary.hasGlyph(FontFace.SERIF, 0x4E00)).as("DejaVu has no CJK: a fallback is needed").isFalse();
    }

    @Test
    void manyThreadsMeasuringAtOnceGetTheSameAnswers() throws Exception {
        String text = "Negotiating peace in Iraq \u2014 caf\u00E9, \u05E9\u05DC\u05D5\u05DD, \uD835\uDC00\uD835\uDC01 and more.";
        float expected = FontLibrary.width(FontFace.SERIF_ITALIC, text, 11f);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Float>> tasks = new ArrayList<>();
            for (int i = 0; i < 64; i++) tasks.add(() -> FontLibrary.width(FontFace.SERIF_ITALIC, text, 11f));
            for (Future<Float> f : pool.invokeAll(tasks)) assertThat(f.get()).isEqualTo(expected);
        } finally {
            pool.shutdownNow();
        }
    }
}
