package app.briefingpack.model;

/** A dated event: the expression that dates it, its value, a short label (who did what), the whole sentence, the paragraph, the certainty ({@code day}, {@code month}, {@code season}, {@code year}, {@code approximate}, {@code relative}) and whether its date is inferred or underspecified (e.g. year not stated). */
public record TimelineEvent(TemporalExpression expression, String value, String label, String sentence, int paragraph, String certainty, boolean underspecified) {
}
