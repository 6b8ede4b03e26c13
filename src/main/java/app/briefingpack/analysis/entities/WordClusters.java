package app.briefingpack.analysis.entities;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/**
 * Brown word clusters: for 594,000 lower-cased words, the bit path of the word's class in a
 * binary tree of 1,500 classes induced from unlabelled text, so that words used in the same
 * contexts share a path prefix ("obama" and "mikulski" both 1010000; "london" 1010101110). The
 * name finder reads the prefixes as features, which tells it that a surname it never saw in
 * training is a surname. From NLP4J's English lexica (see NOTICE; tools/name-finder/README.md).
 *
 * <p>Kept compact because it is large: the words' UTF-8 bytes, sorted, in one array with their
 * start offsets, and each word's class as a short: 8 MB of heap, several times less than a map of
 * strings. A lookup is a binary search, about 20 comparisons. It is read from the table the build
 * writes from the list ({@link WordClustersWriter}), one array copy per word: about 0.09 s, once,
 * when the name model is loaded (on the preload thread).
 */
final class WordClusters {

    /** The build's table (pom.xml, process-classes), made from lexicon/brown-clusters.txt.gz. */
    static final String TABLE = "/briefingpack/lexicon/brown-clusters.bin";
    static final int MAGIC = 0x42574331; // "BWC1"

    private final byte[] words;  // the words' UTF-8 bytes, in unsigned byte order, one after the other
    private final int[] start;   // word i is words[start[i], start[i + 1])
    private final short[] classOf;
    private final String[] paths; // a class's bit path, "1010000"

    private WordClusters(byte[] words, int[] start, short[] classOf, String[] paths) {
        this.words = words;
        this.start = start;
        this.classOf = classOf;
        this.paths = paths;
    }

    private static final class Holder {
        static final WordClusters INSTANCE = load();
    }

    static WordClusters get() {
        return Holder.INSTANCE;
    }

    /**
     * The bit path of a token's class, or null for a word the clusters do not know. The lookup
     * form is the one the clusters were made with: lower case, each run of digits one "0".
     */
    String path(String token) {
        byte[] key = lookupForm(token).getBytes(StandardCharsets.UTF_8);
        int lo = 0;
        int hi = classOf.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int c = Arrays.compareUnsigned(words, start[mid], start[mid + 1], key, 0, key.length);
            if (c < 0) lo = mid + 1;
            else if (c > 0) hi = mid - 1;
            else return paths[classOf[mid]];
        }
        return null;
    }

    int size() {
        return classOf.length;
    }

    private static String lookupForm(String token) {
        String lower = token.toLowerCase(Locale.ROOT);
        StringBuilder out = null;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            boolean digit = c >= '0' && c <= '9';
            if (digit && out == null) out = new StringBuilder(lower.length()).append(lower, 0, i);
            if (out == null) continue;
            if (!digit) out.append(c);
            else if (i == 0 || !isDigit(lower.charAt(i - 1))) out.append('0');
        }
        return out == null ? lower : out.toString();
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Reads the table (its layout is described in {@link WordClustersWriter}). */
    private static WordClusters load() {
        try (InputStream raw = WordClusters.class.getResourceAsStream(TABLE)) {
            if (raw == null) throw new IOException("word clusters " + TABLE + " are not on the classpath (the build writes them)");
            DataInputStream in = new DataInputStream(new BufferedInputStream(raw, 1 << 16));
            if (in.readInt() != MAGIC) throw new IOException(TABLE + " is not a word-cluster table");
            int n = in.readInt();
            String[] paths = new String[in.readInt()];
            for (int i = 0; i < paths.length; i++) paths[i] = Integer.toBinaryString(in.readInt()).substring(1);
            byte[] shared = new byte[n];
            byte[] restLength = new byte[n];
            byte[] classBytes = new byte[2 * n];
            in.readFully(shared);
            in.readFully(restLength);
            in.readFully(classBytes);
            byte[] rests = in.readAllBytes();
            short[] classOf = new short[n];
            ByteBuffer.wrap(classBytes).asShortBuffer().get(classOf);
            int restTotal = 0;
            for (byte b : restLength) restTotal += b & 0xff;
            if (restTotal != rests.length) throw new IOException(TABLE + " is cut short or too long");
            int total = rests.length;
            for (byte b : shared) total += b & 0xff;
            byte[] words = new byte[total];
            int[] start = new int[n + 1];
            int at = 0;
            int rest = 0;
            for (int i = 0; i < n; i++) {
                start[i] = at;
                int common = shared[i] & 0xff;
                if (common > 0) System.arraycopy(words, start[i - 1], words, at, common);
                at += common;
                int length = restLength[i] & 0xff;
                System.arraycopy(rests, rest, words, at, length);
                at += length;
                rest += length;
            }
            start[n] = at;
            return new WordClusters(words, start, classOf, paths);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
