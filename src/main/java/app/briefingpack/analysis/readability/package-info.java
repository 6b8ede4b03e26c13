/**
 * Reading level of the article.
 *
 * <p>May import: analysis.nlp, lexicon and model.
 */
package app.briefingpack.analysis.readability;
