package app.briefingpack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A scanned and a password-protected PDF: one line naming the file, exit code 1, no pack. */
class PdfInputErrorsTest {

    @TempDir
    Path work;

    @Test
    void aScannedPdfNeedsOcrFirst() throws Exception {
        Path pdf = work.resolve("scan.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            BufferedImage img = new BufferedImage(300, 100, BufferedImage.TYPE_INT_RGB);
            var g = img.createGraphics();
            g.fillRect(0, 0, 300, 100);
            g.setColor(Color.BLACK);
            g.drawString("The council met on Tuesday to close the bridge.", 5, 50);
            g.dispose();
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.drawImage(LosslessFactory.createFromImage(doc, img), 72, 400, 450, 150);
            }
            doc.save(pdf.toFile());
        }
        Run run = Run.briefing(pdf.toString(), "-o", work.resolve("out").toString(), "--only", "json", "-q");
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("error: scan.pdf: has no text: a scanned PDF needs OCR first\n");
        assertThat(work.resolve("out")).satisfiesAnyOf(p -> assertThat(p).doesNotExist(), p -> assertThat(p).isEmptyDirectory());
    }

    @Test
    void aPasswordProtectedPdfIsRefused() throws Exception {
        Path pdf = work.resolve("locked.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN), 11);
                cs.newLineAtOffset(72, 700);
                cs.showText("The council met on Tuesday to close the bridge.");
                cs.endText();
            }
            doc.protect(new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission()));
            doc.save(pdf.toFile());
        }
        Run run = Run.briefing(pdf.toString(), "-o", work.resolve("out").toString(), "--only", "json", "-q");
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).startsWith("error: locked.pdf: is password-protected").endsWith("\n");
        assertThat(run.err().strip()).doesNotContain("\n");
    }
}
