/**
 * Reads an article file (text, Markdown, HTML, Word) and its metadata into an Article.
 *
 * <p>May import: model and text.
 */
package app.briefingpack.ingest;
