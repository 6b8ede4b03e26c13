/**
 * The braille edition: the documents' blocks transcribed to Unified English Braille and paged as BRF.
 *
 * <p>May import: documents, layout and model.
 */
package app.briefingpack.braille;
