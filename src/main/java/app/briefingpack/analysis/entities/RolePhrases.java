package app.briefingpack.analysis.entities;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import app.briefingpack.analysis.nlp.TaggedSentence;
import app.briefingpack.analysis.nlp.Token;
import app.briefingpack.lexicon.WordNet;

/**
 * What the role finders share: which words make a role phrase whatever the tagger says, where a
 * phrase starts and ends, whether its head is a word for a person, and the phrase as shown
 * (articles dropped, a plural head in the singular, cut when long).
 */
final class RolePhrases {

    /** Tags of the words a role phrase is made of. */
    static final Set<String> PHRASE_TAGS = Set.of("DET", "ADJ", "NOUN", "PROPN", "ADP", "CCONJ", "NUM", "PART");

    /** Tags of words before a phrase that are no part of it (see {@link #isNoise}). */
    static final Set<String> LEADING_NOISE = Set.of("ADV", "CCONJ", "SCONJ", "DET", "PUNCT");

    /** Articles a role is shown without (see {@link #tidy}). */
    static final Pattern ARTICLES = Pattern.compile("(^|\\band\\s+)(?:a|an|the)\\s+", Pattern.CASE_INSENSITIVE);

    /** An age between a name and its apposition: "X, 58, executive vice president". */
    static final Pattern AGE = Pattern.compile("\\d{1,3}");

    /** A possessive the tagger may tag as anything: "Auckland's", "Users'" (read as a verb). */
    static final Pattern POSSESSIVE_WORD = Pattern.compile("\\p{L}+(?:['’]s|s['’])");
    /** Any token that ends as a possessive: "Buffalo's", "bosses'", "Saddam's". */
    static final Pattern ENDS_POSSESSIVE = Pattern.compile(".*['’]s?");

    /** Words of quantity before a plural noun, no part of a role: "two other sisters", "several victims". */
    static final Set<String> QUANTITY = Set.of("other", "several", "many", "some", "few", "both", "various", "numerous",
            "all", "such", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten");

    private final WordNet wordNet;
    private final PersonNouns personNouns;

    RolePhrases(WordNet wordNet, PersonNouns personNouns) {
        this.wordNet = wordNet;
        this.personNouns = personNouns;
    }

    /** "victims" is "victim": a role phrase whose last word is the plural of a word for a person, in the singular. */
    String singularHead(String role) {
        int space = role.lastIndexOf(' ');
        String last = role.substring(space + 1);
        if (!last.chars().allMatch(Character::isLowerCase)) return role;
        return wordNet.singularNoun(last).filter(personNouns::any)
                .map(w -> withoutQuantity(role.substring(0, space + 1)) + w).orElse(role);
    }

    /** The words before a plural head, without the number or quantity that opens them: "two older " is "older ". */
    private static String withoutQuantity(String words) {
        int space = words.indexOf(' ');
        if (space < 0) return words;
        String first = words.substring(0, space);
        return first.chars().allMatch(Character::isDigit) || QUANTITY.contains(first) ? words.substring(space + 1) : words;
    }

    /** A word WordNet knows only as a noun, whatever the tagger says: "rugby", "foundation". */
    boolean onlyANoun(String word) {
        if (NameRunFinder.isFunctionWord(word)) return false;
        return wordNet.onlyAs(net.sf.extjwnl.data.POS.NOUN, word);
    }

    /** The word with its first letter in capitals: "councilman" is "Councilman". */
    static String capitalised(String word) {
        return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    static boolean isLowerCase(Token t) {
        return !t.text().isEmpty() && t.text().chars().allMatch(c -> Character.isLowerCase(c) || c == '-');
    }

    /**
     * "X, 64, of Voorhees, N.J., an Inquirer sportswriter": where the person lives, capitalised words
     * after "of" up to the comma before a lower-case word, comes before the apposition; else {@code start}.
     */
    static int afterResidence(List<Token> t, int start) {
        if (start + 2 >= t.size() || !t.get(start).text().equals("of") || !startsUpperCase(t.get(start + 1))) return start;
        for (int k = start + 1; k < t.size() && (startsUpperCase(t.get(k)) || t.get(k).text().equals(",")); k++) {
            if (t.get(k).text().equals(",") && k + 1 < t.size() && isLowerCase(t.get(k + 1))) return k + 1;
        }
        return start;
    }

    /** Where a phrase starts that runs from {@code from}: after the last dash the tokenizer dropped ("the students – A, B"). */
    static int afterDash(TaggedSentence s, int from, int to) {
        for (int k = to - 1; k > from; k--) if (dashBetween(s, s.tokens().get(k - 1), s.tokens().get(k))) return k;
        return from;
    }

    /** Whether a dash the tokenizer dropped stands between two tokens of the sentence. */
    static boolean dashBetween(TaggedSentence s, Token a, Token b) {
        String between = s.text().substring(a.end() - s.begin(), b.begin() - s.begin());
        return between.contains("–") || between.contains("—") || between.contains(" - ");
    }

    static boolean startsUpperCase(Token t) {
        return !t.text().isEmpty() && Character.isUpperCase(t.text().charAt(0));
    }

    /**
     * "X, longtime publisher of Y", "X, registered manager at Y": the tagger reads some adjectives
     * before a noun as adverbs or verbs.
     */
    static boolean leadingAdverb(List<Token> t, int k) {
        boolean modifier = t.get(k).tag().equals("ADV") || t.get(k).isVerb() && t.get(k).text().endsWith("ed");
        return modifier && isLowerCase(t.get(k)) && k + 1 < t.size()
                && (t.get(k + 1).isNoun() || t.get(k + 1).isAdjective()) && isLowerCase(t.get(k + 1));
    }

    /** An adverb of degree before an adjective or a number, inside a noun phrase: "Sweden's most recent coalition government". */
    static boolean degreeAdverb(List<Token> t, int k) {
        return t.get(k).tag().equals("ADV") && k + 1 < t.size() && isLowerCase(t.get(k))
                && (t.get(k + 1).isAdjective() || t.get(k + 1).tag().equals("NUM")); // "for almost three decades"
    }

    /**
     * Whether the head of the phrase, its last noun before "of", "for" and the like, is a
     * word for a person when it is a common noun: "X, the spokeswoman for Y", "X, Lockheed's chief
     * technical officer"; not "According to X, the participation of this team shows ...", which is
     * the next clause's subject.
     */
    boolean headIsAPerson(List<Token> t, int start, int end) {
        Token head = null;
        for (int k = start; k < end; k++) {
            Token w = t.get(k);
            if (head != null && isPreposition(w)) break;
            // the tagger reads "elder" in "uncompromising elder of the tribe" as an adjective
            if (w.tag().equals("NOUN") || w.tag().equals("PROPN") || isLowerCase(w) && personNouns.any(w.text())) head = w;
        }
        // ("Alaska Airlines' VP marketing": or an officer's initials before the field they run)
        return head == null || !isLowerCase(head) || personNouns.any(head.text())
                || t.subList(start, end).stream().anyMatch(w -> Gazetteers.OFFICERS.contains(w.text()));
    }

    /** A word of a noun phrase; possessives ("orchestra's", "Lockheed's") whatever tag the tagger gave them. */
    static boolean inPhrase(Token t) {
        return PHRASE_TAGS.contains(t.tag()) || t.tag().endsWith("+PART") || POSSESSIVE_WORD.matcher(t.text()).matches();
    }

    /**
     * Words of a phrase the tagger read as something else, known by the word after them: a preposition
     * read as a conjunction before a name or an article ("manager for Tall Pines"; not "for just six
     * months"), a number read as a verb ("police zone 3").
     */
    static boolean misreadPhraseWord(List<Token> t, int k) {
        Token w = t.get(k);
        if (w.tag().equals("SCONJ") && PREPOSITIONS_READ_AS_CONJUNCTIONS.contains(w.text()))
            return k + 1 < t.size() && (startsUpperCase(t.get(k + 1)) || t.get(k + 1).tag().equals("DET"));
        return !w.text().isEmpty() && w.text().chars().allMatch(Character::isDigit);
    }

    /** A preposition, or one the tagger read as a conjunction. */
    static boolean isPreposition(Token t) {
        return t.tag().equals("ADP") || t.tag().equals("SCONJ") && PREPOSITIONS_READ_AS_CONJUNCTIONS.contains(t.text());
    }

    /** Prepositions the tagger may read as conjunctions inside a role: "land protection manager for Tall Pines". */
    private static final Set<String> PREPOSITIONS_READ_AS_CONJUNCTIONS = Set.of("for", "at");

    /** A word of the phrase, or a word for a person the tagger took for a verb or punctuation ("Her neighbour, X"). */
    boolean phraseWord(Token t) {
        return inPhrase(t) || isLowerCase(t) && personNouns.any(t.text()) || capitalisedPersonWord(t);
    }

    /** A lower-case word whose commonest senses include a person, whatever its tag: "executive" read as an adjective. */
    boolean lowerCasePersonNoun(Token t) {
        return isLowerCase(t) && personNouns.mainly(t.text());
    }

    /** "Auditor-General", which the tagger may read as punctuation. */
    boolean capitalisedPersonWord(Token t) {
        return personNouns.isTitleWord(t.text());
    }

    /** A word before a phrase that is no part of it: an adverb, a conjunction, an article, punctuation. */
    boolean isNoise(Token t) {
        return LEADING_NOISE.contains(t.tag()) && !capitalisedPersonWord(t);
    }

    /**
     * "X, the drafter of the motion being circulated", "X, the young mother passing through town": a
     * participle right after a noun starts a clause about the phrase; "chief operating officer" and
     * "the governing body" are no such clause (no noun before the participle).
     */
    boolean participleAfterANoun(List<Token> t, int start, int k) {
        Token w = t.get(k);
        int before = k - 1 > start && t.get(k - 1).text().equals("not") ? k - 2 : k - 1; // "a media consultant not working for"
        if (before > start && w.isVerb() && w.text().endsWith("ed") && isLowerCase(w) && k + 1 < t.size() && t.get(k + 1).tag().equals("ADP")
                && t.get(before).tag().equals("NOUN") && isLowerCase(t.get(before)) && !personNouns.mainly(t.get(before).text()))
            return true; // "X, lead author of the study published in ZooKeys": a past participle after a thing starts a clause about it
        return before > start && (w.isVerb() || w.tag().equals("AUX")) && w.text().endsWith("ing") && isLowerCase(w)
                && (t.get(before).tag().equals("NOUN") || isLowerCase(t.get(before)) && personNouns.any(t.get(before).text())) // "consultant", read as an adjective
                && !participleModifier(t, k);
    }

    /**
     * "chief operating officer", "the Northline shipping group": a participle before a noun, inside the
     * phrase; not after a common noun, where it starts a clause ("a new study suggesting diabetes ...").
     */
    static boolean participleModifier(List<Token> t, int k) {
        Token w = t.get(k);
        return w.isVerb() && w.text().endsWith("ing") && isLowerCase(w) && k + 1 < t.size() && t.get(k + 1).isNoun() && isLowerCase(t.get(k + 1))
                // ("group managing director": after a noun, only a participle that qualifies an office)
                && !(k > 0 && t.get(k - 1).isNoun() && isLowerCase(t.get(k - 1)) && !OFFICE_PARTICIPLES.contains(w.text()));
    }

    /** "chief operating officer", "chief nursing officer": a participle modifier ({@link #participleModifier}) that is an everyday word or qualifies an office. */
    boolean officeModifier(List<Token> t, int k) {
        return participleModifier(t, k) && (wordNet.isCommonWord(t.get(k).text()) || OFFICE_PARTICIPLES.contains(t.get(k).text()));
    }

    /** Participles that qualify an office before it: "acting Vice-Chancellor", "outgoing chairman", "group managing director". */
    static final Set<String> OFFICE_PARTICIPLES = Set.of("acting", "outgoing", "incoming", "retiring", "serving", "managing", "presiding",
            "founding", "commanding", "operating", "visiting", "reigning", "consulting");

    /** Words that start a relative clause about the person, however the tagger reads them: "who", "who’s", "whose". */
    static final Pattern RELATIVE = Pattern.compile("who|whose|who['’]s|who['’]d");

    /** Prepositions the tagger often reads as adverbs, which end an apposition as "of" or "for" would not. */
    static final Set<String> ADVERB_PREPOSITIONS = Set.of("behind", "beyond", "inside", "outside", "near", "around",
            "across", "along", "alongside", "throughout", "underneath", "since");

    /** The longest role shown; a longer apposition is cut at a preposition or "and" before this many words. */
    static final int MAX_ROLE_WORDS = 16;

    static final Set<String> POSSESSIVE_DETERMINERS = Set.of("his", "her", "their", "its", "our", "my", "your");

    /** A word that opens a noun phrase for a person: "the", "a", "one", "her". */
    static boolean opensApposition(Token t) {
        String w = t.text().toLowerCase(java.util.Locale.ROOT);
        return w.equals("the") || w.equals("a") || w.equals("an") || w.equals("one") || POSSESSIVE_DETERMINERS.contains(w);
    }

    /** The role phrase from {@code from} to {@code to}, if it holds a word for a person; a capitalised one counts when {@code titleAllowed}. */
    Optional<String> phrase(TaggedSentence s, int from, int to, boolean titleAllowed) {
        // "professor of internal medicine and pediatrics at the University of Arkansas for Medical Sciences in Little
        // Rock and immediate past governor ...": a long phrase is cut before its last preposition or "and" in reach
        if (to - from > MAX_ROLE_WORDS) {
            int cut = from + MAX_ROLE_WORDS;
            while (cut > from + 2 && !Set.of("ADP", "CCONJ").contains(s.tokens().get(cut).tag())) cut--;
            to = cut;
        }
        if (from >= to) return Optional.empty();
        boolean hasPersonNoun = false;
        // a capitalised word alone is a role only after "the" or a possessive ("the Auditor-General, X"), not in a
        // list of names ("Firefox, Thunderbird, SeaMonkey") or a reference ("Butcher, Andrew")
        boolean lone = to - from == 1 && (from == 0 || !opensApposition(s.tokens().get(from - 1)));
        for (int k = from; k < to; k++) {
            Token tok = s.tokens().get(k);
            // the tagger reads "chief executive" as two adjectives: a lower-case word for a person counts whatever its tag
            if (isLowerCase(tok) && personNouns.any(tok.text()) || titleAllowed && capitalisedRoleNoun(s.tokens(), k, to) && !lone
                    || Gazetteers.ROLE_ACRONYMS.contains(tok.text())) hasPersonNoun = true;
        }
        if (!hasPersonNoun) return Optional.empty();
        int begin = s.tokens().get(from).begin() - s.begin();
        int end = s.tokens().get(to - 1).end() - s.begin();
        return Optional.of(tidy(s.text().substring(begin, end)));
    }

    /**
     * "the union's National Chairman, X", "X, Security Correspondent", "the Auditor-General, X": a
     * capitalised word for a person that ends the phrase or its office ("Chairman of the Board"),
     * so not "President" in "X, President Bush and ...". No given name ("Frank") counts.
     */
    boolean capitalisedRoleNoun(List<Token> t, int k, int end) {
        String w = t.get(k).text();
        if (k + 1 < end && !Gazetteers.TITLE_LINKS.contains(t.get(k + 1).text())) return false;
        // not "Andrew Shearer", "Roberto Peon": a surname after a given name
        if (k > 0 && GivenNames.listed(t.get(k - 1).text())) return false;
        // nor "Afzal Khan": a word WordNet alone calls a person, after a proper noun no dictionary has
        if (k > 0 && !Gazetteers.TITLES.contains(w) && isUnknownName(t.get(k - 1))) return false;
        // not "The Hotel Inspectors", an episode's title: a plural is no one person's title
        // ("the President of the Nigeria Labour Congress, X": a title WordNet also knows as one person, the US president)
        boolean title = personNouns.isTitleWord(w) || Gazetteers.TITLES.contains(w) && !Gazetteers.HONORIFICS.contains(w);
        return title && !wordNet.isPluralNoun(w);
    }

    /** A capitalised proper noun WordNet has no sense of, common or named: "Afzal"; not "The", "Nigerian", "Kenya". */
    private boolean isUnknownName(Token t) {
        String word = t.text();
        return t.isProperNoun() && NameRunFinder.TITLE_CASE_WORD.matcher(word).matches() && !NameRunFinder.isFunctionWord(word.toLowerCase(java.util.Locale.ROOT))
                && NameClassifier.unknownWord(wordNet, word);
    }

    /** "a historian and an analyst for Y" becomes "historian and analyst for Y". */
    static String tidy(String role) {
        Matcher m = ARTICLES.matcher(role.replaceAll("\\s+", " ").strip());
        return m.replaceAll("$1");
    }
}
