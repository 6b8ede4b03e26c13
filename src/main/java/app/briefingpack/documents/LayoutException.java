package app.briefingpack.documents;

/** A layout or theme file is wrong; the message is one line naming the file and the key. */
public final class LayoutException extends RuntimeException {
    public LayoutException(String message) {
        super(message);
    }

    public LayoutException(String message, Throwable cause) {
        super(message, cause);
    }
}
