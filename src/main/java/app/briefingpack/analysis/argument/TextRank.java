package app.briefingpack.analysis.argument;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * TextRank over sentences (Mihalcea and Tarau 2004): sentences are nodes, edges weigh the shared
 * content words normalised by the logs of the sentence lengths, and PageRank gives each sentence
 * its centrality. Scores sum to the number of sentences.
 */
final class TextRank {

    private static final double DAMPING = 0.85;
    private static final int ITERATIONS = 40;

    private TextRank() {
    }

    static double[] scores(List<List<String>> sentences) {
        int n = sentences.size();
        double[][] w = new double[n][n];
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            Set<String> a = new HashSet<>(sentences.get(i));
            for (int j = i + 1; j < n; j++) {
                Set<String> b = new HashSet<>(sentences.get(j));
                int shared = 0;
                for (String x : a) if (b.contains(x)) shared++;
                double norm = Math.log(a.size() + 1.0) + Math.log(b.size() + 1.0);
                double sim = norm > 0 ? shared / norm : 0;
                w[i][j] = sim;
                w[j][i] = sim;
            }
        }
        double[] outWeight = new double[n];
        for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) outWeight[i] += w[i][j];
        java.util.Arrays.fill(out, 1.0);
        for (int it = 0; it < ITERATIONS; it++) {
            double[] next = new double[n];
            for (int i = 0; i < n; i++) {
                double sum = 0;
                for (int j = 0; j < n; j++) if (w[j][i] > 0 && outWeight[j] > 0) sum += w[j][i] / outWeight[j] * out[j];
                next[i] = (1 - DAMPING) + DAMPING * sum;
            }
            out = next;
        }
        return out;
    }
}
