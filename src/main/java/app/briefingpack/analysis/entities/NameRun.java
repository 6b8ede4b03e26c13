package app.briefingpack.analysis.entities;

import java.util.List;

import app.briefingpack.analysis.nlp.TaggedSentence;
import app.briefingpack.analysis.nlp.Token;

/**
 * A run of capitalised tokens that may be a name, with the title words that preceded it.
 *
 * @param sentence the sentence it occurs in
 * @param from     index of its first name token in the sentence
 * @param to       index after its last name token
 * @param name     the name as written (possessive 's removed)
 * @param begin    body offset of the name
 * @param end      body offset after the name
 * @param title    the title words before it ("Interim Prime Minister"), or null
 */
record NameRun(TaggedSentence sentence, int from, int to, String name, int begin, int end, String title) {

    List<Token> tokens() {
        return sentence.tokens().subList(from, to);
    }

    int size() {
        return to - from;
    }

    /** The token right after the run, or null at the end of the sentence. */
    Token next() {
        return to < sentence.tokens().size() ? sentence.tokens().get(to) : null;
    }

    Token previous() {
        return from > 0 ? sentence.tokens().get(from - 1) : null;
    }

    /** The surname, the last word but for a suffix: "Jackson" in "Jesse Jackson Jr.". */
    String lastWord() {
        String[] words = name.split("[\\s-]+");
        int last = words.length - 1;
        while (last > 0 && NAME_SUFFIXES.contains(words[last])) last--;
        return words[last];
    }

    /** A full name without its suffix: "Robert Hopkins Jr." is "Robert Hopkins", whose surname alone is him. */
    static String withoutSuffix(String name) {
        String out = name;
        int cut;
        while ((cut = out.lastIndexOf(' ')) > 0 && NAME_SUFFIXES.contains(out.substring(cut + 1).replaceAll(",$", ""))) out = out.substring(0, cut).replaceAll(",$", "");
        return out;
    }

    /** Name endings that keep a person's name the same person's: "Jesse Jackson Jr.". */
    static final java.util.Set<String> NAME_SUFFIXES = java.util.Set.of("Jr", "Jr.", "Sr", "Sr.", "II", "III", "IV");
}
