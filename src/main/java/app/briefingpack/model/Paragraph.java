package app.briefingpack.model;

/**
 * One body paragraph of an article.
 *
 * @param number 1-based position among the body paragraphs
 * @param text   the paragraph exactly as {@code body.substring(begin, end)}
 * @param begin  offset of the first character in {@link Article#body()}
 * @param end    offset after the last character (exclusive)
 */
public record Paragraph(int number, String text, int begin, int end) {
    public Paragraph {
        if (number < 1) throw new IllegalArgumentException("paragraph numbers start at 1");
        if (begin < 0 || end < begin) throw new IllegalArgumentException("bad span " + begin + ".." + end);
    }
}
