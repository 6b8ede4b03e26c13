/**
 * Key terms and their definitions, chosen from WordNet senses.
 *
 * <p>May import: the other analysis packages it builds on, lexicon and model.
 */
package app.briefingpack.analysis.glossary;
