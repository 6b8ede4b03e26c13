/**
 * The layout engine: semantic blocks and a layout and theme in, positioned frames on pages out; and the measured height of blocks in a column, for builders that balance two columns.
 *
 * <p>May import: nothing of the program's other packages (never model or documents: PackageRulesTest checks it).
 */
package app.briefingpack.layout;
