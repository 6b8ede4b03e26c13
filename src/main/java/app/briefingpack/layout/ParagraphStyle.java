package app.briefingpack.layout;

/** What a paragraph is for; the theme gives each a size, face and spacing. */
public enum ParagraphStyle {
    /** Running text. */
    BODY,
    /** Author, publication and date under the title. */
    BYLINE,
    /** A boxed explanatory note (e.g. "How to read this page"). */
    CALLOUT,
    /** A caption under a figure or table. */
    CAPTION,
    /** A paragraph of a block quote in the article: body text, indented with a bar; tagged BlockQuote. */
    QUOTE,
    /** Small print (legends, credits). */
    SMALL
}
