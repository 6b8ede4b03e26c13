/**
 * Questions to discuss and the answer key's pointers.
 *
 * <p>May import: model and text.
 */
package app.briefingpack.analysis.questions;
