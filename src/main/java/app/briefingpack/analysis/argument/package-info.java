/**
 * The argument: thesis, key points and counterpoints, and the part each sentence plays.
 *
 * <p>May import: analysis.nlp, model and text.
 */
package app.briefingpack.analysis.argument;
