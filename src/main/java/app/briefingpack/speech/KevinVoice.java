package app.briefingpack.speech;

import app.briefingpack.lexicon.CmuDictionary;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import com.sun.speech.freetts.Item;
import com.sun.speech.freetts.Relation;
import com.sun.speech.freetts.Utterance;
import com.sun.speech.freetts.UtteranceProcessor;
import com.sun.speech.freetts.Voice;
import com.sun.speech.freetts.VoiceManager;
import com.sun.speech.freetts.lexicon.Lexicon;

/**
 * FreeTTS's kevin16 voice (16 kHz diphones) speaking into memory. A FreeTTS {@link Voice} keeps
 * per-utterance state, so each instance belongs to one thread.
 */
final class KevinVoice {

    private static final String DIRECTORY = "com.sun.speech.freetts.en.us.cmu_us_kal.KevinVoiceDirectory";
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
    private PronunciationLexicon applied;

    KevinVoice() {
        // One voice loads at a time: FreeTTS's letter-to-sound loader keeps static state, and two
        // lexicons loading at once corrupt each other (IndexOutOfBoundsException in loadBinary).
        synchronized (LOADING) {
            // FreeTTS reads the voice directory list from this property on every VoiceManager call.
            String dirs = System.getProperty("freetts.voices");
            if (dirs == null || dirs.isBlank()) System.setProperty("freetts.voices", DIRECTORY);
            else if (!dirs.contains(DIRECTORY)) System.setProperty("freetts.voices", dirs + "," + DIRECTORY);
            voice = VoiceManager.getInstance().getVoice("kevin16");
            if (voice == null) throw new IllegalStateException("FreeTTS voice kevin16 not found on the classpath");
            voice.setAudioPlayer(collector);
            voice.allocate();
        }
        installGuessRecorder();
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
        collector.take();
        if (!voice.speak(text)) throw new IllegalStateException("FreeTTS could not speak: " + text);
        return trim(collector.take());
    }

    /** Words spoken since the last call that neither the dictionary nor the addenda know. */
    Set<String> takeGuessedWords() {
        Set<String> out = new TreeSet<>(guessed);
        guessed.clear();
        return out;
    }

    static short[] trim(short[] s) {
        int first = 0;
        while (first < s.length && Math.abs(s[first]) < SILENCE) first++;
        if (first == s.length) return new short[0];
        int last = s.length - 1;
        while (last > first && Math.abs(s[last]) < SILENCE) last--;
        int from = Math.max(0, first - LEAD_IN);
        int to = Math.min(s.length, last + 1 + TAIL);
        return java.util.Arrays.copyOfRange(s, from, to);
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
