package app.briefingpack.analysis.entities;

import app.briefingpack.text.Spellings;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import app.briefingpack.lexicon.WordNet;
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
    /** An age between a name and its apposition: "X, 58, executive vice president". */
    private static final Pattern AGE = Pattern.compile("\\d{1,3}");
    /** A possessive word: "Buffalo's", "bosses'". */
    private static final Pattern POSSESSIVE = Pattern.compile(".*['’]s?");

    private final WordNet wordNet;

    RoleFinder(WordNet wordNet) {
        this.wordNet = wordNet;
    }

    /**
     * The role of the person named by {@code run}; {@code organisationAt} tells whether an
     * organisation is mentioned at a body offset (for "Mark Chen of Stanford University").
     */
    Optional<String> role(NameRun run, IntPredicate organisationAt) {
        Optional<String> role = titled(run).or(() -> appositiveBefore(run)).or(() -> appositiveAfter(run))
                .or(() -> premodifier(run)).or(() -> copula(run));
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
        int start = titleStart(run);
        List<String> words = new ArrayList<>();
        int k = start;
        while (k > 0 && start - k < 3 && t.get(k - 1).text().chars().allMatch(Character::isLowerCase)
                && (t.get(k - 1).isAdjective() || t.get(k - 1).isNoun() && mainlyPersonNoun(t.get(k - 1).text()))) k--;
        for (int i = k; i < start; i++) words.add(t.get(i).text());
        for (String w : titleWords(run)) if (!Gazetteers.HONORIFICS.contains(w)) words.add(ABBREVIATED.getOrDefault(w, w));
        return words.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", words));
    }

    /** The run's title, word by word ("U.S. Attorney": "U.S.", "Attorney"); none without a title. */
    private static List<String> titleWords(NameRun run) {
        return run.title() == null ? List.of() : List.of(run.title().split("\\s+"));
    }

    /**
     * Where the name and the title before it start. Words are matched whole: "to" before
     * "Attorney General" is no part of it ("a letter to Attorney General X").
     */
    private static int titleStart(NameRun run) {
        List<Token> t = run.sentence().tokens();
        List<String> title = titleWords(run);
        int start = run.from();
        while (start > 0 && title.contains(t.get(start - 1).text())) start--;
        return start;
    }

    /** Abbreviated titles spelt out for readers: "Gov. X" is a governor. */
    private static final java.util.Map<String, String> ABBREVIATED = java.util.Map.ofEntries(
            java.util.Map.entry("Gov.", "Governor"), java.util.Map.entry("Sen.", "Senator"),
            java.util.Map.entry("Rep.", "Representative"), java.util.Map.entry("Gen.", "General"),
            java.util.Map.entry("Col.", "Colonel"), java.util.Map.entry("Lt.", "Lieutenant"),
            java.util.Map.entry("Capt.", "Captain"), java.util.Map.entry("Sgt.", "Sergeant"),
            java.util.Map.entry("Prof.", "Professor"), java.util.Map.entry("Rev.", "Reverend"),
            java.util.Map.entry("Sens.", "Senator"), java.util.Map.entry("Reps.", "Representative"),
            java.util.Map.entry("Govs.", "Governor"), java.util.Map.entry("Maj.", "Major"),
            java.util.Map.entry("Adm.", "Admiral"), java.util.Map.entry("Cmdr.", "Commander"),
            java.util.Map.entry("Cpl.", "Corporal"), java.util.Map.entry("Pvt.", "Private"),
            java.util.Map.entry("Det.", "Detective"), java.util.Map.entry("Atty.", "Attorney"),
            java.util.Map.entry("Amb.", "Ambassador"), java.util.Map.entry("Supt.", "Superintendent"),
            java.util.Map.entry("Insp.", "Inspector"), java.util.Map.entry("Pres.", "President"),
            java.util.Map.entry("Presidents", "President"), java.util.Map.entry("Senators", "Senator"),
            java.util.Map.entry("Governors", "Governor"), java.util.Map.entry("Ministers", "Minister"),
            java.util.Map.entry("Ambassadors", "Ambassador"));

    /**
     * "BP chairman Carl-Henric Svanberg", "city finance director Janet O'Neill": lower-case words
     * ending in a noun for a person right before the name, with the organisation or place named
     * just before them.
     */
    private Optional<String> premodifier(NameRun run) {
        List<Token> t = run.sentence().tokens();
        int end = run.from();
        if (end < 1) return Optional.empty();
        Token head = t.get(end - 1);
        // "Councilman Derek Yates" at the start of a sentence: the capital is the sentence's
        boolean sentenceInitial = end == 1 && Character.isUpperCase(head.text().charAt(0));
        if (!(isLowerCase(head) || sentenceInitial) || !isPersonNoun(head.text().toLowerCase(java.util.Locale.ROOT))) return Optional.empty();
        // "to transfer Elian", "sanctions force Saddam": a verb, or a noun that is mostly no person, right before a name
        // (the tagger reads some such nouns as verbs: "monarchist delegate X", "American astronaut X")
        Token before = end >= 2 ? t.get(end - 2) : null;
        boolean nounPhrase = head.isNoun() || head.isAdjective() || sentenceInitial
                || before != null && (before.isAdjective() || before.isNoun() && isLowerCase(before));
        if (!nounPhrase || !mainlyPersonNoun(head.text().toLowerCase(java.util.Locale.ROOT))) return Optional.empty();
        // "the aircraft carrier John F. Kennedy": a compound WordNet knows is read whole; a carrier is a person, an aircraft carrier a ship
        if (before != null && isLowerCase(before) && !mainlyPersonNoun(before.text() + " " + head.text())
                && wordNet.lookup(net.sf.extjwnl.data.POS.NOUN, before.text() + " " + head.text()).isPresent()) return Optional.empty();
        int start = end - 1;
        while (start > 0 && end - start < 4 && isLowerCase(t.get(start - 1))
                && (t.get(start - 1).isNoun() || t.get(start - 1).isAdjective())) start--;
        // "BP chairman", "Lockheed's chief", "City finance director": the name of the employer
        if (start > 0 && Character.isUpperCase(t.get(start - 1).text().charAt(0)) && !t.get(start - 1).text().equals("The")
                && (start - 1 == 0 || !t.get(start - 2).text().matches("[A-Z].*"))) start--;
        int begin = t.get(start).begin() - run.sentence().begin();
        int stop = head.end() - run.sentence().begin();
        return Optional.of(tidy(run.sentence().text().substring(begin, stop)));
    }

    /**
     * A common noun for a person in WordNet, which spells the American way: "neighbour" is
     * "neighbor". A person WordNet knows by name is no role: "young" is not one for Brigham Young,
     * nor "James" for Henry James ("James E. Bacon, 58, ...").
     */
    private boolean isPersonNoun(String word) {
        return personSenseAmong(word, Integer.MAX_VALUE);
    }

    /** A noun with a sense for a kind of person among its three commonest: "spokesman", "director"; not "force" or "head". */
    private boolean mainlyPersonNoun(String word) {
        return personSenseAmong(word, 3);
    }

    /** Whether one of the word's {@code commonest} noun senses, in any spelling, is a kind of person. */
    private boolean personSenseAmong(String word, int commonest) {
        for (String spelling : Spellings.of(word)) {
            Optional<net.sf.extjwnl.data.IndexWord> noun = wordNet.lookup(net.sf.extjwnl.data.POS.NOUN, spelling);
            if (noun.isPresent() && noun.get().getSenses().stream().limit(commonest).anyMatch(RoleFinder::personKind)) return true;
        }
        return false;
    }

    /** A sense for a kind of person, not one person: "analyst", not "Henry James". */
    private static boolean personKind(net.sf.extjwnl.data.Synset sense) {
        return "noun.person".equals(sense.getLexFileName()) && !WordNet.isInstance(sense);
    }

    private static boolean isLowerCase(Token t) {
        return !t.text().isEmpty() && t.text().chars().allMatch(c -> Character.isLowerCase(c) || c == '-');
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
        // "the killing of the doctor, Barnett Slepian.": the apposition may end the sentence, when the
        // phrase before it is "the" and nouns (not "chief executive officer of Toledo, Ohio-based Meridian.")
        boolean last = run.to() == t.size() - 1 && t.get(run.to()).text().matches("[.!?]");
        if (run.to() < t.size() && !t.get(run.to()).text().equals(",") && !last) return Optional.empty();
        int start = comma;
        while (start > 0 && phraseWord(t.get(start - 1)) && !t.get(start - 1).text().equals(",")) start--;
        if (last) { // at the end of a sentence only a phrase from its last "the": "... killing of the doctor, X."
            int the = comma - 1;
            while (the >= start && !t.get(the).text().equalsIgnoreCase("the")) the--;
            if (the < start || t.subList(the + 1, comma).stream().anyMatch(x -> !Set.of("ADJ", "NOUN").contains(x.tag())))
                return Optional.empty();
            start = the;
        }
        while (start < comma && LEADING_NOISE.contains(t.get(start).tag())) start++;
        int from = nounPhraseStart(t, start, comma);
        if (!headIsAPerson(t, from, comma)) return Optional.empty(); // "poured the liquid into a tiny brown bottle, X"
        return phrase(run.sentence(), from, comma);
    }

    /**
     * Where the noun phrase that ends at {@code end} starts, given words back to {@code start} that may
     * be more than it: a preposition whose left side has no word for a person ends what comes before
     * ("a request last week from Elian's father in Cuba, X", "made by Amir's brother, X": the role is
     * "Elian's father in Cuba", "Amir's brother"), and a determiner right after a noun starts a new
     * phrase ("handed over to Kenyan officials a suspect in the bombings, X"). A preposition after
     * such a word stays in the phrase ("the Syrian ambassador to Washington").
     */
    private int nounPhraseStart(List<Token> t, int start, int end) {
        int from = start;
        boolean personBefore = false;
        for (int k = start; k < end; k++) {
            Token w = t.get(k);
            if (w.tag().equals("ADP") && !personBefore) {
                from = k + 1;
                while (from < end && LEADING_NOISE.contains(t.get(from).tag())) from++;
            } else if (w.tag().equals("ADP")) {
                break;
            } else if (w.tag().equals("DET") && k > from && Set.of("NOUN", "PROPN").contains(t.get(k - 1).tag())) {
                from = k;
                personBefore = false;
            } else if (isLowerCase(w) && isPersonNoun(w.text())) {
                personBefore = true;
            }
        }
        return from;
    }

    private Optional<String> appositiveAfter(NameRun run) {
        List<Token> t = run.sentence().tokens();
        if (run.to() >= t.size() || !t.get(run.to()).text().equals(",")) return Optional.empty();
        int start = run.to() + 1;
        // "James E. Bacon, 58, executive vice president,": the age comes first
        if (start + 2 < t.size() && AGE.matcher(t.get(start).text()).matches() && t.get(start + 1).text().equals(",")) {
            start += 2;
            if (t.get(start).tag().equals("CCONJ")) start++; // "Slepian, 52, and the father of four boys,"
        }
        int end = start;
        while (end < t.size() && phraseWord(t.get(end)) && !t.get(end).text().equals(",")) end++;
        // The apposition ends at a comma, a dash or the end of the sentence ("X, the new prime minister."),
        // or where a relative clause about the person starts ("X, a mediator who has settled ...")
        boolean closed = end < t.size() && t.get(end).text().matches("[,;:—–-]|--|who|whose")
                || end == t.size() - 1 && t.get(end).text().matches("[.!?]") || end == t.size();
        if (!closed) return Optional.empty();
        // It starts with an article, an adjective or a noun, or with a possessive name ("Lockheed's chief technical officer").
        boolean possessiveName = start + 1 < end && t.get(start).text().matches("\\p{Lu}.*")
                && (t.get(start + 1).text().matches("'s|’s") || t.get(start).text().matches(".*['’]s"));
        if (start < end && !Set.of("DET", "ADJ", "NOUN").contains(t.get(start).tag()) && !possessiveName && !inPhrase(t.get(start))) return Optional.empty();
        if (!headIsAPerson(t, start, end)) return Optional.empty();
        return phrase(run.sentence(), start, end);
    }

    /**
     * Whether the head of the phrase, its last noun before "of", "for" and the like, is a
     * word for a person when it is a common noun: "X, the spokeswoman for Y", "X, Lockheed's chief
     * technical officer"; not "According to X, the participation of this team shows ...", which is
     * the next clause's subject.
     */
    private boolean headIsAPerson(List<Token> t, int start, int end) {
        Token head = null;
        for (int k = start; k < end; k++) {
            Token w = t.get(k);
            if (head != null && w.tag().equals("ADP")) break;
            // the tagger reads "elder" in "uncompromising elder of the tribe" as an adjective
            if (w.tag().equals("NOUN") || w.tag().equals("PROPN") || isLowerCase(w) && isPersonNoun(w.text())) head = w;
        }
        return head == null || !isLowerCase(head) || isPersonNoun(head.text());
    }

    /**
     * "X is a historian": the name is the subject, not inside another phrase ("The murder of X is the
     * latest assault ..." says what the murder is), the phrase's head is a word for a person ("X is a
     * turning point" gives none), and it ends in a noun, not cut at a word the phrase does not hold
     * ("X is a beloved and respected member": the tagger reads "respected" as a verb).
     */
    private Optional<String> copula(NameRun run) {
        List<Token> t = run.sentence().tokens();
        int i = run.to();
        if (i + 1 >= t.size() || !Set.of("is", "was").contains(t.get(i).text())
                || !Set.of("a", "an", "the").contains(t.get(i + 1).text().toLowerCase())) return Optional.empty();
        int first = titleStart(run);
        if (first > 0 && (t.get(first - 1).tag().equals("ADP") || t.get(first - 1).tag().equals("DET"))) return Optional.empty();
        int end = i + 1;
        while (end < t.size() && phraseWord(t.get(end)) && !t.get(end).text().equals(",")) end++;
        if (end - 1 <= i + 1 || !Set.of("NOUN", "PROPN").contains(t.get(end - 1).tag()) || POSSESSIVE.matcher(t.get(end - 1).text()).matches()
                || !headIsAPerson(t, i + 2, end)) return Optional.empty();
        return phrase(run.sentence(), i + 1, end);
    }

    /** A word of a noun phrase; possessives ("orchestra's", "Lockheed's") whatever tag the tagger gave them. */
    private static boolean inPhrase(Token t) {
        return PHRASE_TAGS.contains(t.tag()) || t.tag().endsWith("+PART") || t.text().matches("\\p{L}+['’]s");
    }

    /** A word of the phrase, or a lower-case noun for a person the tagger took for a verb ("Her neighbour, X"). */
    private boolean phraseWord(Token t) {
        return inPhrase(t) || isLowerCase(t) && isPersonNoun(t.text());
    }

    private int firstTitleIndex(NameRun run) {
        return run.from();
    }

    private Optional<String> phrase(TaggedSentence s, int from, int to) {
        if (from >= to || to - from > 16) return Optional.empty();
        boolean hasPersonNoun = false;
        for (int k = from; k < to; k++) {
            Token tok = s.tokens().get(k);
            // the tagger reads "chief executive" as two adjectives: a lower-case word for a person counts whatever its tag
            if (isLowerCase(tok) && isPersonNoun(tok.text())) hasPersonNoun = true;
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
