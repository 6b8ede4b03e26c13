package app.briefingpack.speech;

import java.util.List;

/**
 * Where narration cuts a paragraph into sentences when the briefing carries none: the program's
 * one splitter ({@link app.briefingpack.text.SentenceSplitter}), so captions break where the
 * documents do.
 */
final class SentenceSplitter {

    private SentenceSplitter() {
    }

    static List<String> split(String paragraph) {
        return app.briefingpack.text.SentenceSplitter.get().split(paragraph);
    }
}
