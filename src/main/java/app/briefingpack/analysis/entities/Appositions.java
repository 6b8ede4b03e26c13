package app.briefingpack.analysis.entities;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import app.briefingpack.analysis.nlp.Token;
import app.briefingpack.lexicon.WordNet;

import static app.briefingpack.analysis.entities.RolePhrases.*;

/**
 * A role given by a noun phrase beside the name, set off by a comma: before it ("former U.S.
 * client and member of the United Iraqi Alliance, Ahmed Chalabi,", "the victims' spokeswoman,
 * X of the coalition,") or after it ("Ahmed Chalabi, a former exile,", "X, 64, of Voorhees,
 * N.J., an Inquirer sportswriter", "X, prosecuting,").
 */
final class Appositions {

    private final WordNet wordNet;
    private final PersonNouns personNouns;
    private final RolePhrases phrases;

    Appositions(WordNet wordNet, PersonNouns personNouns, RolePhrases phrases) {
        this.wordNet = wordNet;
        this.personNouns = personNouns;
        this.phrases = phrases;
    }

    Optional<String> before(NameRun run) {
        List<Token> t = run.sentence().tokens();
        int comma = RoleFinder.titleStart(run) - 1; // "Their supervisor, Dr Ignas Snellen": the apposition is before the title
        // ("The Primate of the Church, The Most Rev. Dr. X", "the ambassador, His Excellency X": and before its article)
        // (not "one abortion opponent, the Rev. X, the founder of ...": "the" before a plain courtesy title is the apposition's own)
        if (comma > 1 && comma + 1 < run.from() && (Set.of("his", "her").contains(t.get(comma).text().toLowerCase(java.util.Locale.ROOT))
                        && Gazetteers.STYLES.contains(t.get(comma + 1).text())
                    || t.get(comma).text().equalsIgnoreCase("the") && Gazetteers.STYLE_WORDS.contains(t.get(comma + 1).text()))) comma--;
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
        // "while his Ekumfi colleague, Abeiku Crentsil was listed": a clause may open with the apposition and the
        // name, its closing comma left out (not "To the dismay of his lawyer, John pleaded": an opening phrase)
        // ("Lindi Regional Police Commander, ACP X when briefing the media noted": or "when", "while" and a participle)
        boolean subject = run.to() < t.size() && (t.get(run.to()).isVerb() || t.get(run.to()).tag().equals("AUX")) && isLowerCase(t.get(run.to()))
                || run.to() + 1 < t.size() && Set.of("when", "while").contains(t.get(run.to()).text()) && t.get(run.to() + 1).text().endsWith("ing");
        if (run.to() < t.size() && !t.get(run.to()).text().matches("[,;]") && !last && !affiliation && !bracket && !subject) return Optional.empty();
        int start = comma;
        // ("The Group Managing Director of the Bank, X": a capitalised participle inside a title)
        // ("The chief officer of the Country Fire Service (CFA), X": and the acronym of the body just named)
        // ("the University's acting Vice-Chancellor, Professor X": a participle that qualifies an office)
        while (start > 0 && (phrases.phraseWord(t.get(start - 1)) || titleParticiple(t, start - 1) || bracketedAcronym(t, start - 1)
                        || RolePhrases.OFFICE_PARTICIPLES.contains(t.get(start - 1).text()) || phrases.officeModifier(t, start - 1))
                && !t.get(start - 1).text().equals(",")) start--;
        if (last) { // at the end of a sentence only a phrase from its last "the" or "her": "... killing of the doctor, X.", "said her daughter, X."
            int the = comma - 1;
            int lowest = start > 0 && POSSESSIVE_DETERMINERS.contains(t.get(start - 1).text().toLowerCase(java.util.Locale.ROOT)) ? start - 1 : start;
            // ("City of York Council's chief executive, X.": or an employer's possessive)
            while (the >= lowest && !opensApposition(t.get(the)) && !(the < comma - 1 && startsUpperCase(t.get(the)) && ENDS_POSSESSIVE.matcher(t.get(the).text()).matches())) the--;
            // (a place after it only before a given name: "the consul general in New York, Shmuel Sisso.", not "her son in Olney, Bucks.")
            if (the < lowest || !plainNounPhrase(t, the + 1, comma, GivenNames.listed(t.get(run.from()).text()))) return Optional.empty();
            start = the + (t.get(the).text().equalsIgnoreCase("the") || t.get(the).tag().equals("DET") && !t.get(the).text().equalsIgnoreCase("one") ? 0 : 1);
        }
        while (start < comma && phrases.isNoise(t.get(start))) start++;
        int from = afterNamedConjunct(t, afterDash(run.sentence(), nounPhraseStart(t, start, comma), comma), comma);
        // ("Minister of Culture, Olivia Grange hailed ...": or a title opens the sentence)
        // ("Lindi Regional Police Commander, ACP X when briefing ...": or ends in one)
        // ("Solicitor for the accused, Mr X said": or a capitalised word for a person opens it)
        if (subject && !opensClause(t, from) && !(from == 0 && (Gazetteers.TITLES.contains(t.get(0).text()) || Gazetteers.TITLES.contains(t.get(comma - 1).text())
                || personNouns.isTitleWord(t.get(0).text()))))
            return Optional.empty();
        if (!phrases.headIsAPerson(t, from, comma)) return Optional.empty(); // "poured the liquid into a tiny brown bottle, X"
        // "deputy mayor Harry Quick, Stuart Slade, Matt Stevenson": a list of names, some with their titles
        if (endsInAName(t, from, comma) && listGoesOn(t, run.to()) || endsInAnotherPerson(t, from, comma) || holdsATitledName(t, from, comma))
            return Optional.empty();
        if (bracket && t.subList(Math.max(0, from - 3), from + 1).stream().noneMatch(RolePhrases::opensApposition)) return Optional.empty();
        // not "the three foreign ministers of Bronislaw Geremek of Poland, X of Hungary": a list of names and their countries
        if (affiliation && t.subList(from, comma).stream().anyMatch(Token::isProperNoun)) return Optional.empty();
        // "the victims, James Chaney, Andrew Goodman and ...": one person is one of them
        // (a capitalised title before a name only after "the" or a possessive: "the union's National Chairman, X";
        // not "Assistant Professor, Clinical Psychology, Stony Brook University")
        // ("Chief Superintendent, Bruce McDonald, says": or the title opens the sentence)
        // ("The force behind it is Council Chief Executive, Tim Lucey,": or a copula, before a given name; not "X is
        // Assistant Professor, Cognitive Science, Lakeside University")
        boolean afterCopula = COPULAS.contains(t.get(Math.max(0, from - 1)).text()) && GivenNames.listed(t.get(run.from()).text());
        boolean opened = from == 0 || opensApposition(t.get(Math.max(0, from - 1))) || afterCopula || t.subList(Math.max(0, from - 1), comma).stream().anyMatch(w -> POSSESSIVE_WORD.matcher(w.text()).matches());
        return phrases.phrase(run.sentence(), from, comma, opened).map(phrases::singularHead);
    }

    /** Whether the phrase at {@code from} opens with "the" or a possessive at the start of a clause: the sentence's, or after "while", "and", a comma. */
    private static boolean opensClause(List<Token> t, int from) {
        int o = from > 0 && opensApposition(t.get(from - 1)) ? from - 1 : from; // the phrase as found leaves its article out
        if (o >= t.size() || !opensApposition(t.get(o)) || Set.of("a", "an", "one").contains(t.get(o).text().toLowerCase(java.util.Locale.ROOT))) return false;
        // ("Throwing more light on it, the Chief of Protocol of the Council, Mr X said": or after an opening phrase's comma)
        return o == 0 || Set.of("CCONJ", "SCONJ").contains(t.get(o - 1).tag()) || t.get(o - 1).text().matches("[;:,]");
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

    /**
     * Nouns and adjectives only, "the doctor", "the Auditor-General", "the council's chief executive",
     * or a word for a person and then where: "the Israeli consul general in New York".
     */
    private boolean plainNounPhrase(List<Token> t, int from, int to, boolean placeAllowed) {
        boolean person = false;
        for (int k = from; k < to; k++) {
            Token w = t.get(k);
            // ("the Lord Chief Justice, X.": the words of a title)
            boolean role = phrases.capitalisedRoleNoun(t, k, to) || Gazetteers.TITLES.contains(w.text()) && !Gazetteers.HONORIFICS.contains(w.text());
            // ("the 2011 winner, X.": a year qualifies the noun as an adjective would)
            // ("the council's chief executive, X.": an employer's possessive)
            if (k > from && k + 1 < to && w.text().matches("['’]s?") || POSSESSIVE_WORD.matcher(w.text()).matches() && k + 1 < to) continue;
            if (Set.of("ADJ", "NOUN").contains(w.tag()) || role || w.text().matches("(?:1[89]|20)\\d\\d") && k + 1 < to) {
                person |= role || isLowerCase(w) && personNouns.any(w.text());
            } else {
                return placeAllowed && person && w.tag().equals("ADP") && k + 1 < to && t.subList(k + 1, to).stream().allMatch(RolePhrases::startsUpperCase);
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
                while (from < end && phrases.isNoise(t.get(from))) from++;
            } else if (w.tag().equals("ADP")) {
                // "a lawyer for the White House secretary, X": the nearest phrase for a person is the apposition
                Token last = t.get(end - 1);
                if (end - 1 > k && isLowerCase(last) && personNouns.mainly(last.text())) {
                    from = k + 1;
                    while (from < end && phrases.isNoise(t.get(from))) from++;
                }
                break;
            } else if (w.tag().equals("DET") && k > from && Set.of("NOUN", "PROPN").contains(t.get(k - 1).tag())) {
                from = k;
                personBefore = false;
            } else if (isLowerCase(w) && personNouns.any(w.text()) || phrases.capitalisedRoleNoun(t, k, k + 1)
                    || Gazetteers.ROLE_ACRONYMS.contains(w.text())) {
                personBefore = true; // "The Minister of Health, Prof X", "the MP for Bongo, X"
            }
        }
        return from;
    }

    /** Where a photograph shows the person, in brackets after the name: "(pic)", "(left)". */
    private static final Set<String> PICTURE_PLACES = Set.of("pic", "pictured", "photo", "left", "right", "centre", "center",
            "above", "below", "inset", "top", "bottom", "front", "back");

    Optional<String> after(NameRun run) {
        List<Token> t = run.sentence().tokens();
        int at = run.to();
        // "Faith Muzo (55), a resident of ...": an age in brackets comes first
        // ("Vinnie Lauria (pic), founding partner at ...": and so does where a photograph shows the person)
        if (at + 3 < t.size() && t.get(at).text().equals("(") && (AGE.matcher(t.get(at + 1).text()).matches() || PICTURE_PLACES.contains(t.get(at + 1).text()))
                && t.get(at + 2).text().equals(")")) at += 3;
        if (at == run.to() && at < t.size() && t.get(at).text().equals("(")) return inBrackets(run);
        if (at >= t.size() || !t.get(at).text().equals(",")) return Optional.empty();
        Optional<String> caption = captionTitle(run, at);
        if (caption.isPresent()) return caption;
        int start = at + 1;
        // "John Ferguson, center, hospital trustee and outgoing chairman,": where a photograph shows the person comes first
        if (start + 2 < t.size() && PICTURE_PLACES.contains(t.get(start).text()) && t.get(start + 1).text().equals(",")) start += 2;
        // "Christopher S. Kim, MD, FACP, a hospitalist": degrees come first
        while (start + 1 < t.size() && Gazetteers.POST_NOMINALS.contains(t.get(start).text()) && t.get(start + 1).text().equals(",")) start += 2;
        // "James E. Bacon, 58, executive vice president,": the age comes first
        // ("Paul Miller, 84; Ex-Chairman of Gannett": an obituary's headline closes the age with a semicolon)
        if (start + 2 < t.size() && AGE.matcher(t.get(start).text()).matches() && t.get(start + 1).text().matches("[,;]")) {
            start += 2;
            if (t.get(start).tag().equals("CCONJ")) start++; // "Slepian, 52, and the father of four boys,"
        }
        start = afterResidence(t, start);
        // "John McDonnell, now the shadow chancellor,", "X, currently LHR's CFO,": the office held now
        if (start + 1 < t.size() && NOW.contains(t.get(start).text())) start++;
        // "Mark Jackson, prosecuting, said": counsel in an English court report
        if (start + 1 < t.size() && COUNSEL.containsKey(t.get(start).text()) && t.get(start + 1).text().matches("[,.]"))
            return Optional.of(COUNSEL.get(t.get(start).text()));
        // "Mr Peter Prenter, representing the defendant, said"
        if (start + 3 < t.size() && t.get(start).text().equals("representing") && t.get(start + 1).text().equals("the")
                && CLIENTS.contains(t.get(start + 2).text()) && t.get(start + 3).text().matches("[,.]")) return Optional.of("defence lawyer");
        int end = start;
        while (end < t.size() && (phrases.phraseWord(t.get(end)) || end > start && misreadPhraseWord(t, end) || degreeAdverb(t, end)
                        || end == start && (leadingAdverb(t, end) || modifierReadAsAVerb(t, end) || capitalisedParticipleOfATitle(t, end))
                        || participleModifier(t, end)
                        || end > start && t.get(end).text().matches("['’]") && t.get(end - 1).text().endsWith("s") // "Richards ' daughter", split
                        || end > start && nameGoesOn(t, end) // "an organizer of Syrian Sweet Bake Sale", "Sale" read as a verb
                        || end > start && bracketedAcronym(t, end) // "professor at the University of Stellenbosch (SU),"
                        // "director of its manufacturing unit": a possessive pronoun inside the phrase
                        || end > start && possessivePronoun(t.get(end)))
                && !t.get(end).text().equals(",") && !RELATIVE.matcher(t.get(end).text()).matches()
                && !(end > start && phrases.participleAfterANoun(t, start, end))) end++;
        // The apposition ends at a comma, a dash or the end of the sentence ("X, the new prime minister."),
        // or where a relative clause about the person starts ("X, a mediator who has settled ...")
        // or a participle that starts a clause about the person ("X, the drafter of the motion being circulated")
        boolean closed = end < t.size() && (t.get(end).text().matches("[,;:—–-]|--") || RELATIVE.matcher(t.get(end).text()).matches()
                        || phrases.participleAfterANoun(t, start, end))
                || end == t.size() - 1 && t.get(end).text().matches("[.!?]") || end == t.size()
                // "X, the writer and producer behind well-loved TV series": a preposition the tagger read as an adverb
                || end < t.size() && end > start && t.get(start).tag().equals("DET") && ADVERB_PREPOSITIONS.contains(t.get(end).text())
                || saidWithoutComma(t, start, end) || verbWithoutComma(t, start, end);
        if (!closed) return Optional.empty();
        // "X, the Minister for Foreign Affairs of Pakistan to Madam Botchwey": a courtesy title after a preposition that
        // follows a name is another person's, where the office ends (not "X, attorneys for Mr. Antar")
        for (int k = start + 1; k + 1 < end; k++) {
            if ((isPreposition(t.get(k)) || t.get(k).text().equals("to")) && Gazetteers.HONORIFICS.contains(t.get(k + 1).text())
                    && startsUpperCase(t.get(k - 1))) {
                end = k;
                break;
            }
        }
        // It starts with an article, an adjective or a noun, or with a possessive name ("Lockheed's chief technical officer").
        boolean possessiveName = start + 1 < end && t.get(start).text().matches("\\p{Lu}.*")
                && (t.get(start + 1).text().matches("'s|’s|'|’") || POSSESSIVE_WORD.matcher(t.get(start).text()).matches() // "Richards' daughter"
                    // ("Alaska Airlines' VP marketing": a name of two words)
                    || start + 2 < end && startsUpperCase(t.get(start + 1))
                        && (t.get(start + 2).text().matches("'s|’s|'|’") || POSSESSIVE_WORD.matcher(t.get(start + 1).text()).matches()));
        if (start < end && !Set.of("DET", "ADJ", "NOUN").contains(t.get(start).tag()) && !possessiveName && !inPhrase(t.get(start))
                && !leadingAdverb(t, start) && !participleModifier(t, start) && !modifierReadAsAVerb(t, start)
                && !capitalisedParticipleOfATitle(t, start)) return Optional.empty(); // "managing director of X"
        // "their kids David, Joanne and Sandra and the wider family": a given name starts no apposition, it goes on a list
        if (start < end && GivenNames.listed(t.get(start).text()) && start + 1 < end && !startsUpperCase(t.get(start + 1))) return Optional.empty();
        // not "with his wife Anna, and three sons", "as Feminist Allies, as a friend to women": a conjunction or a preposition starts no apposition
        // ("Murray Edwards, foundation director, said": a word the tagger read as a preposition that is only a noun is one)
        if (start < end && (Set.of("and", "or", "but", "nor").contains(t.get(start).text())
                || t.get(start).tag().equals("ADP") && !phrases.onlyANoun(t.get(start).text()))) return Optional.empty();
        // "a media consultant not working for any candidate": not the clause's negation
        while (end - 1 > start && t.get(end - 1).tag().equals("PART")) end--;
        if (!phrases.headIsAPerson(t, start, end)) return Optional.empty();
        // "mayor Kristie Johnston, deputy mayor Harry Quick, Stuart Slade", "his wife Ruth, sons Ludwig, Philipp ...": a list
        // ("budget officer X, engineer Rogelio Bonao, ...", "administrative assistant Y and administrative aide Z.": another
        // person with their role, not a role of this one; "wife of actor John Smith" is one)
        if (endsInAName(t, start, end) && (listGoesOn(t, end) || t.subList(start, end).stream().noneMatch(RolePhrases::isPreposition))
                || endsInAnotherPerson(t, start, end) || holdsATitledName(t, start, end) || namesAnotherInAList(t, start, end))
            return Optional.empty();
        // "X, Chairman of the Board of Y,": after a name, a capitalised title starts its role as a lower-case one would
        // ("X, the J. Paul Getty Museum's Senior Curator of Paintings,": and so does a capitalised word for a person)
        Token first = start < end ? t.get(start) : null;
        boolean titled = false;
        for (int k = start; k < end && first != null; k++) {
            String w = t.get(k).text();
            boolean office = k + 1 < end && Gazetteers.TITLE_LINKS.contains(t.get(k + 1).text()); // "Curator of Paintings"
            if (Gazetteers.TITLES.contains(w) && !Gazetteers.HONORIFICS.contains(w) && (k == start || office)
                    || office && first.tag().equals("DET") && NameRunFinder.TITLE_CASE_WORD.matcher(w).matches() && wordNet.hasLowerCaseLemma(w)
                        && personNouns.mainly(w.toLowerCase(java.util.Locale.ROOT))
                    // ("X, Principal of Polly Ground Primary School", "X, Partner at Y": or opens it, a word with a person
                    // sense among its commonest, before where the office is held)
                    || k == start && (office || k + 1 < end && t.get(k + 1).text().equals("at")) && NameRunFinder.TITLE_CASE_WORD.matcher(w).matches()
                        && !GivenNames.listed(w) && personNouns.amongFive(w.toLowerCase(java.util.Locale.ROOT))) titled = true;
        }
        if (titled && end - start <= MAX_ROLE_WORDS)
            return Optional.of(tidy(run.sentence().text().substring(first.begin() - run.sentence().begin(), t.get(end - 1).end() - run.sentence().begin())));
        return phrases.phrase(run.sentence(), start, end, true);
    }

    /**
     * "X, deputy commissioner of police zone 3 said": an apposition of a bare title whose closing comma
     * was left out before a verb of speaking; not "X, his lawyers said", "X, local police said" (a
     * plural, or no person).
     */
    private boolean saidWithoutComma(List<Token> t, int start, int end) {
        // ("X, the Students' Union President of the University of Ibadan has said": "has" or "had" first, after a title)
        boolean perfect = end + 1 < t.size() && Set.of("has", "had").contains(t.get(end).text()) && Speakers.SPEECH_VERBS.contains(t.get(end + 1).text());
        if (end >= t.size() || end - start < 2 || !Speakers.SPEECH_VERBS.contains(t.get(end).text()) && !perfect) return false;
        Token first = t.get(start);
        // (not "X, a friend has said": the perfect only after "the" and a capitalised title)
        if (perfect || first.tag().equals("DET"))
            return first.text().equalsIgnoreCase("the") && t.subList(start, end).stream()
                    .anyMatch(w -> Gazetteers.TITLES.contains(w.text()) && !Gazetteers.HONORIFICS.contains(w.text()));
        // (it opens with a lower-case word or a title: not "The Telok Mas, Melaka lad said", a place and then a person)
        // ("X, HFHGG executive director says": or with the employer's acronym)
        boolean employer = NameRunFinder.isAcronym(first.text()) && isLowerCase(t.get(start + 1));
        if (!Set.of("ADJ", "NOUN", "PROPN").contains(first.tag()) || !isLowerCase(first) && !Gazetteers.TITLES.contains(first.text()) && !employer) return false;
        String last = t.get(end - 1).text();
        return !(isLowerCase(t.get(end - 1)) && wordNet.isPluralNoun(last));
    }

    /**
     * "Mr X, the organisation's spokesperson later refuted the claims": an apposition opened by an
     * article whose closing comma was left out before the clause's verb, or an adverb and the verb.
     */
    private boolean verbWithoutComma(List<Token> t, int start, int end) {
        if (end + 1 >= t.size() || end - start < 2 || !Gazetteers.ARTICLES.contains(t.get(start).text().toLowerCase(java.util.Locale.ROOT))) return false;
        int verb = t.get(end).tag().equals("ADV") ? end + 1 : end;
        Token v = t.get(verb);
        Token head = t.get(end - 1);
        // ("X, a two-term former MP and 2020 Parliamentary candidate was re-elected": or "was", "is", "has")
        // (not "X, a friend has said", "X, a teacher was told": someone else speaks)
        boolean verbOfTheClause = v.isVerb() && isLowerCase(v) && v.text().endsWith("ed") && !Speakers.SPEECH_VERBS.contains(v.text())
                || Set.of("was", "is", "has", "had").contains(v.text()) && verb + 1 < t.size() && !Speakers.SPEECH_VERBS.contains(t.get(verb + 1).text());
        // ("X, the CEO of SLC also congratulated him": the office's head before its body)
        // (not "an analyst with Salomon Brothers Inc. Ms. Applebaum had": another person's name)
        return verbOfTheClause && (isLowerCase(head) && personNouns.mainly(head.text())
                || phrases.headIsAPerson(t, start, end) && t.subList(start, end).stream().noneMatch(w -> Gazetteers.HONORIFICS.contains(w.text())));
    }

    /** A capitalised word after another capitalised one, inside a name the tagger split whatever tag it gave it: "Bake Sale". */
    private static boolean nameGoesOn(List<Token> t, int k) {
        return startsUpperCase(t.get(k)) && t.get(k).text().chars().anyMatch(Character::isLowerCase) && k > 0
                && startsUpperCase(t.get(k - 1)) && !RELATIVE.matcher(t.get(k).text().toLowerCase(java.util.Locale.ROOT)).matches();
    }

    /** "X, lead researcher of the programme": a word the tagger read as a verb, before a lower-case word for a person. */
    private boolean modifierReadAsAVerb(List<Token> t, int k) {
        return t.get(k).isVerb() && isLowerCase(t.get(k)) && k + 1 < t.size() && isLowerCase(t.get(k + 1))
                && personNouns.mainly(t.get(k + 1).text()) && wordNet.lookup(net.sf.extjwnl.data.POS.NOUN, t.get(k).text()).isPresent();
    }

    /**
     * "Mattia Binotto, Team Principal": a line that is only a name, a comma and a capitalised title, as
     * under a photograph or above a quotation, gives the title (a place, "John Smith, Leeds", gives none).
     */
    private Optional<String> captionTitle(NameRun run, int comma) {
        List<Token> t = run.sentence().tokens();
        int end = t.size() - (t.get(t.size() - 1).text().matches("[.:]") ? 1 : 0);
        if (run.from() != 0 || end - comma < 2 || end - comma > 6) return Optional.empty();
        for (int k = comma + 1; k < end; k++) {
            if (!startsUpperCase(t.get(k)) && !Set.of("of", "and", "&", "for").contains(t.get(k).text())) return Optional.empty();
        }
        String last = t.get(end - 1).text();
        if (!Gazetteers.TITLES.contains(last) && !personNouns.isTitleWord(last) && !personNouns.amongFive(last.toLowerCase(java.util.Locale.ROOT)))
            return Optional.empty();
        return Optional.of(run.sentence().text().substring(t.get(comma + 1).begin() - run.sentence().begin(), t.get(end - 1).end() - run.sentence().begin()));
    }

    /** Adverbs before an apposition that say the office is held now: "X, now the shadow chancellor,". */
    private static final Set<String> NOW = Set.of("now", "currently", "presently");

    /**
     * "a brash young American called Jim Watson", "a farmer named X", "the chief minister (Kamal
     * Nath)": a noun phrase for a person, opened by an article or a possessive, right before "called"
     * or "named" and the name, or before the name in brackets.
     */
    Optional<String> named(NameRun run) {
        List<Token> t = run.sentence().tokens();
        int first = RoleFinder.titleStart(run);
        int end;
        boolean bracket = first >= 2 && t.get(first - 1).text().equals("(") && run.to() < t.size() && t.get(run.to()).text().equals(")");
        if (first >= 2 && NAMING.contains(t.get(first - 1).text()) || bracket) end = first - 1;
        else return Optional.empty();
        if (bracket) {
            Optional<String> character = characterBefore(run, end);
            if (character.isPresent()) return Optional.of("actor playing " + character.get());
        }
        int open = end - 1;
        while (open >= 0 && end - open <= 6 && !opensApposition(t.get(open))) {
            Token w = t.get(open);
            if (!Set.of("ADJ", "NOUN", "PROPN").contains(w.tag()) && !phrases.capitalisedPersonWord(w) && !(isLowerCase(w) && personNouns.any(w.text()))
                    && !degreeAdverb(t, open)) return Optional.empty(); // "a deceptively languid Englishman named X"
            open--;
        }
        if (open < 0 || !opensApposition(t.get(open)) || open + 1 >= end) return Optional.empty();
        // in brackets, only after "the" or a possessive: "a grieving widow (Rooney Mara)" is a character and its actor
        if (bracket && Set.of("a", "an", "one").contains(t.get(open).text().toLowerCase(java.util.Locale.ROOT))) return Optional.empty();
        String head = t.get(end - 1).text();
        // (its commonest senses a person: not "a new player skin called Alex")
        if (!personNouns.mainly(head.toLowerCase(java.util.Locale.ROOT)) || PersonNouns.ANYONE.contains(head.toLowerCase(java.util.Locale.ROOT))
                || wordNet.isPluralNoun(head.toLowerCase(java.util.Locale.ROOT))) return Optional.empty();
        int from = t.get(open).text().equalsIgnoreCase("one") ? open + 1 : open;
        return Optional.of(tidy(run.sentence().text().substring(t.get(from).begin() - run.sentence().begin(), t.get(end - 1).end() - run.sentence().begin())));
    }

    private static final Set<String> COPULAS = Set.of("is", "was");

    /**
     * "Rey (Daisy Ridley)", "Isabella Bird (Paula Plum), a writer": a full name in brackets right after
     * another name is the actor who plays that character. Not a team or a place before the brackets
     * ("Leinster (Sean Cronin)"), and only a name that opens with a given name the list knows.
     */
    private Optional<String> characterBefore(NameRun run, int bracket) {
        List<Token> t = run.sentence().tokens();
        if (run.size() < 2 || !GivenNames.listed(t.get(run.from()).text())) return Optional.empty();
        int k = bracket;
        while (k > 0 && startsUpperCase(t.get(k - 1)) && !NameRunFinder.isAcronym(t.get(k - 1).text()) && !Gazetteers.TITLES.contains(t.get(k - 1).text())) k--;
        if (k == bracket || k > 0 && (startsUpperCase(t.get(k - 1)) || t.get(k - 1).text().matches("\\d.*"))) return Optional.empty();
        String last = t.get(bracket - 1).text();
        if (Gazetteers.isOrganisationWord(last) || Gazetteers.PLACE_WORDS.contains(last) || wordNet.namesAPlace(last)
                || wordNet.hasLowerCaseLemma(last) && !GivenNames.listed(last)) return Optional.empty();
        return Optional.of(run.sentence().text().substring(t.get(k).begin() - run.sentence().begin(), t.get(bracket - 1).end() - run.sentence().begin()));
    }

    /** Words between a noun for a person and their name: "a farmer named X". */
    private static final Set<String> NAMING = Set.of("called", "named");

    /** Whom defence counsel represents: "representing the defendant". */
    private static final Set<String> CLIENTS = Set.of("defendant", "defendants", "accused");

    /** Counsel as English court reports name them: "X, prosecuting, said". */
    private static final java.util.Map<String, String> COUNSEL = java.util.Map.of(
            "prosecuting", "prosecutor", "defending", "defence lawyer", "mitigating", "defence lawyer");

    /** "( SU )" inside a phrase: the acronym of what was just named. */
    private static boolean bracketedAcronym(List<Token> t, int k) {
        return t.get(k).text().equals("(") && k + 2 < t.size() && NameRunFinder.isAcronym(t.get(k + 1).text()) && t.get(k + 2).text().equals(")")
                || t.get(k).text().equals(")") && k >= 2 && t.get(k - 2).text().equals("(") && NameRunFinder.isAcronym(t.get(k - 1).text())
                || NameRunFinder.isAcronym(t.get(k).text()) && k >= 1 && t.get(k - 1).text().equals("(");
    }

    /**
     * "Paul Mwazo (county treasury deputy director), John Kalume (finance senior accountant)": a role
     * in brackets after the name, in lower case and headed by a word for a person; not an age, a
     * party ("(Lab)") or an actor ("Arthur Fleck (Joaquin Phoenix)").
     */
    private Optional<String> inBrackets(NameRun run) {
        List<Token> t = run.sentence().tokens();
        int start = run.to() + 1;
        int end = start;
        while (end < t.size() && end - start <= 8 && !t.get(end).text().equals(")")) end++;
        if (end >= t.size() || end == start || !t.get(end).text().equals(")")) return Optional.empty();
        // "Jason Holder (c), Kraigg Brathwaite, Shane Dowrich (wk)": a team sheet's marks for its captain and its keeper
        // (in a list of names, not a caption's "(c)" for the centre of a photograph: "Rose Njoki and her husband X (c).")
        if (end == start + 1 && TEAM_SHEET_MARKS.containsKey(t.get(start).text()) && end + 1 < t.size() && t.get(end + 1).text().equals(",")
                && !picturePlaceInBrackets(t)) return Optional.of(TEAM_SHEET_MARKS.get(t.get(start).text()));
        if (!t.subList(start, end).stream().allMatch(w -> isLowerCase(w) || w.text().equals(","))) return capitalisedOffice(run, start, end);
        // (its commonest sense a person, and no adjective: not "(independent)")
        String head = t.get(end - 1).text();
        if (!wordNet.isFirstAPersonNoun(head) || personNouns.isAdjective(head)) return Optional.empty();
        return phrases.phrase(run.sentence(), start, end, false);
    }

    private static boolean possessivePronoun(Token w) {
        return w.tag().equals("PRON") && POSSESSIVE_DETERMINERS.contains(w.text().toLowerCase(java.util.Locale.ROOT));
    }

    /** Whether a sentence marks where someone stands in a photograph in brackets: "A (l), B (c) and C (r)". */
    private static boolean picturePlaceInBrackets(List<Token> t) {
        for (int k = 1; k + 1 < t.size(); k++)
            if (t.get(k - 1).text().equals("(") && t.get(k + 1).text().equals(")") && PICTURE_MARKS.contains(t.get(k).text())) return true;
        return false;
    }

    /** Where someone stands in a photograph, as a word or a caption's letter: "(left)", "(l)", "(r)". */
    private static final Set<String> PICTURE_MARKS = java.util.stream.Stream.concat(PICTURE_PLACES.stream(), java.util.stream.Stream.of("l", "r"))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    private static final Map<String, String> TEAM_SHEET_MARKS = Map.of("c", "captain", "capt", "captain", "vc", "vice-captain",
            "wk", "wicketkeeper", "gk", "goalkeeper");

    /**
     * "Rico Basson (Managing Director of Vinpro)", "Jane Doe (CEO)": a caption's office in brackets,
     * capitalised words ending in a title and then, through "of", "at" or "for", where it is held.
     */
    private Optional<String> capitalisedOffice(NameRun run, int start, int end) {
        List<Token> t = run.sentence().tokens();
        int link = start;
        while (link < end && !Gazetteers.TITLE_LINKS.contains(t.get(link).text()) && !t.get(link).text().equals("at")) link++;
        if (link == start || !t.subList(start, link).stream().allMatch(RolePhrases::startsUpperCase)) return Optional.empty();
        boolean office = phrases.capitalisedRoleNoun(t, link - 1, link) || Gazetteers.ROLE_ACRONYMS.contains(t.get(link - 1).text());
        return office ? Optional.of(NameRunFinder.text(run.sentence(), start, end)) : Optional.empty();
    }

    /**
     * Whether the phrase ends in a person's name right after a word for them: capitalised words from a
     * listed given name after a lower-case noun ("deputy mayor Harry Quick", "sons Ludwig"; not
     * "analyst with Smith Barney" or "publisher of Orlando, Fla.-based ...").
     */
    private boolean endsInAName(List<Token> t, int from, int to) {
        int k = to;
        while (k > from && startsUpperCase(t.get(k - 1))) k--;
        // (a given name the list knows, or two capitalised words that are no title: "engineer Rogelio Bonao")
        if (k >= to || k <= from) return false;
        // ("legendary music director Ilayaraja": or one proper noun that is no word, right after a word for a person)
        boolean name = GivenNames.listed(t.get(k).text()) || to - k >= 2 && !personNouns.isTitleWord(t.get(k).text()) && t.get(k).isProperNoun()
                || to - k == 1 && t.get(k).isProperNoun() && NameRunFinder.TITLE_CASE_WORD.matcher(t.get(k).text()).matches()
                    && !wordNet.isCommonWord(t.get(k).text().toLowerCase(java.util.Locale.ROOT)) && isLowerCase(t.get(k - 1)) && personNouns.mainly(t.get(k - 1).text());
        return name && isLowerCase(t.get(k - 1))
                && (t.get(k - 1).isNoun() || personNouns.any(t.get(k - 1).text()));
    }

    /** "Managing" in "Group Managing Director": a capitalised participle between capitalised words, or opening the sentence before one. */
    /** "X, Managing Director of U.S. Sailing,": a capitalised participle before a title. */
    private boolean capitalisedParticipleOfATitle(List<Token> t, int k) {
        return k + 1 < t.size() && t.get(k).text().matches("\\p{Lu}\\p{Ll}+ing")
                && (Gazetteers.TITLES.contains(t.get(k + 1).text()) || personNouns.isTitleWord(t.get(k + 1).text()));
    }

    private static boolean titleParticiple(List<Token> t, int k) {
        // ("Managing Director of Sydney Zoo, X, says": or opens the sentence)
        return k + 1 < t.size() && t.get(k).isVerb() && t.get(k).text().matches("\\p{Lu}\\p{Ll}+ing")
                && (k == 0 || startsUpperCase(t.get(k - 1))) && startsUpperCase(t.get(k + 1));
    }

    /**
     * Whether the phrase opens with another person's name: courtesy or academic titles, then capitalised
     * words and no possessive ("X, Prof Dr Y Z and Dr W": a list; not "Mr. Bush's deputy national security adviser").
     */
    private static boolean holdsATitledName(List<Token> t, int from, int to) {
        int k = from;
        while (k < to && (Gazetteers.HONORIFICS.contains(t.get(k).text()) || Gazetteers.PROFESSOR.contains(t.get(k).text()))) k++;
        if (k == from || k == to || !startsUpperCase(t.get(k))) return false;
        for (int i = k; i < to && startsUpperCase(t.get(i)); i++) if (POSSESSIVE_WORD.matcher(t.get(i).text()).matches()) return false;
        return true;
    }

    /**
     * Whether the phrase ends in another person's name after a word that is no word for a person:
     * "the godfather of dub poetry Oku Onuora", "names like Michael Ondaatje" (not "a lawyer for
     * Morgan Stanley", "wife of actor John Smith").
     */
    private boolean endsInAnotherPerson(List<Token> t, int from, int to) {
        int k = to;
        while (k > from && startsUpperCase(t.get(k - 1))) k--;
        if (to - k < 2 || k <= from || !isLowerCase(t.get(k - 1)) || personNouns.any(t.get(k - 1).text())) return false;
        // ("son of late U.S. Commerce Secretary Ron Brown": a titled name is who the person is related to)
        for (int i = k; i < to; i++) if (Gazetteers.TITLES.contains(t.get(i).text()) || personNouns.isTitleWord(t.get(i).text())) return false;
        Token before = t.get(k - 1);
        boolean nounOrLike = before.isNoun() || before.isAdjective() || Set.of("like", "including").contains(before.text());
        // (not "former Safaricom CEO": a title or initials at the end)
        String last = t.get(to - 1).text();
        if (Gazetteers.ROLE_ACRONYMS.contains(last) || Gazetteers.TITLES.contains(last) || personNouns.isTitleWord(last)
                || t.subList(k, to).stream().anyMatch(w -> NameRunFinder.isAcronym(w.text()))) return false;
        boolean name = GivenNames.listed(t.get(k).text()) || t.get(k).isProperNoun() && !personNouns.isTitleWord(t.get(k).text())
                && !Gazetteers.isOrganisationWord(last);
        return nounOrLike && name;
    }

    /**
     * Whether the phrase holds another person's full name, a listed given name and a capitalised word,
     * with the list going on after it, inside the phrase or after it: "X, head of retail Carla
     * Siswick and other hospice representatives", "X, Chief Engineer Works Tariq Mughal, Y" (not
     * "X, wife of actor John Smith, and ...").
     */
    private boolean namesAnotherInAList(List<Token> t, int from, int to) {
        for (int k = from + 1; k + 1 < to; k++) {
            // (after a lower-case word of the phrase, "retail Carla Siswick", or a title when names follow, "Chief Engineer
            // Works Tariq Mughal, Superintendent ..."; not "with Smith Barney", "President Fidel Castro and head of ...")
            Token before = t.get(k - 1);
            if (!GivenNames.listed(t.get(k).text()) || !NameRunFinder.TITLE_CASE_WORD.matcher(t.get(k + 1).text()).matches()
                    || personNouns.isTitleWord(t.get(k + 1).text()) || Set.of("ADP", "DET", "CCONJ", "SCONJ").contains(before.tag())) continue;
            boolean titled = !isLowerCase(before);
            if (titled && !(Gazetteers.TITLES.contains(before.text()) || personNouns.isTitleWord(before.text()) || startsUpperCase(before))) continue;
            int after = k + 2;
            while (after < to && startsUpperCase(t.get(after))) after++;
            if (!titled && after < to && Set.of("and", ",").contains(t.get(after).text()) || after == to && listGoesOn(t, to)) return true;
        }
        return false;
    }

    /** Whether another name follows at {@code k}, after a comma or "and": the names are a list. */
    private static boolean listGoesOn(List<Token> t, int k) {
        return k + 1 < t.size() && (t.get(k).text().equals(",") || t.get(k).text().equals("and")) && startsUpperCase(t.get(k + 1));
    }
}
