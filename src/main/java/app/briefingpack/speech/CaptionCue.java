package app.briefingpack.speech;

import java.util.List;

/**
 * A caption as shown: one or two lines, on screen from {@code start} to {@code end} (samples),
 * with the timed words it shows, for karaoke-style highlighting.
 */
public record CaptionCue(String id, long start, long end, List<String> lines, List<TimedWord> words) {
    public CaptionCue {
        lines = List.copyOf(lines);
        words = List.copyOf(words);
        if (start < 0 || end < start) throw new IllegalArgumentException("bad cue span " + start + ".." + end);
    }
}
