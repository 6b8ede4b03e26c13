package app.briefingpack.corrections;

/** A corrections file that cannot be used; the message is one line naming the file and the line or key. */
public final class CorrectionsException extends RuntimeException {
    public CorrectionsException(String message) {
        super(message);
    }

    public CorrectionsException(String message, Throwable cause) {
        super(message, cause);
    }
}
