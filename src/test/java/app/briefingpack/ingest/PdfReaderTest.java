package app.briefingpack.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.briefingpack.layout.Paper;
import app.briefingpack.model.Article;
import app.briefingpack.model.BlockKind;
import app.briefingpack.model.Briefing;
import app.briefingpack.model.Paragraph;
import app.briefingpack.documents.Layouts;
import app.briefingpack.documents.PdfDocuments;
import app.briefingpack.documents.PdfOptions;
import app.briefingpack.testing.TestArticles;
import app.briefingpack.testing.TestBriefings;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * PDF articles read back to their paragraphs: two-column prints with running headers, page
 * numbers, line numbers and hyphenated line ends; the program's own tagged annotated.pdf; and the
 * PDFs that cannot be read, refused in one line.
 */
class PdfReaderTest {

    @TempDir
    Path dir;

    /** Share of the expected paragraphs found, identical after whitespace normalisation, among those read. */
    static double found(List<String> expected, List<Paragraph> read) {
        Set<String> got = new HashSet<>();
        for (Paragraph p : read) got.add(norm(p.text()));
        long hits = expected.stream().filter(e -> got.contains(norm(e))).count();
        return (double) hits / expected.size();
    }

    private static String norm(String s) {
        return s.replaceAll("[\\s\\u00A0]+", " ").strip();
    }

    private static List<String> missing(List<String> expected, List<Paragraph> read) {
        Set<String> got = new HashSet<>();
        for (Paragraph p : read) got.add(norm(p.text()));
        return expected.stream().filter(e -> !got.contains(norm(e))).toList();
    }

    private static Article article(String source) throws Exception {
        return ArticleReader.read(Path.of(source), ReadOptions.defaults()).article();
    }

    @ParameterizedTest(name = "{0}, indent style {1}, line numbers {2}")
    @CsvSource({"seeds/iraq-peace-settlement.txt, true, true", "seeds/iraq-peace-settlement.txt, false, false",
            "src/test/resources/articles/flood-report.html, true, false", "src/test/resources/articles/flood-report.html, false, true",
            "src/test/resources/articles/school-garden.md, false, false"})
    void aTwoColumnPrintReadsBackToItsParagraphs(String source, boolean indentStyle, boolean lineNumbers) throws Exception {
        Article original = article(source);
        List<String> printed = new ArrayList<>();
        List<String> subheads = new ArrayList<>();
        List<String> expected = new ArrayList<>();
        for (Paragraph p : original.paragraphs()) {
            expected.add(p.text());
            if (p.kind() == BlockKind.HEADING) subheads.add(p.text());
            printed.add(p.kind() == BlockKind.LIST_ITEM ? "\u2022 " + p.text() : p.text());
        }
        byte[] pdf = new TwoColumnPdf(indentStyle, lineNumbers).print(original.displayTitle(),
                "The Test Courier \u00B7 30 November 2026 \u00B7 Opinion", printed, subheads);
        Path file = Files.write(dir.resolve("print.pdf"), pdf);
        try (PDDocument d = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            assertThat(d.getNumberOfPages()).as("the test needs text across pages").isGreaterThanOrEqualTo(source.contains("iraq") ? 2 : 1);
        }

        Article read = ArticleReader.read(file, ReadOptions.defaults()).article();

        assertThat(found(expected, read.paragraphs())).as("missing: %s", missing(expected, read.paragraphs()))
                .isGreaterThanOrEqualTo(0.95);
        assertThat(read.metadata().title()).isEqualTo(original.displayTitle());
        String body = read.body();
        assertThat(body).doesNotContain("Test Courier").doesNotContain("Page 1 of").doesNotContain("\u00AD");
        assertThat(read.paragraphs()).filteredOn(p -> p.kind() == BlockKind.HEADING).extracting(Paragraph::text)
                .containsExactlyElementsOf(subheads);
        assertThat(read.paragraphs()).filteredOn(p -> p.kind() == BlockKind.LIST_ITEM).hasSize(
                (int) original.paragraphs().stream().filter(p -> p.kind() == BlockKind.LIST_ITEM).count());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"two-column-notes", "two-year-budget-notes", "journal-notes"})
    void anOfficePrintWithFootnotesReadsBackToItsParagraphs(String name) throws Exception {
        // printed by LibreOffice and groff (see src/test/resources/pdf/README.md), not by the program
        Article source = article("src/test/resources/pdf/" + name + ".txt");
        List<String> expected = source.paragraphs().stream().map(Paragraph::text).toList();

        Article read = article("src/test/resources/pdf/" + name + ".pdf");

        assertThat(found(expected, read.paragraphs())).as("missing: %s", missing(expected, read.paragraphs()))
                .isGreaterThanOrEqualTo(0.95);
        assertThat(read.metadata().title()).isEqualTo(source.metadata().title());
        assertThat(read.metadata().author()).isEqualTo("Ana Test"); // groff sets none in the file: the line under the title
        assertThat(read.body()).doesNotContain("council records").doesNotContain("The Test Review")
                .doesNotContainPattern("Page \\d").doesNotContainPattern("[a-z][.,]\\d+ [A-Z]"); // notes, header, footer, note calls
        assertThat(read.paragraphs()).filteredOn(p -> p.kind() == BlockKind.HEADING).extracting(Paragraph::text)
                .containsExactlyElementsOf(source.paragraphs().stream().filter(p -> p.kind() == BlockKind.HEADING)
                        .map(Paragraph::text).toList());
    }

    @Test
    void theProgramsOwnAnnotatedPdfReadsBackThroughItsStructureTree() throws Exception {
        Briefing b = TestBriefings.sample();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfDocuments.writeAnnotated(b, Layouts.defaults(), new PdfOptions(Paper.LETTER, "standard"), out);
        Path file = Files.write(dir.resolve("annotated.pdf"), out.toByteArray());

        Article read = ArticleReader.read(file, ReadOptions.defaults()).article();

        List<String> expected = b.article().paragraphs().stream().map(Paragraph::text).toList();
        assertThat(found(expected, read.paragraphs())).as("missing: %s", missing(expected, read.paragraphs()))
                .isGreaterThanOrEqualTo(0.95);
        assertThat(read.metadata().title()).isEqualTo(b.article().displayTitle());
        // margin notes (Note) and line numbers (artifacts) are not the article's text
        assertThat(read.body()).doesNotContain("Evidence: ").doesNotContain("Sentence: ");
    }

    @Test
    void headingsQuotesAndListsOfATaggedPdfBecomeTypedBlocks() throws Exception {
        Article source = article("src/test/resources/articles/school-garden.md");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfDocuments.writeAnnotated(Briefing.of(source), Layouts.defaults(), new PdfOptions(Paper.A4, "standard"), out);
        Article read = ArticleReader.read(Files.write(dir.resolve("garden.pdf"), out.toByteArray()), ReadOptions.defaults()).article();

        for (BlockKind kind : List.of(BlockKind.HEADING, BlockKind.QUOTE, BlockKind.LIST_ITEM)) {
            List<String> want = source.paragraphs().stream().filter(p -> p.kind() == kind).map(Paragraph::text).toList();
            List<String> got = read.paragraphs().stream().filter(p -> p.kind() == kind).map(p -> norm(p.text())).toList();
            assertThat(got).as(kind.name()).containsAll(want.stream().map(PdfReaderTest::norm).toList());
        }
    }

    @Test
    void aScannedPdfIsRefusedInOneLine() throws Exception {
        assertThatThrownBy(() -> ArticleReader.read(scanned(dir.resolve("scan.pdf")), ReadOptions.defaults()))
                .isInstanceOf(InputException.class)
                .hasMessage("scan.pdf: has no text: a scanned PDF needs OCR first");
    }

    @Test
    void aPasswordProtectedPdfIsRefusedInOneLine() throws Exception {
        assertThatThrownBy(() -> ArticleReader.read(locked(dir.resolve("locked.pdf")), ReadOptions.defaults()))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("locked.pdf: is password-protected")
                .hasMessageNotContaining("\n");
    }

    @Test
    void aFileThatIsNotAPdfOrIsDamagedIsRefusedInOneLine() throws Exception {
        Path fake = Files.writeString(dir.resolve("fake.pdf"), "Just some text that calls itself a PDF.");
        assertThatThrownBy(() -> ArticleReader.read(fake, ReadOptions.defaults()))
                .hasMessage("fake.pdf: is not a PDF file (it does not start with %PDF)");
        Path broken = Files.writeString(dir.resolve("broken.pdf"), "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >>\ngarbage");
        assertThatThrownBy(() -> ArticleReader.read(broken, ReadOptions.defaults()))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("broken.pdf: ")
                .hasMessageNotContaining("\n");
    }

    @Test
    void aPdfOverThePageLimitIsRefusedBeforeItsPagesAreRead() throws Exception {
        try (PDDocument doc = new PDDocument()) {
            for (int i = 0; i <= PdfBudget.MAX_PAGES; i++) doc.addPage(new PDPage());
            Path many = dir.resolve("many.pdf");
            doc.save(many.toFile());
            assertThatThrownBy(() -> ArticleReader.read(many, ReadOptions.defaults()))
                    .hasMessage("many.pdf: has 301 pages, over the 300-page limit for an article");
        }
    }

    @Test
    void aFlateBombIsRefusedBeforePdfBoxExpandsIt() throws Exception {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            byte[] spaces = new byte[(int) PdfBudget.MAX_PAGE_CONTENT_BYTES + 1024];
            java.util.Arrays.fill(spaces, (byte) ' ');
            page.setContents(new org.apache.pdfbox.pdmodel.common.PDStream(doc, new java.io.ByteArrayInputStream(spaces),
                    org.apache.pdfbox.cos.COSName.FLATE_DECODE));
            Path bomb = dir.resolve("bomb.pdf");
            doc.save(bomb.toFile());
            assertThat(Files.size(bomb)).isLessThan(100_000);
            assertThatThrownBy(() -> ArticleReader.read(bomb, ReadOptions.defaults()))
                    .hasMessage("bomb.pdf: a page's content expands to over 16 MB: too large to be an article page");
        }
    }

    /** A page that is only a picture of text, as a scanner makes it. */
    static Path scanned(Path file) throws Exception {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            BufferedImage img = new BufferedImage(200, 100, BufferedImage.TYPE_INT_RGB);
            var g = img.createGraphics();
            g.fillRect(0, 0, 200, 100);
            g.setColor(java.awt.Color.BLACK);
            g.drawString("The council met on Tuesday.", 10, 50);
            g.dispose();
            PDImageXObject image = LosslessFactory.createFromImage(doc, img);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.drawImage(image, 72, 400, 400, 200);
            }
            doc.save(file.toFile());
        }
        return file;
    }

    /** A PDF that opens only with its user password. */
    static Path locked(Path file) throws Exception {
        byte[] pdf = new TwoColumnPdf(false, false).print("Locked", "Header", List.of("The council met on Tuesday."), List.of());
        try (PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            doc.save(file.toFile());
        }
        return file;
    }
}
