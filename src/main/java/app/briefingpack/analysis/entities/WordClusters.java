package app.briefingpack.analysis.entities;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Brown word clusters: for 594,000 lower-cased words, the bit path of the word's class in a
 * binary tree of 1,500 classes induced from unlabelled text, so that words used in the same
 * contexts share a path prefix ("obama" and "mikulski" both 1010000; "london" 1010101110). The
 * name finder reads the prefixes as features, which tells it that a surname it never saw in
 * training is a surname. From NLP4J's English lexica (see NOTICE; tools/name-finder/README.md).
 *
 * <p>Kept compact because it is large: the words' UTF-8 bytes, sorted, in one array with their
 * start offsets, and each word's path as an int: 16 MB of heap, several times less than a map of
 * strings. A lookup is a binary search, about 20 comparisons. The list is read in one pass over
 * its bytes, without a string per line: about 0.3 s, once, when the name model is loaded (on the
 * preload thread).
 */
final class WordClusters {

    static final String RESOURCE = "/briefingpack/lexicon/brown-clusters.txt.gz";

    private final byte[] words;  // the words' UTF-8 bytes, in unsigned byte order, one after the other
    private final int[] start;   // word i is words[start[i], start[i + 1])
    private final int[] pathOf;  // word i's path: its bits under a leading 1 ("101" is 0b1101)
    private final Map<Integer, String> paths;

    private WordClusters(byte[] words, int[] start, int[] pathOf) {
        this.words = words;
        this.start = start;
        this.pathOf = pathOf;
        Map<Integer, String> names = new HashMap<>();
        for (int key : pathOf) names.computeIfAbsent(key, k -> Integer.toBinaryString(k).substring(1));
        this.paths = Map.copyOf(names);
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
        int hi = pathOf.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int c = Arrays.compareUnsigned(words, start[mid], start[mid + 1], key, 0, key.length);
            if (c < 0) lo = mid + 1;
            else if (c > 0) hi = mid - 1;
            else return paths.get(pathOf[mid]);
        }
        return null;
    }

    int size() {
        return pathOf.length;
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

    /**
     * Reads "word TAB path" lines (a line without a tab is a comment), sorted in unsigned byte
     * order, moving each word's bytes down over the buffer they were read into.
     */
    private static WordClusters load() {
        byte[] buf;
        try (InputStream raw = WordClusters.class.getResourceAsStream(RESOURCE)) {
            if (raw == null) throw new IOException("word clusters " + RESOURCE + " are not on the classpath");
            buf = new GZIPInputStream(raw, 1 << 16).readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int[] start = new int[1 << 16];
        int[] pathOf = new int[1 << 16];
        int n = 0;
        int end = 0; // the words' bytes so far are buf[0, end)
        for (int line = 0; line < buf.length; ) {
            int eol = line;
            int tab = -1;
            while (eol < buf.length && buf[eol] != '\n') {
                if (buf[eol] == '\t' && tab < 0) tab = eol;
                eol++;
            }
            if (tab > line) {
                int key = 1;
                for (int i = tab + 1; i < eol; i++) {
                    if ((buf[i] != '0' && buf[i] != '1') || key >= 1 << 30) throw malformed(buf, line, eol);
                    key = key << 1 | (buf[i] - '0');
                }
                if (key == 1) throw malformed(buf, line, eol);
                if (n > 0 && Arrays.compareUnsigned(buf, start[n - 1], end, buf, line, tab) >= 0) {
                    throw new UncheckedIOException(new IOException(RESOURCE + ": not in byte order at \""
                            + new String(buf, line, tab - line, StandardCharsets.UTF_8) + "\""));
                }
                if (n + 1 >= start.length) {
                    start = Arrays.copyOf(start, start.length * 2);
                    pathOf = Arrays.copyOf(pathOf, pathOf.length * 2);
                }
                System.arraycopy(buf, line, buf, end, tab - line);
                start[n] = end;
                pathOf[n] = key;
                end += tab - line;
                n++;
            } else if (tab == line || (eol > line && buf[line] != '#')) {
                throw malformed(buf, line, eol);
            }
            line = eol + 1;
        }
        start[n] = end;
        return new WordClusters(Arrays.copyOf(buf, end), Arrays.copyOf(start, n + 1), Arrays.copyOf(pathOf, n));
    }

    private static UncheckedIOException malformed(byte[] buf, int from, int to) {
        return new UncheckedIOException(new IOException(RESOURCE + ": not \"word<TAB>path\": "
                + new String(buf, from, Math.min(to - from, 80), StandardCharsets.UTF_8)));
    }
}
