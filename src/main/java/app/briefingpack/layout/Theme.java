package app.briefingpack.layout;

import java.util.List;

/**
 * How text looks: faces, sizes, leading, colours. Loaded from {@code layouts/themes/*.yaml}.
 *
 * @param name             the theme's name ("standard", "large-print")
 * @param bodyFamily       running text
 * @param headingFamily    headings
 * @param noteFamily       margin notes, captions, callouts
 * @param numberFamily     paragraph and line numbers, running header and footer
 * @param bodySize         running text size in points
 * @param noteSize         margin notes and small print
 * @param numberSize       line numbers, running header and footer
 * @param minimumSize      no text in the document is smaller (checked by tests)
 * @param headingSizes     sizes of heading levels 1..6
 * @param leading          line height as a multiple of the size
 * @param paragraphSpacing space after a paragraph, as a fraction of a body line
 * @param emphasisBold     set emphasis in bold rather than italics (large print)
 * @param marginNotes      whether notes go in a margin column (else right after their paragraph)
 * @param colours          text colours, each checked for contrast
 * @param largePrint       a large-print theme (APH/UKAAF rules): documents that fit content to a
 *                         page never set its body text smaller than {@code bodySize}
 */
public record Theme(String name, FontFamily bodyFamily, FontFamily headingFamily, FontFamily noteFamily,
                    FontFamily numberFamily, float bodySize, float noteSize, float numberSize,
                    float minimumSize, List<Float> headingSizes, float leading, float paragraphSpacing,
                    boolean emphasisBold, boolean marginNotes, Colours colours, boolean largePrint) {

    public Theme {
        headingSizes = List.copyOf(headingSizes);
        if (headingSizes.size() != 6) throw new IllegalArgumentException("six heading sizes needed");
    }

    public float headingSize(int level) { return headingSizes.get(level - 1); }

    /**
     * This theme with other sizes and spacing (the brief's fitter tightens and shrinks a copy of
     * the user's theme; faces and colours stay).
     */
    public Theme resized(float newBody, float newNote, float newNumber, float newMinimum, List<Float> newHeadings,
                         float newLeading, float newParagraphSpacing) {
        return new Theme(name, bodyFamily, headingFamily, noteFamily, numberFamily, newBody, newNote, newNumber,
                newMinimum, newHeadings, newLeading, newParagraphSpacing, emphasisBold, marginNotes, colours, largePrint);
    }
}
