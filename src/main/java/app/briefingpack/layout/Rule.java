package app.briefingpack.layout;

/** A thin horizontal separator; decoration only, so it is an artifact in the PDF. */
public record Rule() implements Block {
}
