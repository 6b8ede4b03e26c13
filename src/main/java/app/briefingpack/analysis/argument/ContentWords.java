package app.briefingpack.analysis.argument;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import app.briefingpack.analysis.nlp.TaggedSentence;
import app.briefingpack.analysis.nlp.Token;

/** The content words of a sentence (nouns, verbs, adjectives, names), lower-cased and crudely stemmed, for overlap measures. */
public final class ContentWords {

    private static final Set<String> TAGS = Set.of("NOUN", "VERB", "ADJ", "PROPN");
    private static final Set<String> LIGHT = Set.of("be", "have", "do", "get", "make", "say", "said", "many", "much",
            "other", "such", "some", "one", "more", "most", "will", "would", "can", "could", "may", "might", "should");

    private ContentWords() {
    }

    public static List<String> of(TaggedSentence s) {
        List<String> out = new ArrayList<>();
        for (Token t : s.tokens()) {
            if (!TAGS.contains(t.tag()) || !t.isWord()) continue;
            String w = stem(t.text());
            if (w.length() > 2 && !LIGHT.contains(w)) out.add(w);
        }
        return out;
    }

    /** Lower case without the commonest inflections: enough to match "negotiations" with "negotiation". */
    public static String stem(String word) {
        String w = word.toLowerCase(Locale.ROOT).replace('’', '\'');
        if (w.endsWith("'s")) w = w.substring(0, w.length() - 2);
        if (w.endsWith("ies") && w.length() > 4) return w.substring(0, w.length() - 3) + "y";
        if (w.endsWith("ing") && w.length() > 5) return w.substring(0, w.length() - 3);
        if (w.endsWith("ed") && w.length() > 4) return w.substring(0, w.length() - 2);
        if (w.endsWith("s") && !w.endsWith("ss") && w.length() > 3) return w.substring(0, w.length() - 1);
        return w;
    }
}
