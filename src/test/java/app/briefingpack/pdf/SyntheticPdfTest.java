package app.briefingpack.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDLayoutAttributeObject;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;

import app.briefingpack.layout.LayoutEngine;
import app.briefingpack.layout.DocumentSpec;
import app.briefingpack.layout.Paper;
import app.briefingpack.layout.SyntheticDocuments;
import app.briefingpack.testing.PdfText;
import app.briefingpack.testing.PdfValidation;
import app.briefingpack.testing.StructureText;
import app.briefingpack.documents.Layouts;
import app.briefingpack.documents.DocumentType;

/** PDFs from synthetic block lists: long tables, lists, figures, notes, long words, forty pages. */
class SyntheticPdfTest {

    static byte[] write(DocumentSpec spec, String theme, Paper paper) throws Exception {
        Layouts l = Layouts.defaults();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TaggedPdfWriter.write(new LayoutEngine(l.theme(theme), l.document(DocumentType.ANNOTATED), paper).layout(spec), out);
        byte[] pdf = out.toByteArray();
        Path dump = Path.of(System.getProperty("java.io.tmpdir"), "briefingpack-test");
        Files.createDirectories(dump);
        Files.write(dump.resolve(spec.title().replace(' ', '-') + "-" + theme + "-" + paper + ".pdf"), pdf);
        return pdf;
    }

    @Test
    void mixedDocumentIsCompliantTaggedAndClean() throws Exception {
        for (String theme : List.of("standard", "large-print")) {
            byte[] pdf = write(SyntheticDocuments.mixed(), theme, Paper.LETTER);
            PdfValidation.assertCompliant(pdf, "mixed/" + theme);
            try (PDDocument d = Loader.loadPDF(pdf)) {
                assertThat(d.getNumberOfPages()).isGreaterThan(2);
                StructureText st = new StructureText(d);
                List<PDStructureElement> all = st.elements();
                List<String> types = all.stream().map(PDStructureElement::getStructureType).distinct().toList();
                assertThat(types).contains("H1", "H2", "P", "L", "LI", "Lbl", "LBody", "Table", "THead", "TBody", "TR",
                        "TH", "TD", "Caption", "Figure", "Note", "Link", "Span");
                for (PDStructureElement e : all) {
                    if ("Figure".equals(e.getStructureType())) {
                        assertThat(e.getAlternateDescription()).isNotBlank();
                        assertThat(e.getAttributes().getObject(0)).isInstanceOf(PDLayoutAttributeObject.class);
                    }
                    if ("Span".equals(e.getStructureType())) assertThat(e.getLanguage()).isEqualTo("fr");
                }
                // The table reads once: 80 body rows, headers repeated on later pages are artifacts.
                long rows = all.stream().filter(e -> "TR".equals(e.getStructureType())).count();
                assertThat(rows).isEqualTo(81);
                for (PdfText.Glyph g : PdfText.glyphs(d)) assertThat(g.insidePage()).as("%s", g).isTrue();
                assertNoNotdef(d);
                assertThat(d.getDocumentCatalog().getDocumentOutline().children()).isNotEmpty();
            }
        }
    }

    @Test
    void fortyPagesAreCompliant() throws Exception {
        byte[] pdf = write(SyntheticDocuments.long40(), "standard", Paper.A4);
        try (PDDocument d = Loader.loadPDF(pdf)) {
            assertThat(d.getNumberOfPages()).isBetween(30, 60);
        }
        PdfValidation.assertCompliant(pdf, "forty pages");
    }

    @Test
    void theValidatorDoesCatchAnUntaggedPdf() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument d = new PDDocument()) {
            PDPage page = new PDPage();
            d.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(d, page)) {
                cs.beginText();
                cs.setFont(PDType0Font.load(d, getClass().getClassLoader().getResourceAsStream("net/sf/jasperreports/fonts/dejavu/DejaVuSans.ttf")), 12);
                cs.newLineAtOffset(72, 700);
                cs.showText("Untagged");
                cs.endText();
            }
            d.save(out);
        }
        assertThat(PdfValidation.failures(out.toByteArray(), PDFAFlavour.PDFUA_1)).isNotEmpty();
        assertThat(PdfValidation.failures(out.toByteArray(), PDFAFlavour.PDFA_2_A)).isNotEmpty();
    }

    /** Every character drawn maps to a real glyph of its embedded font. */
    static void assertNoNotdef(PDDocument d) throws Exception {
        new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition t) {
                if (t.getFont() instanceof PDType0Font f) {
                    try {
                        for (int code : t.getCharacterCodes()) assertThat(f.codeToGID(code)).as("glyph for '%s'", t.getUnicode()).isPositive();
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }
            }
        }.getText(d);
    }
}
