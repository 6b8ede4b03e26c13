package app.briefingpack.model;

/** One sentence of the body with the part it plays in the argument. */
public record Sentence(String text, int begin, int end, int paragraph, SentenceRole role) {
}
