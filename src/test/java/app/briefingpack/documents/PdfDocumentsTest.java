package app.briefingpack.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import app.briefingpack.layout.Paper;
import app.briefingpack.model.Briefing;
import app.briefingpack.testing.TestArticles;

class PdfDocumentsTest {

    private static byte[] annotated(Briefing b, Paper paper, String theme) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfDocuments.writeAnnotated(b, Layouts.defaults(), new PdfOptions(paper, theme), out);
        return out.toByteArray();
    }

    @Test
    void theSameInputGivesTheSameBytes() throws Exception {
        Briefing b = TestArticles.annotatedSample();
        assertThat(annotated(b, Paper.A4, "standard")).isEqualTo(annotated(b, Paper.A4, "standard"));
    }

    @Test
    void paperAndThemeOptionsAreHonoured() throws Exception {
        Briefing b = Briefing.of(TestArticles.sample());
        try (PDDocument letter = Loader.loadPDF(annotated(b, null, "standard"));
             PDDocument a4 = Loader.loadPDF(annotated(b, Paper.A4, "large-print"))) {
            assertThat(letter.getPage(0).getMediaBox().getWidth()).isEqualTo(612f);
            assertThat(a4.getPage(0).getMediaBox().getHeight()).isCloseTo(841.89f, org.assertj.core.data.Offset.offset(0.01f));
            assertThat(a4.getNumberOfPages()).isGreaterThan(letter.getNumberOfPages());
        }
    }

    @Test
    void writingFromSeveralThreadsAtOnceGivesTheSameDocuments() throws Exception {
        Briefing b = TestArticles.annotatedSample();
        byte[] expected = annotated(b, Paper.LETTER, "large-print");
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<byte[]>> results = new ArrayList<>();
            for (int i = 0; i < 6; i++) results.add(pool.submit(() -> annotated(b, Paper.LETTER, "large-print")));
            for (Future<byte[]> f : results) assertThat(f.get()).isEqualTo(expected);
        } finally {
            pool.shutdownNow();
        }
        try (PDDocument d = Loader.loadPDF(expected)) {
            assertThat(new PDFTextStripper().getText(d)).contains("Gareth Porter");
        }
    }
}
