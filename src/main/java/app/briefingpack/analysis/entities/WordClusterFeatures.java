package app.briefingpack.analysis.entities;

import java.util.List;

import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;

/**
 * The name finder's word-cluster features: for the token and its neighbours on either side, the
 * prefixes of its Brown cluster path (WordClusters) at four depths, from a coarse class (4 bits)
 * to the word's own class, or "none" for a word the clusters do not know. Four depths because a
 * short prefix groups, say, every name-like word, a long one just surnames.
 *
 * <p>Public only because OpenNLP builds it by its class name from the model's feature
 * descriptor (tools/name-finder/features.xml), in training and when the model is loaded. The
 * clusters are read from the program's resources rather than stored in the model: OpenNLP 2.5.4's
 * own word-cluster serialiser closes the model's zip stream.
 */
public final class WordClusterFeatures extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {

    private static final int WINDOW = 1;
    private static final int[] DEPTHS = {4, 6, 10, 20};

    @Override
    public AdaptiveFeatureGenerator create() {
        WordClusters clusters = WordClusters.get();
        return new AdaptiveFeatureGenerator() {
            @Override
            public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
                for (int offset = -WINDOW; offset <= WINDOW; offset++) {
                    int i = index + offset;
                    if (i < 0 || i >= tokens.length) continue;
                    String path = clusters.path(tokens[i]);
                    if (path == null) {
                        features.add("bc" + offset + "=none");
                        continue;
                    }
                    for (int depth : DEPTHS) {
                        features.add("bc" + offset + "_" + depth + "=" + path.substring(0, Math.min(depth, path.length())));
                    }
                }
            }
        };
    }
}
