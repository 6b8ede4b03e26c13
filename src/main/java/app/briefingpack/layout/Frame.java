package app.briefingpack.layout;

import java.util.List;

/**
 * Something placed on a page, in PDF user space (points, origin bottom left). Every frame knows
 * the structure node its content belongs to, or is an artifact ({@code owner == null}): running
 * headers, page numbers, line numbers and rules are artifacts a screen reader skips.
 */
public sealed interface Frame {

    StructNode owner();

    default boolean artifact() { return owner() == null; }

    /**
     * A piece of text on one baseline in one face, size and colour.
     *
     * @param x,y     start of the baseline
     * @param width   advance width of the text, in points
     * @param url     when set, the piece is clickable (a link annotation covers it)
     */
    record Text(float x, float y, String text, FontFace face, float size, int colour, float width,
                StructNode owner, String url) implements Frame {}

    /**
     * A figure's drawing placed at (x, y) = its bottom-left corner, scaled by {@code scale}.
     * {@code owner} is the Figure node, or null for decoration.
     */
    record Drawing(float x, float y, float width, float height, float scale, List<DrawOp> ops,
                   StructNode owner) implements Frame {}

    /** A decorative line (rules, table borders, callout bars): always an artifact. */
    record Stroke(float x1, float y1, float x2, float y2, float lineWidth, int colour) implements Frame {
        @Override
        public StructNode owner() { return null; }
    }
}
