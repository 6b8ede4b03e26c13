package app.briefingpack.analysis.entities;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import app.briefingpack.analysis.nlp.TaggedSentence;
import app.briefingpack.analysis.nlp.Token;
import opennlp.tools.namefind.ThreadSafeNameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;

/**
 * The statistical name finder: an OpenNLP perceptron model trained on GUM, wikigold and the
 * Broad Twitter Corpus (person, organization, place, event; see tools/name-finder and NOTICE). It sees the whole
 * sentence, so it tells "Helen Marsh" (a person) from "Brighton Beach" where capitals alone
 * cannot. Loaded once, on first use; the finder keeps one instance per thread.
 */
final class NameModel {

    static final String RESOURCE = "/briefingpack/models/en-ner.bin"; // a zip archive: compressed already

    /** A name the model found: its type and the sentence's tokens [from, to). */
    record Found(String type, int from, int to) {
        boolean overlaps(int f, int t) {
            return from < t && f < to;
        }
    }

    private final ThreadSafeNameFinderME finder;

    private static final java.util.Set<String> DASHES = java.util.Set.of("—", "–", "--", "-", "―");

    /** The text between token {@code i} and the one before it, without spaces. */
    private static String gapBefore(TaggedSentence s, int i) {
        int from = s.tokens().get(i - 1).end() - s.begin();
        int to = s.tokens().get(i).begin() - s.begin();
        return from >= to ? "" : s.text().substring(from, to).strip();
    }

    private NameModel() {
        try (InputStream raw = NameModel.class.getResourceAsStream(RESOURCE)) {
            if (raw == null) throw new IOException("model " + RESOURCE + " is not on the classpath");
            finder = new ThreadSafeNameFinderME(new TokenNameFinderModel(raw));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the name-finder model", e);
        }
    }

    private static final class Holder {
        static final NameModel INSTANCE = new NameModel();
    }

    static NameModel get() {
        return Holder.INSTANCE;
    }

    /**
     * The names in each sentence, in article order. The model was trained on tokens that split
     * the possessive ("Lockheed 's"), as the tokenizer does; its document memory is cleared first.
     */
    List<List<Found>> find(List<TaggedSentence> sentences) {
        finder.clearAdaptiveData();
        List<List<Found>> out = new ArrayList<>(sentences.size());
        for (TaggedSentence s : sentences) {
            List<String> words = new ArrayList<>();
            List<Integer> tokenOf = new ArrayList<>(); // model word -> sentence token
            for (int i = 0; i < s.tokens().size(); i++) {
                String w = s.tokens().get(i).text();
                // "DES MOINES, Iowa — Christian Coleman cruised": the tokenizer leaves out a dash, which the model
                // was trained to see ("Iowa Christian Coleman" would read as a college)
                String gap = i == 0 ? "" : gapBefore(s, i);
                if (DASHES.contains(gap)) {
                    words.add(gap);
                    tokenOf.add(i);
                }
                if (w.length() > 2 && (w.endsWith("'s") || w.endsWith("’s"))) {
                    words.add(w.substring(0, w.length() - 2));
                    tokenOf.add(i);
                    w = "'s";
                }
                words.add(w);
                tokenOf.add(i);
            }
            List<Found> found = new ArrayList<>();
            for (Span span : finder.find(words.toArray(String[]::new))) {
                found.add(new Found(span.getType(), tokenOf.get(span.getStart()), tokenOf.get(span.getEnd() - 1) + 1));
            }
            out.add(found);
        }
        return out;
    }
}
