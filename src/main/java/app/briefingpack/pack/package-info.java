/**
 * Runs the stages for one article and writes the pack folder atomically, with briefing.json.
 *
 * <p>May import: every stage package; nothing imports pack but cli.
 */
package app.briefingpack.pack;
