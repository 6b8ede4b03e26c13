package app.briefingpack.layout;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * The bundled faces, each parsed once per JVM: parsing DejaVu costs tens of milliseconds a face,
 * and a pack writes three PDFs.
 *
 * <p>Line breaking asks for widths millions of times a batch, from every worker at once, so
 * measuring takes no lock: when a face is first used its advance widths for the whole Basic
 * Multilingual Plane are read into an array (a few milliseconds), which is never written again.
 * Only characters beyond the BMP (emoji, rare CJK) read the shared face, under this class's lock,
 * because FontBox reads tables lazily from a buffer that is not thread-safe; their answers are
 * cached. Writing a PDF embeds and subsets faces, which reads them throughout; the writer
 * therefore {@link #borrow borrows} faces of its own and {@link #giveBack gives them back} when
 * the PDF is saved, so PDFs of different articles are written in parallel.
 */
public final class FontLibrary {

    private static final Object LOCK = new Object();
    /** Measured faces by ordinal; set once, under {@link #LOCK}, and read without it. */
    private static final AtomicReferenceArray<Measured> MEASURED = new AtomicReferenceArray<>(FontFace.values().length);
    /** Parsed faces no writer is using, guarded by {@link #LOCK}. */
    private static final Map<FontFace, Deque<TrueTypeFont>> SPARE = new EnumMap<>(FontFace.class);

    private static final int BMP = 0x10000;

    private FontLibrary() {}

    /**
     * One face ready for measuring. {@code bmpWidths[cp]} is the advance width in thousandths of
     * the size, or NaN where the face has no glyph. The font itself is read only under the lock.
     */
    private record Measured(TrueTypeFont font, CmapLookup cmap, float unitsPerEm, float[] bmpWidths,
                            Map<Integer, Float> otherWidths, float ascent, float descent) {}

    /** Parses the face now (for measuring, and one spare for writing), so later calls find it ready. */
    public static void preload(FontFace face) {
        measured(face);
        giveBack(face, borrow(face));
    }

    /**
     * A parsed face for the calling thread alone, until it {@link #giveBack gives it back}: a
     * spare one if there is one, else a new parse of the bundled bytes.
     */
    public static TrueTypeFont borrow(FontFace face) {
        synchronized (LOCK) {
            Deque<TrueTypeFont> spare = SPARE.get(face);
            if (spare != null && !spare.isEmpty()) return spare.pop();
        }
        return parse(face);
    }

    /** Returns a face taken with {@link #borrow} for another writer to use. */
    public static void giveBack(FontFace face, TrueTypeFont font) {
        synchronized (LOCK) {
            SPARE.computeIfAbsent(face, f -> new ArrayDeque<>()).push(font);
        }
    }

    /** Whether the face has a real glyph (not .notdef) for the code point. */
    public static boolean hasGlyph(FontFace face, int codePoint) {
        return !Float.isNaN(advance(face, codePoint));
    }

    /** Advance width of a code point in thousandths of the font size (0 when the face lacks it). */
    public static float width(FontFace face, int codePoint) {
        float w = advance(face, codePoint);
        return Float.isNaN(w) ? 0f : w;
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
        return measured(face).ascent();
    }

    /** Typographic descent (positive) as a fraction of the size. */
    public static float descent(FontFace face) {
        return measured(face).descent();
    }

    /** The advance width in thousandths of the size, or NaN when the face has no glyph. */
    private static float advance(FontFace face, int codePoint) {
        Measured m = measured(face);
        if (codePoint >= 0 && codePoint < BMP) return m.bmpWidths()[codePoint];
        Float known = m.otherWidths().get(codePoint);
        if (known != null) return known;
        synchronized (LOCK) {
            return m.otherWidths().computeIfAbsent(codePoint, cp -> readAdvance(face, m.font(), m.cmap(), m.unitsPerEm(), cp));
        }
    }

    private static Measured measured(FontFace face) {
        Measured m = MEASURED.get(face.ordinal());
        if (m != null) return m;
        synchronized (LOCK) {
            m = MEASURED.get(face.ordinal());
            if (m == null) {
                m = measure(face);
                MEASURED.set(face.ordinal(), m);
            }
            return m;
        }
    }

    /** A fresh parse of the bundled face. */
    private static TrueTypeFont parse(FontFace face) {
        try (InputStream in = FontLibrary.class.getClassLoader().getResourceAsStream(face.resource())) {
            if (in == null) throw new IllegalStateException("bundled font missing from the classpath: " + face.resource());
            TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(in.readAllBytes()));
            // No ligatures: "ff" drawn as one glyph would extract as U+FB00, which breaks search,
            // copy-paste and some screen readers; and widths are measured per character.
            ttf.setEnableGsub(false);
            return ttf;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled font " + face.resource(), e);
        }
    }

    /** Parses the face and reads its BMP widths; called under {@link #LOCK}. */
    private static Measured measure(FontFace face) {
        try {
            TrueTypeFont ttf = parse(face);
            float upem = ttf.getUnitsPerEm();
            float asc = ttf.getHorizontalHeader().getAscender() / upem;
            float desc = -ttf.getHorizontalHeader().getDescender() / upem;
            CmapLookup cmap = ttf.getUnicodeCmapLookup();
            float[] widths = new float[BMP];
            for (int cp = 0; cp < BMP; cp++) widths[cp] = readAdvance(face, ttf, cmap, upem, cp);
            return new Measured(ttf, cmap, upem, widths, new ConcurrentHashMap<>(), asc, desc);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled font " + face.resource(), e);
        }
    }

    private static float readAdvance(FontFace face, TrueTypeFont ttf, CmapLookup cmap, float upem, int codePoint) {
        int gid = cmap.getGlyphId(codePoint);
        if (gid <= 0) return Float.NaN;
        try {
            return ttf.getAdvanceWidth(gid) * 1000f / upem;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the width of a glyph in " + face, e);
        }
    }
}
