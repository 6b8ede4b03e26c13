package app.briefingpack.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

import app.briefingpack.layout.DocumentSpec;
import app.briefingpack.layout.Paper;
import app.briefingpack.layout.SyntheticDocuments;
import app.briefingpack.testing.PdfValidation;

class SyntheticPdfTest {

    static byte[] write(DocumentSpec spec, String theme, Paper paper) throws Exception {
        Layouts l = Layouts.defaults();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TaggedPdfWriter.write(spec, l.theme(theme), l.document("annotated"), paper, out);
        byte[] pdf = out.toByteArray();
        Path dump = Path.of(System.getProperty("java.io.tmpdir"), "briefingpack-test");
        Files.createDirectories(dump);
        Files.write(dump.resolve(spec.title().replace(' ', '-') + "-" + theme + "-" + paper + ".pdf"), pdf);
        return pdf;
    }

    @Test
    void mixedDocumentIsCompliantInBothThemes() throws Exception {
        for (String theme : List.of("standard", "large-print")) {
            byte[] pdf = write(SyntheticDocuments.mixed(), theme, Paper.LETTER);
            PdfValidation.assertCompliant(pdf, "mixed/" + theme);
            try (PDDocument d = Loader.loadPDF(pdf)) {
                assertThat(d.getNumberOfPages()).isGreaterThan(2);
            }
        }
    }

    @Test
    void fortyPagesAreCompliant() throws Exception {
        byte[] pdf = write(SyntheticDocuments.long40(), "standard", Paper.A4);
        try (PDDocument d = Loader.loadPDF(pdf)) {
            assertThat(d.getNumberOfPages()).isBetween(25, 60);
        }
        PdfValidation.assertCompliant(pdf, "forty pages");
    }
}
