package app.briefingpack.model;

/** An attribution: who said or reported what, through which outlet. {@code speaker} or {@code source} may be null. {@code begin}/{@code end} span the sentence that carries it. */
public record SourceCitation(String source, String speaker, String claim, int paragraph, int begin, int end) {
}
