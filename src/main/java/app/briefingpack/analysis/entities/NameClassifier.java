package app.briefingpack.analysis.entities;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import app.briefingpack.analysis.nlp.TaggedSentence;
import app.briefingpack.analysis.nlp.Token;
import app.briefingpack.lexicon.WordFrequency;
import app.briefingpack.lexicon.WordNet;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Synset;

/**
 * Decides what kind of entity a capitalised run names, from cues in and around it, the JDK
 * gazetteers ({@link Gazetteers}), WordNet (which knows many individuals, "Saddam", "Bush", and, as
 * capitalised classes of people, demonyms and religious groups, "Iraqi", "Sunni") and what the name
 * model read in the sentence. One classifier serves one article: it holds that article's readings.
 *
 * <p>Over 400 lines because each cue is a short method of its own, all answering the one question
 * of what a run names; split apart they would have to share the article's readings and WordNet.
 */
final class NameClassifier {

    /** Particles that say "son of" inside a name. */
    private static final Set<String> PATRONYMICS = Set.of("bin", "ibn", "bint", "arap");
    /**
     * Particles of family names, in lower case only inside a person's name ("Mandie van der Spuy",
     * "Ursula von der Leyen", the Welsh "Rhun ap Iorwerth"); a place or a firm writes them with a capital
     * or not at all.
     */
    private static final Set<String> FAMILY_PARTICLES = Set.of("van", "von", "ap");

    /**
     * "ScottishPower", "BlackRock", "WhatsApp": a capital inside a word after four lower-case letters or
     * more joins a firm's, a product's or a user name's words; a surname's prefix is shorter ("McDonald",
     * "MacArthur", "FitzGerald", "DiCaprio", "LeBron"). The first part is kept, to tell a given name run
     * together with a surname ("KevinColeman").
     */
    private static final Pattern JOINED_WORDS = Pattern.compile("(\\p{Lu}\\p{Ll}{4,})\\p{Lu}\\p{L}*");

    /** "ScottishPower's project manager": words run together, the first no given name, name no person. */
    private static boolean joinedWordsOfAThing(NameRun run) {
        Matcher m = JOINED_WORDS.matcher(NameRunFinder.stripPossessive(run.name()));
        return run.size() == 1 && m.matches() && !GivenNames.listed(m.group(1));
    }

    private static final Set<String> FAMILY_NOUNS = Set.of("family", "families", "dynasty", "clan");
    private static final Set<String> DETERMINERS = Set.of("the", "this", "our", "their", "every", "each"); // not "that": "believe that God exists"

    private static final Set<String> POSSESSIVE_DETERMINERS = Set.of("my", "your", "his", "her", "our", "their");

    private final WordNet wordNet;
    private final PersonNouns personNouns;
    private final RoleFinder roles;
    private final ModelReadings readings;
    /** Words the article also uses as a one-word name (see {@link NameRunFinder#loneNames}). */
    private final Set<String> loneNames;
    /** One-word names the text has speak (see {@link Speakers}). */
    private final Set<String> speakers;
    /** One-word names the article cites as authors (see {@link Citations}). */
    private final Set<String> citedAuthors;
    private final boolean aboutACast;

    NameClassifier(WordNet wordNet, RoleFinder roles, ModelReadings readings, Set<String> loneNames, Set<String> speakers,
            Set<String> citedAuthors, boolean aboutACast) {
        this.wordNet = wordNet;
        this.personNouns = new PersonNouns(wordNet);
        this.roles = roles;
        this.readings = readings;
        this.loneNames = loneNames;
        this.speakers = speakers;
        this.citedAuthors = citedAuthors;
        this.aboutACast = aboutACast;
    }

    private static boolean namedAfterAPerson(NameRun run) {
        Token previous = run.previous();
        Token next = run.next();
        return previous != null && previous.text().equals("the") && run.title() == null && run.size() >= 2
                && GivenNames.listed(run.tokens().get(0).text())
                && (next == null || next.tag().equals("PUNCT") || next.tag().equals("ADP") && !next.text().equals("of"));
    }

    /**
     * "the Jim Carney Cancer Treatment centre", "Kishane Thompson Clocks Fastest 100m Time": a given
     * name and a surname, then two or more common words, name a thing after the person or run on into
     * a headline's words; no person's name ends in two everyday words.
     */
    private boolean commonWordsAfterAFullName(NameRun run) {
        List<Token> t = run.tokens();
        if (run.size() < 4 || run.title() != null || !GivenNames.listed(t.get(0).text())) return false;
        int common = 0;
        for (int k = t.size() - 1; k >= 2 && everydayWord(NameRunFinder.stripPossessive(t.get(k).text())); k--) common++;
        return common >= 2 && !everydayWord(t.get(1).text());
    }

    private boolean everydayWord(String word) {
        return NameRunFinder.TITLE_CASE_WORD.matcher(word).matches() && !GivenNames.listed(word) && wordNet.isCommonWord(word.toLowerCase(Locale.ROOT));
    }

    /** "the Minister in the Prime Minister's Department (Religious Affairs)", "the Mufti (Federal Territories) Bill": a field in brackets after a title. */
    private boolean fieldInBrackets(NameRun run) {
        List<Token> t = run.sentence().tokens();
        int open = run.from() - 1;
        return open >= 1 && t.get(open).text().equals("(") && run.to() < t.size() && t.get(run.to()).text().equals(")")
                && (Gazetteers.TITLES.contains(t.get(open - 1).text()) || personNouns.isTitleWord(t.get(open - 1).text()))
                && run.tokens().stream().noneMatch(w -> GivenNames.listed(w.text()));
    }

    /** Words after a name that go on to another: "A and B", "A, B", "A & B". */
    private static final Set<String> LIST_WORDS = Set.of("and", "&", "or");

    /** The kind of a run of one or more names, or empty when the run alone cannot tell (single names: see {@link #classifySingle}). */
    Optional<EntityKind> classify(NameRun run) {
        Optional<EntityKind> kind = classifyRun(run);
        // "the wreck of the Edmund Fitzgerald": "the" and what would be a person's name, ending the
        // phrase, name a ship, a song or a building after the person ("the Elian Gonzalez case", "the
        // David Beckham of the government" and "the Anna Ziegler play" are about the person)
        if (kind.filter(EntityKind.PERSON::equals).isPresent() && namedAfterAPerson(run)) return Optional.empty();
        // "Jóola Kaasa speakers": a people's name before the noun it modifies is no person's
        if (kind.filter(EntityKind.PERSON::equals).isPresent() && namesAPeople(run.next())) return Optional.empty();
        return kind;
    }

    private Optional<EntityKind> classifyRun(NameRun run) {
        String name = run.name();
        // "John and Claire Hartnett": a given name that shares the next person's surname is a person
        if (run.size() == 1 && name.indexOf(' ') > 0) return Optional.of(EntityKind.PERSON);

        Token next = run.next();
        String nextWord = next == null ? "" : next.text();
        if (nextWord.equals("news") && run.to() + 1 < run.sentence().tokens().size()) {
            nextWord = run.sentence().tokens().get(run.to() + 1).text(); // "Xinhua news agency"
        }
        // "President Clinton", "Mrs. Currie": a person's title beats a town of that name (Clinton,
        // Iowa in WordNet; Currie in the time-zone names)
        // ("Dick Church Jr.": a suffix ends a person's name, whatever its words)
        boolean organisationWord = !NameRun.NAME_SUFFIXES.contains(run.tokens().get(run.size() - 1).text())
                && run.tokens().stream().anyMatch(t -> Gazetteers.isOrganisationWord(NameRunFinder.stripPossessive(t.text())))
                || endsInLegalForm(run); // "Philip Morris Co", when the tokenizer split off the full stop
        // ("the Man Booker Prize", "the Minister (Religious Affairs)": a title before a thing's name, or an office's field in
        // brackets after one, names no one)
        boolean thingAfterATitle = run.title() != null && Gazetteers.THING_HEADS.contains(NameRunFinder.stripPossessive(run.lastWord()))
                && !Gazetteers.HONORIFICS.contains(run.title())
                && (!Gazetteers.TITLES.contains(run.title()) || run.tokens().stream().noneMatch(t -> GivenNames.listed(t.text())));
        if (thingAfterATitle || fieldInBrackets(run)) return Optional.empty();
        // (a firm's or a body's name goes on as it would: "Benjamin Franklin Federal Savings", "Walter Reed Army Medical Center")
        if (!organisationWord && commonWordsAfterAFullName(run))
            return readings.typeOf(run).flatMap(ModelReadings::kindOf).filter(k -> k != EntityKind.PERSON);
        if (firstNameOfAFamilyFirm(run) || affiliationInBrackets(run)) return Optional.of(EntityKind.ORGANISATION);
        // "M F Husain", "K J Yesudas": initials without their stops before a surname (see NameRunFinder#afterBareInitials)
        if (run.size() >= 3 && NameRunFinder.isLetter(run.tokens().get(0)) && NameRunFinder.isLetter(run.tokens().get(1))
                && NameRunFinder.isNameToken(run.tokens().get(run.size() - 1))) return Optional.of(EntityKind.PERSON);
        // "in St Andrew", "St Joseph's Kitale", "St George's Tron": a saint's name alone names a place, or, in the
        // possessive, the church or school named after the saint
        if (run.size() == 2 && SAINT.contains(run.tokens().get(0).text()))
            return Optional.of(NameRunFinder.endsWithPossessive(run.tokens().get(1)) ? EntityKind.ORGANISATION : EntityKind.PLACE);
        // ("the President of Athletics South Africa": a country's name of two words or more is no one's, after a title too)
        if (name.indexOf(' ') > 0 && Gazetteers.COUNTRIES.contains(name)) return Optional.of(EntityKind.PLACE);
        if (nationalBody(run)) return Optional.of(EntityKind.ORGANISATION);
        if (run.title() != null && !organisationWord) return Optional.of(EntityKind.PERSON);
        if (Gazetteers.COUNTRIES.contains(name) || Gazetteers.CITIES.contains(name)) return Optional.of(EntityKind.PLACE);
        String titleCase = titleCase(name); // a dateline in capitals, "NEW YORK —", is no acronym
        if (!titleCase.equals(name) && (Gazetteers.COUNTRIES.contains(titleCase) || Gazetteers.CITIES.contains(titleCase)))
            return Optional.of(EntityKind.PLACE);
        if (organisationWord) return Optional.of(EntityKind.ORGANISATION);
        if (personInCapitals(run, titleCase)) return Optional.of(EntityKind.PERSON);
        // "Penn State", "Florida State": a university ("New York State" is longer); "General Mills": a firm
        if (run.size() == 2 && (run.lastWord().equals("State") || Gazetteers.TITLES.contains(run.tokens().get(0).text())
                && NameRunFinder.titleWordOfAThing(wordNet, run.tokens().get(0).text(), NameRunFinder.stripPossessive(run.lastWord()))))
            return Optional.of(EntityKind.ORGANISATION);
        Token previous = run.previous();
        Optional<EntityKind> named = kindNamedBefore(run);
        if (named.isPresent() && run.title() == null) return named;
        // "the company X", "French banks Credit Lyonnais and ..."
        boolean namedAfterNoun = previous != null && (Gazetteers.ORGANISATION_NOUNS.contains(previous.text())
                || previous.text().endsWith("s") && Gazetteers.ORGANISATION_NOUNS.contains(previous.text().substring(0, previous.text().length() - 1)));
        // "RTE broadcaster Joe Duffy": a word for a person after the employer's name is a job, before a given name
        if (namedAfterNoun && run.from() >= 2 && run.sentence().tokens().get(run.from() - 2).isProperNoun()
                && GivenNames.listed(run.tokens().get(0).text()) && wordNet.isFirstAPersonNoun(previous.text())) namedAfterNoun = false;
        // ("RTE broadcaster Joe Duffy, who had the poet on his show": "who" says it is a person)
        if (namedAfterNoun && followedByWho(run)) namedAfterNoun = false;
        // ("Jim Watson's firm grip", "Murdoch's newspapers": a noun the name owns says nothing of what it is)
        // (a name of two words or more: "Barron's magazine" is the magazine's name)
        boolean owned = NameRunFinder.endsWithPossessive(run.tokens().get(run.size() - 1)) && run.size() >= 2;
        // ("solicitors Leigh Day, acting for the council": a trade's plural before a name that starts no list)
        boolean firmOfATrade = previous != null && Gazetteers.FIRM_TRADES.contains(previous.text()) && !LIST_WORDS.contains(nextWord);
        if (Gazetteers.ORGANISATION_NOUNS.contains(nextWord) && !owned || namedAfterNoun || firmOfATrade || NameRunFinder.isAcronym(name))
            return Optional.of(EntityKind.ORGANISATION);
        // (an area's noun after a name WordNet knows as no people: not "a Catholic area")
        if (Gazetteers.PLACE_NOUNS.contains(nextWord) || Gazetteers.AREA_NOUNS.contains(nextWord) && !isGroupWord(wordNet.namedSenses(name))
                || nextWord.endsWith("s") && Gazetteers.PLACE_NOUNS.contains(nextWord.substring(0, nextWord.length() - 1)) // "Thissio and Plaka districts"
                // (not after a person's title: "Dr Tom Bridge")
                || run.size() >= 2 && run.title() == null && run.tokens().stream().anyMatch(t -> Gazetteers.PLACE_WORDS.contains(t.text()))
                || run.size() >= 2 && STREET_ABBREVIATIONS.contains(run.tokens().get(run.size() - 1).text())) // "Albert St", "Eden Tce"
            return Optional.of(EntityKind.PLACE);
        List<Synset> namedSenses = wordNet.namedSenses(name);
        // "the Clinton administration": WordNet's president, not its town, leads an administration
        if (run.size() == 1 && Gazetteers.LEADERSHIP_NOUNS.contains(NameRunFinder.stripPossessive(nextWord)) && isAnIndividual(namedSenses))
            return Optional.of(EntityKind.PERSON);
        if (namedSenses.stream().anyMatch(WordNet::isPlace)) return Optional.of(EntityKind.PLACE);
        if (namesAClassOfPeople(run, namedSenses)) return Optional.of(EntityKind.GROUP);
        if (run.size() >= 2 && run.tokens().stream().allMatch(t -> NameRunFinder.isNameToken(t) || NameRunFinder.isInitialPart(t)
                || NameRunFinder.JOINERS.contains(t.text()) || NameRunFinder.SECOND_PARTICLES.contains(t.text()) || NameRunFinder.isJoinedParticle(t) || t.text().equals("the")
                || NameRunFinder.joinsNameParts(t) || Gazetteers.CALENDAR.contains(t.text()))) { // "Godwin Friday": see NameRunFinder#calendarNamePart
            return classifyFullName(run);
        }
        return Optional.empty();
    }

    /**
     * "the settlement of Beit El", "the Swiss firm of Asea Brown Boveri": a lower-case noun for a
     * place or an organisation and "of" right before the name say what it names; so does a noun for
     * a place before "known as" or "called" ("the river known as Kamobeul Bolon").
     */
    private static Optional<EntityKind> kindNamedBefore(NameRun run) {
        List<Token> t = run.sentence().tokens();
        int i = run.from();
        int naming = i >= 2 && t.get(i - 1).text().equals("as") && t.get(i - 2).text().equals("known") ? i - 2
                : i >= 1 && Set.of("called", "named").contains(t.get(i - 1).text()) ? i - 1 : -1;
        if (naming >= 1 && (Gazetteers.PLACES_OF.contains(t.get(naming - 1).text()) || Gazetteers.PLACE_NOUNS.contains(t.get(naming - 1).text())))
            return Optional.of(EntityKind.PLACE);
        if (i < 2 || !t.get(i - 1).text().equals("of")) return Optional.empty();
        String noun = t.get(i - 2).text();
        if (Gazetteers.PLACES_OF.contains(noun)) return Optional.of(EntityKind.PLACE);
        if (Gazetteers.ORGANISATIONS_OF.contains(noun)) return Optional.of(EntityKind.ORGANISATION);
        return Optional.empty();
    }

    /** "Walt Disney Co", "Adolph Coors Co": a legal form (other than "&" or "and") ends a name of two or more words. */
    private static boolean endsInLegalForm(NameRun run) {
        String last = NameRunFinder.stripPossessive(run.tokens().get(run.size() - 1).text());
        return run.size() >= 2 && Gazetteers.LEGAL_FORMS.contains(last) && Character.isUpperCase(last.charAt(0));
    }

    /** A run of two or more name tokens ("Helen Marsh", "Brighton Beach", "Merrill Lynch"). */
    private Optional<EntityKind> classifyFullName(NameRun run) {
        if (startsWithAFigure(run)) return readings.typeOf(run).filter(t -> !t.equals("person")).flatMap(ModelReadings::kindOf);
        // "Merry Christmas", "Jesus Christ": a greeting for a festival and a deity's names are no person's
        if (Gazetteers.FESTIVALS.contains(NameRunFinder.stripPossessive(run.lastWord())) || run.tokens().stream().allMatch(t -> Gazetteers.DEITIES.contains(NameRunFinder.stripPossessive(t.text()))))
            return Optional.empty();
        // "Louis the German", "Pliny the Elder": a name with an epithet is the name of a person
        if (run.tokens().stream().anyMatch(t -> t.text().equals("the"))) return Optional.of(EntityKind.PERSON);
        String last = run.lastWord();
        String firstWord = run.tokens().get(0).text();
        // "Young Turks", "Christian Democrat": a group; "Bill Green", "Mary French": a given name and a surname
        boolean givenNameFirst = (givenNameReadAsPerson(firstWord, run) || GivenNames.listed(firstWord) && run.size() == 2 && !last.endsWith("s")
                && !wordNet.namesAPlace(firstWord) && !Gazetteers.COUNTRIES.contains(firstWord))
                && !isGroupWord(wordNet.namedSenses(firstWord));
        // ("Inayat Ali Shah, the spokesman for the police,": a first name no dictionary has and a role the text gives make a
        // person of a name ending in "Shah"; not "Vice President", "Southeast Asian")
        boolean namedWithRole = unknownName(run.tokens().get(0)) && hasPersonRole(run);
        if (isGroupWord(wordNet.namedSenses(last)) && !givenNameFirst && !namedWithRole) return Optional.of(EntityKind.GROUP);
        if (namesACompanysThing(run)) return Optional.of(EntityKind.ORGANISATION);
        // ("head coach with Dumisani Chauke named as her assistant": a name no dictionary has waits, see waitsForItsNeighbours)
        if (atEmployer(run) && !unlistedFullName(run)) return Optional.of(EntityKind.ORGANISATION);
        if (Gazetteers.EVENT_FIRST_WORDS.contains(run.tokens().get(0).text())) return Optional.empty(); // events are not listed
        if (namedAfterAVehicle(run)) return Optional.empty();
        // "British Gas", "American Revolution": a name that starts with a demonym is no person's
        String first = NameRunFinder.stripPossessive(run.tokens().get(0).text());
        if (isGroupWord(wordNet.namedSenses(first)) && !wordNet.isCommonWord(first.toLowerCase(Locale.ROOT)) // not "Sister Jeanne"
                && !GivenNames.listed(first)) // WordNet files "Michael" (the archangel) with classes of people
            return readings.typeOf(run).filter(t -> !t.equals("person")).flatMap(ModelReadings::kindOf);
        // Capitals alone cannot tell "Helen Marsh" from "Brighton Beach". A name that ends in
        // a word for a thing, a law or an event names no person; the model, which reads the
        // whole sentence, confirms a person; and two common words ("Great Hall", "Northern
        // Star") make the name of a thing unless the model says otherwise.
        // ("Nathan Law", "Doris Day": a given name and a word WordNet also knows as a person's surname,
        // read as a person by the model, stay a person)
        if (Gazetteers.THING_HEADS.contains(last) && !(run.size() == 2 && GivenNames.contains(firstWord) && isAnIndividual(wordNet.namedSenses(last))
                && readings.typeOf(run).filter("person"::equals).isPresent())) return Optional.empty();
        List<Token> tokens = run.tokens();
        // "D. F. Costello", "J. R. R. Tolkien": initials and a surname the model reads as a person's, or
        // no common word or place ("319 S. Denver" is a street)
        int afterInitials = NameRunFinder.afterInitials(run.sentence().tokens(), run.from());
        if (afterInitials > run.from() && afterInitials < run.to() && (readings.personInside(run)
                || !wordNet.isCommonWord(NameRunFinder.stripPossessive(last).toLowerCase(Locale.ROOT)) && !wordNet.namesAPlace(last)))
            return Optional.of(EntityKind.PERSON);
        // "Osama Bin Laden", "Daniel arap Moi": a patronymic particle inside a name makes a person's
        if (tokens.subList(1, tokens.size()).stream().anyMatch(t -> PATRONYMICS.contains(t.text().toLowerCase(Locale.ROOT))
                || FAMILY_PARTICLES.contains(t.text())))
            return Optional.of(EntityKind.PERSON);
        // "painter SH Raza", "AB de Villiers": two initials written without stops, before a surname that is no
        // common word or place, are a person's where the model or a stated role says so ("GM Hughes Electronics" is no one)
        if (initialsWithoutStops(tokens) && !wordNet.isCommonWord(NameRunFinder.stripPossessive(last).toLowerCase(Locale.ROOT))
                && !wordNet.namesAPlace(last) && tokens.stream().noneMatch(t -> Gazetteers.isOrganisationWord(t.text()))
                && (readings.personInside(run) || run.title() != null || hasPersonRole(run)))
            return Optional.of(EntityKind.PERSON);
        // "Henry Nicholls and BJ Watling, who shared a stand": a name of two or three words that "who" follows is a
        // person's (a firm is "which"), its first word initials or not
        // (not after a preposition, where "who" may be the noun's before it: "guerrillas from Anlong Veng, who have formed")
        if (followedByWho(run) && run.size() <= 3 && tokens.stream().noneMatch(t -> Gazetteers.isOrganisationWord(t.text()))
                && (run.previous() == null || !run.previous().tag().equals("ADP")) && tokens.stream().allMatch(t -> NameRunFinder.isNameToken(t) || NameRunFinder.isInitialPart(t))
                && (!NameRunFinder.isAcronym(first) || initialsWithoutStops(tokens) || first.length() == 3 && tokens.size() == 2)
                && !wordNet.isCommonWord(NameRunFinder.stripPossessive(last).toLowerCase(Locale.ROOT)) && !wordNet.namesAPlace(last))
            return Optional.of(EntityKind.PERSON);
        // ("Justices AK Sikri, RK Agarwal, Arun Mishra": else they wait to be read beside the people around them)
        if (initialsAmongPeople(run)) return Optional.empty();
        // "RJR Nabisco", "GM Hughes Electronics": no person's name starts with an acronym (initials,
        // "J.C. Matlock", have full stops; a title
        // before the name, "NATO Secretary-General", is split off before this)
        if (NameRunFinder.isAcronym(first) && !first.contains(".") && !Gazetteers.COUNTRIES.contains(first) && !GivenNames.contains(tokens.get(1).text())
                && !NameRunFinder.ledeInCapitals(run.sentence(), run.from(), run.to()))
            return Optional.of(EntityKind.ORGANISATION);
        // "For NPR news, I'm Auncil Martinez reporting": whoever says "I'm" is a person
        if (introducedBySpeaker(run) || signedWithEmail(run)) return Optional.of(EntityKind.PERSON);
        if (endsInAThingsNoun(run)) return readings.typeOf(run).filter(t -> !t.equals("person")).flatMap(ModelReadings::kindOf);
        if (startsALawsName(run)) return Optional.empty();
        Optional<String> type = readings.typeOf(run);
        if (appositionOfAThing(run)) return type.filter(t -> !t.equals("person")).flatMap(ModelReadings::kindOf);
        if (type.filter("person"::equals).isPresent() || hasPersonRole(run)) return Optional.of(EntityKind.PERSON);
        // The model reads an organisation, a place or an event ("Merrill Lynch", "South
        // Florida", "World War II"): that reading of the whole sentence beats the guess below.
        // "Barbara McClintock" read as a place: a given name and a surname that is no common word make a person
        if (type.filter("place"::equals).isPresent() && givenNameAndSurname(run)) return Optional.of(EntityKind.PERSON);
        // "said Armando Sanjurjo, 73.": a given name and a surname that attribute a quotation or
        // are followed by an age are a person, whatever the model reads (a firm has no age and
        // is seldom quoted by name in an attribution)
        if (type.isPresent() && givenNameAndSurname(run)
                && (ageAfter(run) || Speakers.attributesAQuotation(run.sentence().tokens(), run.from(), run.to())))
            return Optional.of(EntityKind.PERSON);
        // ("Kalem Pickles, 18, who beat ...": two or three capitalised words and an age, the first no common word, whatever
        // the model reads; not "Section 5, 18," nor a place's name)
        if (ageAfter(run) && run.size() <= 3 && tokens.stream().allMatch(NameRunFinder::isNameToken)
                && !wordNet.isCommonWord(first.toLowerCase(Locale.ROOT)) && !wordNet.namesAPlace(first) && !wordNet.namesAPlace(last)
                && tokens.stream().noneMatch(t -> Gazetteers.isOrganisationWord(t.text()) || Gazetteers.PLACE_WORDS.contains(t.text())))
            return Optional.of(EntityKind.PERSON);
        // ("Dumisani Chauke named as her assistant": the model often reads a name of words no dictionary has as a firm's or a
        // place's; such a name waits for what stands beside it, see Recognition#namesBesidePeople)
        if (type.filter(t -> !t.equals("person")).isPresent() && unlistedFullName(run) && !namesAThing(run)) return Optional.empty();
        if (type.isPresent() || namesAThing(run)) return type.flatMap(ModelReadings::kindOf);
        // "Nirmesh Vadera told the CBC": two or three words no dictionary has, neither a place nor a firm's, that speak
        if (run.size() <= 3 && Speakers.speaksAt(run.sentence().tokens(), run.from(), run.to()) && run.tokens().stream().allMatch(this::unknownName))
            return Optional.of(EntityKind.PERSON);
        // With no reading from the model, capitals make a person only from a given name
        // ("Neal Horsley") or with a role the text gives ("Jalal Ebrahim, president of ...");
        // "Bear Stearns" and "Kirschner Medical" have neither.
        if (GivenNames.contains(NameRunFinder.stripPossessive(run.tokens().get(0).text())))
            return Optional.of(EntityKind.PERSON);
        return Optional.empty();
    }

    /**
     * "Akani Simbine", "Sekope Kepu": two or three capitalised words no dictionary or gazetteer has, none
     * of them an organisation's or a place's word.
     */
    boolean unlistedFullName(NameRun run) {
        List<Token> tokens = run.tokens();
        if (run.size() < 2 || run.size() > 3 || run.title() != null) return false;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            // (the first word may be an initial without its stop, "G Kishan Reddy", or a given name the list knows)
            if (i == 0 && NameRunFinder.isLetter(t)) continue;
            if (!NameRunFinder.isNameToken(t) || NameRunFinder.isAcronym(t.text())) return false;
            if (!unknownName(t) && !(i == 0 && GivenNames.listed(t.text()) && !wordNet.namesAPlace(t.text())
                    && !wordNet.isCommonWord(t.text().toLowerCase(Locale.ROOT)))) return false; // not "Smith Barney"
        }
        return true;
    }

    /**
     * "the Senior Director of Meat Industry Ireland", "Tourism Ireland", "Netball New Zealand": common words, no
     * given name among them, before a country's name name a national body; not a part of the land ("North America",
     * "Northern Ireland", "New Mexico": a compass word, "New", or a place WordNet knows).
     */
    private boolean nationalBody(NameRun run) {
        List<Token> tokens = run.tokens();
        if (wordNet.namesAPlace(run.name())) return false;
        for (int k = 1; k < tokens.size(); k++) {
            String country = tokens.subList(k, tokens.size()).stream().map(t -> NameRunFinder.stripPossessive(t.text())).collect(java.util.stream.Collectors.joining(" "));
            if (Gazetteers.COUNTRIES.contains(country))
                return tokens.subList(0, k).stream().allMatch(t -> NameRunFinder.TITLE_CASE_WORD.matcher(t.text()).matches()
                        && wordNet.isCommonWord(t.text().toLowerCase(Locale.ROOT)) && !GivenNames.listed(t.text())
                        && !NameRunFinder.COMPASS.contains(t.text()) && !t.text().equals("New"));
        }
        return false;
    }

    /**
     * A name of words no dictionary has that nothing in the run classified: it is read once the people
     * around it are known (see Recognition#namesBesidePeople). Not one that names a thing after a person
     * ("the Wreck of the Edmund Fitzgerald") or a people ("Jóola Kaasa speakers").
     */
    boolean waitsForItsNeighbours(NameRun run) {
        return (unlistedFullName(run) || initialsAmongPeople(run)) && !namedAfterAPerson(run) && !namesAPeople(run.next())
                && readings.typeOf(run).filter("person"::equals).isEmpty();
    }

    /**
     * What a name that waited, and that no neighbour made a person's, is: a firm after a word for a person and "at" or
     * "with" ("brokers at Granby Whitcomb") or one that starts with initials ("RJR Nabisco, Kraft and ..."), else the model's reading.
     */
    Optional<EntityKind> readingAlone(NameRun run) {
        if (atEmployer(run)) return Optional.of(EntityKind.ORGANISATION);
        // ("RJR Nabisco, Kraft and Sears": initials that no person stands beside start a firm's name, as any acronym does,
        // unless the model reads a person)
        if (initialsBeforeASurname(run) && readings.typeOf(run).filter("person"::equals).isEmpty()) return Optional.of(EntityKind.ORGANISATION);
        return readings.typeOf(run).flatMap(ModelReadings::kindOf);
    }

    /** "his counterpart Lotay Tshering", "pacers Dushmantha Chameera": a lower-case word whose commonest sense is a person's, right before the run. */
    boolean afterAPersonNoun(NameRun run) {
        Token previous = run.previous();
        return previous != null && previous.isNoun() && previous.text().chars().allMatch(Character::isLowerCase)
                && wordNet.isFirstAPersonNoun(previous.text());
    }

    /** A capitalised word of a name that WordNet knows neither as a common word nor as any name, and no gazetteer lists. */
    private boolean unknownName(Token t) {
        String w = NameRunFinder.stripPossessive(t.text());
        return NameRunFinder.TITLE_CASE_WORD.matcher(w).matches() && !wordNet.isCommonWord(w.toLowerCase(Locale.ROOT))
                && wordNet.namedSenses(w).isEmpty() && !Gazetteers.isOrganisationWord(w) && !Gazetteers.PLACE_WORDS.contains(w)
                && !Gazetteers.COUNTRIES.contains(w) && !Gazetteers.CITIES.contains(w);
    }

    /** WordNet files where the most frequent senses of a name's last word make it a thing's or a place's name. */
    private static final Set<String> THING_FILES = Set.of("noun.artifact", "noun.location", "noun.object");

    private static final Set<String> LAW_INNER_WORDS = Set.of("in", "for", "of", "on");

    /**
     * "the George Floyd Justice in Policing Act": the run goes on, after "in", "for", "of" or "on"
     * and capitalised words, to a word for a law or a treaty; the whole names that law. (Only laws:
     * "Federer in the Australian Open final" is Federer.)
     */
    private static boolean startsALawsName(NameRun run) {
        List<Token> t = run.sentence().tokens();
        int k = run.to();
        if (k + 1 >= t.size() || !LAW_INNER_WORDS.contains(t.get(k).text()) || !NameRunFinder.isNameToken(t.get(k + 1))) return false;
        for (k++; k < t.size() && k <= run.to() + 6 && NameRunFinder.isNameToken(t.get(k)); k++) {
            if (Gazetteers.LAW_HEADS.contains(t.get(k).text())) return true;
        }
        return false;
    }

    /**
     * "Lincoln Reservoir", "Laurel Hollow", "Cary Village Mall": a name whose last word is a common
     * noun for a thing or a place (its most frequent concrete sense in WordNet) names that
     * thing, even after a given name. Surnames that are also such nouns are kept: WordNet knows
     * a person of that name ("Gus Hall", "Helen Marsh"), the word is a given name or a noun for
     * people ("Eric Holder"), or the article uses the word alone as a name ("Trump said").
     */
    private boolean endsInAThingsNoun(NameRun run) {
        // "Michael James Fountain, 35,": a given name and an age make a person, whatever the surname means
        if (run.title() != null || hasPersonRole(run) || ageAfter(run) && GivenNames.listed(run.tokens().get(0).text())) return false;
        String last = NameRunFinder.stripPossessive(run.tokens().get(run.size() - 1).text());
        if (!last.matches("\\p{Lu}\\p{Ll}+") || GivenNames.listed(last) || loneNames.contains(last)) return false;
        String lower = last.toLowerCase(Locale.ROOT);
        Optional<IndexWord> noun = wordNet.lookup(POS.NOUN, lower).filter(iw -> iw.getLemma().equals(lower)); // not "Banks"
        if (noun.isEmpty() || noun.get().getSenses().isEmpty()) return false;
        List<Synset> senses = noun.get().getSenses();
        if (senses.stream().anyMatch(s -> "noun.person".equals(s.getLexFileName()))) return false;
        if (wordNet.namedSenses(last).stream().anyMatch(s -> "noun.person".equals(s.getLexFileName()))) return false;
        // the most frequent sense that names something concrete ("reservoir": a supply, then a lake; "cock": a body part)
        return senses.stream().filter(s -> !ABSTRACT_FILES.contains(s.getLexFileName())).findFirst()
                .filter(s -> THING_FILES.contains(s.getLexFileName()) && s.getWords().stream().anyMatch(w -> w.getLemma().equals(lower)))
                .filter(NameClassifier::somewhereToBe)
                .isPresent();
    }

    private static final Set<String> CELESTIAL_BODIES = Set.of("celestial body", "heavenly body");

    /** Kinds of thing a place is named for: one can be at a reservoir, a mall or a bridge, not at a trump card, a bell or a stone. */
    private static final Set<String> SITES = Set.of("structure", "way", "facility", "establishment", "geological formation",
            "body of water");

    /**
     * A place, or a thing one can be at ("Lincoln Reservoir", "Laurel Hollow"): in noun.location, or
     * a kind of structure, way, facility or landform. Surnames that are nouns are mostly objects
     * ("Donald Trump", "Jason Bell", "Emma Stone") and stay people.
     */
    private static boolean somewhereToBe(Synset sense) {
        return "noun.location".equals(sense.getLexFileName()) || WordNet.isKindOf(sense, SITES);
    }

    /** WordNet files of senses that name nothing one can point at: passed over when looking for a word's concrete sense. */
    private static final Set<String> ABSTRACT_FILES = Set.of("noun.quantity", "noun.shape", "noun.attribute", "noun.state",
            "noun.act", "noun.cognition", "noun.communication", "noun.relation", "noun.feeling", "noun.event",
            "noun.process", "noun.phenomenon", "noun.time", "noun.motive", "noun.possession", "noun.Tops");

    /** "EF-111 Raven", "F-4 Phantom": a figure in the first word makes a model's name, no person's. */
    private static boolean startsWithAFigure(NameRun run) {
        return run.tokens().get(0).text().chars().anyMatch(Character::isDigit);
    }

    /** A single name that is no short form of a fuller one: a person, or empty when nothing says what it is. */
    Optional<EntityKind> classifySingle(NameRun run) {
        Optional<EntityKind> kind = readSingle(run);
        // one word that modifies a noun is no person ("a Labor government"), though it may be a place ("a Fairfield
        // company"); it is one where it is no common word and the model reads a person there ("the Wilson and
        // Callaghan governments": the prime minister)
        if (kind.filter(EntityKind.PERSON::equals).isPresent() && run.size() == 1 && !possessive(run) && modifiesANoun(run.previous(), run.next())
                && (readings.typeOf(run).filter("person"::equals).isEmpty() || wordNet.hasLowerCaseLemma(run.name()))) return Optional.empty();
        // "‘Farmers must branch into organic farming’": a plural of a word for people, opening a sentence, is those people
        if (kind.filter(EntityKind.PERSON::equals).isPresent() && run.size() == 1 && run.name().endsWith("s") && NameRunFinder.isSentenceStart(run.sentence(), run.from()) && !GivenNames.listed(run.name())
                && wordNet.isPluralNoun(run.name().toLowerCase(Locale.ROOT))
                && wordNet.singularNoun(run.name().toLowerCase(Locale.ROOT)).filter(wordNet::isFirstAPersonNoun).isPresent()) return Optional.empty();
        // "Jóola languages", "Moriori carvings", "Maasai people": a people's name, whatever the model reads
        if (kind.filter(EntityKind.PERSON::equals).isPresent() && !possessive(run) && namesAPeople(run.next())) return Optional.empty();
        if (kind.filter(EntityKind.PERSON::equals).isPresent() && joinedWordsOfAThing(run)) return Optional.empty();
        return kind;
    }

    private Optional<EntityKind> readSingle(NameRun run) {
        // the longer runs that come here were found to name no person ("Lincoln Reservoir, ...": no role makes one)
        if (run.size() >= 2 && (startsWithAFigure(run) || endsInAThingsNoun(run))) return Optional.empty();
        Token previous = run.previous();
        // "Your Honor", "his Excellency", "her Mercedes": after a possessive determiner a single name is no person's
        if (previous != null && POSSESSIVE_DETERMINERS.contains(previous.text().toLowerCase(Locale.ROOT))) return Optional.empty();
        Token next = run.next();
        // "the Bernoulli family", "the Kennedy dynasty": the family, not one of them
        if (next != null && FAMILY_NOUNS.contains(next.text())) return Optional.empty();
        // "A Logan man", "a Bloomingdale woman": the town someone is from
        if (previous != null && next != null && Set.of("a", "an").contains(previous.text().toLowerCase(Locale.ROOT))
                && RESIDENT_NOUNS.contains(next.text())) return Optional.of(EntityKind.PLACE);
        Optional<String> type = readings.typeOf(run);
        boolean readAsPerson = type.filter("person"::equals).isPresent();
        if (run.size() == 1 && citedAuthors.contains(run.name())) return Optional.of(EntityKind.PERSON);
        if (withColleagues(run)) return Optional.of(EntityKind.PERSON);
        if (namedAfterAVehicle(run)) return Optional.empty();
        // a god is no one in "Who's who"; a firm named after one ("shares of Nike") keeps the model's
        // reading, but "the Devil" is the spirit whatever the model reads
        if (namesADeity(run)) {
            boolean afterThe = previous != null && previous.text().equalsIgnoreCase("the");
            return afterThe ? Optional.empty() : type.filter(t -> !t.equals("person")).flatMap(ModelReadings::kindOf);
        }
        if (appositionOfAThing(run)) return type.filter(t -> !t.equals("person")).flatMap(ModelReadings::kindOf);
        if (realmOfATitle(run)) return Optional.of(EntityKind.PLACE);
        if (nobleTitleBeforeItsRealm(run)) return Optional.empty();
        // "Tab 4", "Exhibit 12", "Route 66": a single name before a figure labels a thing
        if (next != null && next.text().matches("\\d[\\d.,-]*") && !readAsPerson) return Optional.empty();
        if (headsAFirmsName(run)) return Optional.of(EntityKind.ORGANISATION);
        if (!readAsPerson && partOfAnOfName(run)) return Optional.empty();
        if (standsForAShop(run)) return Optional.of(EntityKind.ORGANISATION);
        if (beforeANickname(run)) return Optional.empty();
        if (townInAState(run)) return Optional.of(EntityKind.PLACE);
        List<Synset> named = wordNet.namedSenses(run.name());
        boolean leader = next != null && Gazetteers.LEADERSHIP_NOUNS.contains(next.text());
        // "Venus has a thick atmosphere", "Mercury is the smallest planet": WordNet's planet, not its god
        if (named.stream().anyMatch(sense -> WordNet.isInstanceOfKind(sense, CELESTIAL_BODIES)))
            return Optional.empty();
        boolean individual = isAnIndividual(named);
        // "the Nation", "the Street": a common word after "the", heading its phrase, is no one's name
        // though WordNet knows a Carry Nation
        if (individual && !leader && theCommonNoun(run)) return Optional.empty();
        // WordNet knows a Ford, a Kellogg and an Oppenheimer; the model, reading the sentence,
        // tells the company ("shares of Ford") from the man
        if (individual && !leader && type.isPresent() && !type.get().equals("person"))
            return type.flatMap(ModelReadings::kindOf);
        if (!leader && (namesACompanysThing(run) || atEmployer(run))) return Optional.of(EntityKind.ORGANISATION);
        // "a Nobel laureate", "Pulitzer winners": a famous name before a noun for people names the prize or the
        // school, not the person WordNet knows, unless the model reads a person there ("Obama aides")
        if (individual && !leader && !readAsPerson && next != null
                && next.text().chars().allMatch(Character::isLowerCase) && wordNet.isFirstAPersonNoun(next.text())) return Optional.empty();
        if (leader || individual) return Optional.of(EntityKind.PERSON);
        // "young Ba'athists", "Maoists", "Trotskyites": a plural adherent noun names a group, never one
        // person, whatever the model reads; it is left to the derived-form step
        if (Recognition.ADHERENTS.matcher(run.name()).find()) return Optional.empty();
        // "her grandmother, Samira,", "Her son Omar": the model reads a person and the text gives a role
        if (type.filter("person"::equals).isPresent() && roles.statedRole(run).isPresent())
            return Optional.of(EntityKind.PERSON);
        // "Hayley gets into an argument": a given name the model reads as a person, with no surname in the text
        if (givenNameReadAsPerson(run.name(), run)) return Optional.of(EntityKind.PERSON);
        // "Pag said", "says Derya", "said Pavit, the head servant": a word no dictionary knows, which
        // speaks and which the model reads as no firm, is a person (a place that speaks, "Beijing
        // said", is a place a dictionary knows)
        if (type.filter("organization"::equals).isEmpty() && speakers.contains(run.name()) && unknownWord(run.name()))
            return Optional.of(EntityKind.PERSON);
        return Optional.empty();
    }

    /**
     * "the Hubble telescope", "a Labor government", "a Scottish government reporter", "shared the Nobel
     * with": one capitalised word after an article, or inside a noun phrase before its lower-case noun,
     * is a modifier or a thing, not a person (a person's surname takes no article: "the late Smith" has
     * an adjective between).
     */
    /** "restore Saddam's regime": a possessive is a person's, whatever comes before it. */
    private static boolean possessive(NameRun run) {
        Token next = run.next();
        return run.name().matches(".*['’]s?") || next != null && next.text().matches("['’]s?");
    }

    /** "a study by Kessler and colleagues", "Smith and her co-workers": a researcher and their team. */
    static boolean withColleagues(NameRun run) {
        List<Token> t = run.sentence().tokens();
        int k = run.to();
        if (k + 1 >= t.size() || !t.get(k).text().equals("and")) return false;
        if (POSSESSIVE_DETERMINERS.contains(t.get(k + 1).text()) && k + 2 < t.size()) k++;
        return COLLEAGUES.contains(t.get(k + 1).text());
    }

    private static final Set<String> COLLEAGUES = Set.of("colleagues", "co-workers", "coworkers", "collaborators", "co-authors", "coauthors");

    /** Whether the word after a name is a noun a people's or a language's name modifies: "Jóola languages", "Moriori culture". */
    static boolean namesAPeople(Token next) {
        return next != null && PEOPLES_NOUNS.contains(next.text());
    }

    /** Nouns that a people's name, not a person's, modifies. */
    private static final Set<String> PEOPLES_NOUNS = Set.of("language", "languages", "dialect", "dialects", "speakers", "people",
            "peoples", "tribe", "tribes", "tribesmen", "culture", "cultures", "variety", "varieties", "ethnicity", "ancestry", "descent",
            "carvings", "cuisine", "folklore", "homeland", "diaspora", "clans", "kingdom");

    private static boolean modifiesANoun(Token previous, Token next) {
        if (previous == null) return false;
        boolean article = Set.of("a", "an", "the").contains(previous.text().toLowerCase(Locale.ROOT));
        boolean inPhrase = previous.text().chars().allMatch(Character::isLowerCase) && (previous.isAdjective() || previous.isNoun());
        boolean nounAfter = next != null && next.isNoun() && next.text().chars().allMatch(Character::isLowerCase);
        return article || inPhrase && nounAfter;
    }

    /** What a vehicle is a kind of in WordNet: ships, aircraft, spacecraft and cars are all vehicles. */
    private static final Set<String> VEHICLES = Set.of("vehicle");
    private static final Pattern LOWER_CASE_WORD = Pattern.compile("\\p{Ll}+");

    /**
     * "the aircraft carrier John F. Kennedy", "the ship Mavi Marmara", "the tanker Exxon Valdez": a
     * name right after a lower-case noun (or a compound WordNet knows) for a vehicle names that
     * vehicle, even when it is a person's name.
     */
    private boolean namedAfterAVehicle(NameRun run) {
        List<Token> t = run.sentence().tokens();
        int i = run.from();
        if (i < 1 || !t.get(i - 1).isNoun() || !LOWER_CASE_WORD.matcher(t.get(i - 1).text()).matches()) return false;
        String noun = t.get(i - 1).text();
        Optional<IndexWord> word = Optional.empty();
        if (i >= 2 && LOWER_CASE_WORD.matcher(t.get(i - 2).text()).matches()) word = wordNet.lookup(POS.NOUN, t.get(i - 2).text() + " " + noun);
        if (word.isEmpty()) word = wordNet.lookup(POS.NOUN, noun);
        return word.filter(w -> !w.getSenses().isEmpty() && WordNet.isKindOf(w.getSenses().get(0), VEHICLES)).isPresent();
    }

    /** What a god, a devil or an angel is a kind of in WordNet. */
    private static final Set<String> SPIRITUAL_BEINGS = Set.of("spiritual being");

    /**
     * "pray to God", "Allah", "Zeus", "Christ", "the Holy Spirit": a name whose first sense in
     * WordNet is a god or a spirit names no one to list in "Who's who". A sense that is also a
     * person counts when it is a person of the Trinity (WordNet's Jesus Christ, "the Son");
     * otherwise a one-word given name ("Diana", "Athena") is a person's. The first sense, not every sense:
     * WordNet's Zeus is also a genus of fish.
     */
    private boolean namesADeity(NameRun run) {
        String name = NameRunFinder.stripPossessive(run.name());
        List<Synset> named = wordNet.namedSenses(name);
        if (named.isEmpty() || !isA(named.get(0), SPIRITUAL_BEINGS)) return false;
        // "Christ", "the Holy Spirit": a person of the Trinity, whom WordNet files as a person too, though "Christ" is a
        // given name on the list (saints, "St. George", are spirits there as well, and stay given names)
        if (WordNet.isDirectInstanceOf(named.get(0), TRINITY)) return true;
        return !(run.size() == 1 && GivenNames.listed(name)) && named.stream().noneMatch(s -> isA(s, PEOPLE));
    }

    private static final Set<String> PEOPLE = Set.of("person");

    /** What WordNet makes the persons of the Trinity instances of: Jesus of "Son", the Holy Spirit of "hypostasis". */
    private static final Set<String> TRINITY = Set.of("Son", "hypostasis");

    /** The sense is a kind of one of these, or an individual of such a kind. */
    private static boolean isA(Synset sense, Set<String> kinds) {
        return WordNet.isKindOf(sense, kinds) || WordNet.isInstanceOfKind(sense, kinds);
    }

    /** Abbreviations that end a street's name ("St" at the start is a saint's). */
    private static final Set<String> STREET_ABBREVIATIONS = Set.of("St", "St.", "Rd", "Rd.", "Ave", "Ave.", "Tce", "Blvd", "Blvd.");

    /** Nouns for a person that a town's name before them, after "a", says where they are from: "a Logan man". */
    private static final Set<String> RESIDENT_NOUNS = Set.of("man", "woman", "boy", "girl", "teen", "teenager", "resident", "couple",
            "native", "family", "mother", "father", "student");

    /** "Duke of Cumberland", "Prince of Wales", "Archbishop of Canterbury": a single name after a title and "of" is the title's realm. */
    private static boolean realmOfATitle(NameRun run) {
        List<Token> t = run.sentence().tokens();
        int i = run.from();
        if (i < 2 || !t.get(i - 1).text().equals("of")) return false;
        String title = t.get(i - 2).text();
        return Gazetteers.TITLES.contains(title) && !Gazetteers.HONORIFICS.contains(title) || Gazetteers.NOBLE_TITLES.contains(title);
    }

    /** "Duke" in "the Duke of Cumberland": a title of nobility before "of" names nobody by itself. */
    private static boolean nobleTitleBeforeItsRealm(NameRun run) {
        Token next = run.next();
        return run.size() == 1 && Gazetteers.NOBLE_TITLES.contains(run.name()) && next != null && next.text().equals("of");
    }

    /**
     * "Hall of Fame", "Jars of Clay": a word joined by "of" to another capitalised word belongs to
     * a longer name, not a person's; a given name still starts a person's ("Joan of Arc").
     */
    private static boolean partOfAnOfName(NameRun run) {
        List<Token> t = run.sentence().tokens();
        boolean head = run.to() + 1 < t.size() && t.get(run.to()).text().equals("of") && NameRunFinder.isNameToken(t.get(run.to() + 1))
                && !GivenNames.contains(NameRunFinder.stripPossessive(run.name()));
        boolean tail = run.from() >= 2 && t.get(run.from() - 1).text().equals("of") && NameRunFinder.isNameToken(t.get(run.from() - 2))
                && !Gazetteers.TITLES.contains(t.get(run.from() - 2).text());
        return head || tail;
    }

    /** Words after which "Name's" can be neither "Name is" nor "Name has": "Dillard's was added", "with Ivey's and ...". */
    private static final Set<String> AFTER_A_SHOP = Set.of("and", "or", "was", "were", ",", ".", ";", ":");

    /**
     * "Dillard's was added", "Cary Village Mall opened with Ivey's and ...", "became Macy's in
     * 2006": a possessive with no noun after it stands for the shop or the firm of that name.
     */
    private static boolean standsForAShop(NameRun run) {
        Token last = run.tokens().get(run.size() - 1);
        if (!last.text().endsWith("'s") && !last.text().endsWith("’s")) return false;
        Token next = run.next();
        if (next != null && next.text().equals("in") && run.to() + 1 < run.sentence().tokens().size()
                && run.sentence().tokens().get(run.to() + 1).text().matches("(?:1[89]|20)\\d\\d")) return true; // "became Macy's in 2006"
        return next == null || AFTER_A_SHOP.contains(next.text());
    }

    /** "Lotte Wilms lotte.wilms@kb.nl": a name followed by an e-mail address made of the surname is a person's. */
    private static boolean signedWithEmail(NameRun run) {
        TaggedSentence s = run.sentence();
        int from = run.tokens().get(run.size() - 1).end() - s.begin();
        Matcher m = EMAIL_AFTER.matcher(s.text().substring(Math.min(from, s.text().length())));
        return m.lookingAt() && m.group(1).toLowerCase(Locale.ROOT).contains(run.lastWord().toLowerCase(Locale.ROOT));
    }

    private static final Pattern EMAIL_AFTER = Pattern.compile("\\s*[(<]?([\\w.+-]+)@[\\w-]+\\.[\\w.]+");

    /** "I'm Nancy Marshall", "I am Nancy Marshall", and a reporter's sign-off: "KQED, Auncil Martinez reports." */
    private static boolean introducedBySpeaker(NameRun run) {
        List<Token> t = run.sentence().tokens();
        if (run.to() + 1 < t.size() && t.get(run.to()).text().matches("reports|reporting") && t.get(run.to() + 1).text().matches("[.!?]"))
            return true;
        if (run.from() >= 1 && t.get(run.from() - 1).text().matches("I['’]m")) return true; // "I'm" as one token
        if (run.from() < 2) return false;
        String verb = t.get(run.from() - 1).text();
        return t.get(run.from() - 2).text().equals("I") && (verb.equals("'m") || verb.equals("’m") || verb.equals("am"));
    }

    /**
     * A given name (not an everyday word) where the model reads a person. WordNet files "Popper"
     * and "Daniels" among classes of people, which makes no group of "John Popper".
     */
    private boolean givenNameReadAsPerson(String word, NameRun run) {
        String name = NameRunFinder.stripPossessive(word);
        // "the Maryland Democrat", "ambassador to Kenya": a place that is also a given name names no person here
        return GivenNames.contains(name) && !wordNet.namesAPlace(name) && !Gazetteers.COUNTRIES.contains(name)
                && readings.typeOf(run).filter("person"::equals).isPresent();
    }

    /**
     * "Barbara McClintock", "in Little Havana where Elian Gonzalez lives", "in Dar es Salaam, Kenneth
     * Piernick, said": the model takes a name next to a place for another place. A given name (no
     * everyday word) and a last word that is neither a common word, a place nor another given name
     * make a person's name; most places of that shape are in the gazetteers or end in a place word
     * ("Virginia Beach"), and are decided before this.
     */
    /** "Armando Sanjurjo, 73," / "..., 73.": a comma and a number of one to three figures, then a comma or the sentence's end. */
    private static boolean ageAfter(NameRun run) {
        List<Token> t = run.sentence().tokens();
        int i = run.to();
        return i + 1 < t.size() && t.get(i).text().equals(",") && t.get(i + 1).text().matches("\\d{1,3}")
                && (i + 2 == t.size() || t.get(i + 2).text().matches("[,.;]"));
    }

    private boolean givenNameAndSurname(NameRun run) {
        List<Token> t = run.tokens();
        int k = 0;
        while (k + 1 < t.size() && NameRunFinder.isInitial(t.get(k))) k++; // "K. Michael Stevens"
        t = t.subList(k, t.size());
        String first = NameRunFinder.stripPossessive(t.get(0).text());
        String last = NameRunFinder.stripPossessive(t.get(t.size() - 1).text());
        // an initial and then a given name start no place's name
        if (k > 0 && t.size() >= 2 && GivenNames.listed(first) && t.stream().allMatch(NameRunFinder::isNameToken)) return true;
        return t.size() >= 2 && GivenNames.contains(first) && !wordNet.isCommonWord(last.toLowerCase(Locale.ROOT))
                && !GivenNames.listed(last) // "Santa Monica"
                && !wordNet.namesAPlace(first) && !wordNet.namesAPlace(last) // "Rio Nido"
                && t.stream().allMatch(NameRunFinder::isNameToken);
    }

    /** "Ernesto ``Che'' Guevara": a first name before a quoted nickname and the surname; the surname names the person. */
    private static boolean beforeANickname(NameRun run) {
        List<Token> t = run.sentence().tokens();
        int i = run.to(), open = i;
        while (i < t.size() && t.get(i).text().matches("`+|\"|“|'")) i++; // the tokenizer may split ``
        if (i == open || i >= t.size() || !NameRunFinder.isNameToken(t.get(i))) return false;
        int close = ++i;
        while (i < t.size() && t.get(i).text().matches("'+|\"|”")) i++;
        return i > close && i < t.size() && NameRunFinder.isNameToken(t.get(i));
    }

    /** "her home in Irving, Texas:": a name, a comma and a country or state that ends the phrase is a town. */
    private boolean townInAState(NameRun run) {
        List<Token> t = run.sentence().tokens();
        int i = run.to();
        if (i + 1 >= t.size() || !t.get(i).text().equals(",")) return false;
        String place = t.get(i + 1).text();
        boolean state = Gazetteers.COUNTRIES.contains(place) || Gazetteers.STATE_ABBREVIATIONS.contains(place)
                || Character.isUpperCase(place.charAt(0)) && wordNet.namesAPlace(place);
        Token previous = run.previous(); // not "Salaam" of "Dar es Salaam, Tanzania"
        if (previous != null && Character.isLowerCase(previous.text().charAt(0))
                && WordFrequency.get().zipf(previous.text()) < GivenNames.EVERYDAY_WORD) return false;
        return state && (i + 2 == t.size() || t.get(i + 2).text().matches("\\p{Punct}+|``|''"));
    }

    /**
     * "Alice Towers (Le Col-Wahoo)", "Adam Foulds (Jonathan Cape)", "Mark Atkinson (Sandy Wallace)": a name alone in
     * brackets right after a person's full name is the team, club or publisher they belong to, unless the text
     * speaks of films, plays or their casts, where it is the actor who plays the character ("Phil Connors (Bill Murray)").
     */
    private boolean affiliationInBrackets(NameRun run) {
        List<Token> t = run.sentence().tokens();
        int open = run.from() - 1;
        return open >= 2 && run.title() == null && t.get(open).text().equals("(") && run.to() < t.size() && t.get(run.to()).text().equals(")")
                && NameRunFinder.isNameToken(t.get(open - 1)) && NameRunFinder.isNameToken(t.get(open - 2)) && GivenNames.listed(t.get(open - 2).text())
                && (open < 3 || !NameRunFinder.isNameToken(t.get(open - 3))) && !aboutACast
                && !personNouns.isTitleWord(run.lastWord()); // not "Greg Lane (Young Winemaker)", a title
    }

    /** Whether a text speaks of films, plays or their casts, where a name in brackets after a character's is the actor's. */
    static boolean speaksOfACast(List<TaggedSentence> sentences) {
        return sentences.stream().flatMap(s -> s.tokens().stream()).anyMatch(w -> CAST_WORDS.contains(w.text().toLowerCase(Locale.ROOT)));
    }

    private static final Set<String> CAST_WORDS = Set.of("film", "films", "movie", "movies", "cast", "starring", "starred", "actor",
            "actors", "actress", "actresses", "sitcom", "screenplay", "musical", "drama", "series", "episode", "character", "characters");

    private static final Set<String> SAINT = Set.of("St", "St.", "Saint", "Ste", "Ste.");

    /** "Baxter D. Whitney & Son", "Marks & Co": a name before "&" and a word for a family firm. */
    private static boolean firstNameOfAFamilyFirm(NameRun run) {
        List<Token> t = run.sentence().tokens();
        int i = run.to();
        return i + 1 < t.size() && Set.of("&", "amp").contains(t.get(i).text()) && FAMILY_FIRM_WORDS.contains(t.get(i + 1).text());
    }

    private static final Set<String> FAMILY_FIRM_WORDS = Set.of("Son", "Sons", "Daughter", "Daughters", "Co", "Co.", "Company", "Partners", "Associates");

    /** "Goldman, Sachs &amp; Co.": the first name of a firm written with a comma. */
    private static boolean headsAFirmsName(NameRun run) {
        List<Token> t = run.sentence().tokens();
        int i = run.to();
        return i + 2 < t.size() && t.get(i).text().equals(",") && NameRunFinder.isNameToken(t.get(i + 1))
                && Set.of("&", "amp").contains(t.get(i + 2).text());
    }

    /** "Milton Roy shares", "Upjohn employees", "Orkem's subsidiary": what follows belongs to a company. */
    private static boolean namesACompanysThing(NameRun run) {
        Token next = run.next();
        return run.title() == null && next != null && (Gazetteers.BUSINESS_NOUNS.contains(next.text()) || priceMove(run));
    }

    /** Verbs of a share price that moves by a figure: "Hanson skidded 9.5 to 200.5". */
    private static final Set<String> PRICE_VERBS = Set.of("rose", "fell", "dropped", "slipped", "skidded", "climbed",
            "declined", "eased", "jumped", "tumbled", "advanced", "slid", "gained", "firmed", "plunged", "surged", "edged");

    private static boolean priceMove(NameRun run) {
        List<Token> t = run.sentence().tokens();
        int i = run.to();
        return i + 1 < t.size() && PRICE_VERBS.contains(t.get(i).text()) && t.get(i + 1).text().matches("[\\d.,/]+");
    }

    /** "an analyst with Dean Witter Reynolds", "economist at Kidder": the employer of a person just named. */
    private boolean atEmployer(NameRun run) {
        int i = run.from();
        if (run.title() != null || i < 2) return false;
        List<Token> t = run.sentence().tokens();
        String preposition = t.get(i - 1).text();
        Token noun = t.get(i - 2);
        // the noun's most frequent sense is a person ("in love with Mary": love is a feeling first)
        return (preposition.equals("at") || preposition.equals("with")) && noun.isNoun()
                && noun.text().chars().allMatch(Character::isLowerCase) && wordNet.isFirstAPersonNoun(noun.text());
    }

    /**
     * "Great Hall", "Lincoln Hall", "Northern Star": a first word that is a common word or a
     * place, and a last word that is a common noun for no person, name a thing. A given name
     * ("Helen Marsh") is neither, so surnames that are common nouns stay people.
     */
    private boolean namesAThing(NameRun run) {
        List<Token> t = run.tokens();
        String first = NameRunFinder.stripPossessive(t.get(0).text());
        String last = NameRunFinder.stripPossessive(t.get(t.size() - 1).text()).toLowerCase(Locale.ROOT);
        List<Synset> firstNamed = wordNet.namedSenses(first);
        boolean firstIsPersonName = firstNamed.stream().anyMatch(s -> "noun.person".equals(s.getLexFileName()));
        boolean firstIsPlace = firstNamed.stream().anyMatch(WordNet::isPlace);
        boolean firstCommon = wordNet.isCommonWord(first.toLowerCase(Locale.ROOT)) && !firstIsPersonName;
        if (!firstCommon && !firstIsPlace) return false;
        Optional<IndexWord> noun = wordNet.lookup(POS.NOUN, last).filter(iw -> iw.getLemma().equals(last));
        if (noun.isEmpty() || noun.get().getSenses().isEmpty()) return false;
        Synset main = noun.get().getSenses().get(0);
        boolean lowerCase = main.getWords().stream().anyMatch(w -> w.getLemma().equals(last));
        return lowerCase && !"noun.person".equals(main.getLexFileName());
    }

    /**
     * Whether the text gives the run a role whose head is a word for a person ("Li Keqiang, the
     * new prime minister"): that beats any other reading. "Kenya Airways, the national airline"
     * has a role too, but an airline is no person.
     */
    /** Two capital letters and one or two more words, each a capitalised word or a particle: "RK Agarwal", "AB de Villiers". */
    /** Whether "who", "whose" or "who's" follows the name, after a comma or not: a firm would take "which". */
    static boolean followedByWho(NameRun run) {
        List<Token> t = run.sentence().tokens();
        int k = run.to() < t.size() && t.get(run.to()).text().equals(",") ? run.to() + 1 : run.to();
        return k < t.size() && RolePhrases.RELATIVE.matcher(t.get(k).text()).matches();
    }

    /**
     * "RK Agarwal", "RCS Bhadoria": two or three capitals, then one capitalised word that is no common word, no
     * place's and no organisation's word. Alone, such a run may as well be a firm's ("GM Hughes").
     */
    private boolean initialsBeforeASurname(NameRun run) {
        List<Token> t = run.tokens();
        if (run.size() != 2 || run.title() != null || !t.get(0).text().matches("\\p{Lu}{2,3}") || Gazetteers.COUNTRIES.contains(t.get(0).text())) return false;
        String surname = NameRunFinder.stripPossessive(t.get(1).text());
        return NameRunFinder.TITLE_CASE_WORD.matcher(surname).matches() && !wordNet.isCommonWord(surname.toLowerCase(Locale.ROOT))
                && !wordNet.namesAPlace(surname) && !Gazetteers.isOrganisationWord(surname) && !Gazetteers.PLACE_WORDS.contains(surname);
    }

    /** "Justices AK Sikri, RK Agarwal", "painter SH Raza": initials before a surname in a list of names or after a word for a person. */
    private boolean initialsAmongPeople(NameRun run) {
        return initialsBeforeASurname(run) && (inAListOfNames(run) || afterAPersonNoun(run));
    }

    /** Whether "and" or a comma joins the run to another capitalised name right before or after it. */
    private static boolean inAListOfNames(NameRun run) {
        List<Token> t = run.sentence().tokens();
        boolean before = run.from() >= 2 && NameRunFinder.LIST_JOINERS.contains(t.get(run.from() - 1).text()) && NameRunFinder.isNameToken(t.get(run.from() - 2));
        boolean after = run.to() + 1 < t.size() && NameRunFinder.LIST_JOINERS.contains(t.get(run.to()).text()) && NameRunFinder.isNameToken(t.get(run.to() + 1));
        return before || after;
    }

    private static boolean initialsWithoutStops(List<Token> tokens) {
        if (tokens.size() < 2 || tokens.size() > 3 || !tokens.get(0).text().matches("\\p{Lu}{2}")) return false;
        return tokens.subList(1, tokens.size()).stream()
                .allMatch(t -> NameRunFinder.TITLE_CASE_WORD.matcher(NameRunFinder.stripPossessive(t.text())).matches() || NameRunFinder.isParticle(t.text()));
    }

    private boolean hasPersonRole(NameRun run) {
        Optional<String> role = roles.statedRole(run);
        if (role.isEmpty()) return false;
        String[] parts = role.get().split("\\s+(?:of|in|at|for|from|with|to|on)\\s+");
        // "the Oct. 23 killing of the doctor, Barnett Slepian.": the noun after the last "of" is read too
        return personNoun(parts[0]) || parts.length > 1 && role.get().contains(" of ") && personNoun(parts[parts.length - 1]);
    }

    /** WordNet files of the nouns an apposition names a thing, a place or a body with ("temple", "bank", "island"). */
    private static final Set<String> NOT_PEOPLE_FILES = Set.of("noun.artifact", "noun.location", "noun.group", "noun.object");

    /** Words that start a relative clause, which belongs to the apposition before it. */
    private static final Set<String> RELATIVES = Set.of("that", "which", "who", "whose", "where", "when");
    /** A verb in the present's third person ("shows"), which makes a clause of the phrase before it. */
    private static final Pattern THIRD_PERSON_VERB = Pattern.compile("\\p{Ll}+[^s]s");

    /**
     * "Angkor Wat, the fabled 11th century temple", "Credit Lyonnais, a French bank": an apposition
     * of "a", "an" or "the" and lower-case modifiers whose head noun's most frequent sense is a
     * thing, a place or a body of people, with no person among its three commonest senses, says
     * the name is no person's ("Smith, the group's leader" and "Jones, a member of" are).
     */
    private boolean appositionOfAThing(NameRun run) {
        List<Token> t = run.sentence().tokens();
        int k = run.to();
        if (k + 2 >= t.size() || !t.get(k).text().equals(",") || !Gazetteers.ARTICLES.contains(t.get(k + 1).text().toLowerCase(Locale.ROOT))) return false;
        String head = null;
        for (k += 2; k < t.size() && k <= run.to() + 8; k++) {
            Token w = t.get(k);
            if (!w.text().matches("[\\p{Ll}\\d][\\p{Ll}\\d-]*")) break;
            if (w.isNoun()) head = w.text();
            else if (!w.isAdjective() && !w.tag().startsWith("NUM")) break;
        }
        if (head == null || k < t.size() && (t.get(k).text().startsWith("'") || t.get(k).text().startsWith("’"))) return false;
        if (k < t.size() && t.get(k).isNoun()) return false; // the phrase goes on in a way this does not read
        // "According to Ambassador X, the participation of this team shows ...": the phrase starts the
        // main clause (a verb follows before the next comma or relative clause: "X, the temple that
        // is ..." is still an apposition), it does not describe X
        for (int v = k; v < t.size() && !t.get(v).text().equals(",") && !RELATIVES.contains(t.get(v).text()); v++) {
            Token w = t.get(v);
            if (w.tag().equals("AUX") || w.tag().equals("VERB") && THIRD_PERSON_VERB.matcher(w.text()).matches()) return false;
        }
        Optional<IndexWord> noun = wordNet.lookup(POS.NOUN, head);
        if (noun.isEmpty() || noun.get().getSenses().isEmpty()) return false;
        List<Synset> senses = noun.get().getSenses();
        return NOT_PEOPLE_FILES.contains(senses.get(0).getLexFileName())
                && senses.stream().limit(3).noneMatch(sense -> "noun.person".equals(sense.getLexFileName()));
    }

    private boolean personNoun(String phrase) {
        String head = phrase.strip();
        String word = head.substring(head.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
        Optional<IndexWord> noun = wordNet.lookup(POS.NOUN, word);
        return noun.isPresent() && !noun.get().getSenses().isEmpty()
                && "noun.person".equals(noun.get().getSenses().get(0).getLexFileName());
    }

    /**
     * "KAMALA HARRIS", "by JOHN R. SMITH": a name in capitals of two to four words that starts with
     * a given name and ends in no common word is a person's, not an acronym ("NEW YORK", "JOHN DEERE
     * PROFITS RISE" are not).
     */
    private boolean personInCapitals(NameRun run, String titleCase) {
        if (run.size() < 2 || run.size() > 4 || titleCase.equals(run.name())) return false;
        String first = run.tokens().get(0).text();
        String last = NameRunFinder.stripPossessive(run.lastWord());
        return first.length() > 1 && GivenNames.contains(titleCase(first)) && last.length() > 1
                && !wordNet.isCommonWord(last.toLowerCase(Locale.ROOT)) && !wordNet.namesAPlace(titleCase(last))
                && !Gazetteers.COUNTRIES.contains(titleCase(last));
    }

    /** "NEW YORK" → "New York"; a name with any lower-case letter is left as it is. */
    static String titleCase(String name) {
        if (name.chars().anyMatch(Character::isLowerCase)) return name;
        StringBuilder out = new StringBuilder(name.length());
        boolean start = true;
        for (char c : name.toCharArray()) {
            out.append(start ? c : Character.toLowerCase(c));
            start = !Character.isLetter(c);
        }
        return out.toString();
    }

    /**
     * "Hispanic", "French authorities": a class of people WordNet knows. But "Einstein" and
     * "Solomon", heading their phrase, are the people WordNet also files as classes ("a genius",
     * "a wise man") when the word is not in everyday use as a common noun ("Angelo's Father",
     * "Great Job!"); and "Frank sent me specimens", "Michael's shirt": a given name WordNet also
     * files as a people ("the Franks") is the person's with no article before it and no noun after it.
     */
    private boolean namesAClassOfPeople(NameRun run, List<Synset> named) {
        if (!isGroupWord(named)) return false;
        if (run.size() != 1) return true;
        String word = NameRunFinder.stripPossessive(run.name());
        String lastToken = run.tokens().get(0).text();
        boolean possessive = !NameRunFinder.stripPossessive(lastToken).equals(lastToken); // "Einstein's view"
        boolean noArticle = run.previous() == null || !Gazetteers.ARTICLES.contains(run.previous().text().toLowerCase(Locale.ROOT));
        boolean headsItsPhrase = possessive || run.next() == null || !run.next().isNoun();
        boolean individual = isAnIndividual(named) && wordNet.useCount(word.toLowerCase(Locale.ROOT)) == 0;
        return !(noArticle && headsItsPhrase && (individual || GivenNames.listed(word)));
    }

    private boolean unknownWord(String name) {
        return unknownWord(wordNet, name);
    }

    /** A capitalised word of three or more letters that WordNet knows neither as a common word nor as any name. */
    static boolean unknownWord(WordNet wordNet, String name) {
        String word = NameRunFinder.stripPossessive(name);
        return word.length() >= 3 && !word.contains(" ") && !NameRunFinder.isAcronym(word)
                && !wordNet.isCommonWord(word.toLowerCase(Locale.ROOT)) && wordNet.namedSenses(word).isEmpty()
                && !Gazetteers.COUNTRIES.contains(word) && !Gazetteers.CITIES.contains(word);
    }

    /** Whether one of the senses is a person WordNet knows by name ("Saddam", "Truman"). */
    static boolean isAnIndividual(List<Synset> named) {
        return named.stream().anyMatch(s -> "noun.person".equals(s.getLexFileName()) && WordNet.isInstance(s));
    }

    /** "the Nation.", "this Nation's": a single common word after a determiner that is not a modifier of the noun after it. */
    private boolean theCommonNoun(NameRun run) {
        Token previous = run.previous();
        Token next = run.next();
        return run.size() == 1 && previous != null && DETERMINERS.contains(previous.text().toLowerCase(Locale.ROOT))
                && wordNet.isCommonWord(NameRunFinder.stripPossessive(run.name()).toLowerCase(Locale.ROOT))
                && !GivenNames.contains(NameRunFinder.stripPossessive(run.name()))
                && (next == null || !(next.isNoun() || next.isProperNoun()));
    }

    /** A capitalised class of people in WordNet (not one individual): a demonym or a religious or political group. */
    static boolean isGroupWord(List<Synset> named) {
        return named.stream().anyMatch(s -> "noun.person".equals(s.getLexFileName()) && !WordNet.isInstance(s));
    }
}
