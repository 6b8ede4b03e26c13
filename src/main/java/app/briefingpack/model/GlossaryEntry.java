package app.briefingpack.model;

/** A term a secondary-school reader may not know. {@code definition} is null when the dictionary lacks the term; {@code sentence} is then the sentence it occurs in. */
public record GlossaryEntry(String term, String definition, int paragraph, String sentence) {
}
