package app.briefingpack.layout;

import java.util.List;

/**
 * Everything a tagged PDF is made from.
 *
 * @param title         the document title (Info, XMP dc:title, window title)
 * @param lang          the document's BCP 47 language
 * @param blocks        the content in reading order
 * @param runningHeader the short text shown at the top of every page after the first, or null
 */
public record DocumentSpec(String title, String lang, List<Block> blocks, String runningHeader) {
    public DocumentSpec {
        if (title == null || title.isBlank()) throw new IllegalArgumentException("a document needs a title");
        if (lang == null || lang.isBlank()) lang = "en";
        blocks = List.copyOf(blocks);
    }
}
