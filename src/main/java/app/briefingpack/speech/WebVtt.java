package app.briefingpack.speech;

import java.util.List;

/** Writes WebVTT files (captions and chapters) from cues timed in samples. */
final class WebVtt {

    private WebVtt() {
    }

    static String write(List<Cue> cues) {
        StringBuilder out = new StringBuilder("WEBVTT\n");
        for (Cue c : cues) {
            out.append('\n').append(c.id()).append('\n')
                    .append(timestamp(c.start())).append(" --> ").append(timestamp(c.end())).append('\n')
                    .append(escape(c.text())).append('\n');
        }
        return out.toString();
    }

    /**
     * Captions of one or two lines, with a timestamp tag before each word after the first
     * ({@code <00:01:02.345>}) for karaoke-style highlighting; a tag is written only where it lies
     * strictly inside the cue and after the one before, as WebVTT requires.
     */
    static String writeCaptions(List<CaptionCue> cues) {
        StringBuilder out = new StringBuilder("WEBVTT\n");
        for (CaptionCue c : cues) {
            out.append('\n').append(c.id()).append('\n')
                    .append(timestamp(c.start())).append(" --> ").append(timestamp(c.end())).append('\n');
            long previous = millis(c.start());
            int word = 0;
            for (int l = 0; l < c.lines().size(); l++) {
                if (l > 0) out.append('\n');
                String[] tokens = c.lines().get(l).split(" ");
                for (int t = 0; t < tokens.length; t++, word++) {
                    if (t > 0) out.append(' ');
                    long at = word < c.words().size() ? millis(c.words().get(word).start()) : previous;
                    if (word > 0 && at > previous && at < millis(c.end())) {
                        out.append('<').append(timestamp(at * Narration.SAMPLE_RATE / 1000)).append('>');
                        previous = at;
                    }
                    out.append(escape(tokens[t]));
                }
            }
            out.append('\n');
        }
        return out.toString();
    }

    private static long millis(long sample) {
        return Math.round(sample * 1000.0 / Narration.SAMPLE_RATE);
    }

    /** hh:mm:ss.ttt, rounded to the millisecond. */
    static String timestamp(long sample) {
        long ms = Math.round(sample * 1000.0 / Narration.SAMPLE_RATE);
        return String.format("%02d:%02d:%02d.%03d", ms / 3_600_000, ms / 60_000 % 60, ms / 1000 % 60, ms % 1000);
    }

    /** Cue text is one line; &, < and > must be escaped (which also rules out a stray "-->"). */
    private static String escape(String text) {
        return text.replaceAll("\\s+", " ").strip()
                .replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
