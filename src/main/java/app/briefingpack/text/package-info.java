/**
 * Text helpers every stage shares: cleaning, the one sentence splitter, prose helpers (capitalise, final stop), dates in words and the one safe YAML loader.
 *
 * <p>May import: nothing of the program's other packages.
 */
package app.briefingpack.text;
