package app.briefingpack.analysis.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.ThreadSafePOSTaggerME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.sentdetect.ThreadSafeSentenceDetectorME;
import opennlp.tools.tokenize.ThreadSafeTokenizerME;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * The English OpenNLP models (sentence detector, tokenizer, part-of-speech tagger), read once from
 * the {@code opennlp-models-*-en} jars on the classpath and shared by every thread.
 *
 * <p>The models are immutable once loaded; the {@code ThreadSafe*ME} wrappers keep one decoder per
 * thread, so a single instance serves concurrent analyses. Loading takes a few hundred
 * milliseconds, hence the lazy holder: nothing is read until the first analysis needs it.
 */
public final class LanguageModels {

    /** Resource names inside the model jars (see each jar's {@code model.properties}). */
    static final String SENTENCE_MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    static final String TOKEN_MODEL = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    static final String POS_MODEL = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

    private final ThreadSafeSentenceDetectorME sentences;
    private final ThreadSafeTokenizerME tokens;
    private final ThreadSafePOSTaggerME tags;

    private LanguageModels() {
        try {
            sentences = new ThreadSafeSentenceDetectorME(new SentenceModel(open(SENTENCE_MODEL)));
            tokens = new ThreadSafeTokenizerME(new TokenizerModel(open(TOKEN_MODEL)));
            // The model is trained on Universal Dependencies tags (PROPN, NOUN, AUX ...); its mapping
            // to Penn tags is lossy (every verb becomes VB), so the rules downstream use UD tags.
            tags = new ThreadSafePOSTaggerME(new POSModel(open(POS_MODEL)), POSTagFormat.UD);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the OpenNLP English models", e);
        }
    }

    private static InputStream open(String resource) throws IOException {
        InputStream in = LanguageModels.class.getResourceAsStream(resource);
        if (in == null) throw new IOException("model " + resource + " is not on the classpath");
        return in;
    }

    private static final class Holder {
        static final LanguageModels INSTANCE = new LanguageModels();
    }

    /** The shared models, loaded on first call. */
    public static LanguageModels get() {
        return Holder.INSTANCE;
    }

    public ThreadSafeSentenceDetectorME sentenceDetector() {
        return sentences;
    }

    public ThreadSafeTokenizerME tokenizer() {
        return tokens;
    }

    public ThreadSafePOSTaggerME tagger() {
        return tags;
    }
}
