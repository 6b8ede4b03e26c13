/**
 * The teacher's corrections (story.brief.yaml), applied to the Briefing after analysis and before the documents.
 *
 * <p>May import: model, text, and analysis.questions and analysis.time for rewriting questions and reading dates.
 */
package app.briefingpack.corrections;
