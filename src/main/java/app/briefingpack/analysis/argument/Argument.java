package app.briefingpack.analysis.argument;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import app.briefingpack.model.Point;
import app.briefingpack.model.SentenceRole;

/**
 * The argument of an article: its thesis (null for a news report, which gets its {@code lede}
 * instead), key points and counterpoints in article order, and each sentence's role and, for
 * evidence, its kind ("statistic", "quotation", "example", "report" or null), indexed like the
 * sentences.
 */
public record Argument(String thesis, int thesisParagraph, String lede, List<Point> keyPoints, List<Point> counterpoints,
                       List<SentenceRole> roles, List<String> evidenceKinds) {
    public Argument {
        keyPoints = List.copyOf(keyPoints);
        counterpoints = List.copyOf(counterpoints);
        roles = List.copyOf(roles);
        evidenceKinds = Collections.unmodifiableList(new ArrayList<>(evidenceKinds));
    }
}
