package app.briefingpack.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import app.briefingpack.analysis.Analyser;
import app.briefingpack.analysis.TestArticles;
import app.briefingpack.layout.Paper;
import app.briefingpack.model.Briefing;
import app.briefingpack.model.Question;
import app.briefingpack.testing.PdfValidation;
import app.briefingpack.testing.StructureText;
import app.briefingpack.documents.Layouts;
import app.briefingpack.documents.PdfDocuments;
import app.briefingpack.documents.PdfOptions;

/** answer-key.pdf: the teacher's page for the analysed sample, tagged and valid (PDF/UA-1, PDF/A-2a). */
class AnswerKeyPdfTest {

    @ParameterizedTest
    @CsvSource({"LETTER,standard", "A4,large-print"})
    void everyQuestionHasItsParagraphAndAnswerOnACompliantPage(Paper paper, String theme) throws Exception {
        Briefing b = new Analyser().analyse(TestArticles.sample());
        assertThat(b.questions()).hasSizeBetween(4, 6).allSatisfy(q -> assertThat(q.answer()).isNotBlank());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<String> warnings = PdfDocuments.writeAnswerKey(b, Layouts.defaults(), new PdfOptions(paper, theme), out);
        assertThat(warnings).isEmpty();
        Files.createDirectories(AnnotatedPdfTest.OUT);
        Files.write(AnnotatedPdfTest.OUT.resolve("answer-key-" + theme + "-" + paper + ".pdf"), out.toByteArray());
        PdfValidation.assertCompliant(out.toByteArray(), "answer key " + paper + " " + theme);
        try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
            StructureText st = new StructureText(doc);
            String all = StructureText.normalise(st.text(doc.getDocumentCatalog().getStructureTreeRoot()));
            for (int i = 0; i < b.questions().size(); i++) {
                Question q = b.questions().get(i);
                assertThat(all).contains("Question " + (i + 1) + " (paragraph " + q.paragraph() + ")")
                        .contains(StructureText.normalise(q.text()));
            }
            assertThat(all).contains("A good answer mentions:").contains(StructureText.normalise(b.thesis()));
        }
    }
}
