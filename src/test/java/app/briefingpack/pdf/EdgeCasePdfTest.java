package app.briefingpack.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

import app.briefingpack.layout.LayoutEngine;
import app.briefingpack.layout.Block;
import app.briefingpack.layout.DocumentSpec;
import app.briefingpack.layout.DrawOp;
import app.briefingpack.layout.Figure;
import app.briefingpack.layout.Heading;
import app.briefingpack.layout.MarginNote;
import app.briefingpack.layout.PageBreak;
import app.briefingpack.layout.Paper;
import app.briefingpack.layout.ParagraphStyle;
import app.briefingpack.layout.Run;
import app.briefingpack.layout.Table;
import app.briefingpack.layout.TextParagraph;
import app.briefingpack.testing.PdfText;
import app.briefingpack.testing.PdfValidation;
import app.briefingpack.documents.Layouts;
import app.briefingpack.documents.DocumentType;

/** Awkward inputs still give valid, tidy PDFs. */
class EdgeCasePdfTest {

    private static byte[] write(DocumentSpec spec, String theme) throws Exception {
        Layouts l = Layouts.defaults();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TaggedPdfWriter.write(new LayoutEngine(l.theme(theme), l.document(DocumentType.ANNOTATED), Paper.LETTER).layout(spec), out);
        return out.toByteArray();
    }

    @Test
    void awkwardBlocksAreValid() throws Exception {
        List<Block> b = new ArrayList<>();
        b.add(Heading.of(1, "Title with <xml> & \"quotes\" and a tab\there"));
        b.add(TextParagraph.of("   "));
        b.add(new PageBreak());
        b.add(new PageBreak());
        b.add(new Table(List.of(Table.Row.of("A", "")), List.of(Table.Row.of("", "x")), null, List.of(), false));
        b.add(new Figure(2000, 3000, List.of(new DrawOp.Rect(0, 0, 2000, 3000, -1, -1, 0),
                new DrawOp.Rect(10, 10, 100, 100, 0x000000, -1, 0)), "A tall drawing scaled down to fit a page.", null));
        // Many notes on one short paragraph: they must spill onto the next page, not off this one.
        List<MarginNote> notes = new ArrayList<>();
        for (int i = 0; i < 40; i++) notes.add(new MarginNote("n" + i, List.of(Run.plain("Note number " + i + " with a few words to wrap in the margin column."))));
        b.add(new TextParagraph(List.of(Run.plain("Short.")), ParagraphStyle.BODY, "1", "para-1", notes, true));
        b.add(Heading.of(6, "The end"));
        for (String theme : List.of("standard", "large-print")) {
            byte[] pdf = write(new DocumentSpec("Edge \u0007cases", "en-GB", b, null), theme);
            java.nio.file.Files.createDirectories(AnnotatedPdfTest.OUT);
            java.nio.file.Files.write(AnnotatedPdfTest.OUT.resolve("edge-" + theme + ".pdf"), pdf);
            PdfValidation.assertCompliant(pdf, "edge cases " + theme);
            try (PDDocument d = Loader.loadPDF(pdf)) {
                for (PdfText.Glyph g : PdfText.glyphs(d)) assertThat(g.insidePage()).as("%s", g).isTrue();
                assertThat(d.getDocumentCatalog().getLanguage()).isEqualTo("en-GB");
            }
        }
    }

    @Test
    void anEmptyDocumentIsStillOneValidPage() throws Exception {
        byte[] pdf = write(new DocumentSpec("Nothing", "en", List.of(), null), "standard");
        PdfValidation.assertCompliant(pdf, "empty");
        try (PDDocument d = Loader.loadPDF(pdf)) {
            assertThat(d.getNumberOfPages()).isEqualTo(1);
        }
    }
}
