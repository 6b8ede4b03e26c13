package app.briefingpack.analysis.glossary;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import app.briefingpack.analysis.argument.ContentWords;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.Word;

/**
 * Simplified Lesk (Kilgarriff and Rosenzweig 2000): the sense whose gloss, examples and synonyms
 * share most content words with the sentence the term occurs in. Ties go to the earlier sense,
 * which WordNet orders by frequency.
 */
final class SenseChooser {

    private static final Set<String> STOP = Set.of("the", "and", "for", "with", "that", "this", "from", "which",
            "who", "are", "was", "were", "has", "have", "its", "their", "into", "such", "other", "any", "one",
            "used", "being", "or", "not", "but", "as", "by", "of", "to", "in", "on", "an", "a", "is", "be");

    private SenseChooser() {
    }

    /** Senses of one word with no overlap at all: Lesk has nothing to go on. */
    static int overlap(Synset s, String context) {
        Set<String> ctx = bag(context);
        StringBuilder sig = new StringBuilder(s.getGloss());
        for (Word w : s.getWords()) sig.append(' ').append(w.getLemma());
        int n = 0;
        for (String w : bag(sig.toString())) if (ctx.contains(w)) n++;
        return n;
    }

    static Optional<Synset> choose(List<Synset> senses, String context) {
        Set<String> ctx = bag(context);
        Synset best = null;
        int bestOverlap = -1;
        for (Synset s : senses) {
            StringBuilder sig = new StringBuilder(s.getGloss());
            for (Word w : s.getWords()) sig.append(' ').append(w.getLemma());
            int overlap = 0;
            for (String w : bag(sig.toString())) if (ctx.contains(w)) overlap++;
            if (overlap > bestOverlap) {
                bestOverlap = overlap;
                best = s;
            }
        }
        return Optional.ofNullable(best);
    }

    private static Set<String> bag(String text) {
        Set<String> out = new HashSet<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}'’-]+")) {
            if (w.length() > 2 && !STOP.contains(w)) out.add(ContentWords.stem(w));
        }
        return out;
    }

    /** The gloss without its quoted examples: "a period during which ...". */
    static String definition(Synset s) {
        String gloss = s.getGloss();
        int quote = gloss.indexOf("; \"");
        if (quote < 0) quote = gloss.indexOf(" \"");
        return (quote > 0 ? gloss.substring(0, quote) : gloss).strip();
    }
}
