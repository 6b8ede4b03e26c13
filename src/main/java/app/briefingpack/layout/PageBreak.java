package app.briefingpack.layout;

/** Start the next block on a new page. */
public record PageBreak() implements Block {
}
