package app.briefingpack.layout;

/** The kinds of inline text. The theme decides how each looks (e.g. emphasis is bold in large print). */
public enum RunStyle {
    PLAIN,
    EMPHASIS,
    STRONG,
    /** A glossary term at the place the text uses it; defined in a note or the glossary. */
    TERM,
    LINK,
    /** A reference mark pointing at a note (tagged as Reference). */
    NOTE_REF
}
