package app.briefingpack.analysis.nlp;

/** A token with its offsets into the article body (end exclusive) and its Universal Dependencies part-of-speech tag (PROPN, NOUN, VERB ...). */
public record Token(String text, int begin, int end, String tag) {

    public boolean isProperNoun() {
        return tag.startsWith("PROPN");
    }

    public boolean isCapitalised() {
        return !text.isEmpty() && Character.isUpperCase(text.charAt(0));
    }

    public boolean isNoun() {
        return tag.startsWith("NOUN");
    }

    public boolean isVerb() {
        return tag.startsWith("VERB");
    }

    public boolean isAdjective() {
        return tag.startsWith("ADJ");
    }

    public boolean isWord() {
        return !text.isEmpty() && Character.isLetter(text.charAt(0));
    }
}
