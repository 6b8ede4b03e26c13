package app.briefingpack.lexicon;

import com.sun.speech.freetts.en.us.CMULexicon;
import java.io.IOException;

/**
 * The CMU pronouncing dictionary that FreeTTS ships ({@code cmudict04}, compiled form), loaded
 * once per JVM and shared: the analysis counts syllables with it, the narration checks which
 * words the voice will have to guess. Loading it twice would cost both time and 20 MB.
 *
 * <p>FreeTTS's lexicon loading is not thread-safe, so every FreeTTS lexicon or voice load in the
 * program happens under {@link #FREETTS_LOADING}. Lookups are synchronised for the same reason.
 */
public final class CmuDictionary {

    /** Held while any FreeTTS lexicon or voice loads. */
    public static final Object FREETTS_LOADING = new Object();

    private static volatile CmuDictionary shared;

    private final CMULexicon lexicon;

    private CmuDictionary(CMULexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** The shared dictionary, loaded on first use (about 0.1 s). */
    public static CmuDictionary get() throws IOException {
        CmuDictionary d = shared;
        if (d == null) {
            synchronized (FREETTS_LOADING) {
                d = shared;
                if (d == null) {
                    CMULexicon lexicon = new CMULexicon("cmudict04", true);
                    lexicon.load();
                    d = new CmuDictionary(lexicon);
                    shared = d;
                }
            }
        }
        return d;
    }

    /** The word's phones (vowels carry a stress digit), or null when the dictionary lacks it. */
    public String[] phones(String word) {
        synchronized (lexicon) {
            return lexicon.getPhones(word, null, false);
        }
    }
}
