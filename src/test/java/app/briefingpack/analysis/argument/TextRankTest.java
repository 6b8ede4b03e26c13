package app.briefingpack.analysis.argument;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TextRankTest {

    private static List<List<String>> sentences(int n, long seed) {
        Random random = new Random(seed);
        List<List<String>> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            List<String> words = new ArrayList<>();
            for (int w = 0; w < 3 + random.nextInt(8); w++) words.add("w" + random.nextInt(60));
            out.add(words);
        }
        return out;
    }

    /** The dense formulation the windowed one must equal on ordinary articles. */
    private static double[] dense(List<List<String>> sentences) {
        int n = sentences.size();
        double[][] w = new double[n][n];
        for (int i = 0; i < n; i++)
            for (int j = 0; j < n; j++) {
                if (i == j) continue;
                var a = new HashSet<>(sentences.get(i));
                var b = new HashSet<>(sentences.get(j));
                long shared = a.stream().filter(b::contains).count();
                w[i][j] = shared / (Math.log(a.size() + 1.0) + Math.log(b.size() + 1.0));
            }
        double[] outWeight = new double[n];
        for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) outWeight[i] += w[i][j];
        double[] out = new double[n];
        Arrays.fill(out, 1.0);
        for (int it = 0; it < 40; it++) {
            double[] next = new double[n];
            for (int i = 0; i < n; i++) {
                double sum = 0;
                for (int j = 0; j < n; j++) if (w[j][i] > 0 && outWeight[j] > 0) sum += w[j][i] / outWeight[j] * out[j];
                next[i] = 0.15 + 0.85 * sum;
            }
            out = next;
        }
        return out;
    }

    @Test
    void equalsTheDenseGraphWhenTheArticleFitsTheWindow() {
        List<List<String>> s = sentences(120, 1);
        assertThat(TextRank.scores(s)).containsExactly(dense(s), within(1e-12));
    }

    @Test
    void scoresFiftyThousandSentencesWithoutAPairwiseMatrix() {
        // A dense n x n matrix would need 20 GB here; the windowed graph needs a few MB.
        double[] scores = TextRank.scores(sentences(50_000, 2));
        assertThat(scores).hasSize(50_000);
        double sum = 0;
        for (double x : scores) sum += x;
        assertThat(sum / scores.length).isCloseTo(1.0, within(0.05));
    }
}
