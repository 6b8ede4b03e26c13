package app.briefingpack.documents;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

import app.briefingpack.model.Briefing;

/**
 * {@link TextShortener}'s results, remembered for the layouts of one brief. The fitter lays the same
 * briefing out a dozen times or more, and shortening a text at clause boundaries costs far more
 * than looking it up. One instance serves one thread (a fitter's attempts run in turn).
 */
final class ShortenedTexts {

    private record Key(String kind, String text, int limit) {}

    private final Map<Key, String> results = new HashMap<>();

    String sentence(String text, int maxChars) {
        return remember("sentence", text, maxChars, () -> TextShortener.sentence(text, maxChars));
    }

    String definition(String text, int maxChars) {
        return remember("definition", text, maxChars, () -> TextShortener.definition(text, maxChars));
    }

    String question(String text, int maxQuote) {
        return remember("question", text, maxQuote, () -> TextShortener.question(text, maxQuote));
    }

    /** {@link BriefDocument#thesisSentence}, once per briefing. */
    String thesis(Briefing b) {
        return remember("thesis", b.thesis(), 0, () -> BriefSelection.thesisSentence(b));
    }

    private String remember(String kind, String text, int limit, Supplier<String> compute) {
        Key key = new Key(kind, text, limit);
        String known = results.get(key);
        if (known != null || results.containsKey(key)) return known;
        String result = compute.get();
        results.put(key, result);
        return result;
    }
}
