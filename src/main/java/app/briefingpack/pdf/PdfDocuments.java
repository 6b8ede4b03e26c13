package app.briefingpack.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import app.briefingpack.layout.AnnotatedTextDocument;
import app.briefingpack.layout.DocumentLayout;
import app.briefingpack.layout.DocumentSpec;
import app.briefingpack.layout.Theme;
import app.briefingpack.model.Briefing;

/** The pack's PDFs, one call each. */
public final class PdfDocuments {

    private PdfDocuments() {}

    /**
     * Writes annotated.pdf: the article with numbered paragraphs and lines and its margin notes.
     *
     * @return warnings for the user (characters no bundled font has), empty when none
     */
    public static List<String> writeAnnotated(Briefing b, Layouts layouts, PdfOptions options, OutputStream out)
            throws IOException {
        DocumentLayout layout = layouts.document("annotated");
        Theme theme = layouts.theme(options.theme());
        DocumentSpec spec = new AnnotatedTextDocument(layout, theme).build(b);
        return TaggedPdfWriter.write(spec, theme, layout, options.paperOr(layout.paper()), out);
    }

    /** Writes any document spec with the named document type's layout (for the brief and timeline). */
    public static List<String> write(DocumentSpec spec, String documentType, Layouts layouts, PdfOptions options,
                                     OutputStream out) throws IOException {
        DocumentLayout layout = layouts.document(documentType);
        Theme theme = layouts.theme(options.theme());
        return TaggedPdfWriter.write(spec, theme, layout, options.paperOr(layout.paper()), out);
    }
}
