/**
 * Named people, organisations and places, and the roles the article gives them.
 *
 * <p>May import: analysis.nlp, lexicon and model.
 */
package app.briefingpack.analysis.entities;
