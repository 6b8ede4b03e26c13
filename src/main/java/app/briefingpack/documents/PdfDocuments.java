package app.briefingpack.documents;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

import app.briefingpack.layout.DocumentLayout;
import app.briefingpack.layout.DocumentSpec;
import app.briefingpack.layout.LaidOutDocument;
import app.briefingpack.layout.LayoutEngine;
import app.briefingpack.layout.Paper;
import app.briefingpack.layout.Theme;
import app.briefingpack.model.Briefing;
import app.briefingpack.pdf.TaggedPdfWriter;

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
        DocumentLayout layout = layouts.document(DocumentType.ANNOTATED);
        Theme theme = layouts.theme(options.theme());
        DocumentSpec spec = new AnnotatedTextDocument(layout, theme).build(b);
        return layOutAndWrite(spec, theme, layout, options.paperOr(layout.paper()), out);
    }

    /**
     * Writes timeline.pdf: the drawn timeline (a tagged Figure with alt text), the same events as
     * a table and notes on uncertain dates. A briefing without events gives a short valid PDF that
     * says so.
     *
     * @return warnings for the user, empty when none
     */
    public static List<String> writeTimeline(Briefing b, Layouts layouts, PdfOptions options, OutputStream out)
            throws IOException {
        DocumentLayout layout = layouts.document(DocumentType.TIMELINE);
        Theme theme = layouts.theme(options.theme());
        Paper paper = options.paperOr(layout.paper());
        DocumentSpec spec = new TimelineDocument(layout, theme, paper).build(b);
        return layOutAndWrite(spec, theme, layout, paper, out);
    }

    /**
     * Writes brief.pdf, fitted to one page (two in a large-print theme) by tightening, trimming
     * low-priority items and shrinking type no lower than the layout's minimum.
     *
     * @param audioUrlOrNull          where the narration is online: a QR code and the printed URL
     * @param narrationFileNameOrNull the narration's file in the pack ("narration.mp3"), for the
     *                                "Listen:" line, or null when the pack has none
     * @return warnings and what was left out, for the caller to record
     */
    public static BriefResult writeBrief(Briefing b, Layouts layouts, PdfOptions options, String audioUrlOrNull,
                                         String narrationFileNameOrNull, OutputStream out) throws IOException {
        return writeBrief(b, layouts, options, audioUrlOrNull, narrationFileNameOrNull, Double.NaN, out);
    }

    /**
     * As {@link #writeBrief(Briefing, Layouts, PdfOptions, String, String, OutputStream)}, with the
     * narration's real length in minutes (NaN estimates it at 150 words a minute).
     */
    public static BriefResult writeBrief(Briefing b, Layouts layouts, PdfOptions options, String audioUrlOrNull,
                                         String narrationFileNameOrNull, double narrationMinutes, OutputStream out)
            throws IOException {
        return writeBrief(b, layouts, options, audioUrlOrNull, narrationFileNameOrNull, narrationMinutes, null, out);
    }

    /**
     * As above; with a {@code sameAs} plan (the standard edition's, from its {@link BriefResult}),
     * the brief shows exactly those items, on as many pages as they take: the large-print edition
     * of a pack numbers the same key points, dates, people and questions as the standard one.
     */
    public static BriefResult writeBrief(Briefing b, Layouts layouts, PdfOptions options, String audioUrlOrNull,
                                         String narrationFileNameOrNull, double narrationMinutes,
                                         BriefPlan sameAs, OutputStream out) throws IOException {
        DocumentLayout layout = layouts.document(DocumentType.BRIEF);
        Theme theme = layouts.theme(options.theme());
        Paper paper = options.paperOr(layout.paper());
        BriefFitter fitter = new BriefFitter(layout, theme, paper);
        BriefFitter.Result fit = sameAs != null
                ? fitter.layOut(b, sameAs, audioUrlOrNull, narrationFileNameOrNull, narrationMinutes)
                : fitter.fit(b, audioUrlOrNull, narrationFileNameOrNull, narrationMinutes);
        TaggedPdfWriter.write(fit.laid(), out);
        List<String> warnings = new ArrayList<>(fit.laid().warnings());
        if (!fit.fits())
            warnings.add("brief.pdf takes " + fit.pages() + " pages (the layout allows " + fit.budget()
                    + ") even with every optional section trimmed");
        return new BriefResult(warnings, fit.leftOut(), fit.pages(), fit.bodySize(), fit.plan().withPagesNote(0));
    }

    /**
     * Writes answer-key.pdf: the teacher's page with each question's paragraph and what a good
     * answer mentions.
     *
     * @return warnings for the user, empty when none
     */
    public static List<String> writeAnswerKey(Briefing b, Layouts layouts, PdfOptions options, OutputStream out)
            throws IOException {
        DocumentLayout layout = layouts.document(DocumentType.ANSWER_KEY);
        Theme theme = layouts.theme(options.theme());
        DocumentSpec spec = new AnswerKeyDocument(layout).build(b);
        return layOutAndWrite(spec, theme, layout, options.paperOr(layout.paper()), out);
    }

    /** Writes any document spec with the document type's layout (for the brief and timeline). */
    public static List<String> write(DocumentSpec spec, DocumentType documentType, Layouts layouts, PdfOptions options,
                                     OutputStream out) throws IOException {
        DocumentLayout layout = layouts.document(documentType);
        Theme theme = layouts.theme(options.theme());
        return layOutAndWrite(spec, theme, layout, options.paperOr(layout.paper()), out);
    }

    /** Lays the document out and writes it; returns the layout's warnings (e.g. missing glyphs). */
    private static List<String> layOutAndWrite(DocumentSpec spec, Theme theme, DocumentLayout layout, Paper paper,
                                               OutputStream out) throws IOException {
        LaidOutDocument laid = new LayoutEngine(theme, layout, paper).layout(spec);
        TaggedPdfWriter.write(laid, out);
        return laid.warnings();
    }
}
