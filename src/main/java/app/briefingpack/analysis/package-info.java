/**
 * Article to Briefing: sentences, entities, sources, argument, glossary, questions, readability, timeline.
 *
 * <p>May import: its own subpackages, model, text and lexicon; never corrections, documents, layout, pdf, speech, epub, braille, pack or cli (PackageRulesTest checks it).
 */
package app.briefingpack.analysis;
