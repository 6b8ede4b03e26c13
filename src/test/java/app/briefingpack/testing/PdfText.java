package app.briefingpack.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** Text-level checks on a PDF: where glyphs are and how big, and what Poppler extracts. */
public final class PdfText {

    private PdfText() {}

    /** A glyph as drawn: page index, top-left based box, size in points. */
    public record Glyph(int page, String text, float x, float top, float width, float baseline, float size,
                        float pageWidth, float pageHeight) {
        public boolean insidePage() {
            return x >= 0 && x + width <= pageWidth + 0.01f && top >= 0 && baseline <= pageHeight;
        }
    }

    public static List<Glyph> glyphs(PDDocument doc) throws IOException {
        List<Glyph> out = new ArrayList<>();
        PDFTextStripper s = new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition t) {
                PDPage page = getCurrentPage();
                float h = page.getMediaBox().getHeight();
                out.add(new Glyph(getCurrentPageNo() - 1, t.getUnicode(), t.getXDirAdj(), t.getYDirAdj() - size(t) * 0.93f,
                        t.getWidthDirAdj(), t.getYDirAdj(), size(t), page.getMediaBox().getWidth(), h));
            }
        };
        s.getText(doc);
        return out;
    }

    /** The size in points as drawn (getFontSizeInPt rounds to whole points). */
    private static float size(TextPosition t) {
        return t.getTextMatrix().getScalingFactorY();
    }

    /** Poppler's pdftotext output, or null when pdftotext is not installed. */
    public static String pdftotext(Path pdf) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder("pdftotext", "-enc", "UTF-8", pdf.toString(), "-");
        pb.redirectErrorStream(true);
        Process p;
        try {
            p = pb.start();
        } catch (IOException e) {
            return null;
        }
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) throw new IOException("pdftotext failed: " + new String(out, StandardCharsets.UTF_8));
        return new String(out, StandardCharsets.UTF_8);
    }
}
