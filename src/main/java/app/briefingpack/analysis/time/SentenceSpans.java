package app.briefingpack.analysis.time;

import java.util.List;

import app.briefingpack.text.SentenceSplitter;

/** Sentence boundaries of a paragraph, from the program's one {@link SentenceSplitter}. */
final class SentenceSpans {

    /** A sentence as [begin, end) into the text given to {@link #of}. */
    record Span(int begin, int end) {}

    private SentenceSpans() {}

    static List<Span> of(String text) {
        return SentenceSplitter.get().spans(text).stream().map(s -> new Span(s.begin(), s.end())).toList();
    }
}
