package app.briefingpack.speech;

/**
 * A written word (a whitespace-separated token, with its punctuation) and when it is heard, in
 * samples from the start of the narration.
 */
public record TimedWord(String text, long start, long end) {
    public TimedWord {
        if (start < 0 || end < start) throw new IllegalArgumentException("bad word span " + start + ".." + end);
    }
}
