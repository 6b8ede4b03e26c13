/**
 * The command line: options, batch runs, progress and exit codes.
 *
 * <p>May import: pack and the packages whose options it parses.
 */
package app.briefingpack.cli;
