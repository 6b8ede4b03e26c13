package app.briefingpack.model;

import java.util.Locale;

/**
 * What a text unit of the article is, as its source marks it (pandoc's block types are the model).
 * Later stages choose by kind: key points come from paragraphs, never from headings, captions or
 * embedded posts; the annotated text tags headings, quotes and lists as such.
 */
public enum BlockKind {
    /** Body prose. */
    PARAGRAPH,
    /** A section heading; {@link Paragraph#level()} is 2 for a section, 3 for a sub-section and so on. */
    HEADING,
    /** A paragraph of a block quote; consecutive ones of one quote share {@link Paragraph#group()}. */
    QUOTE,
    /** One item of a list; the items of one list share {@link Paragraph#group()}. */
    LIST_ITEM,
    /** The caption of a figure or photo. */
    CAPTION,
    /** An embedded social-media post (a tweet, an Instagram post): quoted, not the article's own words. */
    EMBED,
    /** The standfirst or dek: the page's own summary under the headline. */
    STANDFIRST;

    /** The name used in {@code briefing.json}: {@code list-item}, {@code heading} ... */
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** True for the article's own running prose (body paragraphs and list items). */
    public boolean isProse() {
        return this == PARAGRAPH || this == LIST_ITEM;
    }
}
