package app.briefingpack.analysis.entities;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import app.briefingpack.analysis.nlp.TaggedSentence;
import app.briefingpack.analysis.nlp.Token;
import app.briefingpack.lexicon.WordNet;

import static app.briefingpack.analysis.entities.RolePhrases.*;

/**
 * A definite description that is a sentence's subject: "The philanthropist made an excited post",
 * "But the New Zealand captain wants ...", "In a statement, the director described ...". News
 * copy names a person and then calls them by their role; {@link Recognition} gives the role to the
 * one person the text has just named (see there for when that is).
 *
 * <p>Only a subject counts: "the judge" or "the victim" after a verb is usually someone else
 * ("Smith told the judge"). The description is "the", at most {@link #MAX_WORDS} words and a verb;
 * its head, the last noun before any preposition, is a singular word for a kind of person
 * ("the 2011 Boston Marathon winner", "the Chief Secretary to the Treasury"), not one that
 * anyone is ("the man") nor a plural ("the players").
 */
final class SubjectDescriptions {

    /** A description found: the role as shown, and the token where it starts. */
    record Description(String role, int at, String head) {}

    /** The longest description read, "the" excluded. */
    private static final int MAX_WORDS = 7;

    /** Words that open a sentence before its subject: "But the captain", "And the director". */
    private static final Set<String> OPENERS = Set.of("but", "and", "so", "yet", "now", "still", "meanwhile", "later", "then");

    private final WordNet wordNet;
    private final PersonNouns personNouns;

    SubjectDescriptions(WordNet wordNet, PersonNouns personNouns) {
        this.wordNet = wordNet;
        this.personNouns = personNouns;
    }

    Optional<Description> in(TaggedSentence s) {
        List<Token> t = s.tokens();
        int k = subjectStart(t);
        if (k < 0 || k + 2 >= t.size() || !t.get(k).text().equalsIgnoreCase("the")) return Optional.empty();
        int end = k + 1;
        while (end < t.size() && end - k <= MAX_WORDS && inDescription(t.get(end))) end++;
        if (end >= t.size() || end - k > MAX_WORDS || !startsPredicate(t, end)) return Optional.empty();
        Token head = head(t, k + 1, end);
        if (head == null || !isPersonHead(head)) return Optional.empty();
        // not "the Smith family", "the Obama administration": no name in it
        for (int i = k + 1; i < end; i++) if (t.get(i).isProperNoun() && !personNouns.isTitleWord(t.get(i).text()) && GivenNames.listed(t.get(i).text())) return Optional.empty();
        String role = tidy(s.text().substring(t.get(k + 1).begin() - s.begin(), t.get(end - 1).end() - s.begin()));
        return Optional.of(new Description(role, k, head.text().toLowerCase(Locale.ROOT)));
    }

    /**
     * "He is a junior mechanical engineering major from Mount Laurel", "She was the club's first
     * captain": "he" or "she" opening the sentence, a copula, and an indefinite or definite
     * description of a person up to its head noun (what follows the head is left out).
     */
    Optional<Description> pronounIsA(TaggedSentence s) {
        List<Token> t = s.tokens();
        int k = !t.isEmpty() && OPENERS.contains(t.get(0).text().toLowerCase(Locale.ROOT)) ? 1 : 0;
        if (k + 3 >= t.size() || !Set.of("he", "she").contains(t.get(k).text().toLowerCase(Locale.ROOT))
                || !Set.of("is", "was", "'s", "’s").contains(t.get(k + 1).text())) return Optional.empty();
        int article = k + 2;
        if (!Set.of("a", "an", "the").contains(t.get(article).text().toLowerCase(Locale.ROOT))) return Optional.empty();
        int end = article + 1;
        while (end < t.size() && end - article <= MAX_WORDS && inDescription(t.get(end)) && !t.get(end).tag().equals("ADP")
                && !t.get(end).tag().equals("DET")) end++;
        Token head = end > article + 1 ? t.get(end - 1) : null;
        // the head ends the noun phrase: a preposition, a comma, a full stop or a relative pronoun follows
        if (head == null || !isLowerCase(head) || !isPersonHead(head) || end < t.size() && !(t.get(end).tag().equals("ADP")
                || t.get(end).text().matches("[,.;:]") || Set.of("who", "whose").contains(t.get(end).text()))) return Optional.empty();
        String role = tidy(s.text().substring(t.get(article + 1).begin() - s.begin(), head.end() - s.begin()));
        return Optional.of(new Description(role, k, head.text().toLowerCase(Locale.ROOT)));
    }

    /**
     * "Climber breaks British record", "46-year-old surfer killed in shark attack", "Royal Borough
     * councillor and deputy mayor with a lifelong passion for education has died": a headline whose
     * subject is a description of a person, with or without an article, up to its verb. Headlines are
     * often in title case, so capitals say nothing here; the head is read in lower case.
     */
    Optional<Description> opening(TaggedSentence headline) {
        List<Token> t = headline.tokens();
        int k = !t.isEmpty() && Set.of("a", "an", "the").contains(t.get(0).text().toLowerCase(Locale.ROOT)) ? 1 : 0;
        int end = k;
        int prepositionAt = -1;
        while (end < t.size() && end - k <= 2 * MAX_WORDS && !startsPredicate(t, end) && !t.get(end).text().matches("[,:;]")) {
            if (prepositionAt < 0 && t.get(end).tag().equals("ADP") && t.get(end).text().chars().allMatch(Character::isLowerCase)) prepositionAt = end;
            end++;
        }
        int headEnd = prepositionAt > k ? prepositionAt : end;
        if (end >= t.size() || !startsPredicate(t, end) || headEnd == k || headEnd - k > MAX_WORDS) return Optional.empty();
        Token head = t.get(headEnd - 1);
        String lower = head.text().toLowerCase(Locale.ROOT);
        if (!personNouns.mainly(lower) || PersonNouns.ANYONE.contains(lower) || wordNet.isPluralNoun(lower) || personNouns.thingFirst(lower)) return Optional.empty();
        String role = tidy(headline.text().substring(t.get(k).begin() - headline.begin(), head.end() - headline.begin()));
        // "Fisherman faced ...": the capital is the headline's
        if (k == 0 && wordNet.hasLowerCaseLemma(t.get(0).text()) && !Gazetteers.TITLES.contains(t.get(0).text()))
            role = Character.toLowerCase(role.charAt(0)) + role.substring(1);
        return Optional.of(new Description(role, k, lower));
    }

    /**
     * Where the subject starts: the first token, after a conjunction or adverb that opens the sentence
     * ("But", "Right now,") or an opening phrase closed by a comma ("In a statement,"); -1 if none.
     */
    private static int subjectStart(List<Token> t) {
        int k = 0;
        if (k < t.size() && OPENERS.contains(t.get(k).text().toLowerCase(Locale.ROOT))) k++;
        if (k < t.size() && t.get(k).text().equalsIgnoreCase("the")) return k;
        // an opening phrase of a few words and a comma: "In a statement,", "Right now,", "On Monday,"
        for (int c = k; c < t.size() && c - k <= 5; c++) {
            if (t.get(c).text().equals(",")) return c + 1 < t.size() && Set.of("ADP", "ADV").contains(t.get(k).tag()) ? c + 1 : -1;
            if (t.get(c).isVerb() || t.get(c).tag().equals("PRON") || t.get(c).text().matches("[\"“”'‘’]")) return -1;
        }
        return -1;
    }

    /** A word of the description: a modifier, a noun, a title, a number, "of" or "to" and their objects. */
    private boolean inDescription(Token w) {
        if (NameRunFinder.PLACE_ADJECTIVE.matcher(w.text()).matches()) return true; // "The Birkenhead-born presenter"
        if (w.isVerb() || w.tag().equals("AUX")) return false; // "The Miami relatives have": not "have" as in "the haves"
        return Set.of("ADJ", "NOUN", "PROPN", "NUM", "ADP", "DET").contains(w.tag()) && !w.text().equals(",")
                || isLowerCase(w) && personNouns.any(w.text()) || personNouns.isTitleWord(w.text())
                || POSSESSIVE_WORD.matcher(w.text()).matches();
    }

    /** A verb, or "not" and a verb, starts what is said of the subject: "The manager did not", "The singer released". */
    private static boolean startsPredicate(List<Token> t, int k) {
        Token w = t.get(k);
        if (w.tag().equals("ADV") && k + 1 < t.size()) w = t.get(k + 1); // "the director also said"
        return (w.isVerb() || w.tag().equals("AUX")) && isLowerCase(w);
    }

    /** The last noun (or title) before a preposition: "Secretary" in "Chief Secretary to the Treasury". */
    private Token head(List<Token> t, int from, int to) {
        Token head = null;
        for (int k = from; k < to; k++) {
            Token w = t.get(k);
            if (head != null && w.tag().equals("ADP")) break;
            if (w.isNoun() || w.isProperNoun() || isLowerCase(w) && personNouns.any(w.text())) head = w;
        }
        return head;
    }

    private boolean isPersonHead(Token head) {
        String word = head.text();
        String lower = word.toLowerCase(Locale.ROOT);
        if (PersonNouns.ANYONE.contains(lower) || POSSESSIVE_WORD.matcher(word).matches()) return false;
        // not "The magical doll", "The fate of X" (an event first)
        if (isLowerCase(head)) return personNouns.mainly(lower) && !wordNet.isPluralNoun(lower) && !personNouns.thingFirst(lower) && !personNouns.abstractFirst(lower);
        return personNouns.isTitleWord(word) && !wordNet.isPluralNoun(word) || Gazetteers.ROLE_ACRONYMS.contains(word);
    }
}
