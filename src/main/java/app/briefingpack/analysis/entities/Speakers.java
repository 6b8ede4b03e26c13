package app.briefingpack.analysis.entities;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import app.briefingpack.analysis.nlp.TaggedSentence;
import app.briefingpack.analysis.nlp.Token;

/**
 * Capitalised words a text has speak: a one-word name that attributes a quotation, is the subject
 * of a verb only people are, or starts a sentence the next one goes on about as "he" or "she", is
 * a person's, when nothing else says what it is.
 */
final class Speakers {

    /** Verbs of speaking a firm is also the subject of ("Valero said"). */
    static final Set<String> SPEECH_VERBS = Set.of("said", "says", "asked", "asks", "added", "adds", "told",
            "tells", "explained", "recalled", "insisted");
    /** Verbs of speaking and thinking only people are the subject of. */
    private static final Set<String> HUMAN_SPEECH_VERBS = Set.of("replied", "replies", "answered", "shouted",
            "whispered", "snapped", "yelled", "sighed", "laughed", "nodded", "smiled", "wondered", "thought");
    /** A verb of speaking, said of anyone or only of people: "said", "replied". */
    static boolean speechVerb(String lower) {
        return SPEECH_VERBS.contains(lower) || HUMAN_SPEECH_VERBS.contains(lower);
    }

    private static final Set<String> QUOTE_ENDS = Set.of("\"", "”", "''", "’", "'");

    private Speakers() {
    }

    /** "Camden said", "said Camden": the name {@code [from, to)} of sentence tokens {@code t} is the subject of a verb of speaking. */
    static boolean speaksAt(List<Token> t, int from, int to) {
        String after = to < t.size() ? t.get(to).text() : "";
        String before = from >= 1 ? t.get(from - 1).text() : "";
        return SPEECH_VERBS.contains(after) || HUMAN_SPEECH_VERBS.contains(after)
                || from >= 2 && QUOTE_ENDS.contains(t.get(from - 2).text()) && (SPEECH_VERBS.contains(before) || HUMAN_SPEECH_VERBS.contains(before));
    }

    /** "... ,'' said X", "... ,'' X said": the name {@code [from, to)} of sentence tokens {@code t} attributes a quotation. */
    static boolean attributesAQuotation(List<Token> t, int from, int to) {
        boolean verbBefore = from >= 2 && QUOTE_ENDS.contains(t.get(from - 2).text()) && SPEECH_VERBS.contains(t.get(from - 1).text());
        boolean verbAfter = from >= 1 && QUOTE_ENDS.contains(t.get(from - 1).text()) && to < t.size() && SPEECH_VERBS.contains(t.get(to).text());
        return verbBefore || verbAfter;
    }

    private static final Set<String> PERSONAL_PRONOUNS = Set.of("He", "She", "His", "Her");

    /**
     * "Chao went to the United States in 1910. He studied ...": a one-word name that starts a
     * sentence as the subject of its verb, the next sentence in the same paragraph starting with
     * "he" or "she". A firm or a place would be "it".
     */
    private static String subjectBeforeHeOrShe(TaggedSentence s, TaggedSentence next) {
        List<Token> t = s.tokens();
        if (next == null || next.paragraph() != s.paragraph() || next.tokens().isEmpty()
                || !PERSONAL_PRONOUNS.contains(next.tokens().get(0).text()) || t.size() < 3) return null;
        Token name = t.get(0);
        Token verb = t.get(1);
        if (!NameRunFinder.isNameToken(name) || NameRunFinder.isAcronym(name.text()) || !name.text().equals(NameRunFinder.stripPossessive(name.text())))
            return null;
        return verb.tag().equals("VERB") || verb.tag().equals("AUX") ? name.text() : null;
    }

    /**
     * One-word names that speak somewhere in the text: before a verb only people are the subject of
     * ("Pag laughed"), or attributing a quotation ("..." Pag said; "..." says Derya). A firm also
     * says things ("Valero said it was reducing rates"), but seldom in a quotation's attribution.
     * Also a sentence's subject the next sentence calls "he" or "she", when the text capitalises
     * the word mid-sentence too ({@code capitalisedMidSentence}).
     */
    static Set<String> in(List<TaggedSentence> sentences, Set<String> capitalisedMidSentence) {
        Set<String> out = new HashSet<>();
        for (int n = 0; n < sentences.size(); n++) {
            TaggedSentence s = sentences.get(n);
            List<Token> t = s.tokens();
            // the word is capitalised inside a sentence too, so its capital is a name's ("Feet moved. He ..." is not)
            String subject = subjectBeforeHeOrShe(s, n + 1 < sentences.size() ? sentences.get(n + 1) : null);
            if (subject != null && capitalisedMidSentence.contains(subject)) out.add(subject);
            for (int i = 0; i < t.size(); i++) {
                // "Shoney's said": a possessive before the verb is a shop's or firm's name
                if (!NameRunFinder.isNameToken(t.get(i)) || !NameRunFinder.stripPossessive(t.get(i).text()).equals(t.get(i).text())) continue;
                String verbAfter = i + 1 < t.size() ? t.get(i + 1).text() : "";
                boolean quoteBefore = i >= 1 && QUOTE_ENDS.contains(t.get(i - 1).text());
                boolean before = HUMAN_SPEECH_VERBS.contains(verbAfter) && (i == 0 || !NameRunFinder.isNameToken(t.get(i - 1)))
                        || SPEECH_VERBS.contains(verbAfter) && quoteBefore;
                boolean after = i >= 2 && (SPEECH_VERBS.contains(t.get(i - 1).text()) || HUMAN_SPEECH_VERBS.contains(t.get(i - 1).text()))
                        && QUOTE_ENDS.contains(t.get(i - 2).text()) && (i + 1 == t.size() || !NameRunFinder.isNameToken(t.get(i + 1)));
                if (before || after) out.add(NameRunFinder.stripPossessive(t.get(i).text()));
            }
        }
        return out;
    }
}
