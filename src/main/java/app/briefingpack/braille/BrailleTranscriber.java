package app.briefingpack.braille;

import app.briefingpack.braille.BrailleText.Format;
import app.briefingpack.layout.Block;
import app.briefingpack.layout.Columns;
import app.briefingpack.layout.DocumentSpec;
import app.briefingpack.layout.Figure;
import app.briefingpack.layout.Heading;
import app.briefingpack.layout.ListBlock;
import app.briefingpack.layout.MarginNote;
import app.briefingpack.layout.PageBreak;
import app.briefingpack.layout.ParagraphStyle;
import app.briefingpack.layout.Runs;
import app.briefingpack.layout.Table;
import app.briefingpack.layout.TextParagraph;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns the semantic blocks of a print document (the same {@link DocumentSpec} the PDF is drawn
 * from) into braille units in reading order: headings by level, paragraphs with their print
 * paragraph number in front, margin notes after their paragraph, lists numbered as in print,
 * tables and side-by-side columns linearised, drawings by their text alternative. What only
 * explains the print page (callouts on how to read it, rules) is left out; the transcriber's note
 * says so.
 */
final class BrailleTranscriber {

    private BrailleTranscriber() {}

    static List<BrailleText> transcribe(DocumentSpec spec) {
        List<BrailleText> out = new ArrayList<>();
        for (Block b : spec.blocks()) block(b, out);
        return out;
    }

    private static void block(Block block, List<BrailleText> out) {
        // Java 17: no pattern matching in switch, so instanceof in turn.
        if (block instanceof Heading h) {
            out.add(new BrailleText(h.level() == 1 ? Format.CENTRED_HEADING : Format.CELL5_HEADING, h.text()));
        } else if (block instanceof TextParagraph p) {
            paragraph(p, out);
        } else if (block instanceof ListBlock l) {
            int n = 1;
            for (ListBlock.ListItem item : l.items()) {
                String text = Runs.text(item.runs());
                add(out, Format.LIST_ITEM, l.ordered() ? (n++) + ". " + text : text);
            }
        } else if (block instanceof Table t) {
            table(t, out);
        } else if (block instanceof Figure f) {
            // A drawing split over pages repeats its description: say it once.
            BrailleText alt = new BrailleText(Format.PARAGRAPH, f.alt());
            if (out.isEmpty() || !out.get(out.size() - 1).equals(alt)) out.add(alt);
            if (f.caption() != null) add(out, Format.PARAGRAPH, f.caption());
        } else if (block instanceof Columns c) {
            for (Block b : c.left()) block(b, out);
            for (Block b : c.right()) block(b, out);
        } else if (block instanceof PageBreak) {
            out.add(BrailleText.pageBreak());
        }
        // Rule: decoration only, nothing to read.
    }

    private static void paragraph(TextParagraph p, List<BrailleText> out) {
        // Callouts explain the print page (margins, colours, the drawing); the transcriber's note replaces them.
        if (p.style() == ParagraphStyle.CALLOUT) return;
        String text = p.text();
        add(out, Format.PARAGRAPH, p.label() != null && !p.label().isBlank() ? p.label().strip() + " " + text : text);
        for (MarginNote n : p.notes()) add(out, Format.NOTE, Runs.text(n.runs()));
    }

    /**
     * Each row becomes one list item, "name: role" for two columns; further columns follow in
     * parentheses with their column header ("(paragraph 4)"), so nothing depends on position.
     */
    private static void table(Table t, List<BrailleText> out) {
        if (t.caption() != null) add(out, Format.PARAGRAPH, t.caption());
        List<String> headers = t.header().isEmpty() ? List.of()
                : t.header().get(0).cells().stream().map(Runs::text).toList();
        for (Table.Row row : t.body()) {
            List<String> cells = row.cells().stream().map(c -> Runs.text(c).strip()).toList();
            StringBuilder s = new StringBuilder(cells.get(0));
            if (cells.size() > 1 && !cells.get(1).isEmpty()) s.append(s.length() > 0 ? ": " : "").append(cells.get(1));
            List<String> more = new ArrayList<>();
            for (int c = 2; c < cells.size(); c++) {
                if (cells.get(c).isEmpty()) continue;
                String header = c < headers.size() ? headers.get(c).strip().toLowerCase(Locale.ROOT) : "";
                more.add(header.isEmpty() ? cells.get(c) : header + " " + cells.get(c));
            }
            if (!more.isEmpty()) s.append(" (").append(String.join("; ", more)).append(')');
            add(out, Format.LIST_ITEM, s.toString());
        }
    }

    private static void add(List<BrailleText> out, Format format, String print) {
        BrailleText t = new BrailleText(format, print);
        if (!t.print().isEmpty()) out.add(t);
    }
}
