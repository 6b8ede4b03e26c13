/**
 * Word lists loaded once and shared: the CMU pronouncing dictionary, WordNet and word frequencies.
 *
 * <p>May import: nothing of the program's other packages.
 */
package app.briefingpack.lexicon;
