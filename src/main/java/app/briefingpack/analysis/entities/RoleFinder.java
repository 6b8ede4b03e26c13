package app.briefingpack.analysis.entities;

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
    /** A possessive the tagger may tag as anything: "Auckland's", "Users'" (read as a verb). */
    private static final Pattern POSSESSIVE_WORD = Pattern.compile("\\p{L}+(?:['’]s|s['’])");
    /** A possessive word: "Buffalo's", "bosses'". */
    private static final Pattern POSSESSIVE = Pattern.compile(".*['’]s?");

    private final WordNet wordNet;
    private final PersonNouns personNouns;
    private final AsRoles asRoles;

    RoleFinder(WordNet wordNet) {
        this.wordNet = wordNet;
        this.personNouns = new PersonNouns(wordNet);
        this.asRoles = new AsRoles(personNouns);
    }

    /**
     * The role of the person named by {@code run}; {@code organisationAt} tells whether an
     * organisation is mentioned at a body offset (for "Mark Chen of Stanford University").
     */
    Optional<String> role(NameRun run, IntPredicate organisationAt) {
        return role(run, organisationAt, true);
    }

    /**
     * The role the text states right at the name, which makes a name a person's ("Li Keqiang, the
     * new prime minister"); not one read further off in the sentence ("as possible").
     */
    Optional<String> statedRole(NameRun run) {
        return role(run, o -> false, false);
    }

    private Optional<String> role(NameRun run, IntPredicate organisationAt, boolean further) {
        // "Commissioner of Police, Lagos State Command, CP X": a name that ends in a body's word is the body's
        if (Gazetteers.isOrganisationWord(run.tokens().get(run.size() - 1).text())) return Optional.empty();
        Optional<String> title = titled(run);
        // "The Minister of Health, Prof Ali Pate": an apposition says more than an academic title
        // "In an alert to NHS bosses, Chris Whitty, the chief medical officer, said": after an opening phrase the
        // apposition after the name, with its article, is the role
        boolean introduced = !run.sentence().tokens().isEmpty() && Set.of("ADP", "SCONJ").contains(run.sentence().tokens().get(0).tag())
                && articleAfter(run);
        Optional<String> role = title.filter(r -> !ACADEMIC_TITLES.contains(r))
                .or(() -> introduced ? appositiveAfter(run).or(() -> appositiveBefore(run)) : appositiveBefore(run).or(() -> appositiveAfter(run)))
                .or(() -> title).or(() -> premodifier(run)).or(() -> copula(run))
                .or(() -> credit(run)).or(() -> ListedRoles.role(run, wordNet))
                .or(() -> further ? asRoles.role(run) : Optional.empty());
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
                && (t.get(k - 1).isAdjective() && (wordNet.lookup(net.sf.extjwnl.data.POS.ADJECTIVE, t.get(k - 1).text()).isPresent()
                        || t.get(k - 1).text().endsWith("ed")) // "ousted"
                    || t.get(k - 1).isNoun() && personNouns.mainly(t.get(k - 1).text()))) k--; // not "so did Secretary of State X"
        for (int i = k; i < start; i++) words.add(t.get(i).text());
        for (String w : titleWords(run)) if (!Gazetteers.HONORIFICS.contains(w)) words.add(spelledOut(w));
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
    static int titleStart(NameRun run) {
        List<Token> t = run.sentence().tokens();
        List<String> title = titleWords(run);
        int start = run.from();
        while (start > 0 && title.contains(t.get(start - 1).text())) start--;
        return start;
    }

    /** A number that starts a plural phrase: "two daughters" is "daughter". */
    private static final Pattern NUMBER_BEFORE = Pattern.compile("^(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|several|many)\\s+");

    /** "victims" is "victim": a role phrase whose last word is the plural of a word for a person, in the singular. */
    private String singularHead(String role) {
        int space = role.lastIndexOf(' ');
        String last = role.substring(space + 1);
        if (!last.chars().allMatch(Character::isLowerCase)) return role;
        return wordNet.singularNoun(last).filter(w -> !w.equals(last) && personNouns.any(w))
                .map(w -> NUMBER_BEFORE.matcher(role.substring(0, space + 1)).replaceFirst("") + w).orElse(role);
    }

    /** A plural title word in the singular, for one person: "Councilmen" is "Councilman". */
    private String singular(String word) {
        if (!NameRunFinder.TITLE_CASE_WORD.matcher(word).matches()) return word;
        return wordNet.singularNoun(word).filter(personNouns::any)
                .map(lemma -> Character.toUpperCase(lemma.charAt(0)) + lemma.substring(1)).orElse(word);
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
            java.util.Map.entry("Cllr.", "Councillor"), java.util.Map.entry("Coun.", "Councillor"), java.util.Map.entry("Pte.", "Private"),
            java.util.Map.entry("Brig.", "Brigadier"));

    /** A title as a reader would say it: abbreviations spelt out, with their full stop or without ("Sgt"), plurals singular. */
    private String spelledOut(String word) {
        String full = ABBREVIATED.get(word);
        if (full == null) full = ABBREVIATED.get(word + ".");
        return full != null ? full : singular(word);
    }

    /**
     * "BP chairman Carl-Henric Svanberg", "city finance director Janet O'Neill": lower-case words
     * ending in a noun for a person right before the name, with the organisation or place named
     * just before them.
     */
    private Optional<String> premodifier(NameRun run) {
        List<Token> t = run.sentence().tokens();
        int end = run.from();
        if (end < 1) return Optional.empty();
        int office = officeOf(t, end);
        if (office > 0) { // "director general of health Ashley Bloomfield": the role's head is before "of"
            Optional<String> role = premodifierEndingAt(run, office);
            return role.map(r -> r + " " + run.sentence().text().substring(t.get(office).begin() - run.sentence().begin(),
                    t.get(end - 1).end() - run.sentence().begin()));
        }
        return premodifierEndingAt(run, end);
    }

    /**
     * Where "of" and one or two lower-case nouns naming an office's field start before a name
     * ("director general of health X", "minister of finance X"), when a word for a person is
     * right before "of"; else -1.
     */
    private int officeOf(List<Token> t, int end) {
        for (int of = end - 2; of >= Math.max(1, end - 3); of--) {
            if (!t.get(of).text().equals("of")) continue;
            // the field is no word for a person: not "the hands of writer-director X"
            for (int k = of + 1; k < end; k++) if (!isLowerCase(t.get(k)) || !t.get(k).isNoun() || personNouns.any(t.get(k).text())) return -1;
            Token before = t.get(of - 1);
            return isLowerCase(before) && personNouns.mainly(before.text()) ? of : -1;
        }
        return -1;
    }

    /** The pre-modifier role whose last word is right before token {@code end}. */
    private Optional<String> premodifierEndingAt(NameRun run, int end) {
        List<Token> t = run.sentence().tokens();
        Token head = t.get(end - 1);
        // "Councilman Derek Yates" at the start of a sentence: the capital is the sentence's
        boolean sentenceInitial = end == 1 && Character.isUpperCase(head.text().charAt(0));
        if (!(isLowerCase(head) || sentenceInitial) || !personNouns.any(head.text().toLowerCase(java.util.Locale.ROOT))) return Optional.empty();
        // "to transfer Elian", "sanctions force Saddam": a verb, or a noun that is mostly no person, right before a name
        // (the tagger reads some such nouns as verbs: "monarchist delegate X", "American astronaut X")
        Token before = end >= 2 ? t.get(end - 2) : null;
        // (a word whose commonest sense is a person is a noun whatever its tag: "fullback Tom Banks", read as an adverb)
        boolean nounPhrase = head.isNoun() || head.isAdjective() || sentenceInitial
                || before != null && (before.isAdjective() || before.isNoun() && isLowerCase(before))
                || !head.isVerb() && wordNet.isFirstAPersonNoun(head.text().toLowerCase(java.util.Locale.ROOT))
                // "New Zealand First leader X": read as a verb, though no dictionary has the verb
                || wordNet.isFirstAPersonNoun(head.text().toLowerCase(java.util.Locale.ROOT))
                    && wordNet.lookup(net.sf.extjwnl.data.POS.VERB, head.text().toLowerCase(java.util.Locale.ROOT)).isEmpty();
        // "Windows head X": after another noun, a rarer sense for a person counts, not an animal's ("the family dog Rex")
        // nor one far down the list ("sanctions force Saddam")
        String headWord = head.text().toLowerCase(java.util.Locale.ROOT);
        boolean compound = before != null && (before.isNoun() || before.isProperNoun()) && !personNouns.animal(headWord)
                && personNouns.amongFive(headWord);
        if (!nounPhrase || !(personNouns.mainly(headWord) || compound)) return Optional.empty();
        // "the great Freddie Webster": an adjective after "the" is an epithet, not a role
        if (head.isAdjective() && personNouns.isAdjective(headWord) && before != null && before.tag().equals("DET")) return Optional.empty();
        // "the aircraft carrier John F. Kennedy": a compound WordNet knows is read whole; a carrier is a person, an aircraft carrier a ship
        if (before != null && isLowerCase(before) && !personNouns.mainly(before.text() + " " + head.text())
                && wordNet.lookup(net.sf.extjwnl.data.POS.NOUN, before.text() + " " + head.text()).isPresent()) return Optional.empty();
        int start = end - 1;
        // (a word for a person whatever its tag: "director general", "director" read as a preposition)
        while (start > 0 && end - start < 4 && isLowerCase(t.get(start - 1))
                && (t.get(start - 1).isNoun() || t.get(start - 1).isAdjective() || !t.get(start - 1).isVerb() && personNouns.mainly(t.get(start - 1).text()))) start--;
        // "BP chairman", "Lockheed's chief", "City finance director": the name of the employer
        if (start > 0 && Character.isUpperCase(t.get(start - 1).text().charAt(0)) && !t.get(start - 1).text().equals("The")
                && (start - 1 == 0 || !t.get(start - 2).text().matches("[A-Z].*"))) start--;
        int begin = t.get(start).begin() - run.sentence().begin();
        int stop = head.end() - run.sentence().begin();
        return Optional.of(singularHead(tidy(run.sentence().text().substring(begin, stop)))); // "the students – A, B"
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
        // "of the Miami-based Cuban-American National Foundation": where the body is based comes first
        if (NameRunFinder.PLACE_ADJECTIVE.matcher(t.get(from).text()).matches() && from + 1 < t.size()) from++;
        if (!organisationAt.test(t.get(from).begin())) return Optional.empty();
        int to = from;
        while (to < t.size() && organisationAt.test(t.get(to).begin())) to++;
        int begin = t.get(from).begin() - run.sentence().begin();
        int end = t.get(to - 1).end() - run.sentence().begin();
        return Optional.of(run.sentence().text().substring(begin, end));
    }

    private Optional<String> appositiveBefore(NameRun run) {
        List<Token> t = run.sentence().tokens();
        int comma = titleStart(run) - 1; // "Their supervisor, Dr Ignas Snellen": the apposition is before the title
        if (comma < 1 || !t.get(comma).text().equals(",")) return Optional.empty();
        // "the killing of the doctor, Barnett Slepian.": the apposition may end the sentence, when the
        // phrase before it is "the" and nouns (not "chief executive officer of Toledo, Ohio-based Meridian.")
        boolean last = run.to() == t.size() - 1 && t.get(run.to()).text().matches("[.!?]");
        // "The victims' spokeswoman, Angela Shaw of the victims' coalition, said": an affiliation may follow the name
        boolean affiliation = run.to() < t.size() && t.get(run.to()).text().equals("of");
        // "his young daughter, Betty (Avery Smith) and ...": a bracket after a given name closes the apposition too,
        // when the phrase opens with an article or a possessive (not "my employer, Software Freedom Conservancy (where ...")
        boolean bracket = run.to() < t.size() && t.get(run.to()).text().equals("(") && GivenNames.listed(t.get(run.from()).text());
        // "survived by a daughter, Jean Miller Gordon; three sons, ...": a semicolon closes it as a comma does
        if (run.to() < t.size() && !t.get(run.to()).text().matches("[,;]") && !last && !affiliation && !bracket) return Optional.empty();
        int start = comma;
        while (start > 0 && phraseWord(t.get(start - 1)) && !t.get(start - 1).text().equals(",")) start--;
        if (last) { // at the end of a sentence only a phrase from its last "the" or "her": "... killing of the doctor, X.", "said her daughter, X."
            int the = comma - 1;
            int lowest = start > 0 && POSSESSIVE_DETERMINERS.contains(t.get(start - 1).text().toLowerCase(java.util.Locale.ROOT)) ? start - 1 : start;
            while (the >= lowest && !opensApposition(t.get(the))) the--;
            // (a place after it only before a given name: "the consul general in New York, Shmuel Sisso.", not "her son in Olney, Bucks.")
            if (the < lowest || !plainNounPhrase(t, the + 1, comma, GivenNames.listed(t.get(run.from()).text()))) return Optional.empty();
            start = the + (t.get(the).text().equalsIgnoreCase("the") || t.get(the).tag().equals("DET") && !t.get(the).text().equalsIgnoreCase("one") ? 0 : 1);
        }
        while (start < comma && isNoise(t.get(start))) start++;
        int from = afterNamedConjunct(t, afterDash(run.sentence(), nounPhraseStart(t, start, comma), comma), comma);
        if (!headIsAPerson(t, from, comma)) return Optional.empty(); // "poured the liquid into a tiny brown bottle, X"
        if (bracket && t.subList(Math.max(0, from - 3), from + 1).stream().noneMatch(RoleFinder::opensApposition)) return Optional.empty();
        // not "the three foreign ministers of Bronislaw Geremek of Poland, X of Hungary": a list of names and their countries
        if (affiliation && t.subList(from, comma).stream().anyMatch(Token::isProperNoun)) return Optional.empty();
        // "the victims, James Chaney, Andrew Goodman and ...": one person is one of them
        // (a capitalised title before a name only after "the" or a possessive: "the union's National Chairman, X";
        // not "Assistant Professor, Clinical Psychology, Stony Brook University")
        // ("Chief Superintendent, Bruce McDonald, says": or the title opens the sentence)
        boolean opened = from == 0 || opensApposition(t.get(Math.max(0, from - 1))) || t.subList(Math.max(0, from - 1), comma).stream().anyMatch(w -> POSSESSIVE_WORD.matcher(w.text()).matches());
        return phrase(run.sentence(), from, comma, opened).map(this::singularHead);
    }

    /**
     * "leaves his wife Sophie and three children, Callum, ...": after a name and "and", the phrase for
     * the names that follow starts anew.
     */
    private int afterNamedConjunct(List<Token> t, int from, int to) {
        for (int k = to - 2; k > from; k--) {
            if (t.get(k).tag().equals("CCONJ") && t.get(k - 1).isProperNoun()
                    && t.subList(k + 1, to).stream().anyMatch(w -> isLowerCase(w) && personNouns.any(w.text()))) return k + 1;
        }
        return from;
    }

    /** Where a phrase starts that runs from {@code from}: after the last dash the tokenizer dropped ("the students – A, B"). */
    private static int afterDash(TaggedSentence s, int from, int to) {
        for (int k = to - 1; k > from; k--) {
            String between = s.text().substring(s.tokens().get(k - 1).end() - s.begin(), s.tokens().get(k).begin() - s.begin());
            if (between.contains("–") || between.contains("—") || between.contains(" - ")) return k;
        }
        return from;
    }

    /**
     * Nouns and adjectives only, "the doctor", "the Auditor-General", or a word for a person and then
     * where: "the Israeli consul general in New York".
     */
    private boolean plainNounPhrase(List<Token> t, int from, int to, boolean placeAllowed) {
        boolean person = false;
        for (int k = from; k < to; k++) {
            Token w = t.get(k);
            boolean role = capitalisedRoleNoun(t, k, to);
            if (Set.of("ADJ", "NOUN").contains(w.tag()) || role) {
                person |= role || isLowerCase(w) && personNouns.any(w.text());
            } else {
                return placeAllowed && person && w.tag().equals("ADP") && k + 1 < to && t.subList(k + 1, to).stream().allMatch(RoleFinder::startsUpperCase);
            }
        }
        return true;
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
                while (from < end && isNoise(t.get(from))) from++;
            } else if (w.tag().equals("ADP")) {
                // "a lawyer for the White House secretary, X": the nearest phrase for a person is the apposition
                Token last = t.get(end - 1);
                if (end - 1 > k && isLowerCase(last) && personNouns.mainly(last.text())) {
                    from = k + 1;
                    while (from < end && isNoise(t.get(from))) from++;
                }
                break;
            } else if (w.tag().equals("DET") && k > from && Set.of("NOUN", "PROPN").contains(t.get(k - 1).tag())) {
                from = k;
                personBefore = false;
            } else if (isLowerCase(w) && personNouns.any(w.text()) || capitalisedRoleNoun(t, k, k + 1)) {
                personBefore = true; // "The Minister of Health, Prof X"
            }
        }
        return from;
    }

    private Optional<String> appositiveAfter(NameRun run) {
        List<Token> t = run.sentence().tokens();
        if (run.to() >= t.size() || !t.get(run.to()).text().equals(",")) return Optional.empty();
        int start = run.to() + 1;
        // "Christopher S. Kim, MD, FACP, a hospitalist": degrees come first
        while (start + 1 < t.size() && Gazetteers.POST_NOMINALS.contains(t.get(start).text()) && t.get(start + 1).text().equals(",")) start += 2;
        // "James E. Bacon, 58, executive vice president,": the age comes first
        // ("Paul Miller, 84; Ex-Chairman of Gannett": an obituary's headline closes the age with a semicolon)
        if (start + 2 < t.size() && AGE.matcher(t.get(start).text()).matches() && t.get(start + 1).text().matches("[,;]")) {
            start += 2;
            if (t.get(start).tag().equals("CCONJ")) start++; // "Slepian, 52, and the father of four boys,"
        }
        start = afterResidence(t, start);
        // "Mark Jackson, prosecuting, said": counsel in an English court report
        if (start + 1 < t.size() && COUNSEL.containsKey(t.get(start).text()) && t.get(start + 1).text().matches("[,.]"))
            return Optional.of(COUNSEL.get(t.get(start).text()));
        // "Mr Peter Prenter, representing the defendant, said"
        if (start + 3 < t.size() && t.get(start).text().equals("representing") && t.get(start + 1).text().equals("the")
                && CLIENTS.contains(t.get(start + 2).text()) && t.get(start + 3).text().matches("[,.]")) return Optional.of("defence lawyer");
        int end = start;
        while (end < t.size() && (phraseWord(t.get(end)) || degreeAdverb(t, end) || end == start && leadingAdverb(t, end) || participleModifier(t, end)
                        || end > start && t.get(end).text().matches("['’]") && t.get(end - 1).text().endsWith("s")) // "Richards ' daughter", split
                && !t.get(end).text().equals(",") && !RELATIVE.matcher(t.get(end).text()).matches()) end++;
        // The apposition ends at a comma, a dash or the end of the sentence ("X, the new prime minister."),
        // or where a relative clause about the person starts ("X, a mediator who has settled ...")
        // or a participle that starts a clause about the person ("X, the drafter of the motion being circulated")
        boolean closed = end < t.size() && (t.get(end).text().matches("[,;:—–-]|--") || RELATIVE.matcher(t.get(end).text()).matches()
                        || participleAfterANoun(t, start, end))
                || end == t.size() - 1 && t.get(end).text().matches("[.!?]") || end == t.size()
                // "X, the writer and producer behind well-loved TV series": a preposition the tagger read as an adverb
                || end < t.size() && end > start && t.get(start).tag().equals("DET") && ADVERB_PREPOSITIONS.contains(t.get(end).text());
        if (!closed) return Optional.empty();
        // It starts with an article, an adjective or a noun, or with a possessive name ("Lockheed's chief technical officer").
        boolean possessiveName = start + 1 < end && t.get(start).text().matches("\\p{Lu}.*")
                && (t.get(start + 1).text().matches("'s|’s|'|’") || POSSESSIVE_WORD.matcher(t.get(start).text()).matches()); // "Richards' daughter"
        if (start < end && !Set.of("DET", "ADJ", "NOUN").contains(t.get(start).tag()) && !possessiveName && !inPhrase(t.get(start))
                && !leadingAdverb(t, start)) return Optional.empty();
        // not "with his wife Anna, and three sons", "as Feminist Allies, as a friend to women": a conjunction or a preposition starts no apposition
        if (start < end && (Set.of("and", "or", "but", "nor").contains(t.get(start).text()) || t.get(start).tag().equals("ADP"))) return Optional.empty();
        // "a media consultant not working for any candidate": not the clause's negation
        while (end - 1 > start && t.get(end - 1).tag().equals("PART")) end--;
        if (!headIsAPerson(t, start, end)) return Optional.empty();
        // "X, Chairman of the Board of Y,": after a name, a capitalised title starts its role as a lower-case one would
        // ("X, the J. Paul Getty Museum's Senior Curator of Paintings,": and so does a capitalised word for a person)
        Token first = start < end ? t.get(start) : null;
        boolean titled = false;
        for (int k = start; k < end && first != null; k++) {
            String w = t.get(k).text();
            boolean office = k + 1 < end && Gazetteers.TITLE_LINKS.contains(t.get(k + 1).text()); // "Curator of Paintings"
            if (Gazetteers.TITLES.contains(w) && !Gazetteers.HONORIFICS.contains(w) && (k == start || office)
                    || office && first.tag().equals("DET") && NameRunFinder.TITLE_CASE_WORD.matcher(w).matches() && wordNet.hasLowerCaseLemma(w)
                        && personNouns.mainly(w.toLowerCase(java.util.Locale.ROOT))) titled = true;
        }
        if (titled && end - start <= MAX_ROLE_WORDS)
            return Optional.of(tidy(run.sentence().text().substring(first.begin() - run.sentence().begin(), t.get(end - 1).end() - run.sentence().begin())));
        return phrase(run.sentence(), start, end, true);
    }

    /**
     * "X, 64, of Voorhees, N.J., an Inquirer sportswriter": where the person lives, capitalised words
     * after "of" up to the comma before a lower-case word, comes before the apposition; else {@code start}.
     */
    private static int afterResidence(List<Token> t, int start) {
        if (start + 2 >= t.size() || !t.get(start).text().equals("of") || !startsUpperCase(t.get(start + 1))) return start;
        for (int k = start + 1; k < t.size() && (startsUpperCase(t.get(k)) || t.get(k).text().equals(",")); k++) {
            if (t.get(k).text().equals(",") && k + 1 < t.size() && isLowerCase(t.get(k + 1))) return k + 1;
        }
        return start;
    }

    private static boolean startsUpperCase(Token t) {
        return !t.text().isEmpty() && Character.isUpperCase(t.text().charAt(0));
    }

    /**
     * "X, longtime publisher of Y", "X, registered manager at Y": the tagger reads some adjectives
     * before a noun as adverbs or verbs.
     */
    private static boolean leadingAdverb(List<Token> t, int k) {
        boolean modifier = t.get(k).tag().equals("ADV") || t.get(k).isVerb() && t.get(k).text().endsWith("ed");
        return modifier && isLowerCase(t.get(k)) && k + 1 < t.size()
                && (t.get(k + 1).isNoun() || t.get(k + 1).isAdjective()) && isLowerCase(t.get(k + 1));
    }

    /** Whom defence counsel represents: "representing the defendant". */
    private static final Set<String> CLIENTS = Set.of("defendant", "defendants", "accused");

    /** Counsel as English court reports name them: "X, prosecuting, said". */
    private static final java.util.Map<String, String> COUNSEL = java.util.Map.of(
            "prosecuting", "prosecutor", "defending", "defence lawyer", "mitigating", "defence lawyer");

    /** An adverb of degree before an adjective or a number, inside a noun phrase: "Sweden's most recent coalition government". */
    private static boolean degreeAdverb(List<Token> t, int k) {
        return t.get(k).tag().equals("ADV") && k + 1 < t.size() && isLowerCase(t.get(k))
                && (t.get(k + 1).isAdjective() || t.get(k + 1).tag().equals("NUM")); // "for almost three decades"
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
            if (w.tag().equals("NOUN") || w.tag().equals("PROPN") || isLowerCase(w) && personNouns.any(w.text())) head = w;
        }
        return head == null || !isLowerCase(head) || personNouns.any(head.text());
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
        // "X, 27, has been working as": the age first
        if (i + 3 < t.size() && t.get(i).text().equals(",") && AGE.matcher(t.get(i + 1).text()).matches() && t.get(i + 2).text().equals(",")) i += 3;
        // "X, of Bethpage, was a nurse": where the person lives, between commas
        if (i + 1 < t.size() && t.get(i).text().equals(",") && afterResidence(t, i + 1) > i + 1 && t.get(afterResidence(t, i + 1) - 1).text().equals(","))
            i = afterResidence(t, i + 1);
        // "X, who is a ...": a relative clause about the person says what they are as the copula does
        if (i + 2 < t.size() && t.get(i).text().equals(",") && t.get(i + 1).text().equals("who")) i += 2;
        if (i < t.size() && t.get(i).text().equals("also")) i++;
        // "X has served as", "X has been working as": in the perfect too
        if (i + 1 < t.size() && HAVE.contains(t.get(i).text())) i += i + 2 < t.size() && t.get(i + 1).text().equals("been") ? 2 : 1;
        boolean perfect = i >= 1 && t.get(i - 1).text().equals("been");
        // "X also served as a councillor", "X has served as Chief of Staff": verbs of office, with "as", say it too
        boolean office = i + 2 < t.size() && SERVED_AS.contains(t.get(i).text()) && t.get(i + 1).text().equals("as");
        int from; // where the role starts, its article included
        if (office) {
            from = i + 2; // the article may be left out
        } else if (i + 1 < t.size() && BECAME.contains(t.get(i).text())) {
            from = i + 1; // "X became exec pastry chef at Y": the article may be left out
        } else if (i + 2 < t.size() && Set.of("is", "was").contains(t.get(i).text()) && NAMED.contains(t.get(i + 1).text())) {
            from = i + 2; // "X was named chief executive"
        } else if (perfect && i + 1 < t.size() && NAMED.contains(t.get(i).text())) {
            from = i + 1; // "X has been named Deputy Premier"
        } else if (i + 1 < t.size() && Set.of("is", "was", "as").contains(t.get(i).text()) && Gazetteers.ARTICLES.contains(t.get(i + 1).text().toLowerCase())) {
            from = i + 1;
        } else {
            return Optional.empty();
        }
        // the role is a noun phrase: not "Warren Mall is named after a former assessor"
        if (!Set.of("DET", "ADJ", "NOUN", "PROPN").contains(t.get(from).tag())) return Optional.empty();
        int head = from + (Gazetteers.ARTICLES.contains(t.get(from).text().toLowerCase()) ? 1 : 0); // the first word after the article
        int first = titleStart(run);
        if (first > 0 && (t.get(first - 1).tag().equals("ADP") || t.get(first - 1).tag().equals("DET"))) return Optional.empty();
        int end = from;
        while (end < t.size() && phraseWord(t.get(end)) && !t.get(end).text().equals(",")) end++;
        // "served as a councillor with her", "the Nobel Prize winner in peace in 1993": not a trailing pronoun, year or preposition
        while (end - 1 > head && Set.of("PRON", "DET", "NUM").contains(t.get(end - 1).tag())) end--;
        if (end - 1 > head && t.get(end - 1).tag().equals("ADP")) end--;
        // "served as a councillor with Gillian", "named chief executive on Monday": "with" and a date are no part of the role
        for (int k = head + 1; k < end; k++) {
            boolean date = t.get(k).tag().equals("ADP") && k + 1 < end
                    && (Gazetteers.CALENDAR.contains(t.get(k + 1).text()) || t.get(k + 1).tag().equals("NUM"));
            if (t.get(k).text().equals("with") || date) {
                end = k;
                break;
            }
        }
        // (the tagger reads a capitalised place as an adjective: "a computer executive in Belmont")
        if (end <= head || !Set.of("NOUN", "PROPN").contains(t.get(end - 1).tag()) && !startsUpperCase(t.get(end - 1))
                || POSSESSIVE.matcher(t.get(end - 1).text()).matches()
                || !headIsAPerson(t, head, end)) return Optional.empty();
        return phrase(run.sentence(), from, end, true);
    }

    /** A word of a noun phrase; possessives ("orchestra's", "Lockheed's") whatever tag the tagger gave them. */
    private static boolean inPhrase(Token t) {
        return PHRASE_TAGS.contains(t.tag()) || t.tag().endsWith("+PART") || POSSESSIVE_WORD.matcher(t.text()).matches();
    }

    /** A word of the phrase, or a word for a person the tagger took for a verb or punctuation ("Her neighbour, X"). */
    private boolean phraseWord(Token t) {
        return inPhrase(t) || isLowerCase(t) && personNouns.any(t.text()) || capitalisedPersonWord(t);
    }

    /** "Auditor-General", which the tagger may read as punctuation. */
    private boolean capitalisedPersonWord(Token t) {
        return CAPITALISED_COMPOUND.matcher(t.text()).matches() && personNouns.mainly(t.text().toLowerCase(java.util.Locale.ROOT));
    }

    /** A word before a phrase that is no part of it: an adverb, a conjunction, an article, punctuation. */
    private boolean isNoise(Token t) {
        return LEADING_NOISE.contains(t.tag()) && !capitalisedPersonWord(t);
    }

    /**
     * "X, the drafter of the motion being circulated", "X, the young mother passing through town": a
     * participle right after a noun starts a clause about the phrase; "chief operating officer" and
     * "the governing body" are no such clause (no noun before the participle).
     */
    private boolean participleAfterANoun(List<Token> t, int start, int k) {
        Token w = t.get(k);
        int before = k - 1 > start && t.get(k - 1).text().equals("not") ? k - 2 : k - 1; // "a media consultant not working for"
        return before > start && (w.isVerb() || w.tag().equals("AUX")) && w.text().endsWith("ing") && isLowerCase(w)
                && (t.get(before).tag().equals("NOUN") || isLowerCase(t.get(before)) && personNouns.any(t.get(before).text())) // "consultant", read as an adjective
                && !participleModifier(t, k);
    }

    /**
     * "chief operating officer", "the Northline shipping group": a participle before a noun, inside the
     * phrase; not after a common noun, where it starts a clause ("a new study suggesting diabetes ...").
     */
    private static boolean participleModifier(List<Token> t, int k) {
        Token w = t.get(k);
        return w.isVerb() && w.text().endsWith("ing") && isLowerCase(w) && k + 1 < t.size() && t.get(k + 1).isNoun() && isLowerCase(t.get(k + 1))
                && !(k > 0 && t.get(k - 1).isNoun() && isLowerCase(t.get(k - 1)));
    }

    /** Words that start a relative clause about the person, however the tagger reads them: "who", "who’s", "whose". */
    private static final Pattern RELATIVE = Pattern.compile("who|whose|who['’]s|who['’]d");

    /** Prepositions the tagger often reads as adverbs, which end an apposition as "of" or "for" would not. */
    private static final Set<String> ADVERB_PREPOSITIONS = Set.of("behind", "beyond", "inside", "outside", "near", "around",
            "across", "along", "alongside", "throughout", "underneath", "since");

    /**
     * A credit line, "Directed by Gary F. Bell", "Reviewed by X": the sentence is a past participle,
     * "by" and the name, and the role is the verb's agent noun WordNet knows as a person (director,
     * reviewer, translator).
     */
    private Optional<String> credit(NameRun run) {
        List<Token> t = run.sentence().tokens();
        int first = titleStart(run);
        boolean wholeSentence = run.to() == t.size() || run.to() == t.size() - 1 && t.get(run.to()).text().matches("[.:]");
        if (first != 2 || !wholeSentence || !t.get(1).text().equals("by") || !t.get(0).text().matches("\\p{Lu}\\p{Ll}+ed")) return Optional.empty();
        Optional<net.sf.extjwnl.data.IndexWord> verb = wordNet.lookup(net.sf.extjwnl.data.POS.VERB, t.get(0).text().toLowerCase(java.util.Locale.ROOT));
        if (verb.isEmpty()) return Optional.empty();
        String lemma = verb.get().getLemma();
        for (String agent : List.of(lemma + "or", lemma + "er", lemma + "r")) {
            if (wordNet.lookup(net.sf.extjwnl.data.POS.NOUN, agent).filter(n -> n.getLemma().equals(agent)).isPresent()
                    && wordNet.isFirstAPersonNoun(agent)) return Optional.of(agent);
        }
        return Optional.empty();
    }

    /** "X, the ...", "X, a ...": an apposition with an article after the name. */
    private static boolean articleAfter(NameRun run) {
        List<Token> t = run.sentence().tokens();
        return run.to() + 1 < t.size() && t.get(run.to()).text().equals(",") && Gazetteers.ARTICLES.contains(t.get(run.to() + 1).text().toLowerCase(java.util.Locale.ROOT));
    }

    /** Titles that say less than an apposition beside them. */
    private static final Set<String> ACADEMIC_TITLES = Set.of("Professor", "Doctor");

    /** Verbs that make a person what follows them: "became chief executive". */
    private static final Set<String> BECAME = Set.of("became", "becomes");

    /** Participles that, after "was" or "is", give an office: "was named chief executive", "was elected mayor". */
    private static final Set<String> NAMED = Set.of("named", "appointed", "elected");

    /** Verbs that, with "as", give the office a person holds: "served as a councillor". */
    private static final Set<String> SERVED_AS = Set.of("serves", "served", "serving", "works", "worked", "working", "acts", "acted", "acting");

    /** Auxiliaries of the perfect before a verb of office: "has served as". */
    private static final Set<String> HAVE = Set.of("has", "had", "have");

    /** The longest role shown; a longer apposition is cut at a preposition or "and" before this many words. */
    private static final int MAX_ROLE_WORDS = 16;

    private static final Set<String> POSSESSIVE_DETERMINERS = Set.of("his", "her", "their", "its", "our", "my", "your");

    /** A word that opens a noun phrase for a person: "the", "a", "one", "her". */
    private static boolean opensApposition(Token t) {
        String w = t.text().toLowerCase(java.util.Locale.ROOT);
        return w.equals("the") || w.equals("a") || w.equals("an") || w.equals("one") || POSSESSIVE_DETERMINERS.contains(w);
    }

    /** The role phrase from {@code from} to {@code to}, if it holds a word for a person; a capitalised one counts when {@code titleAllowed}. */
    private Optional<String> phrase(TaggedSentence s, int from, int to, boolean titleAllowed) {
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
    private boolean capitalisedRoleNoun(List<Token> t, int k, int end) {
        String w = t.get(k).text();
        if (!CAPITALISED_COMPOUND.matcher(w).matches() || GivenNames.listed(w)) return false;
        if (k + 1 < end && !Gazetteers.TITLE_LINKS.contains(t.get(k + 1).text())) return false;
        String lower = w.toLowerCase(java.util.Locale.ROOT);
        // not "Andrew Shearer", "Roberto Peon": a surname after a given name
        if (k > 0 && GivenNames.listed(t.get(k - 1).text())) return false;
        // not "The Hotel Inspectors", an episode's title: a plural is no one person's title
        if (wordNet.singularNoun(lower).filter(x -> !x.equals(lower)).isPresent()) return false;
        // "Correspondent", "Chairman", "Auditor-General": a word whose commonest sense is a kind of person;
        // not a people's name ("Russian", "Miami") nor a word whose person is a rare sense ("Shearer")
        boolean compound = lower.indexOf('-') > 0 && personNouns.mainly(lower);
        return (compound || wordNet.isFirstAPersonNoun(lower))
                && wordNet.namedSenses(w).stream().noneMatch(x -> "noun.person".equals(x.getLexFileName()));
    }

    /** "Chairman", "Auditor-General". */
    private static final Pattern CAPITALISED_COMPOUND = Pattern.compile("\\p{Lu}\\p{Ll}+(?:-\\p{Lu}?\\p{Ll}+)*");

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
