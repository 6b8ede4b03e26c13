package app.briefingpack.layout;

import java.util.Locale;

/** Paper sizes, in points. US Letter is the default; A4 for the rest of the world. */
public enum Paper {
    LETTER(612f, 792f),
    A4(595.276f, 841.89f);

    private final float width;
    private final float height;

    Paper(float width, float height) {
        this.width = width;
        this.height = height;
    }

    public float width() { return width; }

    public float height() { return height; }

    /** Parses "letter" or "a4", ignoring case; null when it is neither. */
    public static Paper parse(String s) {
        if (s == null) return null;
        return switch (s.strip().toLowerCase(Locale.ROOT)) {
            case "letter", "us-letter" -> LETTER;
            case "a4" -> A4;
            default -> null;
        };
    }
}
