package app.briefingpack.ingest;

/**
 * How to read article files.
 *
 * @param maxBytes files larger than this are refused (2 MB by default)
 * @param maxWords articles longer than this, counted after extraction, are refused (50,000 words
 *                 by default: a web page's file can be megabytes of markup around a short article,
 *                 so the file limit alone does not bound the work the later stages do)
 */
public record ReadOptions(long maxBytes, int maxWords) {
    public static final long DEFAULT_MAX_BYTES = 2L * 1024 * 1024;
    public static final int DEFAULT_MAX_WORDS = 50_000;

    /**
     * The largest limit the reader can honour: a file is read into one byte array and decoded
     * into one String, and a String of text beyond Latin-1 holds at most about 2^30 characters.
     */
    public static final long LARGEST_MAX_BYTES = 1L << 30;

    public ReadOptions {
        if (maxBytes <= 0 || maxBytes > LARGEST_MAX_BYTES)
            throw new IllegalArgumentException("maxBytes must be between 1 and " + LARGEST_MAX_BYTES);
        if (maxWords <= 0) throw new IllegalArgumentException("maxWords must be positive");
    }

    public ReadOptions(long maxBytes) {
        this(maxBytes, DEFAULT_MAX_WORDS);
    }

    public static ReadOptions defaults() {
        return new ReadOptions(DEFAULT_MAX_BYTES, DEFAULT_MAX_WORDS);
    }
}
