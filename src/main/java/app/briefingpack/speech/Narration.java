package app.briefingpack.speech;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;

import app.briefingpack.model.Metadata;

/**
 * A finished narration: the audio (16 kHz mono 16-bit PCM), its captions and chapters, and the
 * words the voice had to guess. The pack writer streams each output file from here.
 */
public final class Narration {

    /** kevin16's sample rate; every time in a narration is counted in these samples. */
    public static final int SAMPLE_RATE = 16000;

    private final short[] samples;
    private final List<ScriptChapter> script;
    private final List<Cue> captions;
    private final List<TimedSentence> sentences;
    private final List<CaptionCue> captionCues;
    private final List<Cue> chapters;
    private final List<String> guessedWords;
    private final Metadata metadata;
    private final String title;
    private final CompletableFuture<byte[]> mp3;

    Narration(short[] samples, List<ScriptChapter> script, List<Cue> captions, List<TimedSentence> sentences,
              List<Cue> chapters,
              List<String> guessedWords, String title, Metadata metadata, int leadIn, Executor encoder,
              boolean parallel) {
        this.samples = samples;
        this.script = List.copyOf(script);
        this.captions = List.copyOf(captions);
        this.sentences = List.copyOf(sentences);
        this.captionCues = CaptionBuilder.build(this.sentences);
        this.chapters = List.copyOf(chapters);
        this.guessedWords = List.copyOf(guessedWords);
        this.title = title;
        this.metadata = metadata;
        // Encoding is the slowest step: it starts at once in the background, so the pack build
        // writes the WAV, the captions and its PDFs meanwhile.
        List<long[]> quiet = new ArrayList<>();
        for (int i = 1; i < this.captions.size(); i++) {
            quiet.add(new long[] {this.captions.get(i - 1).end(), this.captions.get(i).start()});
        }
        this.mp3 = Mp3Encoder.encodeAsync(samples, Math.min(leadIn, Mp3Encoder.CODEC_DELAY), quiet, encoder, parallel);
    }

    /** narration.wav: PCM WAV, 16 kHz mono 16-bit. */
    public void writeWav(OutputStream out) throws IOException {
        WavWriter.write(samples, SAMPLE_RATE, out);
    }

    /**
     * narration.mp3: MPEG-2 layer III, 32 kbit/s mono, preceded by an ID3v2.4 tag with title,
     * artist (the author), album (the publication, else "Briefing Pack") and chapters. The
     * encoding runs once, in the background from the moment the narration exists.
     */
    public void writeMp3(OutputStream out) throws IOException {
        out.write(id3Tag());
        out.write(mp3Frames());
    }

    /** narration-sentences.vtt: one cue per spoken sentence of the article, id "p3-s2", text as written. */
    public String sentencesVtt() {
        return WebVtt.write(captions);
    }

    /**
     * narration.vtt: captions for everything said (introduction, summary, article, closing), at
     * most two lines of 42 characters and 1 to 7 seconds each, with word timestamps.
     */
    public String captionsVtt() {
        return WebVtt.writeCaptions(captionCues);
    }

    /**
     * narration.txt: the transcript, everything said in reading order, one paragraph a line
     * under its chapter's title (the text alternative to the audio).
     */
    public String transcript() {
        StringBuilder out = new StringBuilder(title.strip()).append('\n');
        for (ScriptChapter c : script) {
            out.append('\n').append(c.title()).append("\n\n");
            for (ScriptParagraph p : c.paragraphs()) {
                StringBuilder line = new StringBuilder();
                for (ScriptSentence s : p.sentences()) {
                    if (line.length() > 0) line.append(' ');
                    line.append(s.written().replaceAll("\\s+", " ").strip());
                }
                out.append(line).append('\n');
            }
        }
        return out.toString();
    }

    /** Every sentence said, in order, with its words timed: what a read-along book synchronises. */
    public List<TimedSentence> sentences() {
        return sentences;
    }

    /** The captions of {@link #captionsVtt()}. */
    public List<CaptionCue> captionCues() {
        return captionCues;
    }

    /** chapters.vtt: Introduction, Summary, Article, and inside Article one cue per paragraph. */
    public String chaptersVtt() {
        return WebVtt.write(chapters);
    }

    /** Words spoken by letter-to-sound rules (in neither the CMU dictionary nor the lexicon), sorted. */
    public List<String> guessedWords() {
        return guessedWords;
    }

    public Duration duration() {
        return Duration.ofMillis(samples.length * 1000L / SAMPLE_RATE);
    }

    public List<Cue> captions() {
        return captions;
    }

    public List<Cue> chapters() {
        return chapters;
    }

    /** What was said, chapter by chapter, in written and in spoken form. */
    public List<ScriptChapter> script() {
        return script;
    }

    public int sampleCount() {
        return samples.length;
    }

    /** A copy of the audio samples. */
    public short[] samples() {
        return samples.clone();
    }

    /** Written words spoken (introduction and summary included) per minute of audio. */
    public double wordsPerMinute() {
        int words = 0;
        for (ScriptChapter c : script)
            for (ScriptParagraph p : c.paragraphs())
                for (ScriptSentence s : p.sentences()) words += s.written().strip().split("\\s+").length;
        return words / (samples.length / (double) SAMPLE_RATE / 60);
    }

    private byte[] mp3Frames() throws IOException {
        try {
            return mp3.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("MP3 encoding interrupted", e);
        } catch (ExecutionException e) {
            throw new IOException("MP3 encoding failed: " + e.getCause(), e.getCause());
        }
    }

    private byte[] id3Tag() {
        Id3v2Tag tag = new Id3v2Tag()
                .text("TIT2", title)
                .text("TPE1", metadata.author())
                .text("TALB", metadata.publication() != null ? metadata.publication() : "Briefing Pack")
                .text("TLAN", "eng")
                .text("TLEN", Long.toString(duration().toMillis()));
        if (metadata.date() != null) tag.text("TDRC", metadata.date().toString());
        List<String> top = new ArrayList<>();
        List<String> inner = new ArrayList<>();
        List<String> innerLabels = new ArrayList<>();
        String innerParent = null;
        for (int i = 0; i < chapters.size(); i++) {
            Cue c = chapters.get(i);
            String id = "chp" + i;
            tag.chapter(id, c.text(), millis(c.start()), millis(c.end()));
            if (c.level() == 0) {
                top.add(id);
                innerParent = c.text();
            } else {
                inner.add(id);
                innerLabels.add(c.id().substring(c.id().lastIndexOf('-') + 1));
            }
        }
        // The paragraph chapters get a table of their own, listed last in the top-level one, so
        // that players showing only top-level entries offer Introduction, Summary, Article.
        if (!inner.isEmpty()) top.add("toc-paragraphs");
        tag.tableOfContents("toc", true, title, top);
        // A CTOC lists at most 255 entries: a longer article gets one sub-table per group of paragraphs.
        if (!inner.isEmpty())
            tag.nestedTableOfContents("toc-paragraphs", innerParent + ": paragraphs", "Paragraphs", inner, innerLabels);
        return tag.toBytes();
    }

    private static long millis(long sample) {
        return Math.round(sample * 1000.0 / SAMPLE_RATE);
    }
}
