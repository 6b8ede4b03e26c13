package app.briefingpack.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import app.briefingpack.ingest.ArticleReader;
import app.briefingpack.ingest.ReadOptions;
import app.briefingpack.layout.Paper;
import app.briefingpack.model.Article;
import app.briefingpack.model.Briefing;
import app.briefingpack.pack.BriefingJson;
import app.briefingpack.testing.PdfValidation;
import app.briefingpack.documents.Layouts;
import app.briefingpack.documents.PdfDocuments;
import app.briefingpack.documents.PdfOptions;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The article's headings, quotes and lists, from every text format, reach briefing.json and annotated.pdf as such. */
class ArticleStructurePdfTest {

    @TempDir
    Path dir;

    private static String prose(int i) {
        return "On day " + i + " the council met again about the old bridge, which engineers said was badly corroded; "
                + "residents told the meeting that repairs had been promised for years.";
    }

    private Path write(String ext) throws Exception {
        String text = switch (ext) {
            case "md" -> "# Bridge closes\n\n" + prose(1) + "\n\n" + prose(2) + "\n\n## What residents said\n\n> We were "
                    + "promised a new bridge.\n\n" + prose(3) + "\n\n### The options\n\n- Repair the beams.\n- Build a ferry.\n\n"
                    + prose(4) + "\n";
            case "html" -> "<html><head><title>Bridge closes</title></head><body><article><h1>Bridge closes</h1><p>"
                    + prose(1) + "</p><p>" + prose(2) + "</p><h2>What residents said</h2><blockquote><p>We were promised a "
                    + "new bridge.</p></blockquote><p>" + prose(3) + "</p><h3>The options</h3><ul><li>Repair the beams.</li>"
                    + "<li>Build a ferry.</li></ul><p>" + prose(4) + "</p></article></body></html>";
            case "txt" -> "Bridge closes\n\n" + prose(1) + "\n\n" + prose(2) + "\n\nWhat residents said\n\n> We were\n> "
                    + "promised a new bridge.\n\n" + prose(3) + "\n\nThe options\n\n- Repair the beams.\n- Build a ferry.\n\n"
                    + prose(4) + "\n";
            case "docx" -> null;
            default -> throw new IllegalArgumentException(ext);
        };
        if (ext.equals("docx")) return docx(dir.resolve("bridge.docx"), List.of(
                new String[] {"Title", "Bridge closes"}, new String[] {null, prose(1)}, new String[] {null, prose(2)},
                new String[] {"Heading1", "What residents said"}, new String[] {"Quote", "We were promised a new bridge."},
                new String[] {null, prose(3)}, new String[] {"Heading2", "The options"},
                new String[] {"ListParagraph", "Repair the beams.", "numbered"},
                new String[] {"ListParagraph", "Build a ferry.", "numbered"}, new String[] {null, prose(4)}));
        return Files.writeString(dir.resolve("bridge." + ext), text);
    }

    /** A minimal Word file: paragraphs with the given styles ({style, text} or {style, text, "numbered"}). */
    static Path docx(Path file, List<String[]> paragraphs) throws Exception {
        String w = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";
        StringBuilder body = new StringBuilder("<?xml version=\"1.0\"?><w:document " + w + "><w:body>");
        for (String[] p : paragraphs) {
            body.append("<w:p><w:pPr>");
            if (p[0] != null) body.append("<w:pStyle w:val=\"").append(p[0]).append("\"/>");
            if (p.length > 2) body.append("<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr>");
            body.append("</w:pPr><w:r><w:t xml:space=\"preserve\">").append(p[1]).append("</w:t></w:r></w:p>");
        }
        body.append("</w:body></w:document>");
        StringBuilder styles = new StringBuilder("<?xml version=\"1.0\"?><w:styles " + w + ">");
        for (String[] st : new String[][] {{"Heading1", "heading 1", "0"}, {"Heading2", "heading 2", "1"}, {"Quote", "Quote", ""},
                {"ListParagraph", "List Paragraph", ""}, {"Title", "Title", ""}, {"Subtitle", "Subtitle", ""}, {"Caption", "caption", ""}})
            styles.append("<w:style w:type=\"paragraph\" w:styleId=\"").append(st[0]).append("\"><w:name w:val=\"").append(st[1])
                    .append("\"/>").append(st[2].isEmpty() ? "" : "<w:pPr><w:outlineLvl w:val=\"" + st[2] + "\"/></w:pPr>")
                    .append("</w:style>");
        styles.append("</w:styles>");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out)) {
            for (String[] part : new String[][] {{"word/document.xml", body.toString()}, {"word/styles.xml", styles.toString()}}) {
                zip.putNextEntry(new java.util.zip.ZipEntry(part[0]));
                zip.write(part[1].getBytes(java.nio.charset.StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return Files.write(file, out.toByteArray());
    }

    @ParameterizedTest
    @ValueSource(strings = {"txt", "md", "html", "docx"})
    void headingsQuotesAndListsAreTypedTaggedAndInTheOutline(String ext) throws Exception {
        Article a = ArticleReader.read(write(ext), ReadOptions.defaults()).article();
        Briefing b = Briefing.of(a);

        Map<String, Object> json = BriefingJson.toMap(b, Map.of());
        @SuppressWarnings("unchecked") List<Map<String, Object>> blocks = (List<Map<String, Object>>) json.get("blocks");
        assertThat(blocks).extracting(m -> m.get("type")).containsExactly("paragraph", "paragraph", "heading",
                "block-quote", "paragraph", "heading", "list", "paragraph");
        assertThat(blocks.get(2)).containsEntry("level", 2);
        // plain text has one level of subhead
        assertThat(blocks.get(5)).containsEntry("level", ext.equals("txt") ? 2 : 3);
        assertThat((List<?>) blocks.get(6).get("items")).hasSize(2);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfDocuments.writeAnnotated(b, Layouts.defaults(), new PdfOptions(Paper.LETTER, "standard"), out);
        byte[] pdf = out.toByteArray();
        PdfValidation.assertCompliant(pdf, "annotated.pdf of " + ext);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<String> tags = new ArrayList<>();
            walk(doc.getDocumentCatalog().getStructureTreeRoot(), tags);
            assertThat(tags).contains("BlockQuote", "L", "LI");
            assertThat(tags.stream().filter(t -> t.matches("H[2-6]")).count()).isGreaterThanOrEqualTo(2);
            List<String> outline = new ArrayList<>();
            outline(doc.getDocumentCatalog().getDocumentOutline(), outline);
            assertThat(outline).contains("What residents said", "The options");
        }
    }

    @Test
    void everyBlockKindIsTaggedAndTheAnnotatedPdfStaysCompliant() throws Exception {
        String html = "<html><head><title>Bridge closes</title></head><body><header><h1>Bridge closes</h1>"
                + "<p class=\"standfirst\">The town loses its only crossing for a year.</p></header><article><p>" + prose(1) + "</p>"
                + "<figure><img src=\"b.jpg\" alt=\"\"><figcaption>The old bridge at dusk.</figcaption></figure><p>" + prose(2)
                + "</p><h2>What residents said</h2><blockquote><p>We were promised a new bridge.</p></blockquote>"
                + "<blockquote class=\"twitter-tweet\"><p>The bridge is closed again today.</p></blockquote><p>" + prose(3)
                + "</p><h3>The options</h3><ul><li>Repair the beams.</li><li>Build a ferry.</li></ul><p>" + prose(4)
                + "</p></article></body></html>";
        Article a = ArticleReader.read(Files.writeString(dir.resolve("kinds.html"), html), ReadOptions.defaults()).article();
        assertThat(a.paragraphs()).extracting(p -> p.kind()).contains(app.briefingpack.model.BlockKind.values());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfDocuments.writeAnnotated(Briefing.of(a), Layouts.defaults(), new PdfOptions(Paper.LETTER, "standard"), out);
        PdfValidation.assertCompliant(out.toByteArray(), "annotated.pdf with every block kind");
    }

    private static void walk(PDStructureNode node, List<String> tags) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement e) {
                tags.add(e.getStructureType());
                walk(e, tags);
            }
        }
    }

    private static void outline(PDOutlineNode node, List<String> titles) {
        if (node == null) return;
        for (PDOutlineItem item : node.children()) {
            titles.add(item.getTitle());
            outline(item, titles);
        }
    }

    @Test
    void aShortLineBetweenTextParagraphsIsASubhead() throws Exception {
        String text = "Bridge closes\n\n" + IntStream.range(1, 3).mapToObj(ArticleStructurePdfTest::prose)
                .collect(Collectors.joining("\n\n")) + "\n\nWhat residents said\n\n" + prose(3) + "\n\n" + prose(4) + "\n";
        Article a = ArticleReader.read(Files.writeString(dir.resolve("bridge.txt"), text), ReadOptions.defaults()).article();
        assertThat(a.metadata().title()).isEqualTo("Bridge closes");
        assertThat(a.paragraphs()).filteredOn(p -> p.isHeading()).extracting(p -> p.text()).containsExactly("What residents said");
        // offsets still point into the file after its title line
        assertThat(text.substring(a.paragraphs().get(2).begin(), a.paragraphs().get(2).end())).isEqualTo("What residents said");
    }
}
