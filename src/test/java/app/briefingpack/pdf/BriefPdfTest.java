package app.briefingpack.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import app.briefingpack.layout.Paper;
import app.briefingpack.model.Briefing;
import app.briefingpack.testing.PdfText;
import app.briefingpack.testing.PdfValidation;
import app.briefingpack.testing.StructureText;
import app.briefingpack.testing.TestBriefings;
import app.briefingpack.documents.BriefResult;
import app.briefingpack.documents.Layouts;
import app.briefingpack.documents.PdfDocuments;
import app.briefingpack.documents.PdfOptions;

/** brief.pdf: one page, never below 9 pt, valid, for the sample and for generated articles of any length. */
class BriefPdfTest {

    record Written(byte[] pdf, BriefResult result) {}

    static Written write(Briefing b, Paper paper, String theme, String audioUrl, String name) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BriefResult r = PdfDocuments.writeBrief(b, Layouts.defaults(), new PdfOptions(paper, theme), audioUrl, "narration.mp3", out);
        Files.createDirectories(AnnotatedPdfTest.OUT);
        Files.write(AnnotatedPdfTest.OUT.resolve(name + "-" + theme + "-" + paper + ".pdf"), out.toByteArray());
        return new Written(out.toByteArray(), r);
    }

    @ParameterizedTest
    @CsvSource({"LETTER", "A4"})
    void sampleBriefIsOnePageValidAndSaysWhatMatters(Paper paper) throws Exception {
        Briefing b = TestBriefings.sample();
        Written w = write(b, paper, "standard", "https://example.org/packs/iraq-peace-settlement/narration.mp3", "brief");
        assertThat(w.result().warnings()).isEmpty();
        PdfValidation.assertCompliant(w.pdf(), "brief " + paper);
        try (PDDocument doc = Loader.loadPDF(w.pdf())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            StructureText st = new StructureText(doc);
            String all = StructureText.normalise(st.text(doc.getDocumentCatalog().getStructureTreeRoot()));
            // The thesis keeps what it proposes, not only its announcement before the colon.
            assertThat(all).contains("It is now time for the United States to pursue the one policy option")
                    .contains("the negotiation of a peace settlement with the insurgents");
            assertThat(all).contains("Gareth Porter").contains("Ahmed Chalabi").contains("Ayad Allawi").contains("John Negroponte")
                    .contains("Interim Prime Minister of Iraq").contains("U.S. Ambassador to Iraq")
                    .contains("Listen: narration.mp3 in this pack (7 min)");
            long dates = List.of("Second half of 2003", "Early 2004", "July 2004", "2 March 2005", "3 March 2005", "May 2005",
                    "In recent weeks").stream().filter(all::contains).count();
            assertThat(dates).as("dated events on the brief").isGreaterThanOrEqualTo(4);
            // Each person's row: name (row header) then role.
            assertThat(all).containsPattern("Gareth Porter\\s*author").containsPattern("Ahmed Chalabi\\s*former U.S. client")
                    .containsPattern("Ayad Allawi\\s*Interim Prime Minister of Iraq").containsPattern("John Negroponte\\s*U.S. Ambassador to Iraq");
            PDStructureElement qr = st.elements().stream().filter(e -> "Figure".equals(e.getStructureType())).findFirst().orElseThrow();
            assertThat(qr.getAlternateDescription()).contains("QR code").contains("narration.mp3");
            assertThat(decodeQr(doc)).isEqualTo("https://example.org/packs/iraq-peace-settlement/narration.mp3");
            assertLegible(doc, 9f);
            if (paper == Paper.LETTER) AnnotatedPdfTest.render(doc, "brief-sample");
        }
    }

    @ParameterizedTest
    @CsvSource({"150,true,true,LETTER", "600,false,true,A4", "1500,true,false,LETTER", "4000,true,true,A4"})
    void generatedBriefsFitOnePageAtNinePointOrMore(int words, boolean dates, boolean people, Paper paper) throws Exception {
        Briefing b = TestBriefings.generated(words, dates, people, words);
        Written w = write(b, paper, "standard", null, "brief-gen-" + words);
        assertThat(w.result().warnings()).isEmpty();
        assertThat(w.result().leftOut()).as("a briefing with more than a page holds is trimmed").isNotEmpty();
        PdfValidation.assertCompliant(w.pdf(), "brief of " + words + " words");
        try (PDDocument doc = Loader.loadPDF(w.pdf())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            String all = StructureText.normalise(new StructureText(doc).text(doc.getDocumentCatalog().getStructureTreeRoot()));
            assertThat(all).contains("Key points").contains("In one sentence");
            assertThat(all.contains("Key dates")).isEqualTo(dates);
            assertThat(all.contains("Who\u2019s who")).isTrue(); // organisations remain when there are no people
            assertLegible(doc, 9f);
            AnnotatedPdfTest.render(doc, "brief-gen-" + words);
        }
    }

    @Test
    void largePrintBriefTakesAtMostTwoPagesAndSaysSo() throws Exception {
        Written w = write(TestBriefings.sample(), Paper.LETTER, "large-print", null, "brief");
        PdfValidation.assertCompliant(w.pdf(), "large-print brief");
        try (PDDocument doc = Loader.loadPDF(w.pdf())) {
            assertThat(doc.getNumberOfPages()).isBetween(1, 2);
            String all = new StructureText(doc).text(doc.getDocumentCatalog().getStructureTreeRoot());
            if (doc.getNumberOfPages() == 2) assertThat(all).contains("Large-print edition: 2 pages");
            assertLegible(doc, 18f);
            AnnotatedPdfTest.render(doc, "brief-large-print");
        }
    }

    @Test
    void aBriefingWithoutAnalysisStillMakesAValidBriefWithNoEmptySections() throws Exception {
        Briefing b = Briefing.of(app.briefingpack.testing.TestArticles.sample());
        Written w = write(b, Paper.LETTER, "standard", null, "brief-plain");
        PdfValidation.assertCompliant(w.pdf(), "brief without analysis");
        try (PDDocument doc = Loader.loadPDF(w.pdf())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            String all = new StructureText(doc).text(doc.getDocumentCatalog().getStructureTreeRoot());
            assertThat(all).contains("Iraq Peace Settlement").contains("Reading level").contains("Listen: narration.mp3")
                    .doesNotContain("Key points").doesNotContain("Who\u2019s who").doesNotContain("Key dates")
                    .doesNotContain("Key terms").doesNotContain("In one sentence");
        }
    }

    /** Renders the page and reads the QR code back with zxing, as a phone would. */
    static String decodeQr(PDDocument doc) throws Exception {
        java.awt.image.BufferedImage img = new org.apache.pdfbox.rendering.PDFRenderer(doc).renderImageWithDPI(0, 200,
                org.apache.pdfbox.rendering.ImageType.RGB);
        // Only the lower third, where the narration block sits: the reader then sees one code.
        int top = img.getHeight() * 2 / 3;
        int w = img.getWidth(), h = img.getHeight() - top;
        int[] px = img.getRGB(0, top, w, h, null, 0, w);
        com.google.zxing.BinaryBitmap bitmap = new com.google.zxing.BinaryBitmap(new com.google.zxing.common.HybridBinarizer(
                new com.google.zxing.RGBLuminanceSource(w, h, px)));
        java.util.Map<com.google.zxing.DecodeHintType, Object> hints = new java.util.EnumMap<>(com.google.zxing.DecodeHintType.class);
        hints.put(com.google.zxing.DecodeHintType.TRY_HARDER, Boolean.TRUE);
        return new com.google.zxing.qrcode.QRCodeReader().decode(bitmap, hints).getText();
    }

    static void assertLegible(PDDocument doc, float minimum) throws IOException {
        for (PdfText.Glyph g : PdfText.glyphs(doc)) {
            assertThat(g.insidePage()).as("glyph %s inside the page", g).isTrue();
            assertThat(g.size()).as("size of %s", g).isGreaterThanOrEqualTo(minimum - 0.01f);
        }
    }
}
