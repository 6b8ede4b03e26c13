package app.briefingpack.model;

/**
 * A discussion question tied to the paragraph where its answer lies, with the teacher's answer
 * key: what a good answer mentions (null for a question a teacher wrote without one).
 */
public record Question(String text, int paragraph, String answer) {

    /** A question without an answer key. */
    public Question(String text, int paragraph) {
        this(text, paragraph, null);
    }
}
