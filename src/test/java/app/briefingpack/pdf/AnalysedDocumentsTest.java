package app.briefingpack.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

import app.briefingpack.analysis.Analyser;
import app.briefingpack.layout.Paper;
import app.briefingpack.model.Briefing;
import app.briefingpack.testing.PdfValidation;
import app.briefingpack.testing.StructureText;
import app.briefingpack.testing.TestArticles;

/** The brief and the timeline from the real analysis of the sample, not a hand-made briefing. */
class AnalysedDocumentsTest {

    @Test
    void theAnalysedSampleGivesAOnePageBriefAndATimelineOfItsDates() throws Exception {
        Briefing b = new Analyser().analyse(TestArticles.sample());
        ByteArrayOutputStream brief = new ByteArrayOutputStream();
        BriefResult r = PdfDocuments.writeBrief(b, Layouts.defaults(), new PdfOptions(Paper.A4, "standard"), null, "narration.mp3", brief);
        assertThat(r.warnings()).isEmpty();
        assertThat(r.pages()).isEqualTo(1);
        PdfValidation.assertCompliant(brief.toByteArray(), "brief from the analysis");
        try (PDDocument doc = Loader.loadPDF(brief.toByteArray())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            BriefPdfTest.assertLegible(doc, 9f);
            String all = new StructureText(doc).text(doc.getDocumentCatalog().getStructureTreeRoot());
            assertThat(all).contains("In one sentence").contains("Key points").contains("Ahmed Chalabi").contains("Key dates");
        }
        ByteArrayOutputStream timeline = new ByteArrayOutputStream();
        assertThat(PdfDocuments.writeTimeline(b, Layouts.defaults(), new PdfOptions(Paper.A4, "standard"), timeline)).isEmpty();
        try (PDDocument doc = Loader.loadPDF(timeline.toByteArray())) {
            String all = new StructureText(doc).text(doc.getDocumentCatalog().getStructureTreeRoot());
            assertThat(all).contains("Second half of 2003").contains("July 2004").contains("3 March 2005");
        }
    }
}
