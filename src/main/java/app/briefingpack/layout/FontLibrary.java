package app.briefingpack.layout;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * The bundled faces, each parsed once per JVM: parsing DejaVu costs tens of milliseconds a face,
 * and a pack writes three PDFs. Widths are cached per code point because line breaking asks for
 * the same few hundred characters over and over.
 *
 * <p>FontBox reads tables lazily from a shared buffer, which is not thread-safe. Measuring
 * (widths, glyph coverage) reads the shared face under this class's lock, but only on a cache
 * miss: the caches are concurrent, so parallel layouts do not queue. Writing a PDF embeds and
 * subsets faces, which reads them throughout; the writer therefore {@link #borrow borrows} faces
 * of its own and {@link #giveBack gives them back} when the PDF is saved, so PDFs of different
 * articles are written in parallel.
 */
public final class FontLibrary {

    private static final Object LOCK = new Object();
    private static final Map<FontFace, Loaded> LOADED = new EnumMap<>(FontFace.class);
    /** Parsed faces no writer is using, guarded by {@link #LOCK}. */
    private static final Map<FontFace, Deque<TrueTypeFont>> SPARE = new EnumMap<>(FontFace.class);

    private FontLibrary() {}

    private record Loaded(TrueTypeFont font, CmapLookup cmap, float unitsPerEm,
                          Map<Integer, Float> widths, Map<Integer, Boolean> covered, float ascent, float descent) {}

    /** Parses the face now (for measuring, and one spare for writing), so later calls find it ready. */
    public static void preload(FontFace face) {
        synchronized (LOCK) {
            load(face);
        }
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
        Loaded l = loaded(face);
        Boolean known = l.covered().get(codePoint);
        if (known != null) return known;
        synchronized (LOCK) {
            boolean has = l.cmap().getGlyphId(codePoint) > 0;
            l.covered().put(codePoint, has);
            return has;
        }
    }

    /** Advance width of a code point in thousandths of the font size (0 when the face lacks it). */
    public static float width(FontFace face, int codePoint) {
        Loaded l = loaded(face);
        Float known = l.widths().get(codePoint);
        if (known != null) return known;
        synchronized (LOCK) {
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

    private static Loaded loaded(FontFace face) {
        synchronized (LOCK) {
            return load(face);
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

    private static Loaded load(FontFace face) {
        Loaded l = LOADED.get(face);
        if (l != null) return l;
        try {
            TrueTypeFont ttf = parse(face);
            float upem = ttf.getUnitsPerEm();
            float asc = ttf.getHorizontalHeader().getAscender() / upem;
            float desc = -ttf.getHorizontalHeader().getDescender() / upem;
            l = new Loaded(ttf, ttf.getUnicodeCmapLookup(), upem, new ConcurrentHashMap<>(), new ConcurrentHashMap<>(), asc, desc);
            LOADED.put(face, l);
            return l;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled font " + face.resource(), e);
        }
    }
}
