package app.briefingpack.layout;

/**
 * How a document that must fit a page count (the one-page brief) is fitted: the page budget and
 * the smallest type the fitter may use. Loaded from the {@code fit} section of {@code brief.yaml}.
 *
 * @param pages           pages the document may take in a normal theme
 * @param largePrintPages pages it may take in a large-print theme (whose type never shrinks)
 * @param minimumSize     the fitter never sets any text smaller than this (nor than the theme's minimum)
 * @param step            how much the body size shrinks per attempt, in points
 */
public record FitRules(int pages, int largePrintPages, float minimumSize, float step) {
    public FitRules {
        if (pages < 1 || largePrintPages < 1) throw new IllegalArgumentException("a page budget must be at least 1");
        if (!(step > 0)) throw new IllegalArgumentException("the shrink step must be positive");
    }
}
