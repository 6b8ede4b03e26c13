/**
 * The pack's documents: builders that turn a Briefing into layout blocks (brief, timeline, annotated text, answer key), the brief's plan, selection and fitting (BriefPlan, BriefSelection, BriefFitter), and the layout and theme files (DocumentType, Layouts).
 *
 * <p>May import: layout, pdf (to write), model, text and speech (the narration's default rate); never pack or cli.
 */
package app.briefingpack.documents;
