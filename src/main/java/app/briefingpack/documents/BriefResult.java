package app.briefingpack.documents;

import java.util.List;


/**
 * What writing brief.pdf produced besides the file.
 *
 * @param warnings messages for the user (missing glyphs, a brief that could not be fitted)
 * @param leftOut  items the brief left out or shortened to fit; they stay in briefing.json
 * @param pages    pages the brief takes (1; up to 2 in large print)
 * @param bodySize the body type size the fitter settled on, in points
 * @param plan     what the brief shows of each section (the large-print edition shows the same)
 */
public record BriefResult(List<String> warnings, List<BriefSelection.LeftOut> leftOut, int pages, float bodySize,
                          BriefPlan plan) {
    public BriefResult {
        warnings = List.copyOf(warnings);
        leftOut = List.copyOf(leftOut);
    }
}
