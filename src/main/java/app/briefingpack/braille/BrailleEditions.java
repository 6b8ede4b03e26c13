package app.briefingpack.braille;

import app.briefingpack.braille.BrailleText.Format;
import app.briefingpack.documents.AnnotatedTextDocument;
import app.briefingpack.documents.BriefDocument;
import app.briefingpack.documents.BriefPlan;
import app.briefingpack.layout.DocumentLayout;
import app.briefingpack.layout.DocumentSpec;
import app.briefingpack.layout.LayoutEngine;
import app.briefingpack.layout.Paper;
import app.briefingpack.layout.Theme;
import app.briefingpack.documents.TimelineDocument;
import app.briefingpack.model.Briefing;
import app.briefingpack.documents.Layouts;
import app.briefingpack.documents.PdfOptions;
import app.briefingpack.documents.DocumentType;
import java.util.ArrayList;
import java.util.List;

/**
 * The braille edition of a pack: {@code brief.brf} (the brief, then the timeline as a dated list)
 * and {@code article.brf} (the annotated article). Both are transcribed from the very documents
 * the PDFs are drawn from, so print, large print and braille say the same things; only the brief
 * is not trimmed to fit a page, since braille has no page budget.
 */
public final class BrailleEditions {

    private BrailleEditions() {}

    /**
     * One braille file.
     *
     * @param source what was transcribed, in reading order (for checks and back-translation)
     * @param brf    the BRF text: ASCII braille, CR LF line ends, form feeds between pages
     * @param pages  braille pages
     */
    public record Edition(List<BrailleText> source, String brf, int pages) {
        public Edition {
            source = List.copyOf(source);
        }
    }

    /**
     * brief.brf: the brief as {@code brief.pdf} shows it untrimmed, then, from a new page, the
     * timeline document.
     *
     * @param pdf                the print options (paper, theme) the PDFs are made with
     * @param audioUrl           where the narration is online, or null
     * @param narrationFile      the narration's file in the pack, or null
     * @param narrationMinutes   its length, or NaN to estimate it
     */
    public static Edition brief(Briefing b, Layouts layouts, PdfOptions pdf, String audioUrl, String narrationFile,
                                double narrationMinutes, BrailleOptions options) throws BrailleException {
        Theme theme = layouts.theme(pdf.theme());
        DocumentLayout briefLayout = layouts.document(DocumentType.BRIEF);
        float columnWidth = new LayoutEngine(theme, briefLayout, pdf.paperOr(briefLayout.paper())).columnWidth();
        DocumentSpec brief = new BriefDocument(briefLayout, theme, columnWidth, audioUrl, narrationFile, narrationMinutes)
                .build(b, BriefPlan.full());
        DocumentLayout timelineLayout = layouts.document(DocumentType.TIMELINE);
        Paper timelinePaper = pdf.paperOr(timelineLayout.paper());
        DocumentSpec timeline = new TimelineDocument(timelineLayout, theme, timelinePaper).build(b);
        List<BrailleText> units = new ArrayList<>(BrailleTranscriber.transcribe(brief));
        units.add(BrailleText.pageBreak());
        units.addAll(BrailleTranscriber.transcribe(timeline));
        String note = "Transcriber's note: this is the brief of a classroom briefing pack on the article named above,"
                + " followed from a new page by its timeline of dates. " + code(options)
                + " Tables are written as lists (name: role), drawings are described in words, and notes on how to"
                + " read the print pages are left out.";
        return edition(withNote(units, note), options);
    }

    /** article.brf: the annotated article, each paragraph with its print number and its notes after it. */
    public static Edition article(Briefing b, Layouts layouts, PdfOptions pdf, BrailleOptions options) throws BrailleException {
        DocumentSpec spec = new AnnotatedTextDocument(layouts.document(DocumentType.ANNOTATED), layouts.theme(pdf.theme())).build(b);
        String note = "Transcriber's note: this is the full text of the article named above. " + code(options)
                + " Each paragraph starts with its print paragraph number; the notes on a paragraph (who people are,"
                + " evidence, the part each sentence plays) follow it from cell 5. Notes on how to read the print pages"
                + " are left out.";
        return edition(withNote(BrailleTranscriber.transcribe(spec), note), options);
    }

    private static String code(BrailleOptions o) {
        return "It is in Unified English Braille, grade " + o.grade() + (o.grade() == 2 ? " (contracted)" : " (uncontracted)")
                + ", " + o.cells() + " cells by " + o.lines() + " lines.";
    }

    /** The transcriber's note goes on the first page, right after the title. */
    private static List<BrailleText> withNote(List<BrailleText> units, String note) {
        List<BrailleText> out = new ArrayList<>(units);
        int at = !out.isEmpty() && out.get(0).format() == Format.CENTRED_HEADING ? 1 : 0;
        out.add(at, new BrailleText(Format.TRANSCRIBERS_NOTE, note));
        return out;
    }

    private static Edition edition(List<BrailleText> units, BrailleOptions options) throws BrailleException {
        BrfFormatter.Brf brf = BrfFormatter.format(units, UebTranslator.forGrade(options.grade()), options);
        return new Edition(units, brf.text(), brf.pages());
    }
}
