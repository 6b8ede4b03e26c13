package app.briefingpack.layout;

import java.util.List;

/**
 * The result of laying a {@link DocumentSpec} out: pages of positioned frames, the structure tree
 * (root "Document") the frames point into, bookmarks and any warnings (e.g. characters no
 * bundled font has).
 */
public record LaidOutDocument(DocumentSpec spec, Theme theme, List<PageFrames> pages, StructNode root,
                              List<Bookmark> bookmarks, List<String> warnings) {

    public LaidOutDocument {
        pages = List.copyOf(pages);
        bookmarks = List.copyOf(bookmarks);
        warnings = List.copyOf(warnings);
    }

    /** A heading's place, for the PDF outline. */
    public record Bookmark(int level, String title, int page, float y) {}
}
