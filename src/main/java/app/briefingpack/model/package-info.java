/**
 * Immutable records the stages share: the Article read from a file and the Briefing made from it, and TimexValue, the one reader of TIMEX3 date values.
 *
 * <p>May import: the JDK only (PackageRulesTest checks it).
 */
package app.briefingpack.model;
