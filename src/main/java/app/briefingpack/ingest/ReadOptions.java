package app.briefingpack.ingest;

/**
 * How to read article files.
 *
 * @param maxBytes files larger than this are refused (2 MB by default)
 */
public record ReadOptions(long maxBytes) {
    public static final long DEFAULT_MAX_BYTES = 2L * 1024 * 1024;

    public ReadOptions {
        if (maxBytes <= 0) throw new IllegalArgumentException("maxBytes must be positive");
    }

    public static ReadOptions defaults() {
        return new ReadOptions(DEFAULT_MAX_BYTES);
    }
}
