package app.briefingpack.analysis.glossary;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import app.briefingpack.analysis.argument.ContentWords;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.Pointer;
import net.sf.extjwnl.data.PointerType;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.Word;

/**
 * Simplified Lesk (Kilgarriff and Rosenzweig 2000): the sense whose gloss, examples and synonyms
 * share most content words with the sentence the term occurs in. Ties go to the earlier sense,
 * which WordNet orders by frequency. A sense one of whose kinds the sentence names counts most:
 * "the constellation Leo" is the group of stars (Leo is an instance of that sense), not "an
 * arrangement of parts".
 */
final class SenseChooser {

    private static final Set<String> STOP = Set.of("the", "and", "for", "with", "that", "this", "from", "which",
            "who", "are", "was", "were", "has", "have", "its", "their", "into", "such", "other", "any", "one",
            "used", "being", "or", "not", "but", "as", "by", "of", "to", "in", "on", "an", "a", "is", "be");

    private SenseChooser() {
    }

    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}'’-]+");

    /** The content words of a sentence, stemmed: what {@link #overlap} and {@link #choose} compare glosses with. */
    static Set<String> contextOf(String sentence) {
        return bag(sentence);
    }

    /** How many content words the sense's gloss, examples and synonyms share with the context. */
    static int overlap(Synset s, Set<String> context) {
        StringBuilder sig = new StringBuilder(s.getGloss());
        for (Word w : s.getWords()) sig.append(' ').append(w.getLemma());
        int n = 0;
        for (String w : bag(sig.toString())) if (context.contains(w)) n++;
        return n;
    }

    static Optional<Synset> choose(List<Synset> senses, Set<String> context) {
        Synset best = null;
        int bestOverlap = -1;
        for (Synset s : senses) {
            int overlap = overlap(s, context);
            if (overlap > bestOverlap) {
                bestOverlap = overlap;
                best = s;
            }
        }
        return Optional.ofNullable(best);
    }

    /** A sense WordNet's tagged corpus has seen this often is the well-attested reading of the word. */
    static final int ATTESTED = 5;

    /** The sentence counts twice as much as the rest of the article; a kind it names, three times. */
    static int score(Synset s, Set<String> sentence, Set<String> article) {
        return 2 * overlap(s, sentence) + overlap(s, article) + 3 * namedKinds(s, sentence);
    }

    /** How many of the sense's instances and direct kinds ("Leo" for the constellation) the sentence names. */
    static int namedKinds(Synset s, Set<String> sentence) {
        int n = 0;
        try {
            for (PointerType type : List.of(PointerType.INSTANCES_HYPONYM, PointerType.HYPONYM)) {
                for (Pointer p : s.getPointers(type)) {
                    for (Word w : p.getTargetSynset().getWords()) {
                        Set<String> words = bag(w.getLemma());
                        if (words.size() == 1 && sentence.containsAll(words)) n++;
                    }
                }
            }
        } catch (JWNLException e) {
            return 0; // the dictionary ships in the JAR; an unreadable pointer only loses this cue
        }
        return n;
    }

    /**
     * The sense whose gloss shares most with the sentence and, less, with the whole article; on a
     * tie, the sense WordNet's tagged corpus has seen most often (its sense frequency), then the earlier.
     */
    static Optional<Synset> choose(List<Synset> senses, Set<String> sentence, Set<String> article, String lemma) {
        Synset best = null;
        int bestScore = -1;
        int bestCount = -1;
        for (Synset s : senses) {
            int score = score(s, sentence, article);
            int count = app.briefingpack.lexicon.WordNet.useCount(s, lemma);
            if (score > bestScore || score == bestScore && count > bestCount) {
                best = s;
                bestScore = score;
                bestCount = count;
            }
        }
        return Optional.ofNullable(best);
    }

    private static Set<String> bag(String text) {
        Set<String> out = new HashSet<>();
        for (String w : NON_WORD.split(text.toLowerCase(Locale.ROOT))) {
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
