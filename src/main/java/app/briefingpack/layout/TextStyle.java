package app.briefingpack.layout;

/** Face, size and colour of a stretch of text. */
public record TextStyle(FontFace face, float size, int colour) {
    public TextStyle withFace(FontFace f) { return new TextStyle(f, size, colour); }

    public TextStyle withColour(int c) { return new TextStyle(face, size, c); }
}
