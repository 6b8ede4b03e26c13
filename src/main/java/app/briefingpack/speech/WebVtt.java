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
