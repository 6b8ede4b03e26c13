package app.briefingpack.speech;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import app.briefingpack.model.Briefing;

/**
 * Narrates a briefing with FreeTTS kevin16: builds the script, normalises it for speech,
 * synthesises paragraphs on up to two threads (one voice each, kept for the life of the
 * thread), then lays the sentences end to end with pauses of its own and times every caption
 * and chapter from the sample counts.
 */
public final class Narrator {

    /** Pauses in milliseconds at {@link NarrationOptions#DEFAULT_WORDS_PER_MINUTE}; they scale with the rate. */
    static final int LEAD_IN_MS = 300;
    static final int SENTENCE_PAUSE_MS = 350;
    static final int PARAGRAPH_PAUSE_MS = 800;
    static final int CHAPTER_PAUSE_MS = 1300;
    static final int TAIL_MS = 600;

    /**
     * The longest narration made, in hours of audio. The audio is held in memory as 16-bit
     * samples (a WAV cannot hold more than 2^31 of them, 37 hours, either); three hours is about
     * 30,000 words, a short book, and already 350 MB of samples.
     */
    public static final double MAX_HOURS = 3;

    private static final int THREADS = Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors()));
    private static final ThreadLocal<KevinVoice> VOICE = ThreadLocal.withInitial(KevinVoice::new);
    private static ExecutorService pool;

    private Narrator() {
    }

    public static Narration narrate(Briefing briefing, NarrationOptions options) throws IOException {
        PronunciationLexicon lexicon = PronunciationLexicon.bundled();
        if (options.lexiconOverride() != null)
            lexicon = lexicon.overriddenBy(PronunciationLexicon.load(options.lexiconOverride()));
        SpeechNormaliser normaliser = new SpeechNormaliser(lexicon.sayAs());
        List<ScriptChapter> script = new ScriptBuilder(normaliser).build(briefing);
        Synthesis synthesis = synthesise(script, lexicon, options.wordsPerMinute());
        return assemble(briefing, script, synthesis, options.wordsPerMinute());
    }

    /**
     * About how long the narration of {@code briefing} would be, from its written words (numbers
     * and abbreviations say more words than they are written with, hence the margin). Cheap: a
     * caller checks it against {@link #MAX_HOURS} before narrating.
     */
    public static double estimatedHours(Briefing briefing, int wordsPerMinute) {
        long words = 0;
        for (var p : briefing.article().paragraphs()) words += p.text().split("\\s+").length;
        return words * 1.15 / wordsPerMinute / 60;
    }

    /**
     * Loads a voice on each synthesis thread now, in the background, so the first narration does
     * not wait for them (about 1 s of loading on this kind of machine). Returns at once.
     */
    public static void warmUp() {
        ExecutorService executor = pool();
        CountDownLatch everyThread = new CountDownLatch(THREADS);
        for (int i = 0; i < THREADS; i++) {
            executor.submit(() -> {
                VOICE.get();
                everyThread.countDown();
                everyThread.await(); // keeps this thread busy so the next task lands on another
                return null;
            });
        }
    }

    /** Speaks one text alone, the way the narration speaks each sentence (trimmed, no pauses). */
    public static short[] speakAlone(String spokenText, NarrationOptions options) {
        KevinVoice voice = VOICE.get();
        voice.prepare(PronunciationLexicon.bundled(), options.wordsPerMinute());
        return voice.speak(spokenText);
    }

    private record Spoken(List<KevinVoice.Speech> sentences, Set<String> guessed) {
    }

    /** The audio of every script paragraph, in script order, and the words the voice guessed. */
    private record Synthesis(List<List<KevinVoice.Speech>> paragraphs, Set<String> guessed) {
    }

    private static Synthesis synthesise(List<ScriptChapter> script, PronunciationLexicon lexicon,
                                                  int wpm) throws IOException {
        List<Future<Spoken>> jobs = new ArrayList<>();
        ExecutorService executor = pool();
        for (ScriptChapter chapter : script) {
            for (ScriptParagraph paragraph : chapter.paragraphs()) {
                jobs.add(executor.submit(() -> {
                    KevinVoice voice = VOICE.get();
                    voice.prepare(lexicon, wpm);
                    voice.takeGuessedWords();
                    List<KevinVoice.Speech> out = new ArrayList<>();
                    for (ScriptSentence s : paragraph.sentences()) out.add(voice.speakTimed(s.spoken()));
                    return new Spoken(out, voice.takeGuessedWords());
                }));
            }
        }
        List<List<KevinVoice.Speech>> out = new ArrayList<>();
        Set<String> guessed = new TreeSet<>();
        try {
            for (Future<Spoken> job : jobs) {
                Spoken s = job.get();
                out.add(s.sentences());
                guessed.addAll(s.guessed());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("narration interrupted", e);
        } catch (ExecutionException e) {
            throw new IOException("speech synthesis failed: " + e.getCause(), e.getCause());
        }
        return new Synthesis(out, guessed);
    }

    private static Narration assemble(Briefing briefing, List<ScriptChapter> script, Synthesis synthesis, int wpm) {
        List<List<KevinVoice.Speech>> audio = synthesis.paragraphs();
        double scale = NarrationOptions.DEFAULT_WORDS_PER_MINUTE / (double) wpm;
        int sentencePause = samples(SENTENCE_PAUSE_MS, scale);
        int paragraphPause = samples(PARAGRAPH_PAUSE_MS, scale);
        int chapterPause = samples(CHAPTER_PAUSE_MS, scale);
        int leadIn = samples(LEAD_IN_MS, 1);

        // the exact length, counted as the loop below lays the audio out: the samples are
        // copied once into an array of their final size (an hour of audio is 115 MB of samples)
        long total = leadIn + samples(TAIL_MS, 1);
        int counted = 0;
        for (int c = 0; c < script.size(); c++) {
            int paragraphs = script.get(c).paragraphs().size();
            for (int p = 0; p < paragraphs; p++) {
                List<KevinVoice.Speech> sounds = audio.get(counted++);
                for (int s = 0; s < sounds.size(); s++)
                    total += sounds.get(s).samples().length + (s < sounds.size() - 1 ? sentencePause : 0);
                if (p < paragraphs - 1) total += paragraphPause;
            }
            if (c < script.size() - 1) total += chapterPause;
        }
        if (total > MAX_HOURS * 3600 * Narration.SAMPLE_RATE * 1.5)
            throw new IllegalStateException(String.format(Locale.ROOT,
                    "the narration would last %.1f hours, over the limit of %.0f", total / 3600.0 / Narration.SAMPLE_RATE, MAX_HOURS));
        short[] pcm = new short[(int) total];

        List<Cue> captions = new ArrayList<>();
        List<Cue> chapters = new ArrayList<>();
        List<TimedSentence> timed = new ArrayList<>();
        int at = leadIn;
        int job = 0;
        for (int c = 0; c < script.size(); c++) {
            ScriptChapter chapter = script.get(c);
            int chapterStart = at;
            int otherSentences = 0;
            List<Cue> markers = new ArrayList<>();
            for (int p = 0; p < chapter.paragraphs().size(); p++) {
                ScriptParagraph paragraph = chapter.paragraphs().get(p);
                List<KevinVoice.Speech> sounds = audio.get(job);
                audio.set(job++, null); // copied below; let it go, a long article's audio is large
                int paragraphStart = at;
                int sentenceNo = 0;
                for (int s = 0; s < sounds.size(); s++) {
                    short[] sound = sounds.get(s).samples();
                    ScriptSentence sentence = paragraph.sentences().get(s);
                    System.arraycopy(sound, 0, pcm, at, sound.length);
                    String id;
                    if (sentence.fromArticle()) {
                        id = "p" + paragraph.articleParagraph() + "-s" + ++sentenceNo;
                        captions.add(new Cue(id, sentence.written(), at, at + sound.length, 0));
                    } else {
                        id = "ch" + (c + 1) + "-s" + ++otherSentences;
                    }
                    List<SpokenWord> words = new ArrayList<>();
                    for (SpokenWord w : sounds.get(s).words()) words.add(w.shifted(at));
                    timed.add(new TimedSentence(id, sentence.written(), c, paragraph.articleParagraph(),
                            sentence.fromArticle(), at, at + sound.length,
                            WordAligner.align(sentence.written(), words, at, at + sound.length)));
                    at += sound.length;
                    if (s < sounds.size() - 1) at += sentencePause;
                }
                if (paragraph.articleParagraph() > 0) {
                    markers.add(new Cue("paragraph-" + paragraph.articleParagraph(),
                            "Paragraph " + paragraph.articleParagraph(), paragraphStart, at, 1));
                }
                if (p < chapter.paragraphs().size() - 1) at += paragraphPause;
            }
            chapters.add(new Cue("chapter-" + (c + 1), chapter.title(), chapterStart, at, 0));
            chapters.addAll(markers);
            if (c < script.size() - 1) at += chapterPause;
        }
        at += samples(TAIL_MS, 1);
        short[] trimmed = at == pcm.length ? pcm : java.util.Arrays.copyOf(pcm, at);
        List<String> guessed = new ArrayList<>(synthesis.guessed());
        return new Narration(trimmed, script, captions, timed, chapters, guessed,
                briefing.article().displayTitle(), briefing.article().metadata(), leadIn, pool(), THREADS > 1);
    }

    private static int samples(int millis, double scale) {
        return (int) Math.round(millis * scale * Narration.SAMPLE_RATE / 1000.0);
    }

    /** Voice threads live as long as the program (daemons), so each voice is loaded once. */
    private static synchronized ExecutorService pool() {
        if (pool == null) {
            AtomicInteger n = new AtomicInteger();
            pool = Executors.newFixedThreadPool(THREADS, r -> {
                Thread t = new Thread(r, "narration-voice-" + n.incrementAndGet());
                t.setDaemon(true);
                return t;
            });
        }
        return pool;
    }
}
