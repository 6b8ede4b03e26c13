package app.briefingpack.speech;

import java.util.List;

/**
 * One sentence of the narration as heard: its text as written, where it is in the audio, and
 * each of its written words timed.
 *
 * @param id               "p3-s2" for the article's paragraph 3, sentence 2; "ch1-s2" for the
 *                         second sentence of chapter 1 outside the article's own text
 * @param chapter          index of its chapter in {@link Narration#script()}
 * @param articleParagraph the article paragraph it belongs to, 0 for introduction, summary and
 *                         closing text
 */
public record TimedSentence(String id, String written, int chapter, int articleParagraph, boolean fromArticle,
                            long start, long end, List<TimedWord> words) {
    public TimedSentence {
        words = List.copyOf(words);
    }
}
