package app.briefingpack.speech;

/**
 * A stretch of the narration's timeline, in samples at {@link Narration#SAMPLE_RATE}: a caption
 * (one article sentence) or a chapter.
 *
 * @param id    the WebVTT cue identifier ("p3-s2", "chapter-2", "paragraph-3")
 * @param text  the caption text as written in the article, or the chapter title
 * @param start first sample
 * @param end   sample after the last
 * @param level 0 for captions and top chapters, 1 for the paragraph markers inside a chapter
 */
public record Cue(String id, String text, long start, long end, int level) {
    public Cue {
        if (start < 0 || end < start) throw new IllegalArgumentException("bad cue span " + start + ".." + end);
    }

    public double startSeconds() {
        return start / (double) Narration.SAMPLE_RATE;
    }

    public double endSeconds() {
        return end / (double) Narration.SAMPLE_RATE;
    }
}
