package app.briefingpack.analysis.readability;

import java.util.List;

import app.briefingpack.analysis.nlp.TaggedSentence;
import app.briefingpack.analysis.nlp.Token;
import app.briefingpack.model.Readability;

/**
 * Flesch-Kincaid grade level, 0.39 (words/sentences) + 11.8 (syllables/words) − 15.59, over the
 * body paragraphs; words are tokens that start with a letter or digit; reading time at 200 words a
 * minute.
 */
public final class ReadabilityMeter {

    static final double WORDS_PER_MINUTE = 200;

    private final SyllableCounter syllables;

    public ReadabilityMeter(SyllableCounter syllables) {
        this.syllables = syllables;
    }

    public Readability measure(List<TaggedSentence> sentences) {
        int words = 0;
        int syl = 0;
        int counted = 0;
        for (TaggedSentence s : sentences) {
            boolean any = false;
            for (Token t : s.tokens()) {
                if (t.text().isEmpty() || !Character.isLetterOrDigit(t.text().charAt(0))) continue;
                words++;
                any = true;
                syl += Character.isDigit(t.text().charAt(0)) ? 1 : Math.max(1, syllables.count(t.text()));
            }
            if (any) counted++;
        }
        if (words == 0 || counted == 0) return new Readability(0, 0, 0, 0);
        double grade = 0.39 * words / counted + 11.8 * syl / words - 15.59;
        double minutes = Math.round(words / WORDS_PER_MINUTE * 10) / 10.0;
        return new Readability(words, counted, Math.round(grade * 10) / 10.0, minutes);
    }
}
