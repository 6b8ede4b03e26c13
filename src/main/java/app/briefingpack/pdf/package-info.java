/**
 * Writes a laid-out document as tagged PDF (PDF/UA-1, PDF/A-2a).
 *
 * <p>May import: layout only (never analysis, documents or model: PackageRulesTest checks it).
 */
package app.briefingpack.pdf;
