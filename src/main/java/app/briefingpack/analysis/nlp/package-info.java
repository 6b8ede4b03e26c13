/**
 * Tokens, sentences and part-of-speech tags (OpenNLP), shared by the analysis packages.
 *
 * <p>May import: model and text.
 */
package app.briefingpack.analysis.nlp;
