package app.briefingpack.speech;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Word timings read from FreeTTS, checked against the audio they describe. */
class WordTimingTest {

    private static final int MS = Narration.SAMPLE_RATE / 1000;

    @Test
    void afterAPauseAWordBecomesAudibleWithinTwentyMillisecondsOfItsPredictedStart() {
        KevinVoice voice = new KevinVoice();
        voice.prepare(PronunciationLexicon.bundled(), NarrationOptions.DEFAULT_WORDS_PER_MINUTE);
        // Each checked word follows a pause and starts with a vowel, a nasal or a fricative.
        String[][] cases = {
                {"We waited for hours. Many people came in the end.", "many"},
                {"Nobody answered. Often the line was busy.", "often"},
                {"The talks failed, so several delegates left early.", "so"},
                {"It rained all day. Nothing could be done about it.", "nothing"},
                {"The vote was close. Eleven members abstained.", "eleven"},
                {"They waited, and then they voted against the plan.", "and"},
                {"The council met on Monday. Fifty people came.", "fifty"},
                {"Prices rose. Under the plan, farmers lose money.", "under"},
        };
        for (String[] c : cases) {
            KevinVoice.Speech speech = voice.speakTimed(c[0]);
            List<SpokenWord> words = speech.words();
            assertThat(words).extracting(SpokenWord::word).contains(c[1]);
            SpokenWord w = words.stream().filter(x -> x.word().equals(c[1])).findFirst().orElseThrow();
            short[] audio = speech.samples();
            assertThat(loudness(audio, (int) w.start() - 60 * MS, (int) w.start() - 30 * MS))
                    .as("%s: quiet before '%s'", c[0], c[1]).isLessThan(300);
            int onset = onset(audio, (int) w.start() - 50 * MS, (int) w.start());
            assertThat(Math.abs(onset - w.start()) / (double) MS)
                    .as("%s: '%s' predicted at %d ms, audible at %d ms", c[0], c[1], w.start() / MS, onset / MS)
                    .isLessThanOrEqualTo(20.0);
        }
    }

    @Test
    void wordsAreInOrderInsideTheAudioAndATokenCanSayManyWords() {
        KevinVoice voice = new KevinVoice();
        voice.prepare(PronunciationLexicon.bundled(), NarrationOptions.DEFAULT_WORDS_PER_MINUTE);
        KevinVoice.Speech speech = voice.speakTimed("In 1999 the budget grew. It grew again in 2004.");
        assertThat(speech.words()).extracting(SpokenWord::word)
                .containsSubsequence("in", "nineteen", "ninety", "nine", "the", "budget", "grew", "it", "grew");
        long previous = 0;
        for (SpokenWord w : speech.words()) {
            assertThat(w.start()).isGreaterThanOrEqualTo(previous);
            assertThat(w.end()).isGreaterThan(w.start()).isLessThanOrEqualTo(speech.samples().length);
            previous = w.end();
        }
    }

    /** Mean absolute amplitude over [from, to). */
    private static double loudness(short[] s, int from, int to) {
        long sum = 0;
        int n = 0;
        for (int i = Math.max(0, from); i < Math.min(s.length, to); i++, n++) sum += Math.abs(s[i]);
        return n == 0 ? 0 : sum / (double) n;
    }

    /**
     * Where sound begins after {@code from}: the first 5 ms whose change from sample to sample
     * (which weights the hiss of a fricative as much as a vowel's loudness) is four times that of
     * the pause before {@code predicted}, and clearly more than the voice's noise floor.
     */
    private static int onset(short[] s, int from, int predicted) {
        int window = 5 * MS;
        double floor = change(s, predicted - 60 * MS, predicted - 30 * MS);
        for (int i = Math.max(1, from); i + window <= s.length; i++)
            if (change(s, i, i + window) > Math.max(4 * floor, 30)) return i;
        return s.length;
    }

    private static double change(short[] s, int from, int to) {
        long sum = 0;
        int n = 0;
        for (int i = Math.max(1, from); i < Math.min(s.length, to); i++, n++) sum += Math.abs(s[i] - s[i - 1]);
        return n == 0 ? 0 : sum / (double) n;
    }
}
