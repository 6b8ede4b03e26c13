package app.briefingpack.pack;

import static org.assertj.core.api.Assertions.assertThat;

import app.briefingpack.testing.PdfValidation;
import app.briefingpack.testing.StructureText;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hostile articles all the way to the PDFs: the pack is written, every PDF passes veraPDF
 * (PDF/UA-1 and PDF/A-2a, whose rule 6.2.11.8 forbids any .notdef glyph) and keeps the text.
 */
class HostileInputPdfTest {

    @TempDir
    Path work;

    private static final String SENTENCE = "The committee heard evidence from residents about the flood defences. ";

    private static final Map<String, String> ARTICLES = Map.of(
            "controls", "Flood report\n\nThe mayor\u0007 spoke\u001B on Monday\u0085 about the river\u009B.\n\nNobody left.\n",
            "longparagraph", SENTENCE.repeat(200_000 / SENTENCE.length() + 1).substring(0, 200_000).strip() + "\n",
            "longword", "The village is called Llanfair" + "pwll".repeat(1248) + " by some.\n\nIt is in Wales.\n",
            "nopunctuation", "the council met on monday and voted to open a library\nresidents said they would use it\n\n"
                    + "no one objected\n",
            "capitals", "COUNCIL VOTES FOR LIBRARY\n\nTHE COUNCIL MET ON MONDAY. IT VOTED TO OPEN A LIBRARY IN THE OLD MILL.\n");

    private PackResult build(String name, String text) throws Exception {
        Path file = Files.writeString(work.resolve(name + ".txt"), text, StandardCharsets.UTF_8);
        PackOptions d = PackOptions.defaults(work.resolve("out"));
        PackOptions options = new PackOptions(d.outDir(), null, d.read(), EnumSet.of(PackOptions.Output.PDF,
                PackOptions.Output.JSON), PackOptions.FolderNaming.FILE, d.layouts(), null, null, "standard", false, d.speech());
        return new PackBuilder(options, ProgressListener.NONE).build(file);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"controls", "longparagraph", "longword", "nopunctuation", "capitals"})
    void hostileTextGivesAValidPdf(String kind) throws Exception {
        PackResult r = build(kind, ARTICLES.get(kind));
        Path pdf = r.folder().resolve("annotated.pdf");
        for (String name : List.of("annotated.pdf", "brief.pdf", "timeline.pdf")) PdfValidation.assertCompliant(r.folder().resolve(name));
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
            String firstWords = ARTICLES.get(kind).lines().skip(kind.equals("controls") || kind.equals("capitals") ? 2 : 0)
                    .findFirst().orElseThrow().replaceAll("[\\p{Cc}\\s]+", "");
            assertThat(text).contains(firstWords.substring(0, Math.min(60, firstWords.length())));
            if (kind.equals("longword")) { // the whole word, broken over lines, as a screen reader reads it
                StructureText st = new StructureText(doc);
                String structure = st.text(doc.getDocumentCatalog().getStructureTreeRoot()).replaceAll("\\s+", "").replace("\u00AD", "");
                assertThat(structure).contains("Llanfair" + "pwll".repeat(1248) + "bysome.");  // the soft hyphens mark where the long word was broken
            }
        }
    }

    @Test
    void everyScriptGivesAValidPdfWithReplacementMarksOneWarningAndRightToLeftLanguages() throws Exception {
        String text = "World news\n\n"
                + "Emoji \uD83D\uDE00\uD83D\uDC4D\uD83C\uDFFD\uD83C\uDDEC\uD83C\uDDE7 and CJK \u4E2D\u6587 \u65E5\u672C\u8A9E \uD55C\uAD6D\uC5B4 appear.\n\n"
                + "The crowd chanted \u0627\u0644\u0633\u0644\u0627\u0645 \u0639\u0644\u064A\u0643\u0645 and then \u05E9\u05DC\u05D5\u05DD \u05E2\u05D5\u05DC\u05DD loudly.\n\n"
                + "Cafe\u0301 owners, nai\u0308ve, Z\u0351a\u0300\u0301\u0302l\u0304g\u0305o\u0306 and \u1E9B\u0323 were there.\n";
        PackResult r = build("scripts", text);
        Path pdf = r.folder().resolve("annotated.pdf");
        for (String name : List.of("annotated.pdf", "brief.pdf", "timeline.pdf")) PdfValidation.assertCompliant(r.folder().resolve(name));

        List<String> missing = r.warnings().stream().filter(w -> w.contains("is in no bundled font")).toList();
        assertThat(missing).isNotEmpty().allMatch(w -> w.contains("character U+"));
        assertThat(missing).anyMatch(w -> w.contains("U+1F600")).anyMatch(w -> w.contains("U+4E2D"));
        assertThat(missing).noneMatch(w -> w.contains("U+0627") || w.contains("U+05E9") || w.contains("U+0301"));
        // the command line condenses these to one line per article (BatchCommandTest)
        assertThat(app.briefingpack.cli.WarningDigestAccess.condense("scripts.txt", r.warnings())
                .stream().filter(w -> w.contains("no bundled font"))).hasSize(1);

        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String shown = new PDFTextStripper().getText(doc);
            assertThat(shown).contains("\uFFFD");
            StructureText st = new StructureText(doc);
            // In reading (logical) order, as a screen reader gets it.
            assertThat(st.text(doc.getDocumentCatalog().getStructureTreeRoot()))
                    .contains("\u05E9\u05DC\u05D5\u05DD").contains("\u0627\u0644\u0633\u0644\u0627\u0645");
            Map<String, String> langOf = st.elements().stream().filter(e -> e.getLanguage() != null)
                    .collect(Collectors.toMap(e -> StructureText.normalise(text(st, e)), PDStructureElement::getLanguage, (x, y) -> x));
            assertThat(langOf).containsEntry("\u0627\u0644\u0633\u0644\u0627\u0645 \u0639\u0644\u064A\u0643\u0645", "ar")
                    .containsEntry("\u05E9\u05DC\u05D5\u05DD \u05E2\u05D5\u05DC\u05DD", "he");
        }
    }

    private static String text(StructureText st, PDStructureElement e) {
        try {
            return st.text(e);
        } catch (java.io.IOException ex) {
            throw new java.io.UncheckedIOException(ex);
        }
    }
}
