package app.briefingpack.layout;

import java.util.List;

/**
 * Two columns side by side, each a list of blocks: for a handout whose short sections (who's
 * who, key dates) read better next to each other than stacked. Read left column first, then the
 * right; the engine continues below the longer column. Columns do not nest.
 *
 * @param left  blocks of the left column
 * @param right blocks of the right column
 */
public record Columns(List<Block> left, List<Block> right) implements Block {
    public Columns {
        left = List.copyOf(left);
        right = List.copyOf(right);
        if (left.isEmpty() && right.isEmpty()) throw new IllegalArgumentException("empty columns");
        for (Block b : left) if (b instanceof Columns || b instanceof PageBreak) throw new IllegalArgumentException("columns cannot hold columns or page breaks");
        for (Block b : right) if (b instanceof Columns || b instanceof PageBreak) throw new IllegalArgumentException("columns cannot hold columns or page breaks");
    }
}
