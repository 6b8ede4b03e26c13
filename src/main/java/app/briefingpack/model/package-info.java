/**
 * Immutable records the stages share: the Article read from a file and the Briefing made from it.
 *
 * <p>May import: the JDK only (PackageRulesTest checks it).
 */
package app.briefingpack.model;
