package app.briefingpack.layout;

import java.util.Arrays;
import java.util.Optional;

/** The type families bundled with the program (DejaVu, OFL licence, from jasperreports-fonts). */
public enum FontFamily {
    SERIF("DejaVu Serif"),
    SANS("DejaVu Sans"),
    MONO("DejaVu Sans Mono");

    private final String displayName;

    FontFamily(String displayName) { this.displayName = displayName; }

    public String displayName() { return displayName; }

    /** Finds a family by the name a layout file uses ("DejaVu Serif"), ignoring case. */
    public static Optional<FontFamily> byName(String name) {
        return Arrays.stream(values()).filter(f -> f.displayName.equalsIgnoreCase(name.strip())).findFirst();
    }

    public FontFace face(boolean bold, boolean italic) {
        for (FontFace f : FontFace.values())
            if (f.family() == this && f.bold() == bold && f.italic() == italic) return f;
        throw new IllegalStateException("no face " + this + (bold ? " bold" : "") + (italic ? " italic" : ""));
    }
}
