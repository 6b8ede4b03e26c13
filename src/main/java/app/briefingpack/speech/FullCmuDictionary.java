package app.briefingpack.speech;

import java.io.IOException;
import java.io.UncheckedIOException;

import app.briefingpack.lexicon.CmuDictionary;

/**
 * The full CMU pronouncing dictionary (0.4) that ships in the FreeTTS JAR. kevin16's own lexicon
 * ("cmulex") is pruned: Flite dropped every word its letter-to-sound rules already say right,
 * so "not in the voice's lexicon" does not mean "guessed". A word is reported as guessed only
 * when this full dictionary lacks it too.
 */
final class FullCmuDictionary {

    private FullCmuDictionary() {
    }

    static boolean knows(String word) {
        try {
            return CmuDictionary.get().phones(word) != null;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the CMU dictionary from the FreeTTS JAR", e);
        }
    }
}
