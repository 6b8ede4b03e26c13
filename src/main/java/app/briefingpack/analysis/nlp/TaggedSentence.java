package app.briefingpack.analysis.nlp;

import java.util.List;

/**
 * One sentence of the body: its text, offsets into the body (end exclusive), the 1-based number of
 * the paragraph it belongs to, its index among all sentences and its tagged tokens.
 */
public record TaggedSentence(int index, String text, int begin, int end, int paragraph, List<Token> tokens) {

    public TaggedSentence {
        tokens = List.copyOf(tokens);
    }

    /** The lower-cased words (letters only), in order: what overlap measures compare. */
    public List<String> words() {
        return tokens.stream().filter(Token::isWord).map(t -> t.text().toLowerCase(java.util.Locale.ROOT)).toList();
    }
}
