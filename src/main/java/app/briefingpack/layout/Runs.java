package app.briefingpack.layout;

import java.util.List;

/** Helpers on run lists. */
public final class Runs {
    private Runs() {}

    /** The plain text of the runs, concatenated. */
    public static String text(List<Run> runs) {
        StringBuilder sb = new StringBuilder();
        for (Run r : runs) sb.append(r.text());
        return sb.toString();
    }
}
