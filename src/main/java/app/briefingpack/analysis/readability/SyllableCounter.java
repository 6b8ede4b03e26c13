package app.briefingpack.analysis.readability;

import java.io.IOException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import app.briefingpack.lexicon.CmuDictionary;

/**
 * Syllables from the CMU pronouncing dictionary that FreeTTS ships ({@code cmudict04}, loaded
 * once from the FreeTTS jar in its compiled binary form): one per vowel phone. Words the
 * dictionary lacks fall back to counting vowel groups, less a silent final "e".
 */
public final class SyllableCounter {

    private static final Pattern VOWEL_GROUP = Pattern.compile("[aeiouy]+");

    private final CmuDictionary lexicon;

    private SyllableCounter(CmuDictionary lexicon) {
        this.lexicon = lexicon;
    }

    private static final class Holder {
        static final SyllableCounter INSTANCE = load();
    }

    public static SyllableCounter get() {
        return Holder.INSTANCE;
    }

    private static SyllableCounter load() {
        try {
            return new SyllableCounter(CmuDictionary.get());
        } catch (IOException | RuntimeException e) {
            return new SyllableCounter(null); // the vowel-group rule alone still gives a usable grade
        }
    }

    /** Syllables in a word or phrase (each word counted, at least one per word). */
    public int count(String text) {
        int n = 0;
        for (String w : text.toLowerCase(Locale.ROOT).split("[^a-z']+")) {
            if (!w.isEmpty()) n += countWord(w);
        }
        return n;
    }

    private int countWord(String word) {
        String w = word.replace("'", "");
        if (w.isEmpty()) return 0;
        if (lexicon != null) {
            String[] phones = lexicon.phones(w);
            if (phones != null) {
                int vowels = 0;
                for (String p : phones) if (isVowel(p)) vowels++;
                if (vowels > 0) return vowels;
            }
        }
        return byVowelGroups(w);
    }

    private static boolean isVowel(String phone) {
        char c = phone.charAt(0);
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
    }

    static int byVowelGroups(String w) {
        Matcher m = VOWEL_GROUP.matcher(w);
        int n = 0;
        while (m.find()) n++;
        if (w.endsWith("e") && !w.endsWith("le") && n > 1) n--;
        return Math.max(1, n);
    }
}
