package app.briefingpack.text;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A word's other regular spellings, British or American ("neighbour", "neighbor"; "organise",
 * "organize"), for looking it up in word lists that know only one of them: WordNet spells the
 * American way, the frequency list mixes both.
 */
public final class Spellings {

    /** Regular British and American endings of one word, either way round. */
    private static final String[][] ENDINGS = {
            {"our", "or"}, {"ise", "ize"}, {"isation", "ization"}, {"tre", "ter"}, {"ogue", "og"}};

    private Spellings() {
    }

    /** The word first, then its other spellings. */
    public static Set<String> of(String word) {
        Set<String> out = new LinkedHashSet<>();
        out.add(word);
        if (word.contains("our")) out.add(word.replace("our", "or")); // "neighbours", "labourer"
        for (String[] pair : ENDINGS) {
            for (int from = 0; from < 2; from++) {
                if (word.endsWith(pair[from])) out.add(word.substring(0, word.length() - pair[from].length()) + pair[1 - from]);
            }
        }
        return out;
    }
}
