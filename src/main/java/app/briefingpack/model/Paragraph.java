package app.briefingpack.model;

/**
 * One text unit of an article: a body paragraph, or a heading, quote paragraph, list item,
 * caption, embedded post or standfirst as {@link #kind()} says.
 *
 * @param number 1-based position among the article's text units
 * @param text   the paragraph exactly as {@code body.substring(begin, end)}
 * @param begin  offset of the first character in {@link Article#body()}
 * @param end    offset after the last character (exclusive)
 * @param kind   what the source marks it as
 * @param level  a heading's level (2 for a section, 3 for a sub-section ...), a list item's nesting
 *               depth (1 for a top-level item), else 0
 * @param group  for quotes and list items: the units of one quote or one list share a number
 *               (1-based, counted through the article); else 0
 */
public record Paragraph(int number, String text, int begin, int end, BlockKind kind, int level, int group) {
    public Paragraph {
        if (number < 1) throw new IllegalArgumentException("paragraph numbers start at 1");
        if (begin < 0 || end < begin) throw new IllegalArgumentException("bad span " + begin + ".." + end);
        if (kind == null) kind = BlockKind.PARAGRAPH;
    }

    /** A body paragraph. */
    public Paragraph(int number, String text, int begin, int end) {
        this(number, text, begin, end, BlockKind.PARAGRAPH, 0, 0);
    }

    public boolean isHeading() {
        return kind == BlockKind.HEADING;
    }
}
