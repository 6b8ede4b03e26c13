package app.briefingpack.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns runs into words: resolves each run's face from the theme, makes the inline structure
 * nodes (Span for another language, Link, Reference) and substitutes a bundled face for
 * characters the chosen face lacks, so no glyph is ever .notdef.
 */
final class InlineSetter {

    /** Faces tried, in order, when the chosen face lacks a character. */
    private static final FontFace[] FALLBACKS = {
        FontFace.SANS, FontFace.SERIF, FontFace.MONO, FontFace.SANS_BOLD, FontFace.SERIF_BOLD
    };
    private static final int REPLACEMENT = 0xFFFD;

    private final Theme theme;
    private final String docLang;
    private final List<String> warnings;
    private final Map<Integer, Boolean> warned = new HashMap<>();

    InlineSetter(Theme theme, String docLang, List<String> warnings) {
        this.theme = theme;
        this.docLang = docLang;
        this.warnings = warnings;
    }

    /** Words of the runs set in {@code base}, content owned by {@code owner} or inline children of it. */
    List<Word> words(List<Run> runs, TextStyle base, StructNode owner) {
        List<Word> words = new ArrayList<>();
        List<Piece> current = new ArrayList<>();
        for (Run run : ScriptRuns.withScriptLanguages(runs)) {
            TextStyle style = styleOf(run, base);
            String logical = normalise(run.text());
            StructNode runOwner = ownerOf(run, logical, owner);
            String text = RightToLeft.shape(logical);
            StringBuilder chunk = new StringBuilder();
            FontFace chunkFace = null;
            for (int i = 0; i < text.length(); ) {
                int cp = text.codePointAt(i);
                i += Character.charCount(cp);
                if (cp == ' ') {
                    flush(current, chunk, chunkFace, style, runOwner, run.url());
                    chunkFace = null;
                    if (!current.isEmpty()) {
                        words.add(new Word(List.copyOf(current), Piece.of(" ", style, runOwner, run.url())));
                        current.clear();
                    } else if (!words.isEmpty() && words.get(words.size() - 1).space() == null) {
                        Word last = words.remove(words.size() - 1);
                        words.add(new Word(last.pieces(), Piece.of(" ", style, runOwner, run.url())));
                    }
                    continue;
                }
                int[] resolved = resolve(style.face(), cp);
                if (resolved == null) continue;
                FontFace face = FontFace.values()[resolved[0]];
                if (chunkFace != null && face != chunkFace) {
                    flush(current, chunk, chunkFace, style, runOwner, run.url());
                }
                chunkFace = face;
                chunk.appendCodePoint(resolved[1]);
            }
            flush(current, chunk, chunkFace, style, runOwner, run.url());
        }
        if (!current.isEmpty()) words.add(new Word(List.copyOf(current), null));
        return words;
    }

    private static void flush(List<Piece> current, StringBuilder chunk, FontFace face, TextStyle style,
                              StructNode owner, String url) {
        if (chunk.length() == 0) return;
        Piece p = Piece.of(chunk.toString(), style.withFace(face), owner, url);
        if (!current.isEmpty() && current.get(current.size() - 1).sameLook(p)) {
            current.set(current.size() - 1, current.get(current.size() - 1).append(p));
        } else {
            current.add(p);
        }
        chunk.setLength(0);
    }

    /** The face to use and the code point to show, or null to drop an invisible format character. */
    private int[] resolve(FontFace face, int cp) {
        if (FontLibrary.hasGlyph(face, cp)) return new int[] {face.ordinal(), cp};
        FontFace sameShape = face.family() == FontFamily.SANS ? FontFace.SERIF.family().face(face.bold(), face.italic())
                : FontFamily.SANS.face(face.bold(), face.italic());
        if (FontLibrary.hasGlyph(sameShape, cp)) return new int[] {sameShape.ordinal(), cp};
        for (FontFace f : FALLBACKS) if (FontLibrary.hasGlyph(f, cp)) return new int[] {f.ordinal(), cp};
        int type = Character.getType(cp);
        if (type == Character.FORMAT || type == Character.CONTROL) return null;
        if (warned.put(cp, Boolean.TRUE) == null) {
            warnings.add(String.format("character U+%04X (%s) is in no bundled font; shown as a replacement mark",
                    cp, Character.getName(cp) == null ? "unnamed" : Character.getName(cp)));
        }
        if (FontLibrary.hasGlyph(FontFace.SANS, REPLACEMENT)) return new int[] {FontFace.SANS.ordinal(), REPLACEMENT};
        return new int[] {FontFace.SANS.ordinal(), '?'};
    }

    private TextStyle styleOf(Run run, TextStyle base) {
        FontFamily family = base.face().family();
        boolean bold = base.face().bold();
        boolean italic = base.face().italic();
        int colour = base.colour();
        float size = base.size();
        switch (run.style()) {
            case EMPHASIS -> {
                if (theme.emphasisBold()) bold = true; else italic = true;
            }
            case STRONG -> bold = true;
            case TERM -> {
                bold = true;
                colour = theme.colours().term();
            }
            case LINK -> colour = theme.colours().accent();
            case NOTE_REF -> {
                colour = theme.colours().accent();
                size = Math.max(theme.minimumSize(), size * 0.8f);
            }
            default -> { }
        }
        return new TextStyle(family.face(bold, italic), size, colour);
    }

    /**
     * The node the run's text belongs to: a Link or Reference of its own, a Span for another
     * language, else {@code owner}. Right-to-left text is drawn reordered (and Arabic shaped), so
     * it always gets a Span that says what it reads as (ActualText).
     */
    private StructNode ownerOf(Run run, String logical, StructNode owner) {
        boolean otherLang = run.lang() != null && !run.lang().equalsIgnoreCase(docLang);
        boolean rightToLeft = RightToLeft.has(logical);
        StructNode node = switch (run.style()) {
            case LINK -> new StructNode("Link", true).url(run.url());
            case NOTE_REF -> new StructNode("Reference", true);
            default -> otherLang || rightToLeft ? new StructNode("Span", true) : null;
        };
        if (node == null) return owner;
        if (otherLang) node.lang(run.lang());
        if (rightToLeft) {
            if (!node.type().equals("Span")) node = owner.add(node).add(new StructNode("Span", true)); // Link > Span
            else owner.add(node);
            node.actualText(logical);
            return node;
        }
        return owner.add(node);
    }

    /** Line breaks and tabs become spaces, runs of spaces one space; soft hyphens go. */
    static String normalise(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\u00AD') continue;
            if (c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\u2028' || c == '\u2029') c = ' ';
            sb.append(c);
        }
        return sb.toString();
    }
}
