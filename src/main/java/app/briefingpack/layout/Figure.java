package app.briefingpack.layout;

import java.util.List;

/**
 * A vector drawing with its text alternative. Coordinates of the ops are in the figure's own
 * space: origin top left, y downwards, units of {@code width} x {@code height}; the engine scales
 * the figure down to fit the column, never up.
 *
 * @param width   natural width in points
 * @param height  natural height in points
 * @param ops     what to draw
 * @param alt     the text a screen reader reads instead of the drawing; never blank
 * @param caption a visible caption under the figure, or null
 */
public record Figure(float width, float height, List<DrawOp> ops, String alt, String caption) implements Block {
    public Figure {
        if (alt == null || alt.isBlank()) throw new IllegalArgumentException("a figure needs alt text");
        if (!(width > 0 && height > 0)) throw new IllegalArgumentException("figure size must be positive");
        ops = List.copyOf(ops);
    }
}
