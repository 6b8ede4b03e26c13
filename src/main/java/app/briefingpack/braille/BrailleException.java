package app.briefingpack.braille;

/** liblouis could not be loaded on this machine, or could not translate a text. */
public final class BrailleException extends Exception {
    public BrailleException(String message, Throwable cause) {
        super(message, cause);
    }
}
