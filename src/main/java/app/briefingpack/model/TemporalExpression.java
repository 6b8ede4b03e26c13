package app.briefingpack.model;

/** A TIMEX3 temporal expression: offsets into the article body (end exclusive), type DATE, TIME, DURATION or SET, the normalised value ({@code 2005-03-03}, {@code 2003-H2}, {@code P1Y}, {@code PAST_REF}, {@code XXXX-03-03} ...) and an optional mod ({@code START}, {@code APPROX} ...), null when none. */
public record TemporalExpression(int begin, int end, String text, String type, String value, String mod) {
}
