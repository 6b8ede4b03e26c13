package app.briefingpack.layout;

import java.util.List;

/** A heading, level 1 (document title) to 6. Headings also become the PDF's bookmarks. */
public record Heading(int level, List<Run> runs) implements Block {
    public Heading {
        if (level < 1 || level > 6) throw new IllegalArgumentException("heading level must be 1..6: " + level);
        runs = List.copyOf(runs);
        if (runs.isEmpty()) throw new IllegalArgumentException("empty heading");
    }

    public static Heading of(int level, String text) { return new Heading(level, List.of(Run.plain(text))); }

    public String text() { return Runs.text(runs); }
}
