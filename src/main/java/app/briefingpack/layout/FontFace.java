package app.briefingpack.layout;

/** One bundled TrueType face and the classpath resource it is read from. */
public enum FontFace {
    SERIF(FontFamily.SERIF, false, false, "DejaVuSerif"),
    SERIF_BOLD(FontFamily.SERIF, true, false, "DejaVuSerif-Bold"),
    SERIF_ITALIC(FontFamily.SERIF, false, true, "DejaVuSerif-Italic"),
    SERIF_BOLD_ITALIC(FontFamily.SERIF, true, true, "DejaVuSerif-BoldItalic"),
    SANS(FontFamily.SANS, false, false, "DejaVuSans"),
    SANS_BOLD(FontFamily.SANS, true, false, "DejaVuSans-Bold"),
    SANS_OBLIQUE(FontFamily.SANS, false, true, "DejaVuSans-Oblique"),
    SANS_BOLD_OBLIQUE(FontFamily.SANS, true, true, "DejaVuSans-BoldOblique"),
    MONO(FontFamily.MONO, false, false, "DejaVuSansMono"),
    MONO_BOLD(FontFamily.MONO, true, false, "DejaVuSansMono-Bold"),
    MONO_OBLIQUE(FontFamily.MONO, false, true, "DejaVuSansMono-Oblique"),
    MONO_BOLD_OBLIQUE(FontFamily.MONO, true, true, "DejaVuSansMono-BoldOblique");

    private final FontFamily family;
    private final boolean bold;
    private final boolean italic;
    private final String file;

    FontFace(FontFamily family, boolean bold, boolean italic, String file) {
        this.family = family;
        this.bold = bold;
        this.italic = italic;
        this.file = file;
    }

    public FontFamily family() { return family; }

    public boolean bold() { return bold; }

    public boolean italic() { return italic; }

    public String resource() { return "net/sf/jasperreports/fonts/dejavu/" + file + ".ttf"; }
}
