/**
 * The layout engine: semantic blocks and a layout and theme in, positioned frames on pages out.
 *
 * <p>May import: nothing of the program's other packages (never model or documents: PackageRulesTest checks it).
 */
package app.briefingpack.layout;
