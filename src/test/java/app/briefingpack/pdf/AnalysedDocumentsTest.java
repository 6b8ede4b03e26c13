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
import app.briefingpack.documents.BriefResult;
import app.briefingpack.documents.Layouts;
import app.briefingpack.documents.PdfDocuments;
import app.briefingpack.documents.PdfOptions;

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
            String flat = StructureText.normalise(all);
            // Issue 6: the thesis, the four people with their roles, at least four dated events.
            assertThat(flat).contains("the negotiation of a peace settlement with the insurgents")
                    .containsPattern("Gareth Porter\\s*author").containsPattern("Ahmed Chalabi\\s*former U\\.S\\. client")
                    .containsPattern("Ayad Allawi\\s*Interim Prime Minister").containsPattern("John Negroponte\\s*U\\.S\\. Ambassador");
            long dates = java.util.stream.Stream.of("Second half of 2003", "Early 2004", "July 2004", "2 March 2005",
                    "3 March 2005", "May 2005", "2004").filter(flat::contains).count();
            assertThat(dates).isGreaterThanOrEqualTo(4);
            // At least four of the six key arguments (seed-gold.yaml), by the key points the page shows.
            var gold = app.briefingpack.testing.RepoFiles.seedGold();
            if (gold.isPresent()) {
                java.util.Map<String, Object> spec = new org.yaml.snakeyaml.Yaml().load(java.nio.file.Files.readString(gold.get()));
                @SuppressWarnings("unchecked") java.util.List<String> arguments = (java.util.List<String>) spec.get("key_arguments");
                var shown = b.keyPoints().stream().filter(p -> flat.contains(p.text().substring(0, Math.min(40, p.text().length()))))
                        .map(p -> contentWords(p.text())).toList();
                long covered = arguments.stream().map(AnalysedDocumentsTest::contentWords)
                        .filter(want -> shown.stream().anyMatch(have -> have.stream().filter(want::contains).count() >= 2)).count();
                assertThat(covered).as("gold key arguments covered by the brief's key points").isGreaterThanOrEqualTo(4);
            }
        }
        ByteArrayOutputStream timeline = new ByteArrayOutputStream();
        assertThat(PdfDocuments.writeTimeline(b, Layouts.defaults(), new PdfOptions(Paper.A4, "standard"), timeline)).isEmpty();
        try (PDDocument doc = Loader.loadPDF(timeline.toByteArray())) {
            String all = new StructureText(doc).text(doc.getDocumentCatalog().getStructureTreeRoot());
            assertThat(all).contains("Second half of 2003").contains("July 2004").contains("3 March 2005");
        }
    }

    /** Lower-case words of five letters or more, without a plural s: enough to tell topics apart. */
    private static java.util.Set<String> contentWords(String text) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (String w : text.toLowerCase(java.util.Locale.ROOT).split("[^a-z]+")) {
            if (w.length() < 5 || java.util.Set.of("would", "their", "there", "which", "these", "those", "about", "some").contains(w)) continue;
            out.add(w.endsWith("s") ? w.substring(0, w.length() - 1) : w);
        }
        return out;
    }
}
