package app.briefingpack.layout;

/**
 * One drawing operation of a {@link Figure}, in figure coordinates (origin top left, y down).
 * Colours are {@code 0xRRGGBB}; a negative colour means "none".
 */
public sealed interface DrawOp {

    /** A straight line. */
    record Line(float x1, float y1, float x2, float y2, float width, int colour) implements DrawOp {}

    /** A rectangle, filled and/or stroked. */
    record Rect(float x, float y, float w, float h, int fill, int stroke, float strokeWidth) implements DrawOp {}

    /** A circle, filled and/or stroked. */
    record Circle(float cx, float cy, float r, int fill, int stroke, float strokeWidth) implements DrawOp {}

    /**
     * A text label; {@code y} is the baseline. Its words are part of the figure (the Alt text
     * replaces them for a screen reader), so they should also be said in the alt text. The text
     * is kept as it will be drawn: right-to-left stretches shaped and reversed.
     */
    record Label(float x, float y, String text, float size, boolean bold, int colour, Anchor anchor) implements DrawOp {
        public Label {
            text = RightToLeft.forDrawing(text);
        }
    }

    /** Where a label's x is: its start, centre or end. */
    enum Anchor { START, MIDDLE, END }
}
