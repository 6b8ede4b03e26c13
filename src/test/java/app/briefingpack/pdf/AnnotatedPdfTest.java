package app.briefingpack.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import app.briefingpack.layout.Paper;
import app.briefingpack.model.Article;
import app.briefingpack.model.Briefing;
import app.briefingpack.model.Paragraph;
import app.briefingpack.testing.PdfText;
import app.briefingpack.testing.PdfValidation;
import app.briefingpack.testing.StructureText;
import app.briefingpack.testing.TestArticles;
import app.briefingpack.documents.Layouts;
import app.briefingpack.documents.PdfDocuments;
import app.briefingpack.documents.PdfOptions;

/** annotated.pdf for the sample article, in every paper and theme: valid, readable in order, legible. */
class AnnotatedPdfTest {

    static final Path OUT = Path.of(System.getProperty("java.io.tmpdir"), "briefingpack-test");

    static Path write(Briefing b, Paper paper, String theme, String name) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<String> warnings = PdfDocuments.writeAnnotated(b, Layouts.defaults(), new PdfOptions(paper, theme), out);
        assertThat(warnings).isEmpty();
        Files.createDirectories(OUT);
        Path p = OUT.resolve(name + "-" + theme + "-" + paper + ".pdf");
        Files.write(p, out.toByteArray());
        return p;
    }

    @ParameterizedTest
    @CsvSource({"LETTER,standard", "A4,standard", "LETTER,large-print", "A4,large-print"})
    void sampleIsCompliantReadableAndLegible(Paper paper, String theme) throws Exception {
        Briefing b = TestArticles.annotatedSample();
        Path pdf = write(b, paper, theme, "annotated");
        PdfValidation.assertCompliant(pdf);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertReadingOrder(doc, b.article());
            assertNotesFollowTheirParagraph(doc);
            float minimum = Layouts.defaults().theme(theme).minimumSize();
            for (PdfText.Glyph g : PdfText.glyphs(doc)) {
                assertThat(g.insidePage()).as("glyph %s on page %d inside the page", g, g.page()).isTrue();
                assertThat(g.size()).as("size of %s", g).isGreaterThanOrEqualTo(minimum - 0.01f);
            }
            if (paper == Paper.LETTER) render(doc, "annotated-" + theme);
        }
        assertPdftotextHasTheWords(pdf, b.article());
    }

    @Test
    void articleWithoutAnalysisStillMakesAGoodAnnotatedText() throws Exception {
        Article a = TestArticles.sample();
        Article undated = new Article(a.source(), a.metadata().withDate(null), a.body(), 0, a.paragraphs());
        Path pdf = write(Briefing.of(undated), Paper.LETTER, "standard", "annotated-plain");
        PdfValidation.assertCompliant(pdf);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertReadingOrder(doc, a);
            String all = new StructureText(doc).text(doc.getDocumentCatalog().getStructureTreeRoot());
            assertThat(all).contains("date not given").contains("How to read this page").doesNotContain("Glossary");
            assertThat(doc.getDocumentInformation().getTitle()).startsWith("Annotated text");
            assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("en");
        }
    }

    /** The numbered paragraphs, read in structure order, are exactly the article's paragraphs. */
    static void assertReadingOrder(PDDocument doc, Article a) throws IOException {
        StructureText st = new StructureText(doc);
        List<String> got = new ArrayList<>();
        for (PDStructureElement e : st.elements()) {
            if ("P".equals(e.getStructureType()) && e.getElementIdentifier() != null && e.getElementIdentifier().startsWith("para-"))
                got.add(StructureText.normalise(st.text(e)));
        }
        List<String> want = a.paragraphs().stream().map(p -> StructureText.normalise(p.number() + " " + p.text())).toList();
        assertThat(got).containsExactlyElementsOf(want);
    }

    static void assertNotesFollowTheirParagraph(PDDocument doc) {
        List<PDStructureElement> top = new ArrayList<>();
        PDStructureElement document = (PDStructureElement) doc.getDocumentCatalog().getStructureTreeRoot().getKids().get(0);
        for (Object k : document.getKids()) if (k instanceof PDStructureElement e) top.add(e);
        String lastPara = null;
        int notes = 0;
        for (PDStructureElement e : top) {
            if ("P".equals(e.getStructureType()) && e.getElementIdentifier() != null) lastPara = e.getElementIdentifier();
            if ("Note".equals(e.getStructureType())) {
                notes++;
                assertThat(e.getElementIdentifier()).isNotBlank();
                String para = "para-" + e.getElementIdentifier().substring(1, e.getElementIdentifier().indexOf('-'));
                assertThat(lastPara).as("note %s follows its paragraph", e.getElementIdentifier()).isEqualTo(para);
            } else if (!"P".equals(e.getStructureType())) {
                lastPara = null;
            }
        }
        assertThat(notes).isGreaterThan(10);
    }

    /** Poppler sees the article's words in order (line and paragraph numbers and notes may sit between them). */
    static void assertPdftotextHasTheWords(Path pdf, Article a) throws Exception {
        String text = PdfText.pdftotext(pdf);
        Assumptions.assumeTrue(text != null, "pdftotext (poppler-utils) is not installed");
        List<String> words = Arrays.asList(text.split("\\s+"));
        int at = 0;
        for (Paragraph p : a.paragraphs()) {
            for (String w : p.text().strip().split("\\s+")) {
                int found = words.subList(at, words.size()).indexOf(w);
                assertThat(found).as("pdftotext has '%s' (paragraph %d) after word %d", w, p.number(), at).isGreaterThanOrEqualTo(0);
                at += found + 1;
            }
        }
    }

    static void render(PDDocument doc, String name) throws IOException {
        PDFRenderer r = new PDFRenderer(doc);
        for (int i = 0; i < Math.min(2, doc.getNumberOfPages()); i++) {
            javax.imageio.ImageIO.write(r.renderImageWithDPI(i, 60), "png", OUT.resolve(name + "-" + (i + 1) + ".png").toFile());
        }
    }
}
