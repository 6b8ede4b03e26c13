package app.briefingpack.analysis.argument;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * TextRank over sentences (Mihalcea and Tarau 2004): sentences are nodes, edges weigh the shared
 * content words normalised by the logs of the sentence lengths, and PageRank gives each sentence
 * its centrality. Scores sum to the number of sentences.
 *
 * <p>Cost: the graph links each sentence only to the {@link #WINDOW} sentences on either side, and
 * is kept as adjacency lists of the non-zero edges, so building it is O(n·W·k) for n sentences of
 * k content words and each iteration O(edges) — linear in the article. Any article of up to
 * {@code WINDOW + 1} sentences (every classroom article) gets the full graph, exactly as the
 * dense formulation; past that, sentences far apart do not vote for each other, which matters
 * little to centrality and keeps a 50,000-sentence text from needing a 20 GB matrix.
 */
final class TextRank {

    private static final double DAMPING = 0.85;
    private static final int ITERATIONS = 40;
    static final int WINDOW = 400;

    private TextRank() {
    }

    static double[] scores(List<List<String>> sentences) {
        int n = sentences.size();
        List<Set<String>> sets = new ArrayList<>(n);
        for (List<String> s : sentences) sets.add(new HashSet<>(s));
        // nb[i][e] and wt[i][e]: i's e-th neighbour and the edge's weight (the graph is symmetric).
        int[][] nb = new int[n][];
        double[][] wt = new double[n][];
        int[] count = new int[n];
        for (int i = 0; i < n; i++) {
            nb[i] = new int[8];
            wt[i] = new double[8];
        }
        double[] outWeight = new double[n];
        for (int i = 0; i < n; i++) {
            Set<String> a = sets.get(i);
            for (int j = i + 1; j < n && j <= i + WINDOW; j++) {
                Set<String> b = sets.get(j);
                Set<String> small = a.size() <= b.size() ? a : b;
                Set<String> large = small == a ? b : a;
                int shared = 0;
                for (String x : small) if (large.contains(x)) shared++;
                if (shared == 0) continue;
                double norm = Math.log(a.size() + 1.0) + Math.log(b.size() + 1.0);
                double sim = shared / norm;
                add(nb, wt, count, i, j, sim);
                add(nb, wt, count, j, i, sim);
                outWeight[i] += sim;
                outWeight[j] += sim;
            }
        }
        double[] out = new double[n];
        Arrays.fill(out, 1.0);
        for (int it = 0; it < ITERATIONS; it++) {
            double[] next = new double[n];
            for (int i = 0; i < n; i++) {
                double sum = 0;
                // Neighbours in ascending order, as the dense loop summed them.
                for (int e = 0; e < count[i]; e++) {
                    int j = nb[i][e];
                    if (outWeight[j] > 0) sum += wt[i][e] / outWeight[j] * out[j];
                }
                next[i] = (1 - DAMPING) + DAMPING * sum;
            }
            out = next;
        }
        return out;
    }

    private static void add(int[][] nb, double[][] wt, int[] count, int at, int other, double weight) {
        if (count[at] == nb[at].length) {
            nb[at] = Arrays.copyOf(nb[at], nb[at].length * 2);
            wt[at] = Arrays.copyOf(wt[at], wt[at].length * 2);
        }
        nb[at][count[at]] = other;
        wt[at][count[at]++] = weight;
    }
}
