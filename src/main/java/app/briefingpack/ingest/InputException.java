package app.briefingpack.ingest;

/**
 * An article file the program cannot read. The message is one line that names the file and the
 * problem, ready to print as it is.
 */
public final class InputException extends Exception {
    public InputException(String fileName, String problem) {
        super(fileName + ": " + problem);
    }
}
