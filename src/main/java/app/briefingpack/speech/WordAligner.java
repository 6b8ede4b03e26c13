package app.briefingpack.speech;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Times the words of a sentence as written from the words the voice said. The two differ where
 * the text was rewritten for speech ("$3.5m" became "three point five million dollars"), so the
 * words both share (most of them) are matched by a longest common subsequence, and each written
 * word between two matches gets its share of the time the voice spent between them.
 */
final class WordAligner {

    /** Above this many cells the alignment would be slow: words are then spread by length alone. */
    private static final long MAX_CELLS = 4_000_000;

    private WordAligner() {
    }

    /** One {@link TimedWord} per whitespace-separated token of {@code written}, in order, with non-decreasing times. */
    static List<TimedWord> align(String written, List<SpokenWord> spoken, long start, long end) {
        String[] tokens = written.strip().split("\\s+");
        if (tokens.length == 1 && tokens[0].isEmpty()) return List.of();
        int n = tokens.length, m = spoken.size();
        String[] a = new String[n];
        String[] b = new String[m];
        for (int i = 0; i < n; i++) a[i] = key(tokens[i]);
        for (int j = 0; j < m; j++) b[j] = key(spoken.get(j).word());
        int[] match = new int[n]; // index into spoken, or -1
        java.util.Arrays.fill(match, -1);
        if (m > 0 && (long) n * m <= MAX_CELLS) lcs(a, b, match);

        long[] from = new long[n];
        long[] to = new long[n];
        int i = 0;
        long previousEnd = start;
        int previousSpoken = -1;
        while (i < n) {
            if (match[i] >= 0) {
                SpokenWord w = spoken.get(match[i]);
                from[i] = Math.max(previousEnd, w.start());
                to[i] = Math.max(from[i], w.end());
                previousEnd = to[i];
                previousSpoken = match[i];
                i++;
                continue;
            }
            // A run of unmatched written words: they share the time of the unmatched spoken words
            // between the matches around them (or the gap itself when the voice said nothing there).
            int runEnd = i;
            while (runEnd < n && match[runEnd] < 0) runEnd++;
            int nextSpoken = runEnd < n ? match[runEnd] : m;
            long spanStart = previousSpoken + 1 < nextSpoken ? spoken.get(previousSpoken + 1).start() : previousEnd;
            long spanEnd = previousSpoken + 1 < nextSpoken ? spoken.get(nextSpoken - 1).end()
                    : runEnd < n ? spoken.get(nextSpoken).start() : end;
            spanStart = Math.max(spanStart, previousEnd);
            spanEnd = Math.max(spanStart, Math.min(spanEnd, end));
            int chars = 0;
            for (int k = i; k < runEnd; k++) chars += tokens[k].length();
            long at = spanStart;
            int done = 0;
            for (int k = i; k < runEnd; k++) {
                done += tokens[k].length();
                long next = spanStart + Math.round((spanEnd - spanStart) * (done / (double) chars));
                from[k] = at;
                to[k] = Math.max(at, next);
                at = to[k];
            }
            previousEnd = at;
            i = runEnd;
        }
        List<TimedWord> out = new ArrayList<>(n);
        for (int k = 0; k < n; k++) out.add(new TimedWord(tokens[k], Math.min(from[k], end), Math.min(Math.max(to[k], from[k]), end)));
        return out;
    }

    /** Lower-case letters and digits only: "Saddam’s," and FreeTTS's "saddam's" both give "saddams". */
    static String key(String word) {
        return word.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    private static void lcs(String[] a, String[] b, int[] match) {
        int n = a.length, m = b.length;
        int[][] len = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                len[i][j] = !a[i].isEmpty() && a[i].equals(b[j]) ? len[i + 1][j + 1] + 1
                        : Math.max(len[i + 1][j], len[i][j + 1]);
            }
        }
        int i = 0, j = 0;
        while (i < n && j < m) {
            if (!a[i].isEmpty() && a[i].equals(b[j])) {
                match[i++] = j++;
            } else if (len[i + 1][j] >= len[i][j + 1]) {
                i++;
            } else {
                j++;
            }
        }
    }
}
