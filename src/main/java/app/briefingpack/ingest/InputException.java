package app.briefingpack.ingest;

/**
 * An article file the program cannot read. The message is one line that names the file and the
 * problem, ready to print as it is.
 */
public final class InputException extends Exception {
    public InputException(String fileName, String problem) {
        super(fileName + ": " + problem);
    }

    /** For a message that already names its file (e.g. from a teacher's corrections file). */
    public static InputException withMessage(String message) {
        return new InputException(message);
    }

    private InputException(String message) {
        super(message);
    }
}
