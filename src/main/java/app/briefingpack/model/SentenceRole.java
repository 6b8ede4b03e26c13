package app.briefingpack.model;

/** The part a sentence plays in the article's argument. */
public enum SentenceRole {
    /** The author asserts something the article argues for. */
    CLAIM,
    /** A fact, report or quotation offered in support, usually attributed. */
    EVIDENCE,
    /** An objection or limit the author acknowledges. */
    COUNTERPOINT,
    /** Context that is neither claim nor evidence. */
    BACKGROUND
}
