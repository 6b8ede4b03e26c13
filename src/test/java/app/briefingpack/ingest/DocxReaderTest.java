package app.briefingpack.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.briefingpack.model.Article;
import app.briefingpack.model.BlockKind;
import app.briefingpack.model.Paragraph;
import app.briefingpack.model.PartialDate;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Word files: structure from styles and numbering, metadata from the core properties, bad files refused in one line. */
class DocxReaderTest {

    @TempDir
    Path dir;

    private static final String W = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";

    private static String para(String style, String text, boolean numbered) {
        String ppr = style == null && !numbered ? "" : "<w:pPr>" + (style == null ? "" : "<w:pStyle w:val=\"" + style + "\"/>")
                + (numbered ? "<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr>" : "") + "</w:pPr>";
        // the text split over two runs, with a tab, as Word writes it after an edit
        int cut = text.indexOf(' ') < 0 ? text.length() : text.indexOf(' ');
        return "<w:p>" + ppr + "<w:r><w:t>" + text.substring(0, cut) + "</w:t></w:r><w:r><w:t xml:space=\"preserve\">"
                + text.substring(cut) + "</w:t></w:r></w:p>";
    }

    private Path docx(String name, List<String[]> paragraphs) throws Exception {
        StringBuilder body = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document " + W + "><w:body>");
        for (String[] p : paragraphs) body.append(para(p[0], p[1], p.length > 2));
        body.append("<w:sectPr/></w:body></w:document>");
        String styles = "<?xml version=\"1.0\"?><w:styles " + W + ">"
                + "<w:style w:type=\"paragraph\" w:styleId=\"Titre1\"><w:name w:val=\"heading 1\"/><w:pPr><w:outlineLvl w:val=\"0\"/></w:pPr></w:style>"
                + "<w:style w:type=\"paragraph\" w:styleId=\"Heading2\"><w:name w:val=\"heading 2\"/><w:basedOn w:val=\"Titre1\"/><w:pPr><w:outlineLvl w:val=\"1\"/></w:pPr></w:style>"
                + "<w:style w:type=\"paragraph\" w:styleId=\"Quote\"><w:name w:val=\"Quote\"/></w:style>"
                + "<w:style w:type=\"paragraph\" w:styleId=\"ListParagraph\"><w:name w:val=\"List Paragraph\"/></w:style>"
                + "<w:style w:type=\"paragraph\" w:styleId=\"Title\"><w:name w:val=\"Title\"/></w:style></w:styles>";
        String core = "<?xml version=\"1.0\"?><cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
                + "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" "
                + "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"><dc:title>The old bridge closes</dc:title>"
                + "<dc:creator>Ann Lee</dc:creator><dcterms:created xsi:type=\"dcterms:W3CDTF\">2024-03-04T09:00:00Z</dcterms:created>"
                + "</cp:coreProperties>";
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", "<?xml version=\"1.0\"?><Types/>");
        parts.put("word/document.xml", body.toString());
        parts.put("word/styles.xml", styles);
        parts.put("docProps/core.xml", core);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (var e : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return Files.write(dir.resolve(name), out.toByteArray());
    }

    @Test
    void headingsAListAndAQuoteReadBackExactlyWithTheCoreProperties() throws Exception {
        List<String[]> written = List.of(
                new String[] {"Title", "Bridge closes after years of warnings"},
                new String[] {null, "The council voted on Tuesday to close the old bridge."},
                new String[] {"Titre1", "What residents said"},
                new String[] {"Quote", "We were promised a new bridge twice."},
                new String[] {null, "Engineers found the steel beams badly corroded."},
                new String[] {"Heading2", "The options"},
                new String[] {"ListParagraph", "Repair the beams.", "numbered"},
                new String[] {"ListParagraph", "Build a ferry.", "numbered"},
                new String[] {null, "A decision is due in May."});
        Article a = ArticleReader.read(docx("bridge.docx", written), ReadOptions.defaults()).article();
        // the core properties' title wins over the Title paragraph, which is not body text
        assertThat(a.metadata().title()).isEqualTo("The old bridge closes");
        assertThat(a.metadata().author()).isEqualTo("Ann Lee");
        assertThat(a.metadata().date()).isEqualTo(new PartialDate(2024, 3, 4));
        assertThat(a.paragraphs()).extracting(Paragraph::text).containsExactly(
                "The council voted on Tuesday to close the old bridge.", "What residents said",
                "We were promised a new bridge twice.", "Engineers found the steel beams badly corroded.", "The options",
                "Repair the beams.", "Build a ferry.", "A decision is due in May.");
        assertThat(a.paragraphs()).extracting(Paragraph::kind).containsExactly(BlockKind.PARAGRAPH, BlockKind.HEADING,
                BlockKind.QUOTE, BlockKind.PARAGRAPH, BlockKind.HEADING, BlockKind.LIST_ITEM, BlockKind.LIST_ITEM,
                BlockKind.PARAGRAPH);
        assertThat(a.paragraphs().get(1).level()).isEqualTo(2);
        assertThat(a.paragraphs().get(4).level()).isEqualTo(3);
        assertThat(a.paragraphs().get(5).group()).isEqualTo(a.paragraphs().get(6).group()).isPositive();
    }

    @Test
    void anOldDocFileIsRefusedInOneLine() throws Exception {
        Path doc = Files.write(dir.resolve("old.doc"), new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0});
        assertProblem(doc, "old.doc: is an old Word .doc file");
    }

    @Test
    void aDocxThatIsNotAZipIsRefusedInOneLine() throws Exception {
        Path doc = Files.writeString(dir.resolve("fake.docx"), "This is plain text, not a Word file.");
        assertProblem(doc, "fake.docx: is not a Word .docx file");
    }

    @Test
    void aZipBombIsRefusedInOneLine() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 100; i++) zip.write(zeros);
            zip.closeEntry();
        }
        assertThat((long) out.size()).isLessThan(ReadOptions.defaults().maxBytes()); // small on disk
        Path bomb = Files.write(dir.resolve("bomb.docx"), out.toByteArray());
        assertProblem(bomb, "bomb.docx: expands to over");
    }

    private static void assertProblem(Path file, String start) {
        assertThatThrownBy(() -> ArticleReader.read(file, ReadOptions.defaults()))
                .isInstanceOf(InputException.class)
                .satisfies(e -> {
                    assertThat(e.getMessage()).startsWith(start);
                    assertThat(e.getMessage()).doesNotContain("\n");
                });
    }
}
