package app.briefingpack.documents;

/** A layout or theme file is wrong; the message is one line naming the file and the key. */
public final class LayoutFileException extends RuntimeException {
    public LayoutFileException(String message) {
        super(message);
    }

    public LayoutFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
