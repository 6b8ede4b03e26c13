package app.briefingpack.model;

/** Reading-level figures for the body. */
public record Readability(int words, int sentences, double fleschKincaidGrade, double readingMinutes) {
}
