package app.briefingpack.layout;

import java.util.List;

/**
 * A paragraph of text.
 *
 * @param runs         the inline content
 * @param style        what the paragraph is for
 * @param label        a number shown in the margin (e.g. the article paragraph number), or null;
 *                     it is part of the paragraph's text for a screen reader
 * @param id           an id other blocks may refer to, or null
 * @param notes        margin notes bound to this paragraph
 * @param lineNumbered whether its lines count for the margin line numbers
 */
public record TextParagraph(List<Run> runs, ParagraphStyle style, String label, String id,
                            List<MarginNote> notes, boolean lineNumbered) implements Block {
    public TextParagraph {
        runs = List.copyOf(runs);
        notes = List.copyOf(notes);
        if (style == null) style = ParagraphStyle.BODY;
    }

    public static TextParagraph of(String text) {
        return new TextParagraph(List.of(Run.plain(text)), ParagraphStyle.BODY, null, null, List.of(), false);
    }

    public static TextParagraph of(ParagraphStyle style, List<Run> runs) {
        return new TextParagraph(runs, style, null, null, List.of(), false);
    }

    public String text() { return Runs.text(runs); }
}
