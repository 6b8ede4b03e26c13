package app.briefingpack.speech;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import de.sciss.jump3r.lowlevel.LameDecoder;

import app.briefingpack.analysis.Analyser;
import app.briefingpack.model.Article;
import app.briefingpack.model.Briefing;
import app.briefingpack.model.Metadata;
import app.briefingpack.model.Paragraph;

/** The whole sample narrated once (about a second of synthesis) and checked from every side. */
class NarrationTest {

    private static Briefing briefing;
    private static Narration narration;
    private static List<ScriptSentence> articleSentences;

    @BeforeAll
    static void narrateTheSample() throws Exception {
        briefing = SampleBriefing.load();
        narration = Narrator.narrate(briefing, NarrationOptions.defaults());
        articleSentences = narration.script().stream().flatMap(c -> c.paragraphs().stream())
                .flatMap(p -> p.sentences().stream()).filter(ScriptSentence::fromArticle).toList();
    }

    @Test
    void durationFitsANaturalSpeakingRate() {
        double minutes = narration.sampleCount() / (double) Narration.SAMPLE_RATE / 60;
        int words = 0;
        for (ScriptChapter c : narration.script())
            for (ScriptParagraph p : c.paragraphs())
                for (ScriptSentence s : p.sentences()) words += s.written().split("\\s+").length;
        assertThat(words / minutes).isBetween(150.0, 200.0);
        assertThat(narration.wordsPerMinute()).isCloseTo(words / minutes, within(0.5));
        assertThat(narration.duration().toSeconds()).isEqualTo(narration.sampleCount() / Narration.SAMPLE_RATE);
    }

    @Test
    void aFasterRateMakesAShorterNarration() throws Exception {
        Article full = briefing.article();
        Article twoParagraphs = new Article(full.source(), full.metadata(), full.body(), full.bodyOffset(),
                full.paragraphs().subList(0, 2));
        Narration normal = Narrator.narrate(Briefing.of(twoParagraphs), NarrationOptions.defaults());
        Narration fast = Narrator.narrate(Briefing.of(twoParagraphs), new NarrationOptions(220, null));
        assertThat(fast.wordsPerMinute()).isGreaterThan(normal.wordsPerMinute() * 1.2);
        assertThat(fast.captions()).hasSameSizeAs(normal.captions());
    }

    @Test
    void oneCaptionPerArticleSentenceInOrderInsideTheAudio() {
        VttFile vtt = VttFile.parse(narration.sentencesVtt());
        assertThat(vtt.cues()).hasSameSizeAs(articleSentences).hasSizeGreaterThan(25);
        double audioEnd = narration.sampleCount() / (double) Narration.SAMPLE_RATE;
        double previousEnd = 0;
        for (int i = 0; i < vtt.cues().size(); i++) {
            VttFile.Entry cue = vtt.cues().get(i);
            assertThat(cue.text()).isEqualTo(articleSentences.get(i).written().replaceAll("\\s+", " "));
            assertThat(cue.start()).isGreaterThanOrEqualTo(previousEnd);
            assertThat(cue.end()).isGreaterThan(cue.start()).isLessThanOrEqualTo(audioEnd);
            previousEnd = cue.end();
        }
        assertThat(vtt.cues().stream().map(VttFile.Entry::id).distinct()).hasSameSizeAs(vtt.cues());
        // cue text is the article as written: curly apostrophes and "U.S." stay
        assertThat(narration.sentencesVtt()).contains("Saddam\u2019s regime", "U.S. troops");
    }

    @Test
    void captionsStartWhereTheirSentenceStartsInTheAudio() {
        short[] audio = narration.samples();
        int last = narration.captions().size() - 1;
        for (int i : new int[] {0, 3, last / 2, last}) {
            Cue cue = narration.captions().get(i);
            short[] alone = Narrator.speakAlone(articleSentences.get(i).spoken(), NarrationOptions.defaults());
            int tolerance = Narration.SAMPLE_RATE / 20; // 50 ms
            int best = bestMatch(audio, alone, (int) cue.start() - tolerance, (int) cue.start() + tolerance);
            assertThat(Math.abs(best - cue.start())).as("cue %d start error in samples", i).isLessThanOrEqualTo(tolerance);
            assertThat(cue.end() - cue.start()).isEqualTo(alone.length);
        }
    }

    @Test
    void usTroopsIsSpokenWithoutAPauseAndSaddamsAsOneWord() {
        SpeechNormaliser n = new SpeechNormaliser(PronunciationLexicon.bundled().sayAs());
        String raw = "the complete withdrawal of U.S. troops in return for the surrender";
        short[] normalised = Narrator.speakAlone(n.normalise(raw), NarrationOptions.defaults());
        short[] unnormalised = Narrator.speakAlone(raw, NarrationOptions.defaults());
        assertThat(longestInnerSilenceMs(normalised)).isLessThan(120);
        assertThat(longestInnerSilenceMs(unnormalised)).as("raw FreeTTS pauses after U.S.").isGreaterThan(120);
        // "Saddam’s": with the curly apostrophe FreeTTS says "Saddam S", a syllable longer
        short[] curly = Narrator.speakAlone("to restore Saddam\u2019s regime", NarrationOptions.defaults());
        short[] plain = Narrator.speakAlone(n.normalise("to restore Saddam\u2019s regime"), NarrationOptions.defaults());
        assertThat(plain.length).isLessThan(curly.length - Narration.SAMPLE_RATE / 10);
    }

    @Test
    void analysedBriefingIsNarratedWithItsSummaryAndItsOwnSentences() throws Exception {
        Briefing analysed = new Analyser().analyse(briefing.article());
        Narration n = Narrator.narrate(analysed, NarrationOptions.defaults());
        assertThat(VttFile.parse(n.chaptersVtt()).cues()).extracting(VttFile.Entry::text)
                .startsWith("Introduction", "Summary", "Article");
        List<String> expected = analysed.sentences().stream()
                .filter(s -> s.text().matches("(?s).*[A-Za-z0-9].*"))
                .map(s -> s.text().strip().replaceAll("\\s+", " ")).toList();
        assertThat(VttFile.parse(n.sentencesVtt()).cues()).extracting(VttFile.Entry::text).isEqualTo(expected);
        String summary = n.script().get(1).paragraphs().stream().flatMap(p -> p.sentences().stream())
                .map(ScriptSentence::written).reduce("", (a, b) -> a + " " + b);
        assertThat(summary).contains(analysed.thesis().strip().substring(0, 20));
    }

    @Test
    void aTeachersLexiconChangesHowAWordIsSaid(@TempDir Path dir) throws Exception {
        String text = "Allawi spoke to Zarqawi.";
        Article a = new Article("x.txt", Metadata.empty(), text, 0, List.of(new Paragraph(1, text, 0, text.length())));
        Path mine = dir.resolve("mine.lex");
        Files.writeString(mine, "allawi  ae1 l ax w ay ax l ae1 l ax w ay\n");
        Narration plain = Narrator.narrate(Briefing.of(a), NarrationOptions.defaults());
        Narration edited = Narrator.narrate(Briefing.of(a), new NarrationOptions(165, mine));
        assertThat(edited.captions().get(0).end() - edited.captions().get(0).start())
                .isGreaterThan(plain.captions().get(0).end() - plain.captions().get(0).start() + Narration.SAMPLE_RATE / 5);
        assertThat(plain.guessedWords()).contains("zarqawi").doesNotContain("allawi");

        Files.writeString(mine, "allawi  ae1 l qq\n");
        assertThatThrownBy(() -> Narrator.narrate(Briefing.of(a), new NarrationOptions(165, mine)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("mine.lex line 1");
    }

    @Test
    void oddTextNeitherBreaksTheVoiceNorLosesACaption() throws Exception {
        String p1 = "Prices rose 1,000,000,000,000,000,000,000% \ud83d\ude42 in \u5317\u4eac\u2026 Really?";
        String p2 = "\u2014 \u2026 \u2014";
        String body = p1 + "\n\n" + p2;
        Article a = new Article("odd.txt", Metadata.empty(), body, 0, List.of(
                new Paragraph(1, p1, 0, p1.length()), new Paragraph(2, p2, p1.length() + 2, body.length())));
        Narration n = Narrator.narrate(Briefing.of(a), NarrationOptions.defaults());
        assertThat(n.captions()).extracting(Cue::text).containsExactly(p1);
        assertThat(n.sampleCount()).isGreaterThan(Narration.SAMPLE_RATE);
        VttFile.parse(n.captionsVtt());
        VttFile.parse(n.sentencesVtt());
        VttFile.parse(n.chaptersVtt());
    }

    @Test
    void wavReadsBackWithJavaSound() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        narration.writeWav(out);
        try (AudioInputStream in = AudioSystem.getAudioInputStream(new ByteArrayInputStream(out.toByteArray()))) {
            AudioFormat f = in.getFormat();
            assertThat(f.getSampleRate()).isEqualTo(16000f);
            assertThat(f.getChannels()).isEqualTo(1);
            assertThat(f.getSampleSizeInBits()).isEqualTo(16);
            assertThat(f.isBigEndian()).isFalse();
            assertThat(in.getFrameLength()).isEqualTo(narration.sampleCount());
            byte[] pcm = in.readAllBytes();
            short[] samples = narration.samples();
            int mid = samples.length / 2;
            assertThat((short) ((pcm[2 * mid + 1] << 8) | (pcm[2 * mid] & 0xff))).isEqualTo(samples[mid]);
        }
    }

    @Test
    void mp3HasTagsChaptersAndAnUnbrokenChainOfFrames() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        narration.writeMp3(out);
        byte[] mp3 = out.toByteArray();
        assertThat(new String(mp3, 0, 3, StandardCharsets.ISO_8859_1)).isEqualTo("ID3");
        assertThat(mp3[3]).isEqualTo((byte) 4);
        int tagSize = syncsafe(mp3, 6);
        Map<String, List<byte[]>> frames = frames(ByteBuffer.wrap(mp3, 10, tagSize).slice());
        assertThat(text(frames.get("TIT2").get(0))).isEqualTo(briefing.article().displayTitle());
        assertThat(text(frames.get("TPE1").get(0))).isEqualTo("Gareth Porter");
        assertThat(text(frames.get("TALB").get(0))).isEqualTo("Foreign Policy In Focus");
        assertThat(frames.get("CHAP")).hasSameSizeAs(narration.chapters());
        // top-level, ordered table: Introduction, Article, then the table of paragraph chapters
        byte[] toc = frames.get("CTOC").get(0);
        assertThat(new String(toc, 0, 4, StandardCharsets.ISO_8859_1)).isEqualTo("toc\0");
        assertThat(toc[4]).isEqualTo((byte) 3);
        assertThat(toc[5]).isEqualTo((byte) 3);
        assertThat(new String(toc, 6, "chp0\0chp1\0toc-paragraphs\0".length(), StandardCharsets.ISO_8859_1))
                .isEqualTo("chp0\0chp1\0toc-paragraphs\0");
        assertThat(frames.get("CTOC").get(1)[15]).isEqualTo((byte) 1); // after "toc-paragraphs" and its NUL: flags: ordered, not top-level
        assertThat(frames.get("CTOC").get(1)[16] & 0xff).isEqualTo(briefing.article().paragraphs().size());
        // first CHAP: "chp0", start and end in ms, embedded title
        ByteBuffer chap = ByteBuffer.wrap(frames.get("CHAP").get(0));
        assertThat(new String(chap.array(), 0, 4, StandardCharsets.ISO_8859_1)).isEqualTo("chp0");
        chap.position(5);
        Cue first = narration.chapters().get(0);
        assertThat(chap.getInt()).isEqualTo(Math.round(first.start() * 1000.0 / Narration.SAMPLE_RATE));
        assertThat(chap.getInt()).isEqualTo(Math.round(first.end() * 1000.0 / Narration.SAMPLE_RATE));

        // MPEG-2 layer III frames, 32 kbit/s, 16 kHz, mono, back to back to the end of the file
        int pos = 10 + tagSize;
        int count = 0;
        while (pos < mp3.length) {
            assertThat(mp3[pos] & 0xff).isEqualTo(0xff);
            int b1 = mp3[pos + 1] & 0xff, b2 = mp3[pos + 2] & 0xff, b3 = mp3[pos + 3] & 0xff;
            assertThat(b1 & 0xfe).as("sync, MPEG-2, layer III").isEqualTo(0xf2);
            assertThat(b2 >> 4).as("bitrate index 32 kbit/s").isEqualTo(4);
            assertThat((b2 >> 2) & 3).as("16 kHz").isEqualTo(2);
            assertThat(b3 >> 6).as("mono").isEqualTo(3);
            pos += 144 + ((b2 >> 1) & 1);
            count++;
        }
        assertThat(pos).isEqualTo(mp3.length);
        double seconds = count * 576.0 / Narration.SAMPLE_RATE;
        assertThat(seconds).isCloseTo(narration.sampleCount() / (double) Narration.SAMPLE_RATE, within(0.2));
    }

    @Test
    void mp3DecodesToTheSameTimelineAsTheWav(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("narration.mp3");
        try (OutputStream out = Files.newOutputStream(file)) {
            narration.writeMp3(out);
        }
        long frames = (Files.size(file) - 10 - syncsafe(Files.readAllBytes(file), 6)) / Mp3Encoder.FRAME_BYTES;
        short[] decoded = decode(file, (int) frames);
        short[] wav = narration.samples();
        assertThat(decoded.length).isGreaterThanOrEqualTo(wav.length);
        // Every caption's first loud sample is where the WAV has it, before and after the point
        // where the two halves encoded in parallel meet.
        int tolerance = Narration.SAMPLE_RATE / 20;
        for (Cue cue : narration.captions()) {
            int inWav = firstLoud(wav, (int) cue.start());
            int inMp3 = firstLoud(decoded, (int) cue.start() - tolerance);
            assertThat(Math.abs(inMp3 - inWav)).as("cue %s onset in MP3 vs WAV", cue.id()).isLessThanOrEqualTo(tolerance);
        }
    }

    @Test
    void chaptersAreValidWebVttAndCoverTheArticle() {
        VttFile vtt = VttFile.parse(narration.chaptersVtt());
        List<String> titles = vtt.cues().stream().map(VttFile.Entry::text).toList();
        assertThat(titles).startsWith("Introduction", "Article").contains("Paragraph 1")
                .contains("Paragraph " + briefing.article().paragraphs().size()).doesNotContain("Summary");
        VttFile.Entry article = vtt.cues().get(1);
        double previous = -1;
        for (VttFile.Entry c : vtt.cues()) {
            assertThat(c.start()).isGreaterThanOrEqualTo(previous);
            previous = c.start();
            if (c.text().startsWith("Paragraph")) {
                assertThat(c.start()).isGreaterThanOrEqualTo(article.start());
                assertThat(c.end()).isLessThanOrEqualTo(article.end());
            }
        }
    }

    @Test
    void reportsWordsTheVoiceHadToGuessButNotTheLexiconsNames() {
        assertThat(narration.guessedWords()).doesNotContain("allawi", "anbar", "negroponte", "baathist", "saddamist")
                .isSorted();
        KevinVoice voice = new KevinVoice();
        voice.prepare(PronunciationLexicon.bundled(), 165);
        voice.speak("The zorblaxian fleet met Allawi.");
        assertThat(voice.takeGuessedWords()).containsExactly("zorblaxian");
    }

    private static int bestMatch(short[] audio, short[] needle, int from, int to) {
        long bestScore = Long.MAX_VALUE;
        int best = -1;
        int n = Math.min(needle.length, Narration.SAMPLE_RATE / 2);
        for (int at = Math.max(0, from); at <= to && at + n <= audio.length; at++) {
            long score = 0;
            for (int k = 0; k < n && score < bestScore; k++) score += Math.abs(audio[at + k] - needle[k]);
            if (score < bestScore) {
                bestScore = score;
                best = at;
            }
        }
        return best;
    }

    /** Decodes with jump3r's decoder, which reads a file, writes little-endian samples and talks on stdout. */
    private static short[] decode(Path file, int frames) {
        PrintStream stdout = System.out;
        System.setOut(new PrintStream(OutputStream.nullOutputStream()));
        try {
            LameDecoder decoder = new LameDecoder(file.toString());
            ByteBuffer frame = ByteBuffer.allocate(Mp3Encoder.FRAME_SAMPLES * 2);
            short[] out = new short[frames * Mp3Encoder.FRAME_SAMPLES];
            for (int f = 0; f < frames; f++) {
                decoder.decode(frame, true);
                byte[] b = frame.array();
                for (int k = 0; k < Mp3Encoder.FRAME_SAMPLES; k++)
                    out[f * Mp3Encoder.FRAME_SAMPLES + k] = (short) ((b[2 * k + 1] << 8) | (b[2 * k] & 0xff));
            }
            decoder.close();
            return out;
        } finally {
            System.setOut(stdout);
        }
    }

    /** Start of the first 5 ms whose mean amplitude passes 1000: an onset that coding noise cannot fake. */
    private static int firstLoud(short[] s, int from) {
        int window = Narration.SAMPLE_RATE / 200;
        long sum = 0;
        for (int i = Math.max(0, from); i < s.length; i++) {
            sum += Math.abs(s[i]);
            if (i - window >= Math.max(0, from)) sum -= Math.abs(s[i - window]);
            if (sum > 1000L * window) return i - window + 1;
        }
        return -1;
    }

    private static int longestInnerSilenceMs(short[] s) {
        int longest = 0, run = 0;
        for (short v : s) {
            run = Math.abs(v) < 320 ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        return longest * 1000 / Narration.SAMPLE_RATE;
    }

    private static int syncsafe(byte[] b, int at) {
        return (b[at] & 0x7f) << 21 | (b[at + 1] & 0x7f) << 14 | (b[at + 2] & 0x7f) << 7 | (b[at + 3] & 0x7f);
    }

    private static Map<String, List<byte[]>> frames(ByteBuffer tag) {
        Map<String, List<byte[]>> out = new HashMap<>();
        while (tag.remaining() >= 10 && tag.get(tag.position()) != 0) {
            byte[] id = new byte[4];
            tag.get(id);
            byte[] size = new byte[4];
            tag.get(size);
            tag.getShort();
            byte[] body = new byte[syncsafe(size, 0)];
            tag.get(body);
            out.computeIfAbsent(new String(id, StandardCharsets.ISO_8859_1), k -> new ArrayList<>()).add(body);
        }
        assertThat(tag.remaining()).isZero();
        return out;
    }

    private static String text(byte[] frame) {
        assertThat(frame[0]).as("UTF-8 text").isEqualTo((byte) 3);
        return new String(frame, 1, frame.length - 1, StandardCharsets.UTF_8);
    }
}
