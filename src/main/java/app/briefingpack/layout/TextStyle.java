package app.briefingpack.layout;

/** Face, size and colour of a stretch of text. */
public record TextStyle(FontFace face, float size, int colour) {
    public TextStyle withFace(FontFace f) { return new TextStyle(f, size, colour); }

    public TextStyle withColour(int c) { return new TextStyle(face, size, c); }

    // Written out, with the same meaning as a record's own: line setting compares styles for every
    // word, and the generated versions go through method handles that the quick-start JVM's (C1 only, see cli/TunedJvm)
    // compiler does not inline.
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof TextStyle t && face == t.face && Float.compare(size, t.size) == 0 && colour == t.colour;
    }

    @Override
    public int hashCode() {
        return (face.hashCode() * 31 + Float.hashCode(size)) * 31 + colour;
    }
}
