/**
 * Temporal expressions (TIMEX3) and the dated events of the timeline; TIMEX3 values are read back by model.TimexValue.
 *
 * <p>May import: model and text.
 */
package app.briefingpack.analysis.time;
