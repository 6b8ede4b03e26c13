package app.briefingpack.analysis.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import app.briefingpack.analysis.lexicon.WordNet;
import app.briefingpack.analysis.nlp.TaggedSentence;
import app.briefingpack.analysis.nlp.Token;

/**
 * The role the text itself gives a person, from three English patterns: a title before the name
 * ("Interim Prime Minister Ayad Allawi"), an appositive noun phrase before or after it ("former
 * U.S. client and member of the United Iraqi Alliance, Ahmed Chalabi," / "Ahmed Chalabi, a former
 * exile,") and a copula ("X is a historian and an analyst for Y"). An appositive counts only when
 * it contains a noun WordNet files under people ("client", "member", "spokesman"), so a comma
 * before a name in a list or a clause is not mistaken for a role.
 */
final class RoleFinder {

    private static final Set<String> PHRASE_TAGS = Set.of("DET", "ADJ", "NOUN", "PROPN", "ADP", "CCONJ", "NUM", "PART");
    private static final Set<String> LEADING_NOISE = Set.of("ADV", "CCONJ", "SCONJ", "DET", "PUNCT");
    private static final Pattern ARTICLES = Pattern.compile("(^|\\band\\s+)(?:a|an|the)\\s+", Pattern.CASE_INSENSITIVE);

    private final WordNet wordNet;

    RoleFinder(WordNet wordNet) {
        this.wordNet = wordNet;
    }

    /**
     * The role of the person named by {@code run}; {@code organisationAt} tells whether an
     * organisation is mentioned at a body offset (for "Mark Chen of Stanford University").
     */
    Optional<String> role(NameRun run, IntPredicate organisationAt) {
        Optional<String> role = titled(run).or(() -> appositiveBefore(run)).or(() -> appositiveAfter(run)).or(() -> copula(run));
        Optional<String> affiliation = affiliation(run, organisationAt);
        if (affiliation.isEmpty()) return role;
        return Optional.of(role.map(r -> r + " of " + affiliation.get()).orElse("from " + affiliation.get()));
    }

    /**
     * "former Prime Minister X", "chemist Dr. X": the title, without courtesy titles, with the
     * lower-case modifiers or job noun just before it.
     */
    private Optional<String> titled(NameRun run) {
        if (run.title() == null) return Optional.empty();
        List<Token> t = run.sentence().tokens();
        int start = run.from();
        while (start > 0 && run.title().contains(t.get(start - 1).text())) start--;
        List<String> words = new ArrayList<>();
        int k = start;
        while (k > 0 && start - k < 3 && t.get(k - 1).text().chars().allMatch(Character::isLowerCase)
                && (t.get(k - 1).isAdjective() || t.get(k - 1).isNoun() && wordNet.isPersonNoun(t.get(k - 1).text()))) k--;
        for (int i = k; i < start; i++) words.add(t.get(i).text());
        for (String w : run.title().split("\\s+")) if (!Gazetteers.HONORIFICS.contains(w)) words.add(w);
        return words.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", words));
    }

    /** "Mark Chen of Stanford University": the organisation right after "of". */
    private static Optional<String> affiliation(NameRun run, IntPredicate organisationAt) {
        List<Token> t = run.sentence().tokens();
        int i = run.to();
        if (i + 1 >= t.size() || !t.get(i).text().equals("of")) return Optional.empty();
        int from = i + 1;
        if (t.get(from).text().equalsIgnoreCase("the") && from + 1 < t.size()) from++;
        if (!organisationAt.test(t.get(from).begin())) return Optional.empty();
        int to = from;
        while (to < t.size() && organisationAt.test(t.get(to).begin())) to++;
        int begin = t.get(from).begin() - run.sentence().begin();
        int end = t.get(to - 1).end() - run.sentence().begin();
        return Optional.of(run.sentence().text().substring(begin, end));
    }

    private Optional<String> appositiveBefore(NameRun run) {
        List<Token> t = run.sentence().tokens();
        int comma = firstTitleIndex(run) - 1;
        if (comma < 1 || !t.get(comma).text().equals(",")) return Optional.empty();
        if (run.to() < t.size() && !t.get(run.to()).text().equals(",")) return Optional.empty();
        int start = comma;
        while (start > 0 && PHRASE_TAGS.contains(t.get(start - 1).tag()) && !t.get(start - 1).text().equals(",")) start--;
        while (start < comma && LEADING_NOISE.contains(t.get(start).tag())) start++;
        return phrase(run.sentence(), start, comma);
    }

    private Optional<String> appositiveAfter(NameRun run) {
        List<Token> t = run.sentence().tokens();
        if (run.to() >= t.size() || !t.get(run.to()).text().equals(",")) return Optional.empty();
        int start = run.to() + 1;
        int end = start;
        while (end < t.size() && PHRASE_TAGS.contains(t.get(end).tag()) && !t.get(end).text().equals(",")) end++;
        if (end >= t.size() || !t.get(end).text().equals(",")) return Optional.empty();
        if (start < end && !Set.of("DET", "ADJ", "NOUN").contains(t.get(start).tag())) return Optional.empty();
        return phrase(run.sentence(), start, end);
    }

    private Optional<String> copula(NameRun run) {
        List<Token> t = run.sentence().tokens();
        int i = run.to();
        if (i + 1 >= t.size() || !Set.of("is", "was").contains(t.get(i).text())
                || !Set.of("a", "an", "the").contains(t.get(i + 1).text().toLowerCase())) return Optional.empty();
        int end = i + 1;
        while (end < t.size() && PHRASE_TAGS.contains(t.get(end).tag()) && !t.get(end).text().equals(",")) end++;
        return phrase(run.sentence(), i + 1, end);
    }

    private int firstTitleIndex(NameRun run) {
        return run.from();
    }

    private Optional<String> phrase(TaggedSentence s, int from, int to) {
        if (from >= to || to - from > 16) return Optional.empty();
        boolean hasPersonNoun = false;
        for (int k = from; k < to; k++) {
            Token tok = s.tokens().get(k);
            if (tok.isNoun() && wordNet.isPersonNoun(tok.text())) hasPersonNoun = true;
        }
        if (!hasPersonNoun) return Optional.empty();
        int begin = s.tokens().get(from).begin() - s.begin();
        int end = s.tokens().get(to - 1).end() - s.begin();
        return Optional.of(tidy(s.text().substring(begin, end)));
    }

    /** "a historian and an analyst for Y" becomes "historian and analyst for Y". */
    static String tidy(String role) {
        Matcher m = ARTICLES.matcher(role.replaceAll("\\s+", " ").strip());
        return m.replaceAll("$1");
    }

    /** The role in an author bio: "Gareth Porter is a historian and an analyst for ..." */
    static Optional<String> fromBio(String author, String bio) {
        if (author == null || bio == null) return Optional.empty();
        Matcher m = Pattern.compile("^\\s*" + Pattern.quote(author) + "\\s+(?:is|was)\\s+(.+?)[.(]?\\s*$").matcher(bio);
        if (!m.find()) return Optional.empty();
        String rest = m.group(1);
        int cut = rest.indexOf(" (");
        if (cut > 0) rest = rest.substring(0, cut);
        cut = rest.indexOf(". ");
        if (cut > 0) rest = rest.substring(0, cut);
        return Optional.of(tidy(rest.replaceAll("[.]$", "")));
    }
}
