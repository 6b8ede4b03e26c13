package app.briefingpack.layout;

/** Page margins in points. */
public record Margins(float top, float bottom, float left, float right) {
}
