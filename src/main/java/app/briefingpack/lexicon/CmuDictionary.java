package app.briefingpack.lexicon;

import com.sun.speech.freetts.en.us.CMULexicon;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;

/**
 * The CMU pronouncing dictionary that FreeTTS ships ({@code cmudict04}), loaded once per JVM and
 * shared: the analysis counts syllables with it, the reader asks whether a word is a word, the
 * narration checks which words the voice will have to guess.
 *
 * <p>It is read from {@value #TABLE}, a compact table the build writes from FreeTTS's own
 * dictionary ({@link CmuDictionaryWriter}, run by pom.xml): the words sorted in one byte array,
 * their phones as one byte each in another, so loading is a few array reads (about 2 MB) instead
 * of FreeTTS building a map of 105,000 entries (0.15 s of CPU, 12 MB of small objects the
 * collector then copies). Where the table is missing (a build that skipped it) FreeTTS's
 * dictionary is loaded as before.
 *
 * <p>FreeTTS's lexicon loading is not thread-safe, so every FreeTTS lexicon or voice load in the
 * program happens under {@link #FREETTS_LOADING}.
 */
public final class CmuDictionary {

    /** Held while any FreeTTS lexicon or voice loads. */
    public static final Object FREETTS_LOADING = new Object();

    static final String TABLE = "/briefingpack/lexicon/cmudict04.bin";
    static final int MAGIC = 0x434d5531; // "CMU1"

    private static volatile CmuDictionary shared;

    /** The table: words sorted by their (ASCII) bytes, word i is words[wordEnds[i-1]..wordEnds[i]). */
    private final String[] phoneNames;
    private final byte[] words;
    private final int[] wordEnds;
    private final byte[] phones;
    private final int[] phoneEnds;
    /** FreeTTS's own dictionary, when there is no table. */
    private final CMULexicon lexicon;

    private CmuDictionary(String[] phoneNames, byte[] words, int[] wordEnds, byte[] phones, int[] phoneEnds) {
        this.phoneNames = phoneNames;
        this.words = words;
        this.wordEnds = wordEnds;
        this.phones = phones;
        this.phoneEnds = phoneEnds;
        this.lexicon = null;
    }

    private CmuDictionary(CMULexicon lexicon) {
        this.phoneNames = null;
        this.words = null;
        this.wordEnds = null;
        this.phones = null;
        this.phoneEnds = null;
        this.lexicon = lexicon;
    }

    /** The shared dictionary, loaded on first use. */
    public static CmuDictionary get() throws IOException {
        CmuDictionary d = shared;
        if (d == null) {
            synchronized (FREETTS_LOADING) {
                d = shared;
                if (d == null) {
                    d = loadTable();
                    if (d == null) d = loadFreeTts();
                    shared = d;
                }
            }
        }
        return d;
    }

    /** FreeTTS's dictionary as FreeTTS loads it (the source of the table; the fallback). */
    static CmuDictionary loadFreeTts() throws IOException {
        CMULexicon lexicon = new CMULexicon("cmudict04", true);
        lexicon.load();
        return new CmuDictionary(lexicon);
    }

    /** The build's table, or null when it is not on the classpath. */
    static CmuDictionary loadTable() throws IOException {
        try (InputStream raw = CmuDictionary.class.getResourceAsStream(TABLE)) {
            if (raw == null) return null;
            DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(raw, 1 << 16));
            if (in.readInt() != MAGIC) throw new IOException(TABLE + " is not a dictionary table");
            String[] names = new String[in.readUnsignedByte()];
            for (int i = 0; i < names.length; i++) names[i] = in.readUTF().intern();
            int n = in.readInt();
            byte[] words = new byte[in.readInt()];
            in.readFully(words);
            int[] wordEnds = readInts(in, n);
            byte[] phones = new byte[in.readInt()];
            in.readFully(phones);
            int[] phoneEnds = readInts(in, n);
            return new CmuDictionary(names, words, wordEnds, phones, phoneEnds);
        }
    }

    private static int[] readInts(DataInputStream in, int n) throws IOException {
        byte[] bytes = new byte[n * 4];
        in.readFully(bytes);
        int[] out = new int[n];
        ByteBuffer.wrap(bytes).asIntBuffer().get(out);
        return out;
    }

    /** The word's phones (vowels carry a stress digit), or null when the dictionary lacks it. */
    public String[] phones(String word) {
        if (lexicon != null) {
            synchronized (lexicon) {
                return lexicon.getPhones(word, null, false);
            }
        }
        int i = find(word);
        if (i < 0) return null;
        int from = i == 0 ? 0 : phoneEnds[i - 1];
        String[] out = new String[phoneEnds[i] - from];
        for (int k = 0; k < out.length; k++) out[k] = phoneNames[phones[from + k] & 0xff];
        return out;
    }

    /** The entry of {@code word}, or -1. */
    private int find(String word) {
        int lo = 0, hi = wordEnds.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int c = compare(mid, word);
            if (c < 0) lo = mid + 1;
            else if (c > 0) hi = mid - 1;
            else return mid;
        }
        return -1;
    }

    /** Entry {@code i} against {@code word}, in the order of their characters (the table is ASCII). */
    private int compare(int i, String word) {
        int from = i == 0 ? 0 : wordEnds[i - 1];
        int length = wordEnds[i] - from;
        for (int k = 0; k < Math.min(length, word.length()); k++) {
            int c = (words[from + k] & 0xff) - word.charAt(k);
            if (c != 0) return c;
        }
        return length - word.length();
    }
}
