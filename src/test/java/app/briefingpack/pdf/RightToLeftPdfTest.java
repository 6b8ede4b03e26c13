package app.briefingpack.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.junit.jupiter.api.Test;

import app.briefingpack.layout.LayoutEngine;
import app.briefingpack.layout.DocumentSpec;
import app.briefingpack.layout.Heading;
import app.briefingpack.layout.Paper;
import app.briefingpack.layout.Run;
import app.briefingpack.layout.TextParagraph;
import app.briefingpack.testing.PdfText;
import app.briefingpack.testing.PdfValidation;
import app.briefingpack.testing.StructureText;
import app.briefingpack.documents.Layouts;
import app.briefingpack.documents.DocumentType;

/** Hebrew and Arabic quoted in an English article: drawn so they read right, tagged so they are heard right. */
class RightToLeftPdfTest {

    private static final String HEBREW = "\u05D1\u05E9\u05E0\u05EA 1948 \u05D4\u05D5\u05E7\u05DE\u05D4"; // "in 1948 was founded"
    private static final String ARABIC = "\u0627\u0644\u0633\u0644\u0627\u0645 \u0639\u0644\u064A\u0643\u0645"; // as-salamu alaykum

    private static byte[] write(String theme) throws Exception {
        Layouts l = Layouts.defaults();
        List<app.briefingpack.layout.Block> blocks = List.of(Heading.of(1, "Quotes"),
                TextParagraph.of("The plaque says " + HEBREW + " in large letters."),
                new TextParagraph(List.of(Run.plain("The crowd answered "), Run.plain(ARABIC), Run.plain(" and cheered.")),
                        app.briefingpack.layout.ParagraphStyle.BODY, null, null, List.of(), false));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TaggedPdfWriter.write(new LayoutEngine(l.theme(theme), l.document(DocumentType.ANNOTATED), Paper.LETTER).layout(new DocumentSpec("Quotes", "en", blocks, null)), out);
        return out.toByteArray();
    }

    @Test
    void rightToLeftTextIsDrawnInVisualOrderShapedAndReadInLogicalOrder() throws Exception {
        for (String theme : List.of("standard", "large-print")) {
            byte[] pdf = write(theme);
            PdfValidation.assertCompliant(pdf, "right-to-left " + theme);
            try (PDDocument doc = Loader.loadPDF(pdf)) {
                List<PdfText.Glyph> glyphs = PdfText.glyphs(doc);
                // Hebrew letters left to right on the page: the last word first, each word reversed;
                // the year between them keeps its digits in order.
                List<PdfText.Glyph> hebrew = glyphs.stream().filter(g -> g.text().codePoints().allMatch(cp -> cp >= 0x05D0 && cp <= 0x05EA)).toList();
                double left = hebrew.stream().mapToDouble(PdfText.Glyph::x).min().orElseThrow();
                double right = hebrew.stream().mapToDouble(PdfText.Glyph::x).max().orElseThrow();
                float line = hebrew.get(0).baseline();
                String hebrewAsDrawn = glyphs.stream().filter(g -> g.baseline() == line && g.x() >= left && g.x() <= right)
                        .filter(g -> !g.text().isBlank())
                        .sorted(Comparator.comparingDouble(PdfText.Glyph::x))
                        .map(PdfText.Glyph::text).collect(Collectors.joining());
                assertThat(hebrewAsDrawn).isEqualTo("\u05D4\u05DE\u05E7\u05D5\u05D4" + "1948" + "\u05EA\u05E0\u05E9\u05D1");
                // Arabic is drawn in joined presentation forms, not as isolated base letters.
                assertThat(glyphs).anyMatch(g -> g.text().codePoints().anyMatch(cp -> cp >= 0xFE70 && cp <= 0xFEFF));
                assertThat(glyphs).noneMatch(g -> g.text().codePoints().anyMatch(cp -> cp >= 0x0621 && cp <= 0x064A));

                StructureText st = new StructureText(doc);
                assertThat(StructureText.normalise(st.text(doc.getDocumentCatalog().getStructureTreeRoot())))
                        .contains("The plaque says " + HEBREW + " in large letters.")
                        .contains("The crowd answered " + ARABIC + " and cheered.");
                List<PDStructureElement> spans = st.elements().stream().filter(e -> e.getActualText() != null).toList();
                assertThat(spans).extracting(PDStructureElement::getStructureType).containsOnly("Span");
                assertThat(spans).extracting(PDStructureElement::getActualText).containsExactly(HEBREW, ARABIC);
                assertThat(spans).extracting(PDStructureElement::getLanguage).containsExactly("he", "ar");
            }
        }
    }
}
