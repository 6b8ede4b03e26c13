package app.briefingpack.speech;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A strict-enough WebVTT reader for tests: header, cue blocks, timestamps, text. */
record VttFile(List<VttFile.Entry> cues) {

    /** @param wordTimes the word timestamps inside the cue text ({@code <00:00:01.234>}), in seconds */
    record Entry(String id, double start, double end, String text, List<Double> wordTimes) {
        List<String> lines() {
            return List.of(text.split("\n"));
        }
    }

    private static final Pattern WORD_TIME = Pattern.compile("<(\\d{2,}):([0-5]\\d):([0-5]\\d)\\.(\\d{3})>");

    private static final Pattern TIMING = Pattern.compile(
            "(\\d{2,}):([0-5]\\d):([0-5]\\d)\\.(\\d{3}) --> (\\d{2,}):([0-5]\\d):([0-5]\\d)\\.(\\d{3})");

    static VttFile parse(String text) {
        if (!text.startsWith("WEBVTT\n")) throw new IllegalArgumentException("no WEBVTT header");
        if (text.contains("\r")) throw new IllegalArgumentException("carriage return");
        String[] blocks = text.substring("WEBVTT\n".length()).split("\n\n");
        List<Entry> cues = new ArrayList<>();
        for (String block : blocks) {
            if (block.isBlank()) continue;
            String[] lines = block.strip().split("\n");
            if (lines.length < 3) throw new IllegalArgumentException("cue without id, timing or text: " + block);
            if (lines[0].contains("-->")) throw new IllegalArgumentException("id contains -->");
            Matcher m = TIMING.matcher(lines[1]);
            if (!m.matches()) throw new IllegalArgumentException("bad timing line: " + lines[1]);
            String tagged = String.join("\n", List.of(lines).subList(2, lines.length));
            List<Double> times = new ArrayList<>();
            Matcher t = WORD_TIME.matcher(tagged);
            while (t.find()) times.add(seconds(t, 1));
            String body = WORD_TIME.matcher(tagged).replaceAll("");
            if (body.contains("-->") || body.matches("(?s).*[<>].*") || body.matches("(?s).*&(?!amp;|lt;|gt;).*"))
                throw new IllegalArgumentException("unescaped cue text: " + body);
            cues.add(new Entry(lines[0], seconds(m, 1), seconds(m, 5),
                    body.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&"), times));
        }
        return new VttFile(cues);
    }

    private static double seconds(Matcher m, int g) {
        return Integer.parseInt(m.group(g)) * 3600 + Integer.parseInt(m.group(g + 1)) * 60
                + Integer.parseInt(m.group(g + 2)) + Integer.parseInt(m.group(g + 3)) / 1000.0;
    }
}
