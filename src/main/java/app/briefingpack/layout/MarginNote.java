package app.briefingpack.layout;

import java.util.List;

/**
 * A note bound to a paragraph: set beside it in the margin when the theme has a note column,
 * else just after it. Tagged as a {@code Note} with this id, read right after its paragraph.
 *
 * @param id   unique in the document (PDF/UA requires Note IDs)
 * @param runs the note's text
 */
public record MarginNote(String id, List<Run> runs) {
    public MarginNote {
        if (id == null || id.isBlank()) throw new IllegalArgumentException("a note needs an id");
        runs = List.copyOf(runs);
        if (runs.isEmpty()) throw new IllegalArgumentException("empty note " + id);
    }
}
