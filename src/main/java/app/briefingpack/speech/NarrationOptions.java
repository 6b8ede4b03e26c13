package app.briefingpack.speech;

import java.nio.file.Path;

/**
 * How to narrate.
 *
 * @param wordsPerMinute   speaking rate of the voice, 80 to 300; 165 by default (pauses between
 *                         sentences and paragraphs bring the overall rate a little lower)
 * @param lexiconOverride  a pronunciation file whose entries are added to (and replace) the
 *                         bundled {@code pronunciation.lex}; null for the bundled one alone
 */
public record NarrationOptions(int wordsPerMinute, Path lexiconOverride) {

    public static final int DEFAULT_WORDS_PER_MINUTE = 165;

    public NarrationOptions {
        if (wordsPerMinute < 80 || wordsPerMinute > 300)
            throw new IllegalArgumentException("words per minute must be 80..300, not " + wordsPerMinute);
    }

    public static NarrationOptions defaults() {
        return new NarrationOptions(DEFAULT_WORDS_PER_MINUTE, null);
    }
}
