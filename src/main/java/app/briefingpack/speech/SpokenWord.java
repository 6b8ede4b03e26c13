package app.briefingpack.speech;

/**
 * A word as the voice said it, timed in samples from the start of the audio it belongs to.
 *
 * @param word  FreeTTS's word ("nineteen" for part of "1990"), lower case
 * @param start the first sample of its first phone
 * @param end   the sample after its last phone
 */
public record SpokenWord(String word, long start, long end) {
    public SpokenWord {
        if (start < 0 || end < start) throw new IllegalArgumentException("bad word span " + start + ".." + end);
    }

    SpokenWord shifted(long by) {
        return new SpokenWord(word, start + by, end + by);
    }
}
