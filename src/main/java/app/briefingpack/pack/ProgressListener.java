package app.briefingpack.pack;

/** Told when a pack build enters a stage, for progress display. */
@FunctionalInterface
public interface ProgressListener {
    void stage(String source, String stage);

    ProgressListener NONE = (source, stage) -> { };
}
