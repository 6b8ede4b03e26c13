package app.briefingpack.braille;

/**
 * One unit of a braille edition before translation: print text and the braille format it takes.
 *
 * @param format how the unit is placed on the braille page
 * @param print  its print text (one line of whitespace-separated words), empty for a page break
 */
public record BrailleText(Format format, String print) {

    /**
     * Placement after BANA's braille formats: first-line and runover cells counted from 0.
     * Centred headings stand alone with a blank line before and after; cell-5 headings have a
     * blank line before; paragraphs start in cell 3 with runovers in cell 1 (3-1); list items
     * start in cell 1 with runovers in cell 3 (1-3); notes to a paragraph sit in cell 5 (5-5);
     * a transcriber's note starts in cell 7 with runovers in cell 5 (7-5).
     */
    public enum Format {
        CENTRED_HEADING(0, 0),
        CELL5_HEADING(4, 4),
        PARAGRAPH(2, 0),
        LIST_ITEM(0, 2),
        NOTE(4, 4),
        TRANSCRIBERS_NOTE(6, 4),
        PAGE_BREAK(0, 0);

        final int firstIndent;
        final int runoverIndent;

        Format(int firstIndent, int runoverIndent) {
            this.firstIndent = firstIndent;
            this.runoverIndent = runoverIndent;
        }

        boolean heading() { return this == CENTRED_HEADING || this == CELL5_HEADING; }
    }

    public BrailleText {
        print = print == null ? "" : print.replaceAll("\\s+", " ").strip();
    }

    static BrailleText pageBreak() { return new BrailleText(Format.PAGE_BREAK, ""); }
}
