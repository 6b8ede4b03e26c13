/**
 * The read-along EPUB: the brief's blocks and the narrated article with media overlays.
 *
 * <p>May import: layout, model and speech.
 */
package app.briefingpack.epub;
