package app.briefingpack.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDAttributeObject;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDTableAttributeObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import app.briefingpack.layout.Paper;
import app.briefingpack.model.Briefing;
import app.briefingpack.testing.BriefingBuilder;
import app.briefingpack.testing.PdfText;
import app.briefingpack.testing.PdfValidation;
import app.briefingpack.testing.StructureText;
import app.briefingpack.testing.TestArticles;
import app.briefingpack.documents.Layouts;
import app.briefingpack.documents.PdfDocuments;
import app.briefingpack.documents.PdfOptions;

/** timeline.pdf: the sample's eight gold events drawn and tabled, valid in every paper and theme. */
class TimelinePdfTest {

    static final Path OUT = AnnotatedPdfTest.OUT;

    static byte[] write(Briefing b, Paper paper, String theme, String name) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<String> warnings = PdfDocuments.writeTimeline(b, Layouts.defaults(), new PdfOptions(paper, theme), out);
        assertThat(warnings).as("layout warnings").isEmpty();
        Files.createDirectories(OUT);
        Files.write(OUT.resolve(name + "-" + theme + "-" + paper + ".pdf"), out.toByteArray());
        return out.toByteArray();
    }

    /** A label a reader needs is never cut off with an ellipsis, in either theme: rows grow instead. */
    @ParameterizedTest
    @CsvSource({"LETTER,standard", "A4,large-print"})
    void longLabelsAreDrawnWholeWithoutAnEllipsis(Paper paper, String theme) throws Exception {
        Briefing b = TestArticles.timelineSample(true);
        List<app.briefingpack.model.TimelineEvent> longer = b.timeline().stream().map(e -> new app.briefingpack.model.TimelineEvent(
                e.expression(), e.value(), e.label() + " while the council, the mayor and the residents of every district argued"
                        + " about the cost, the route and the timetable of the work", e.sentence(), e.paragraph(), e.certainty(),
                e.underspecified())).toList();
        Briefing withLong = BriefingBuilder.from(b).timeline(longer).build();
        byte[] pdf = write(withLong, paper, theme, "timeline-long-labels");
        PdfValidation.assertCompliant(pdf, "timeline with long labels");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
            assertThat(text).doesNotContain("\u2026");
            String flat = text.replace("\u00AD", "").replaceAll("\\s+", " ");
            assertThat(flat.split("timetable of the work", -1).length - 1).as("every label drawn whole, in the figure and the table")
                    .isGreaterThanOrEqualTo(2 * longer.size());
        }
    }

    @ParameterizedTest
    @CsvSource({"LETTER,standard", "A4,standard", "LETTER,large-print", "A4,large-print"})
    void sampleTimelineIsCompliantWithAltTextAndHeaderCells(Paper paper, String theme) throws Exception {
        Briefing b = TestArticles.timelineSample(true);
        byte[] pdf = write(b, paper, theme, "timeline");
        PdfValidation.assertCompliant(pdf, "timeline " + paper + " " + theme);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            StructureText st = new StructureText(doc);
            List<PDStructureElement> figures = st.elements().stream().filter(e -> "Figure".equals(e.getStructureType())).toList();
            assertThat(figures).isNotEmpty();
            assertThat(figures.get(0).getAlternateDescription())
                    .startsWith("Timeline of 8 events from the second half of 2003 to May 2005.");
            List<PDStructureElement> th = st.elements().stream().filter(e -> "TH".equals(e.getStructureType())).toList();
            assertThat(th).extracting(e -> StructureText.normalise(st.text(e).replace("\u00AD", ""))).containsExactly("Date", "Event", "Paragraph");  // a soft hyphen marks the break in "Para-graph" (large print)
            for (PDStructureElement e : th) assertThat(scope(e)).isEqualTo("Column");
            List<String> dates = st.elements().stream().filter(e -> "TR".equals(e.getStructureType()))
                    .map(e -> (PDStructureElement) e.getKids().get(0)).map(e -> text(st, e)).toList();
            assertThat(dates).containsExactly("Date", "Second half of 2003", "Early 2004", "2004", "July 2004",
                    "In recent weeks (before March 2005)", "2 March 2005 (year inferred from the article\u2019s date)",
                    "3 March 2005 (year inferred from the article\u2019s date)",
                    "May 2005 (year inferred from the article\u2019s date)");
            float minimum = Layouts.defaults().theme(theme).minimumSize();
            for (PdfText.Glyph g : PdfText.glyphs(doc)) {
                assertThat(g.insidePage()).as("glyph %s inside the page", g).isTrue();
                assertThat(g.size()).as("size of %s", g).isGreaterThanOrEqualTo(minimum - 0.01f);
            }
            if (paper == Paper.LETTER) AnnotatedPdfTest.render(doc, "timeline-" + theme);
        }
    }

    @Test
    void withoutTheArticleDateNoYearIsInvented() throws Exception {
        byte[] pdf = write(TestArticles.timelineSample(false), Paper.LETTER, "standard", "timeline-no-date");
        PdfValidation.assertCompliant(pdf, "timeline without years");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            StructureText st = new StructureText(doc);
            String all = st.text(doc.getDocumentCatalog().getStructureTreeRoot());
            assertThat(all).contains("March 3 (year not stated)").contains("year not stated")
                    .doesNotContain("2005").contains("In recent weeks (before the article was written)");
            AnnotatedPdfTest.render(doc, "timeline-no-date");
        }
    }

    @Test
    void noEventsSaysSoPlainly() throws Exception {
        Briefing b = Briefing.of(TestArticles.sample());
        byte[] pdf = write(b, Paper.A4, "standard", "timeline-empty");
        PdfValidation.assertCompliant(pdf, "empty timeline");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String all = new StructureText(doc).text(doc.getDocumentCatalog().getStructureTreeRoot());
            assertThat(all).contains("The article gives no dates");
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
        }
    }

    @Test
    void aLongTimelineBecomesSeveralFiguresWithLabelsAtFullSize() throws Exception {
        Briefing g = app.briefingpack.testing.TestBriefings.generated(1500, true, true, 5);
        List<app.briefingpack.model.TimelineEvent> many = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) many.addAll(g.timeline());
        Briefing b = BriefingBuilder.of(g.article()).timeline(many).build();
        // write() asserts no warnings: no figure was scaled below the minimum label size.
        byte[] pdf = write(b, Paper.LETTER, "large-print", "timeline-long");
        PdfValidation.assertCompliant(pdf, "long large-print timeline");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<PDStructureElement> figures = new StructureText(doc).elements().stream()
                    .filter(e -> "Figure".equals(e.getStructureType())).toList();
            assertThat(figures.size()).isGreaterThan(1);
            assertThat(figures.get(0).getAlternateDescription()).startsWith("Timeline of 42 events from early 2022 to")
                    .contains("Part 1 of " + figures.size());
            for (PdfText.Glyph gl : PdfText.glyphs(doc)) assertThat(gl.size()).isGreaterThanOrEqualTo(16f - 0.01f);
        }
    }

    private static String text(StructureText st, PDStructureElement e) {
        try {
            return StructureText.normalise(st.text(e));
        } catch (IOException x) {
            throw new java.io.UncheckedIOException(x);
        }
    }

    static String scope(PDStructureElement e) {
        for (int i = 0; i < e.getAttributes().size(); i++) {
            PDAttributeObject a = e.getAttributes().getObject(i);
            if (PDTableAttributeObject.OWNER_TABLE.equals(a.getOwner()))
                return a.getCOSObject().getNameAsString(COSName.getPDFName("Scope"));
        }
        return null;
    }
}
