package app.briefingpack.layout;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * The bundled faces, each parsed once per JVM: parsing DejaVu costs tens of milliseconds a face,
 * and a pack writes three PDFs. Widths are cached per code point because line breaking asks for
 * the same few hundred characters over and over.
 *
 * <p>FontBox reads tables lazily from a shared buffer, which is not thread-safe; every access to
 * a {@link TrueTypeFont} therefore goes through this class's lock, and the PDF writer embeds fonts
 * while holding {@link #lock()}.
 */
public final class FontLibrary {

    private static final Object LOCK = new Object();
    private static final Map<FontFace, Loaded> LOADED = new EnumMap<>(FontFace.class);

    private FontLibrary() {}

    private record Loaded(TrueTypeFont font, CmapLookup cmap, float unitsPerEm,
                          Map<Integer, Float> widths, float ascent, float descent) {}

    /** The lock to hold while FontBox reads any bundled face (embedding, subsetting). */
    public static Object lock() { return LOCK; }

    /** The parsed face; callers must hold {@link #lock()} while using it. */
    public static TrueTypeFont trueType(FontFace face) {
        synchronized (LOCK) {
            return load(face).font();
        }
    }

    /** Whether the face has a real glyph (not .notdef) for the code point. */
    public static boolean hasGlyph(FontFace face, int codePoint) {
        synchronized (LOCK) {
            return load(face).cmap().getGlyphId(codePoint) > 0;
        }
    }

    /** Advance width of a code point in thousandths of the font size (0 when the face lacks it). */
    public static float width(FontFace face, int codePoint) {
        synchronized (LOCK) {
            Loaded l = load(face);
            return l.widths().computeIfAbsent(codePoint, cp -> {
                int gid = l.cmap().getGlyphId(cp);
                if (gid <= 0) return 0f;
                try {
                    return l.font().getAdvanceWidth(gid) * 1000f / l.unitsPerEm();
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read the width of a glyph in " + face, e);
                }
            });
        }
    }

    /** Width of a string in points at the given size. */
    public static float width(FontFace face, String text, float size) {
        float w = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            w += width(face, cp);
            i += Character.charCount(cp);
        }
        return w * size / 1000f;
    }

    /** Typographic ascent as a fraction of the size. */
    public static float ascent(FontFace face) {
        synchronized (LOCK) {
            return load(face).ascent();
        }
    }

    /** Typographic descent (positive) as a fraction of the size. */
    public static float descent(FontFace face) {
        synchronized (LOCK) {
            return load(face).descent();
        }
    }

    private static Loaded load(FontFace face) {
        Loaded l = LOADED.get(face);
        if (l != null) return l;
        try (InputStream in = FontLibrary.class.getClassLoader().getResourceAsStream(face.resource())) {
            if (in == null) throw new IllegalStateException("bundled font missing from the classpath: " + face.resource());
            TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(in.readAllBytes()));
            // No ligatures: "ff" drawn as one glyph would extract as U+FB00, which breaks search,
            // copy-paste and some screen readers; and widths are measured per character.
            ttf.setEnableGsub(false);
            float upem = ttf.getUnitsPerEm();
            float asc = ttf.getHorizontalHeader().getAscender() / upem;
            float desc = -ttf.getHorizontalHeader().getDescender() / upem;
            l = new Loaded(ttf, ttf.getUnicodeCmapLookup(), upem, new java.util.HashMap<>(), asc, desc);
            LOADED.put(face, l);
            return l;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled font " + face.resource(), e);
        }
    }
}
