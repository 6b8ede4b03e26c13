package app.briefingpack.ingest;

/**
 * How to read article files.
 *
 * @param maxBytes files larger than this are refused (2 MB by default)
 */
public record ReadOptions(long maxBytes) {
    public static final long DEFAULT_MAX_BYTES = 2L * 1024 * 1024;

    /**
     * The largest limit the reader can honour: a file is read into one byte array and decoded
     * into one String, and a String of text beyond Latin-1 holds at most about 2^30 characters.
     */
    public static final long LARGEST_MAX_BYTES = 1L << 30;

    public ReadOptions {
        if (maxBytes <= 0 || maxBytes > LARGEST_MAX_BYTES)
            throw new IllegalArgumentException("maxBytes must be between 1 and " + LARGEST_MAX_BYTES);
    }

    public static ReadOptions defaults() {
        return new ReadOptions(DEFAULT_MAX_BYTES);
    }
}
