package app.briefingpack.model;

/**
 * One sentence of the body with the part it plays in the argument and, for evidence, its kind
 * where clear ({@code statistic}, {@code quotation}, {@code example}, {@code report}; else null).
 */
public record Sentence(String text, int begin, int end, int paragraph, SentenceRole role, String evidence) {

    /** A sentence whose evidence kind is not known. */
    public Sentence(String text, int begin, int end, int paragraph, SentenceRole role) {
        this(text, begin, end, paragraph, role, null);
    }
}
