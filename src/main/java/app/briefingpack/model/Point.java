package app.briefingpack.model;

/** A statement the brief shows (a key point or a counterpoint) and the paragraph it comes from. */
public record Point(String text, int paragraph) {
}
