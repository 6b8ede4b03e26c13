/**
 * Temporal expressions (TIMEX3) and the dated events of the timeline; TimexValues reads TIMEX3 values.
 *
 * <p>May import: model and text.
 */
package app.briefingpack.analysis.time;
