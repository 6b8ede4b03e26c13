package app.briefingpack.speech;

import app.briefingpack.lexicon.CmuDictionary;

import java.io.IOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import com.sun.speech.freetts.Item;
import com.sun.speech.freetts.Relation;
import com.sun.speech.freetts.Utterance;
import com.sun.speech.freetts.UtteranceProcessor;
import com.sun.speech.freetts.Voice;
import com.sun.speech.freetts.Age;
import com.sun.speech.freetts.Gender;
import com.sun.speech.freetts.en.us.CMUDiphoneVoice;
import com.sun.speech.freetts.en.us.CMULexicon;
import com.sun.speech.freetts.en.us.cmu_us_kal.KevinVoiceDirectory;
import com.sun.speech.freetts.lexicon.Lexicon;

/**
 * FreeTTS's kevin16 voice (16 kHz diphones) speaking into memory. A FreeTTS {@link Voice} keeps
 * per-utterance state, so each instance belongs to one thread.
 */
final class KevinVoice {

    /** Words a minute kevin16 actually speaks at duration stretch 1 (measured on the sample: 172). */
    static final double NATURAL_WPM = 172;
    /** Below this amplitude (about -40 dBFS) a sample counts as silence when trimming. */
    private static final int SILENCE = 320;
    /** Kept before the first and after the last loud sample, so soft onsets and releases survive. */
    private static final int LEAD_IN = Narration.SAMPLE_RATE * 25 / 1000;
    private static final int TAIL = Narration.SAMPLE_RATE * 80 / 1000;

    /** Held while anything FreeTTS loads a lexicon (see the constructor). */
    static final Object LOADING = CmuDictionary.FREETTS_LOADING;

    private final Voice voice;
    private final PcmCollector collector = new PcmCollector();
    private final Set<String> guessed = new TreeSet<>();
    private final WordTimer timer = new WordTimer();
    private PronunciationLexicon applied;

    KevinVoice() {
        // One voice loads at a time: FreeTTS's letter-to-sound loader keeps static state, and two
        // lexicons loading at once corrupt each other (IndexOutOfBoundsException in loadBinary).
        synchronized (LOADING) {
            voice = new Kevin16();
            voice.setAudioPlayer(collector);
            voice.allocate();
        }
        installGuessRecorder();
        // After the unit concatenator, the last processor: the audio of each utterance is final there.
        @SuppressWarnings("unchecked")
        List<UtteranceProcessor> processors = voice.getUtteranceProcessors();
        processors.add(timer);
    }

    /**
     * kevin16 as FreeTTS's {@code KevinVoiceDirectory} makes it (the same lexicon, diphones and
     * processors), except that every instance shares one unit selector, so the 4 MB diphone
     * database is read and held once however many threads speak: the selector only reads it
     * (FreeTTS's default "preload" cache: a map filled at load, never changed after), and each
     * utterance keeps its own state. The second voice then loads in about half the time and the
     * heap holds some 10 MB less for the collector to copy.
     */
    private static final class Kevin16 extends CMUDiphoneVoice {

        private static final URL DATABASE = KevinVoiceDirectory.class.getResource("cmu_us_kal16.bin");
        private static UtteranceProcessor sharedSelector; // guarded by LOADING

        Kevin16() {
            super("kevin16", Gender.MALE, Age.YOUNGER_ADULT, "default 16-bit diphone voice", Locale.US, "general", "cmu",
                    new CMULexicon("cmulex"), DATABASE);
        }

        /** FreeTTS finds the voice's data beside its own class; this subclass lives elsewhere. */
        @Override
        protected URL getResource(String name) {
            return CMUDiphoneVoice.class.getResource(name);
        }

        @Override
        public UtteranceProcessor getUnitSelector() throws IOException {
            synchronized (LOADING) {
                if (sharedSelector == null) sharedSelector = super.getUnitSelector();
                return sharedSelector;
            }
        }
    }

    /** Makes the voice use {@code lexicon}'s words and speak at about {@code wordsPerMinute}. */
    void prepare(PronunciationLexicon lexicon, int wordsPerMinute) {
        if (!lexicon.equals(applied)) {
            if (applied != null) applied.removeFrom(voice.getLexicon());
            lexicon.applyTo(voice.getLexicon());
            applied = lexicon;
        }
        voice.setDurationStretch((float) (NATURAL_WPM / wordsPerMinute));
    }

    /** Speaks one sentence; returns its samples without the silence FreeTTS puts around it. */
    short[] speak(String text) {
        return speakTimed(text).samples();
    }

    /** Speaks one sentence: its samples without the silence around them, and its words timed in them. */
    Speech speakTimed(String text) {
        collector.take();
        timer.take();
        if (!voice.speak(text)) throw new IllegalStateException("FreeTTS could not speak: " + text);
        short[] all = collector.take();
        int[] kept = loudSpan(all);
        List<SpokenWord> words = new ArrayList<>();
        for (SpokenWord w : timer.take()) {
            // Words are shifted with the trim; a word in the trimmed silence is clamped to its edge.
            long start = Math.min(Math.max(0, w.start() - kept[0]), kept[1] - kept[0]);
            long end = Math.min(Math.max(start, w.end() - kept[0]), kept[1] - kept[0]);
            words.add(new SpokenWord(w.word(), start, end));
        }
        return new Speech(java.util.Arrays.copyOfRange(all, kept[0], kept[1]), words);
    }

    /** A sentence spoken alone: trimmed samples and its words' timings in them. */
    record Speech(short[] samples, List<SpokenWord> words) {
    }

    /** Words spoken since the last call that neither the dictionary nor the addenda know. */
    Set<String> takeGuessedWords() {
        Set<String> out = new TreeSet<>(guessed);
        guessed.clear();
        return out;
    }

    static short[] trim(short[] s) {
        int[] kept = loudSpan(s);
        return java.util.Arrays.copyOfRange(s, kept[0], kept[1]);
    }

    /** {from, to}: the samples kept by trimming, the loud part with a short margin each side. */
    private static int[] loudSpan(short[] s) {
        int first = 0;
        while (first < s.length && Math.abs(s[first]) < SILENCE) first++;
        if (first == s.length) return new int[] {0, 0};
        int last = s.length - 1;
        while (last > first && Math.abs(s[last]) < SILENCE) last--;
        return new int[] {Math.max(0, first - LEAD_IN), Math.min(s.length, last + 1 + TAIL)};
    }

    /**
     * Puts a processor right after FreeTTS's TokenToWords that asks the voice's lexicon (with
     * letter-to-sound rules off) and the full CMU dictionary about every word about to be
     * spoken: those neither knows are the words the voice guesses.
     */
    @SuppressWarnings("unchecked")
    private void installGuessRecorder() {
        List<UtteranceProcessor> processors = voice.getUtteranceProcessors();
        Lexicon lexicon = voice.getLexicon();
        UtteranceProcessor recorder = new UtteranceProcessor() {
            @Override
            public void processUtterance(Utterance u) {
                Relation words = u.getRelation(Relation.WORD);
                if (words == null) return;
                for (Item w = words.getHead(); w != null; w = w.getNext()) {
                    String word = w.getFeatures().getString("name");
                    if (word == null || !word.matches("[a-z]{2,}")) continue;
                    if (lexicon.getPhones(word, null, false) == null && !FullCmuDictionary.knows(word))
                        guessed.add(word.toLowerCase(Locale.ROOT));
                }
            }

            @Override
            public String toString() {
                return "GuessedWordRecorder";
            }
        };
        int at = 0;
        for (int i = 0; i < processors.size(); i++) {
            if (processors.get(i).getClass().getSimpleName().equals("TokenToWords")) at = i + 1;
        }
        processors.add(at, recorder);
    }
}
