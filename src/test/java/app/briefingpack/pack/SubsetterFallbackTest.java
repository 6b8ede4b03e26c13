package app.briefingpack.pack;

import static org.assertj.core.api.Assertions.assertThat;

import app.briefingpack.testing.PdfValidation;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Found by the fuzz suite: FontBox's subsetter threw IndexOutOfBoundsException for DejaVu Serif
 * holding a bullet (always in annotated.pdf), U+0335 and U+200B. The PDF is still written, valid.
 */
class SubsetterFallbackTest {

    @TempDir
    Path work;

    @ParameterizedTest
    @ValueSource(strings = {
        "oRiUN\u01D3\u0335 and \u4E52\u200B\u2109 here.", // IndexOutOfBoundsException in buildGlyfTable
        "\u0337\u202E \u0084\u200E\u030A\u05FE\u030B\u4E2E  is! \u009B\u05CA\u200B\u4EB5"}) // ConcurrentModificationException there
    void aGlyphSetTheSubsetterChokesOnStillGivesAValidPdf(String trouble) throws Exception {
        Path file = Files.writeString(work.resolve("stroke.txt"), trouble + "\n\nThe river rose on Monday.\n");
        PackResult r = new PackBuilder(PackRebuildLoop.options(work.resolve("out")), ProgressListener.NONE).build(file);
        Path pdf = r.folder().resolve("annotated.pdf");
        PdfValidation.assertCompliant(pdf);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(new PDFTextStripper().getText(doc)).contains("The river rose on Monday.");
        }
    }
}
