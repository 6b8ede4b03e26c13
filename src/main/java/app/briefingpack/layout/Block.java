package app.briefingpack.layout;

/**
 * One block of a document's logical content, in reading order. Blocks say what the content is
 * (a heading, a paragraph, a table ...), never where it goes: the {@link LayoutEngine} decides
 * that from the theme, and the PDF writer tags each block by its kind.
 */
public sealed interface Block
        permits Heading, TextParagraph, ListBlock, Table, Figure, Rule, PageBreak, Columns {
}
