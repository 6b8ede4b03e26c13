package app.briefingpack.speech;

import java.io.IOException;
import java.io.UncheckedIOException;

import com.sun.speech.freetts.en.us.CMULexicon;

/**
 * The full CMU pronouncing dictionary (0.4) that ships in the FreeTTS JAR. kevin16's own lexicon
 * ("cmulex") is pruned: Flite dropped every word its letter-to-sound rules already say right,
 * so "not in the voice's lexicon" does not mean "guessed". A word is reported as guessed only
 * when this full dictionary lacks it too.
 */
final class FullCmuDictionary {

    private static volatile CMULexicon dictionary;

    private FullCmuDictionary() {
    }

    static boolean knows(String word) {
        return lexicon().getPhones(word, null, false) != null;
    }

    private static CMULexicon lexicon() {
        CMULexicon d = dictionary;
        if (d == null) {
            synchronized (KevinVoice.LOADING) {
                d = dictionary;
                if (d == null) {
                    d = new CMULexicon("cmudict04");
                    try {
                        d.load();
                    } catch (IOException e) {
                        throw new UncheckedIOException("cannot load the CMU dictionary from the FreeTTS JAR", e);
                    }
                    dictionary = d;
                }
            }
        }
        return d;
    }
}
