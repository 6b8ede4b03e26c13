package app.briefingpack.layout;

import java.util.List;

/**
 * An unbreakable stretch of text (possibly several styles, e.g. a term followed by a comma) and
 * the space after it, if any. The space is kept at line ends too, as an invisible character:
 * text extraction then still sees a word boundary where the line breaks.
 */
record Word(List<Piece> pieces, Piece space) {
    float width() {
        float w = 0;
        for (Piece p : pieces) w += p.width();
        return w;
    }

    float spaceWidth() { return space == null ? 0 : space.width(); }
}
