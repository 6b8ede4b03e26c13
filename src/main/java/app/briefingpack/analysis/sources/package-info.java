/**
 * Who is quoted or cited, and how.
 *
 * <p>May import: analysis.entities, analysis.nlp and model.
 */
package app.briefingpack.analysis.sources;
