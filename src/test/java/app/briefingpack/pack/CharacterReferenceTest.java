package app.briefingpack.pack;

import static org.assertj.core.api.Assertions.assertThat;

import app.briefingpack.testing.PdfValidation;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Characters a decoding step makes that the file's bytes did not have (issue 22, item 2): HTML
 * and Markdown character references ({@code &#xFEFF;}, {@code &#27;}), YAML escapes and raw
 * U+FEFF in a teacher's corrections. They are cleaned after decoding, so every PDF still passes
 * veraPDF (PDF/UA-1 and PDF/A-2a) and nothing of them reaches briefing.json.
 */
class CharacterReferenceTest {

    private static final List<String> PDFS = List.of("annotated.pdf", "brief.pdf", "timeline.pdf");

    @TempDir
    Path work;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"html", "md"})
    void characterReferencesAreCleanedInBodyAndTitle(String format) throws Exception {
        String refs = "&#xFEFF;&#65279;&#xFFFE;&#27;&#x7;&#x9B;";
        String text = format.equals("html")
                ? "<html><head><meta property=\"og:site_name\" content=\"Daily&#xFEFF;News&#27;\"></head><body><article>"
                        + "<h1>Council" + refs + " votes</h1><p>Zero" + refs + "width text. The council met on Monday"
                        + " and voted to open a library in the old mill.</p><p>Residents&#65279; welcomed the plan.</p>"
                        + "</article></body></html>"
                : "# Council" + refs + " votes\n\nZero" + refs + "width text. The council met on Monday and voted to open"
                        + " a library in the old mill.\n\nResidents&#65279; welcomed the plan.\n";
        Path file = Files.writeString(work.resolve("story." + format), text, StandardCharsets.UTF_8);

        PackResult r = build(file);

        assertClean(r);
        assertThat(r.warnings()).anyMatch(w -> w.contains("control character(s) written as character references"));
        try (PDDocument pdf = Loader.loadPDF(r.folder().resolve("annotated.pdf").toFile())) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("Council").contains("welcomed the plan");
        }
    }

    @Test
    void aByteOrderMarkAndEscapesInTheCorrectionsAreCleaned() throws Exception {
        Path file = Files.writeString(work.resolve("story.txt"), "Council votes\n\nThe council met on Monday and voted to open"
                + " a library in the old mill.\n\nResidents welcomed the plan.\n");
        Files.writeString(work.resolve("story.brief.yaml"), "title: \"New\uFEFF title\\e with \\a escapes\"\n"
                + "thesis: \"The library\uFEFF is \\x1b[31mworth it.\"\n"
                + "key_points:\n  - \"First\uFEFF point\\u0007\"\n"
                + "questions:\n  - \"Why\uFEFF now?\\x0c\"\n", StandardCharsets.UTF_8);

        PackResult r = build(file);

        assertClean(r);
        String json = Files.readString(r.folder().resolve("briefing.json"));
        assertThat(json).contains("The library\u2060 is [31mworth it.");
    }

    /** Every PDF passes veraPDF; briefing.json carries no U+FEFF, non-character or control. */
    private static void assertClean(PackResult r) throws Exception {
        for (String pdf : PDFS) PdfValidation.assertCompliant(r.folder().resolve(pdf));
        String json = Files.readString(r.folder().resolve("briefing.json"), StandardCharsets.UTF_8);
        assertThat(json).doesNotContain("\uFEFF", "\uFFFE", "\u001B", "\u0007", "\u009B")
                .doesNotContainPattern("\\\\u00(0[0-8bBeEfF]|1[0-9a-fA-F]|7[fF]|[89][0-9a-fA-F])")
                .doesNotContain("\\uFEFF", "\\ufeff", "\\uFFFE", "\\ufffe");
    }

    private PackResult build(Path file) throws Exception {
        PackOptions d = PackOptions.defaults(work.resolve("out"));
        PackOptions options = new PackOptions(d.outDir(), null, d.read(), EnumSet.of(PackOptions.Output.PDF,
                PackOptions.Output.JSON), PackOptions.FolderNaming.FILE, d.layouts(), null, null, "standard", false, d.speech());
        return new PackBuilder(options, ProgressListener.NONE).build(file);
    }
}
