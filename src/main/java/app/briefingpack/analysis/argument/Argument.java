package app.briefingpack.analysis.argument;

import java.util.List;

import app.briefingpack.model.Point;
import app.briefingpack.model.SentenceRole;

/** The argument of an article: its thesis, key points and counterpoints in article order, and each sentence's role (indexed like the sentences). */
public record Argument(String thesis, int thesisParagraph, List<Point> keyPoints, List<Point> counterpoints, List<SentenceRole> roles) {
    public Argument {
        keyPoints = List.copyOf(keyPoints);
        counterpoints = List.copyOf(counterpoints);
        roles = List.copyOf(roles);
    }
}
