package app.briefingpack.model;

/** A discussion question tied to a paragraph. */
public record Question(String text, int paragraph) {
}
