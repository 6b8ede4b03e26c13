package app.briefingpack.layout;

/** Text in one face, size, colour and owner: the unit lines are made of. */
record Piece(String text, TextStyle style, StructNode owner, String url, float width) {

    static Piece of(String text, TextStyle style, StructNode owner, String url) {
        return new Piece(text, style, owner, url, FontLibrary.width(style.face(), text, style.size()));
    }

    boolean sameLook(Piece o) {
        return style.equals(o.style) && owner == o.owner && java.util.Objects.equals(url, o.url);
    }

    Piece append(Piece o) {
        return new Piece(text + o.text, style, owner, url, width + o.width);
    }
}
