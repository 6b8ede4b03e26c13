package app.briefingpack.pack;

import static org.assertj.core.api.Assertions.assertThat;

import app.briefingpack.testing.PdfValidation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 22, item 10: a teacher's very long title and thesis are shortened on the brief, which
 * stays one page, and kept whole in briefing.json and the annotated text; every PDF passes veraPDF.
 */
class LongCorrectionsTest {

    @TempDir
    Path work;

    @Test
    void theBriefStaysOnePageWithAVeryLongTitleAndThesis() throws Exception {
        String title = "Council votes " + "on the library and the mill and the bridge ".repeat(48);
        String thesis = "The library matters because " + "it serves readers of every age and ".repeat(1430) + "it is cheap.";
        assertThat(title.length()).isGreaterThan(2000);
        assertThat(thesis.length()).isGreaterThan(50_000);
        Path file = Files.writeString(work.resolve("story.txt"), "Council votes\n\nThe council met on Monday and voted to open"
                + " a library in the old mill.\n\nResidents welcomed the plan on Tuesday.\n");
        Files.writeString(work.resolve("story.brief.yaml"), "title: \"" + title + "\"\nthesis: \"" + thesis + "\"\n");

        PackOptions d = PackOptions.defaults(work.resolve("out"));
        PackOptions options = new PackOptions(d.outDir(), null, d.read(), EnumSet.of(PackOptions.Output.PDF,
                PackOptions.Output.JSON), PackOptions.FolderNaming.FILE, d.layouts(), null, null, "standard", false, d.speech());
        PackResult r = new PackBuilder(options, ProgressListener.NONE).build(file);

        for (String pdf : List.of("annotated.pdf", "brief.pdf", "timeline.pdf")) PdfValidation.assertCompliant(r.folder().resolve(pdf));
        try (PDDocument brief = Loader.loadPDF(r.folder().resolve("brief.pdf").toFile())) {
            assertThat(brief.getNumberOfPages()).isEqualTo(1);
            assertThat(new PDFTextStripper().getText(brief)).contains("Council votes on the library").contains("\u2026");
        }
        JsonNode json = new ObjectMapper().readTree(r.folder().resolve("briefing.json").toFile());
        assertThat(json.toString()).contains(thesis.strip()).contains(title.strip());
        try (PDDocument annotated = Loader.loadPDF(r.folder().resolve("annotated.pdf").toFile())) {
            assertThat(new PDFTextStripper().getText(annotated).replaceAll("\\s+", " ")).contains(title.strip());
        }
    }
}
