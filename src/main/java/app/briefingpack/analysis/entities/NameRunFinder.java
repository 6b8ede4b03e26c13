package app.briefingpack.analysis.entities;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import app.briefingpack.lexicon.WordNet;
import app.briefingpack.analysis.nlp.TaggedSentence;
import app.briefingpack.analysis.nlp.Token;
import net.sf.extjwnl.data.POS;

/**
 * Finds runs of capitalised tokens ("Ahmed Chalabi", "Party of Return", "U.S. Ambassador John
 * Negroponte") and the capitalised part of prefixed words ("post-Saddam"). A capital at the start
 * of a sentence is not evidence of a name: such a first word is kept only when the article also
 * capitalises it mid-sentence or WordNet does not know it as a common word ("Then", "Deeper").
 * Month and weekday names never start or continue a name.
 */
final class NameRunFinder {

    private static final Set<String> CLOSED_TAGS = Set.of("PRON", "AUX", "CCONJ", "SCONJ", "PART", "ADP", "DET", "PUNCT", "NUM", "INTJ");
    /** English closed-class words: capitalised, they still do not start a name. */
    private static final Set<String> FUNCTION_WORDS = Set.of("the", "a", "an", "in", "on", "of", "and", "but", "or",
            "nor", "if", "he", "she", "it", "they", "we", "i", "you", "this", "that", "these", "those", "there", "his",
            "her", "its", "their", "our", "my", "your", "to", "for", "with", "by", "at", "from", "as", "not", "so",
            "because", "although", "though", "while", "when", "where", "who", "whom", "whose", "which", "what", "some",
            "many", "any", "all", "no", "each", "every", "both", "either", "neither", "is", "are", "was", "were", "be",
            "been", "has", "have", "had", "do", "does", "did", "will", "would", "can", "could", "may", "might", "shall",
            "should", "must", "into", "onto", "over", "under", "after", "before", "during", "since", "until", "than",
            "then", "also", "yet", "once", "about", "against", "between", "through", "without", "within", "despite",
            "such", "more", "most", "one", "two", "three", "first", "last", "him", "them", "us", "me", "here", "how", "why",
            // closed-class words WordNet lacks, so nothing else marks them as common at a sentence's start
            "whether", "unless", "whereas", "whilst", "amid", "amongst", "upon", "toward", "towards", "via",
            // numbers, as closed a class: "Seven Nobel laureates" starts with no name
            "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "twenty", "hundred",
            "thousand", "dozens", "hundreds", "thousands", "millions",
            // interjections before a name, "Hey Steve", "Oh Barb", are no part of it
            "oh", "hey", "hi", "hello", "yes", "yeah", "well", "okay", "ok", "thanks", "wow", "ah", "uh", "um");

    /** Lower-case words that join parts of one name: "Party of Return", "Osama bin Laden". */
    private static final Set<String> PARTICLES = Set.of("de", "van", "von", "di", "da");
    static final Set<String> SECOND_PARTICLES = Set.of("la", "las", "los", "der", "den", "le");

    /** Whether the lower-case word is an English closed-class word ({@link #FUNCTION_WORDS}). */
    static boolean isFunctionWord(String lower) {
        return FUNCTION_WORDS.contains(lower);
    }

    /** A lower-case word inside a name: "Meta de Hoon", "Remco van der Burg", "Osama bin Laden". */
    static boolean isParticle(String word) {
        return !word.equals("of") && !word.equals("for") && (JOINERS.contains(word) || PARTICLES.contains(word) || SECOND_PARTICLES.contains(word));
    }
    static final Set<String> JOINERS = Set.of("of", "for", "bin", "ibn", "al", "de", "van", "von", "da", "la", "del", "du", "arap", "ap");
    private static final Pattern PREFIXED = Pattern.compile("^[a-z]+-(\\p{Lu}[\\p{L}'’]+)$");
    /** One-letter Roman numerals after a monarch's name ("Henry I", "Felipe V"; "Charles III" is a run of capitals already). */
    private static final Pattern REGNAL_LETTER = Pattern.compile("^[IVX]$");
    /**
     * An acronym or a word in capitals that may follow a name ("Lisa Stark ABC news", a photo credit
     * "Jose Mourinho REUTERS/Andrew Yates"), and a Roman numeral that is part of one ("Elizabeth II").
     */
    private static final Pattern ACRONYM_WORD = Pattern.compile("\\p{Lu}{2,}");
    private static final Pattern ROMAN_NUMERAL = Pattern.compile("[IVXLC]+");

    /**
     * Whether what follows lets the letter be a regnal number. "I" is the pronoun as often as not,
     * so only punctuation, "and", "or" or "of" may follow it ("under Henry I and", but "Dan I for
     * one was", "Henry I think"); V and X after a given name are numbers ("Felipe V was").
     */
    private static boolean regnalContext(Token letter, Token next) {
        if (next == null || !letter.text().equals("I")) return true;
        return next.tag().equals("PUNCT") || AFTER_REGNAL_I.contains(next.text());
    }

    private static final Set<String> AFTER_REGNAL_I = Set.of("and", "or", "of");
    /** An Arabic article or patronymic joined to the next part of a name: "Mohammed al-Jadaan", "Abdel Aziz el-Sisi". */
    private static final Pattern JOINED_PARTICLE = Pattern.compile("^(?:(?:al|el|ad|ar|as|ash|at|az|an|bin|ibn|abu|abd|ben)-|d['’])\\p{Lu}[\\p{L}'’]+$");
    private static final Pattern CONTRACTION = Pattern.compile("['’](?:m|re|ve|ll|d)$|n['’]t$", Pattern.CASE_INSENSITIVE);
    private static final Pattern SUFFIXED = Pattern.compile("^(\\p{Lu}[\\p{L}'’]+)-[a-z]+$");
    /** Words that open the names of regions: "North Yorkshire", "Greater Manchester". */
    static final Set<String> COMPASS = Set.of("North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western",
            "Central", "Upper", "Lower", "Greater", "Mid", "Inner", "Outer");

    /** Capitalised words that open a title of several: "High Commissioner", "Chief Executive". */
    private static final Set<String> TITLE_QUALIFIERS = Set.of("High", "Chief", "Deputy", "Vice", "Senior", "Executive", "General", "Managing", "Acting", "Assistant");

    /** "'... with the good run,' Said Godfrey.", "Replied Rose, 'Sorry.'": a verb of speaking after a quotation, capitalised. */
    private static boolean speechVerbAfterAQuotation(TaggedSentence s, int i) {
        List<Token> tokens = s.tokens();
        String word = tokens.get(i).text();
        // (at a sentence's start only a verb that is no given name: "Said Djinnit said" names him)
        return Character.isUpperCase(word.charAt(0)) && Speakers.speechVerb(word.toLowerCase(Locale.ROOT))
                && (i > 0 && (CLOSING_QUOTES.contains(tokens.get(i - 1).text()) || tokens.get(i - 1).text().equals(","))
                    || isSentenceStart(s, i) && !GivenNames.listed(word));
    }

    /** "His Grace Philip Anyolo", "His Eminence John Cardinal Njue": a style after "his" or "her" is no part of the name. */
    private static boolean styleAfterAPossessive(List<Token> tokens, int i) {
        return i > 0 && Gazetteers.STYLES.contains(tokens.get(i).text()) && Set.of("his", "her", "their", "your").contains(tokens.get(i - 1).text().toLowerCase(Locale.ROOT));
    }

    /** A particle written together with the name after it: "deGrasse", "DiCaprio" is capitalised anyway. */
    private static final Pattern CAMEL_PARTICLE = Pattern.compile("(?:de|di|da|du|la|le|van|von|ter)\\p{Lu}\\p{Ll}+");

    /** A surname and what its bearer leads or backs: "Babalakin-led", "Smith-backed". */
    private static final Pattern LED_BY = Pattern.compile("(\\p{Lu}[\\p{L}'’]+)-(?:led|backed)");

    private final WordNet wordNet;
    private final PersonNouns personNouns;
    private final Set<String> capitalisedMidSentence;
    /** Where the name model sees a person's name of two words or more begin: sentence and token index. */
    private final java.util.function.BiPredicate<TaggedSentence, Integer> personStartsAt;

    NameRunFinder(WordNet wordNet, Set<String> capitalisedMidSentence, java.util.function.BiPredicate<TaggedSentence, Integer> personStartsAt) {
        this.wordNet = wordNet;
        this.personNouns = new PersonNouns(wordNet);
        this.capitalisedMidSentence = capitalisedMidSentence;
        this.personStartsAt = personStartsAt;
    }

    /** The words the article capitalises somewhere other than at the start of a sentence. */
    static Set<String> capitalisedMidSentence(List<TaggedSentence> sentences) {
        Set<String> out = new HashSet<>();
        for (TaggedSentence s : sentences) {
            for (int i = 1; i < s.tokens().size(); i++) {
                Token t = s.tokens().get(i);
                Token prev = s.tokens().get(i - 1);
                if (t.isCapitalised() && !prev.text().matches("[\"“‘'(\\[]")) out.add(stripPossessive(t.text()));
            }
        }
        return out;
    }

    /**
     * The capitalised words the article also uses alone, as a one-word name between words that are no
     * names ("Trump said"): a surname the article repeats.
     */
    static Set<String> loneNames(List<TaggedSentence> sentences) {
        Set<String> out = new HashSet<>();
        for (TaggedSentence s : sentences) {
            List<Token> tokens = s.tokens();
            for (int i = 0; i < tokens.size(); i++) {
                if (!isNameToken(tokens.get(i)) || isAcronym(tokens.get(i).text())) continue;
                boolean alone = (i == 0 || !isNameToken(tokens.get(i - 1)) && !isInitialPart(tokens.get(i - 1)))
                        && (i + 1 == tokens.size() || !isNameToken(tokens.get(i + 1)) && !tokens.get(i + 1).text().equals("of"));
                if (alone) out.add(stripPossessive(tokens.get(i).text()));
            }
        }
        return out;
    }

    List<NameRun> find(TaggedSentence s) {
        List<NameRun> runs = new ArrayList<>();
        List<Token> tokens = s.tokens();
        int i = 0;
        while (i < tokens.size()) {
            Token t = tokens.get(i);
            Matcher prefixed = PREFIXED.matcher(t.text());
            if (isJoinedParticle(t) && (i == 0 || !isNameToken(tokens.get(i - 1)))) {
                // "al-Sadr said": an Arabic article or patronymic with the name is the name, whole
                String name = stripPossessive(t.text());
                runs.add(new NameRun(s, i, i + 1, name, t.begin(), t.begin() + name.length(), null));
                i++;
                continue;
            }
            if (prefixed.matches()) {
                int off = t.text().indexOf('-') + 1;
                String name = stripPossessive(prefixed.group(1));
                runs.add(new NameRun(s, i, i + 1, name, t.begin() + off, t.begin() + off + name.length(), null));
                i++;
                continue;
            }
            if (!startsName(s, i) || styleAfterAPossessive(tokens, i) || speechVerbAfterAQuotation(s, i)) {
                i++;
                continue;
            }
            int afterLetters = isLetter(t) || personsInitials(t.text()) ? afterInitials(tokens, i) : -1;
            if (afterLetters < 0 && isLetter(t)) afterLetters = afterBareInitials(tokens, i);
            int j = afterLetters > 0 ? afterLetters : i; // "D. F. Costello", the initials split by the tokenizer
            int next; // where a rule below that reads several tokens says the name goes on
            while (j < tokens.size()) {
                Token u = tokens.get(j);
                if (j > i && !onlySpaceBetween(s, tokens.get(j - 1), u)) {
                    break; // "BEIJING — Li Keqiang": a dash between capitals ends a name
                } else if (j > i && personsInitials(u.text()) && (next = afterInitials(tokens, j)) > 0) {
                    j = next; // "Executive Chairman N.R. Narayana Murthy"
                } else if (j > i && isNameToken(u) && !u.text().equals("The") && !(j == i + 1 && isSentenceStart(s, i) && isHeadline(s) && onlyAVerb(u.text()))) {
                    j++; // (not "Halsey Announces 22-Date Tour": a verb after a headline's first name ends the name)
                } else if (j > i && isTitleCaseFunctionWord(u) && j + 1 < tokens.size() && isNameToken(tokens.get(j + 1))) {
                    j++; // "Violence Against Women Act": a capital on "Against" mid-sentence marks a title
                } else if (j > i && isJoinedParticle(u)) {
                    j++; // "Mohammed al-Jadaan"
                } else if (j > i && calendarNamePart(tokens, i, j)) {
                    j++; // "NDP leader Godwin Friday", "CP Monday Kuryas"
                } else if (j > i && REGNAL_LETTER.matcher(u.text()).matches() && GivenNames.listed(tokens.get(j - 1).text())
                        && regnalContext(u, j + 1 < tokens.size() ? tokens.get(j + 1) : null)) {
                    j++; // "Henry I", "Felipe V"
                } else if (j > i && (next = afterInitials(tokens, j)) > 0) {
                    // middle initials, however the tokenizer splits them: "Barbara A. Mikulski", "Miriam R. L. Petruck"
                    j = next;
                } else if (j > i && syllableAfterHyphen(s, i, j)) {
                    j++; // "Kwok Ka-ki", "Hau Lung-bin": the tokenizer splits a hyphenated given name
                } else if (j > i && (next = nicknameAt(s, i, j)) > 0) {
                    j = next; // 'Finley "Finn" Polmar'
                } else if (j > i && CAMEL_PARTICLE.matcher(stripPossessive(u.text())).matches()) {
                    j++; // "Neil deGrasse Tyson", "Paul deVilliers"
                } else if (j > i && isLetter(u) && (GivenNames.listed(tokens.get(j - 1).text()) || Gazetteers.TITLES.contains(tokens.get(j - 1).text())
                            || isRoleNoun(tokens.get(j - 1).text()) // "Umpire C Shamsuddin"
                            || isLetter(tokens.get(j - 1)) && j - 2 >= i && Gazetteers.TITLES.contains(tokens.get(j - 2).text())) // "Justice A M Khanwilkar"
                        && j + 1 < tokens.size() && (isNameToken(tokens.get(j + 1))
                            || isLetter(tokens.get(j + 1)) && Gazetteers.TITLES.contains(tokens.get(j - 1).text()) && j + 2 < tokens.size() && isNameToken(tokens.get(j + 2)))) {
                    j++; // an initial written without its full stop after a given name or a title: "Forrest J Ackerman", "Ms. S Aparna"
                } else if (j > i && isInitial(u) && j + 1 == tokens.size() && GivenNames.listed(tokens.get(j - 1).text())) {
                    j++; // "Colonel William L.": a given name and an initial end the sentence
                } else if (j > i && u.text().equals("the") && epithetAfter(s, i, j)) {
                    j += 2; // "Peter the Great", "Lucas Cranach the Elder", "Louis the German"
                } else if (j == i) {
                    j++;
                } else if (j > i && JOINERS.contains(u.text()) && j + 1 < tokens.size() && isNameToken(tokens.get(j + 1))
                        && joinerAllowed(tokens.get(j - 1), u)) {
                    j++;
                } else if (j > i && PARTICLES.contains(u.text()) && j + 2 < tokens.size() && SECOND_PARTICLES.contains(tokens.get(j + 1).text())
                        && isNameToken(tokens.get(j + 2))) {
                    j += 2; // two particles: "Joaquin de la Pazuela", "Ludwig Mies van der Rohe"
                } else {
                    break;
                }
                if (endsWithPossessive(tokens.get(j - 1)) && !organisationOrThingFollows(tokens, j)) break;
                // "the Dr Wale Babalakin-led Governing Council": what a person leads starts after the name
                if (j - i >= 2 && LED_BY.matcher(tokens.get(j - 1).text()).matches()) break;
            }
            // "Lino Saputo, Jr.": a suffix after a comma ends the name
            // (not "Richard L. Jones, Jr. Airport", where the suffix starts the name of a thing)
            if (j - i >= 2 && j + 1 < tokens.size() && tokens.get(j).text().equals(",") && NameRun.NAME_SUFFIXES.contains(tokens.get(j + 1).text())
                    && (j + 2 >= tokens.size() || !isNameToken(tokens.get(j + 2)))) j += 2;
            int end = j;
            // "Daniel Bernoulli FRS", "Zaha Hadid DBE RA": honours after a name are no part of it
            while (end - i > 2 && Gazetteers.POST_NOMINALS.contains(tokens.get(end - 1).text())) end--;
            // "Lisa Stark ABC news Washington", "TWA pilot Steven Snyder TWA eight hundred", "Jose Mourinho REUTERS": an
            // acronym or a word in capitals after a given name and a surname is no part of the name; it is read again on its own
            String lastWord = tokens.get(end - 1).text();
            if (end == j && end - i > 2 && ACRONYM_WORD.matcher(lastWord).matches() && !ROMAN_NUMERAL.matcher(lastWord).matches()
                    && !Gazetteers.LEGAL_FORMS.contains(lastWord) && !Gazetteers.ORGANISATION_WORDS.contains(lastWord)
                    && GivenNames.listed(tokens.get(i).text()) && !isAcronym(tokens.get(end - 2).text())) {
                end--;
                j = end;
            }
            // "Philip Green High Commissioner of Australia presenting credentials": a caption's title after a name, before
            // what it is of, is no part of the name
            int titled = titleAfterAName(tokens, i, end);
            if (titled < end) {
                end = titled;
                j = Math.max(j, end);
            }
            int from = i;
            // "Bandon-based Jim O’Driscoll", "Mercer Island-based Dana F. Besecker Company": the name starts after where it is based
            for (int k = end - 2; k >= from; k--) {
                if (PLACE_ADJECTIVE.matcher(tokens.get(k).text()).matches()) {
                    from = k + 1;
                    break;
                }
            }
            // "Captain Colin Turner Presenting Kevin Hodgetts with the cup", "'Headless' Starring Gideon Okeke": a caption's
            // or a headline's capitalised verb in "-ing" before a name is no part of it
            // (not a title's: "Managing Director James Brown", "Minister for Planning Richard Wynne")
            // (a given name after it: not "Fishing Vessel Owners Association")
            if (end - from >= 3 && gerund(tokens.get(from).text()) && GivenNames.listed(tokens.get(from + 1).text())
                    && !(from > 0 && Gazetteers.TITLE_LINKS.contains(tokens.get(from - 1).text())))
                from++;
            // A capital at the start of a sentence proves nothing: drop that word when it is common.
            if (isSentenceStart(s, from) && afterInitials(tokens, from) < 0 && afterBareInitials(tokens, from) < 0 // "H. Marshall Schwarz was named"
                    && !keepSentenceInitial(tokens.get(from)) && (!firstNameOfRun(s, from, end) || commonWordBeforeAName(tokens, from, end))
                    && !beforeASharedSurname(tokens, from, end)) from++;
            String titleBefore = null;
            int field = titleFieldBefore(s, from, end);
            if (field > 0) {
                titleBefore = titleEndingAt(s, from, from + field - 1);
                // "the absence of Selectman Steve Holmes": the glued word is itself the title
                if (titleBefore == null && field == 1 && isRoleNoun(tokens.get(from).text())) titleBefore = tokens.get(from).text();
                from += field;
            }
            // "whose Directors Sandra and Darren Calow": a plural word for people before given names that share a surname
            if (titleBefore == null && end - from == 2 && TITLE_CASE_WORD.matcher(tokens.get(from).text()).matches()
                    && pluralTitle(tokens.get(from).text()) && beforeASharedSurname(tokens, from + 1, end)) {
                titleBefore = tokens.get(from).text();
                from++;
            }
            if (from < end) addRun(runs, s, from, end, titleBefore);
            i = j;
        }
        shareTitles(runs);
        dropDegrees(runs);
        return runs;
    }

    /**
     * "Christopher S. Kim, MD, FACP, a hospitalist": degrees after a person's name and a comma are
     * no names ("Baltimore, MD" is still the state: no given name starts the run before it).
     */
    private static void dropDegrees(List<NameRun> runs) {
        NameRun person = null;
        for (java.util.Iterator<NameRun> it = runs.iterator(); it.hasNext(); ) {
            NameRun run = it.next();
            boolean afterPerson = person != null && run.from() == person.to() + 1 && run.previous().text().equals(",");
            if (run.size() == 1 && Gazetteers.POST_NOMINALS.contains(run.tokens().get(0).text()) && afterPerson) {
                it.remove();
                person = new NameRun(person.sentence(), person.from(), run.to(), person.name(), person.begin(), person.end(), person.title());
                continue;
            }
            person = run.size() >= 2 && GivenNames.listed(run.tokens().get(0).text()) ? run : null;
        }
    }

    /**
     * "Presidents Leonid Kuchma and Boris Yeltsin", "Councilmen Jason Kolligs and Tim Lindecamp": a
     * plural title before names joined by "and" or commas is each one's title.
     */
    private void shareTitles(List<NameRun> runs) {
        // ("on behalf of Justices, Stephen Gaongalelwe, Elijah Legwaila and ...": the plural title before a comma too)
        for (int k = 0; k < runs.size(); k++) {
            NameRun run = runs.get(k);
            List<Token> t = run.sentence().tokens();
            if (run.title() == null && run.from() >= 2 && t.get(run.from() - 1).text().equals(",")
                    && Gazetteers.TITLES.contains(t.get(run.from() - 2).text()) && pluralTitle(t.get(run.from() - 2).text())
                    && run.tokens().stream().allMatch(w -> NAME_WORD.matcher(w.text()).matches()))
                runs.set(k, new NameRun(run.sentence(), run.from(), run.to(), run.name(), run.begin(), run.end(), t.get(run.from() - 2).text()));
        }
        for (int k = 1; k < runs.size(); k++) {
            NameRun before = runs.get(k - 1);
            NameRun run = runs.get(k);
            if (run.title() != null || before.title() == null || run.from() != before.to() + 1) continue;
            if (!LIST_JOINERS.contains(run.previous().text()) || !pluralTitle(before.title())) continue;
            if (!run.tokens().stream().allMatch(t -> NAME_WORD.matcher(t.text()).matches())) continue; // not "R-Fla."
            runs.set(k, new NameRun(run.sentence(), run.from(), run.to(), run.name(), run.begin(), run.end(), before.title()));
        }
    }

    /**
     * "NDP leader Godwin Friday", "coaches, Franzel September and ...", "CP Monday Kuryas": a day's or a
     * month's name that is a person's surname, after the given name that starts the run (after its
     * titles), with no more name and no number after it; or a given name, after a title and before a
     * surname that is no word. Not "met Kerry Monday" (a verb before the name), "Easter Sunday", "Paris
     * Monday", "Friday 5 May".
     */
    private boolean calendarNamePart(List<Token> tokens, int i, int j) {
        String word = tokens.get(j).text();
        if (!Gazetteers.CALENDAR.contains(word) || word.endsWith(".")) return false;
        Token next = j + 1 < tokens.size() ? tokens.get(j + 1) : null;
        String previous = tokens.get(j - 1).text();
        int given = i;
        while (given < j - 1 && titleInitialsOrWord(tokens.get(given).text())) given++;
        if (given == j - 1 && (GivenNames.listed(previous) || unknownFirstName(tokens, given)) && !Gazetteers.FESTIVALS.contains(previous)
                && !wordNet.namesAPlace(previous) && (i == 0 || !tokens.get(i - 1).isVerb() && !tokens.get(i - 1).tag().equals("ADP"))
                && (next == null || !isNameToken(next) && !next.tag().equals("NUM") && !Gazetteers.CALENDAR.contains(next.text())))
            return true;
        return titleInitialsOrWord(previous) && next != null && SURNAME.matcher(next.text()).matches()
                && !wordNet.isCommonWord(next.text().toLowerCase(Locale.ROOT)) && !Gazetteers.CALENDAR.contains(next.text());
    }

    /** A title before a name, as a word or as initials: "Governor", "CP", "CEO". */
    private static boolean titleInitialsOrWord(String word) {
        return Gazetteers.TITLES.contains(word) || Gazetteers.initialsOfATitle(word) != null || Gazetteers.OFFICERS.contains(word);
    }

    /** "John" in "John and Claire Hartnett": a listed given name alone, "and", a listed given name and one more name. */
    static boolean beforeASharedSurname(List<Token> t, int from, int to) {
        return to - from == 1 && to + 2 < t.size() && GivenNames.listed(t.get(from).text()) && t.get(to).text().equals("and")
                && GivenNames.listed(t.get(to + 1).text()) && isNameToken(t.get(to + 2)) && (to + 3 >= t.size() || !isNameToken(t.get(to + 3)));
    }

    private static final Set<String> PLURAL_ABBREVIATED_TITLES = Set.of("Sens.", "Reps.", "Govs.", "Messrs.", "Messrs", "Crs", "Crs.");
    /** What joins the names of a list: "A, B and C". */
    static final Set<String> LIST_JOINERS = Set.of("and", ",");
    /** A word of a person's name: "Lindecamp", "O'Neill", "Monte-Brown", an initial, initials without stops ("RK"). */
    private static final Pattern NAME_WORD = Pattern.compile("\\p{Lu}[\\p{Ll}'’]+(?:-\\p{Lu}\\p{Ll}+)?|\\p{Lu}\\.?|\\p{Lu}{2,3}");
    /** A capitalised word in lower case after its capital: "Selectman", "Announces". */
    static final Pattern TITLE_CASE_WORD = Pattern.compile("\\p{Lu}\\p{Ll}+");

    /** A title whose last word is plural: "Presidents", "Sens.", "Councilmen" (WordNet's lemma is "councilman"). */
    private boolean pluralTitle(String title) {
        String[] words = title.split("\\s+");
        String last = words[words.length - 1];
        if (PLURAL_ABBREVIATED_TITLES.contains(last)) return true;
        return wordNet.isPersonNoun(last.toLowerCase(Locale.ROOT)) && wordNet.isPluralNoun(last);
    }

    /**
     * "Secretary of State Madeleine Albright", "chancellor of the Exchequer Nigel Lawson", "Minister
     * for Interior Chaudhry Nisar Ali Khan": after "of" or "for", a common noun that ends a title is
     * glued by its capital to the name after it. It is dropped when a person's name starts right
     * after it (the model says so, or a given name). Returns how many words from {@code from} end the
     * title: 0 when none do, more than one for a field of common words ("Minister of Foreign Affairs
     * Cho Tae-yul").
     */
    private int titleFieldBefore(TaggedSentence s, int from, int to) {
        int place = placeAfterATitle(s.tokens(), from, to);
        if (place > 0) return place;
        if (titleOfListedFields(s, from, to) >= 0) return 1;
        if (!endsTitleBefore(s, from, to)) return 0;
        List<Token> tokens = s.tokens();
        int k = from + 1;
        if (from >= 2 && Gazetteers.TITLE_LINKS.contains(tokens.get(from - 1).text()) && Gazetteers.TITLES.contains(tokens.get(from - 2).text())) {
            // (the field's next words are common words too, no place's and no given names, and two names stay after them:
            // "Director of Army Public Relations Sagir Musa")
            // (not "President of University College London": a place after the field)
            int m = k;
            while (m + 2 <= to && TITLE_CASE_WORD.matcher(tokens.get(m).text()).matches() && commonFieldWord(tokens.get(m).text())
                    && commonFieldWord(tokens.get(m - 1).text()) && !personStartsAt.test(s, m)) m++;
            if (m > k && m + 2 <= to && isNameToken(tokens.get(m)) && !commonFieldWord(tokens.get(m).text()) && !wordNet.namesAPlace(tokens.get(m).text())) k = m;
        }
        return k - from;
    }

    /**
     * "former mayor of New Orleans Ray Nagin", "Governor of New South Wales Margaret Beazley": after a
     * title and "of" or "for", a place's name of two or three words that WordNet knows, then a given
     * name and at least one more name. Returns how many words the place has; 0 when none is there.
     * (A place of one word is read by {@link #endsTitleBefore}: "Governor of Washington Chris Gregoire".)
     */
    private int placeAfterATitle(List<Token> tokens, int from, int to) {
        if (from < 2 || !Gazetteers.TITLE_LINKS.contains(tokens.get(from - 1).text()) || !titleBeforeALink(tokens.get(from - 2).text())) return 0;
        for (int n = 3; n >= 2; n--) {
            if (from + n + 2 > to || !GivenNames.listed(tokens.get(from + n).text())) continue;
            String place = tokens.subList(from, from + n).stream().map(Token::text).collect(java.util.stream.Collectors.joining(" "));
            if (wordNet.namesAPlace(place)) return n;
        }
        return 0;
    }

    /**
     * "Minister for Enterprise, Tourism and Employment Peter Burke", "Finds Liaison Officer for Somerset
     * and Devon Laura Burnett": the last of the fields a title lists after "of" or "for", a common word
     * or a place's, glued to the name after it by its capital. The words between the link and "and"
     * are capitalised words and commas only. Returns where the title starts, or -1.
     * (A place that is a given name too, before two names: "Devon Laura Burnett".)
     */
    private int titleOfListedFields(TaggedSentence s, int from, int to) {
        List<Token> tokens = s.tokens();
        if (from < 4 || to - from < 3 || !Set.of("and", "&").contains(tokens.get(from - 1).text())) return -1;
        String field = tokens.get(from).text();
        boolean place = wordNet.namesAPlace(field) || Gazetteers.CITIES.contains(field);
        if (GivenNames.listed(field) ? !(place && GivenNames.listed(tokens.get(from + 1).text())) : !(commonFieldWord(field) || place)) return -1;
        if (!(GivenNames.listed(tokens.get(from + 1).text()) || personStartsAt.test(s, from + 1))) return -1;
        for (int k = from - 2; k > 0 && (tokens.get(k).text().equals(",") || TITLE_CASE_WORD.matcher(tokens.get(k).text()).matches()
                && !GivenNames.listed(tokens.get(k).text())); k--) {
            if (Gazetteers.TITLE_LINKS.contains(tokens.get(k - 1).text())) return k >= 2 && titleBeforeALink(tokens.get(k - 2).text()) ? titleStart(tokens, k - 2) : -1;
        }
        return -1;
    }

    /** Where the capitalised title that ends at {@code last} starts: "Finds Liaison Officer", "Minister". */
    private static int titleStart(List<Token> tokens, int last) {
        int k = last;
        while (k > 0 && TITLE_CASE_WORD.matcher(tokens.get(k - 1).text()).matches() && !GivenNames.listed(tokens.get(k - 1).text())) k--;
        return k;
    }

    /**
     * Where a title that ends a run after a given name and a surname starts, when "of" or "for" follows
     * the run ("Philip Green | High Commissioner of Australia"); else {@code end}.
     */
    private int titleAfterAName(List<Token> tokens, int from, int end) {
        if (end >= tokens.size() || !Set.of("of", "for").contains(tokens.get(end).text()) || !Gazetteers.TITLES.contains(tokens.get(end - 1).text())
                || Gazetteers.HONORIFICS.contains(tokens.get(end - 1).text())) return end;
        int k = end - 1;
        while (k > from && (Gazetteers.TITLES.contains(tokens.get(k - 1).text()) || TITLE_QUALIFIERS.contains(tokens.get(k - 1).text()))) k--;
        return k - from >= 2 && GivenNames.listed(tokens.get(from).text()) && !Gazetteers.TITLES.contains(tokens.get(k - 1).text()) ? k : end;
    }

    /** A title or a capitalised word for a person, or either in lower case: "Minister", "Member", "minister". */
    private boolean titleBeforeALink(String word) {
        String capitalised = RolePhrases.capitalised(word);
        return capitalisedTitle(word)
                || word.chars().allMatch(Character::isLowerCase) && (Gazetteers.TITLES.contains(capitalised) && !Gazetteers.HONORIFICS.contains(capitalised));
    }

    /** A title or a capitalised word for a person, a given name too ("Dean of the College Jill Dolan"). */
    private boolean capitalisedTitle(String word) {
        return Gazetteers.TITLES.contains(word) || isRoleNoun(word) || officeWord(word);
    }

    /** A common word that is no given name and names no place: "Foreign", "Affairs"; not "Wales", "John". */
    private boolean commonFieldWord(String word) {
        return wordNet.isCommonWord(word.toLowerCase(Locale.ROOT)) && !GivenNames.listed(word) && !wordNet.namesAPlace(word);
    }

    private boolean endsTitleBefore(TaggedSentence s, int from, int to) {
        List<Token> tokens = s.tokens();
        // "Secretary of State Kerry": a title word, "of", a common word that ends the title and a surname
        // (not "Minister of Foreign Affairs of Ukraine X", where the title goes on after the second word)
        // (nor "the Director of Public Prosecutions", whose last word is the plural of a common noun, no surname)
        // ("President of India Murmu": a country or a city, then a surname)
        if (to - from == 2 && from >= 2 && tokens.get(from - 1).text().equals("of") && Gazetteers.TITLES.contains(tokens.get(from - 2).text())
                && (Gazetteers.COUNTRIES.contains(tokens.get(from).text()) || Gazetteers.CITIES.contains(tokens.get(from).text())) && !COMPASS.contains(tokens.get(from).text())
                && Arrays.stream(stripPossessive(tokens.get(from + 1).text()).split("-")).noneMatch(w -> wordNet.isCommonWord(w.toLowerCase(Locale.ROOT)))) return true;
        // (not "Mayor for Greater Manchester,", "Minister for Western Sydney": a city after the common word)
        String second = to - from == 2 ? stripPossessive(tokens.get(from + 1).text()) : null;
        if (to - from == 2 && from >= 2 && Gazetteers.TITLE_LINKS.contains(tokens.get(from - 1).text()) && Gazetteers.TITLES.contains(tokens.get(from - 2).text())
                && !(to < tokens.size() && Gazetteers.TITLE_LINKS.contains(tokens.get(to).text())) && !isPluralOfACommonNoun(tokens.get(from + 1).text())
                && !Gazetteers.CITIES.contains(second) && !(wordNet.namesAPlace(second) && !GivenNames.listed(second))
                && wordNet.isCommonWord(tokens.get(from).text().toLowerCase(Locale.ROOT)) && !GivenNames.contains(tokens.get(from).text())
                && !wordNet.namesAPlace(tokens.get(from).text())) return true;
        if (from < 1 || to - from < 3) return false;
        // not "Mayor of New York Eric Adams", "Governor of New South Wales X": a place's name of several words
        if (startsAPlaceName(tokens, from, to)) return false;
        String before = tokens.get(from - 1).text();
        boolean link = Gazetteers.TITLE_LINKS.contains(before);
        if (!link && !(before.equals("the") && from >= 2 && Gazetteers.TITLE_LINKS.contains(tokens.get(from - 2).text()))) return false;
        // "for" links a title only right after a title word: not "a warrant Monday for James Charles Kopp"
        // ("Member for Wannon Dan Tehan": or a capitalised word for a person)
        if (before.equals("for") && !(from >= 2 && titleBeforeALink(tokens.get(from - 2).text()))) return false;
        String word = tokens.get(from).text();
        // "Governor of Washington Chris Gregoire": a title word, "of", a name and then a given name
        // ("the state minister for Energy Simon D’ujang": the title in lower case too)
        if (link && from >= 2 && titleBeforeALink(tokens.get(from - 2).text()) && GivenNames.contains(tokens.get(from + 1).text())) return true;
        if (!wordNet.isCommonWord(word.toLowerCase(Locale.ROOT)) || GivenNames.contains(word)) return false;
        // "Minister of Defense Hazem Shaalan": a title word, "of", a common word that is no place and a name
        if (link && from >= 2 && Gazetteers.TITLES.contains(tokens.get(from - 2).text())
                && !wordNet.namesAPlace(word) && isNameToken(tokens.get(from + 1))) return true;
        return personStartsAt.test(s, from + 1) || GivenNames.contains(tokens.get(from + 1).text());
    }

    /**
     * Where an office starts after a body's name and before a person's ({@code personFrom}): the
     * capitalised words after the body's last organisation word, when the last of them is a title or
     * has a person sense among its commonest ("Waterford High School | Vice Principal"); else
     * {@code personFrom}.
     */
    private int officeAfterBody(List<Token> tokens, int from, int personFrom) {
        int body = personFrom - 1;
        while (body >= from && !Gazetteers.isOrganisationWord(tokens.get(body).text())) body--;
        if (body < from || body + 1 >= personFrom) return personFrom;
        String last = tokens.get(personFrom - 1).text();
        boolean office = Gazetteers.TITLES.contains(last) && !Gazetteers.HONORIFICS.contains(last)
                || TITLE_CASE_WORD.matcher(last).matches() && !GivenNames.listed(last) && personNouns.amongFive(last.toLowerCase(Locale.ROOT));
        return office ? body + 1 : personFrom;
    }

    /**
     * Whether two or three words from {@code from} name a place WordNet knows ("New York", "New South
     * Wales"), or an adjective and a city do ("Western Sydney", "Greater Manchester").
     */
    private boolean startsAPlaceName(List<Token> tokens, int from, int to) {
        if (from + 1 < to && wordNet.lookup(net.sf.extjwnl.data.POS.ADJECTIVE, tokens.get(from).text().toLowerCase(Locale.ROOT)).isPresent()
                && (Gazetteers.CITIES.contains(stripPossessive(tokens.get(from + 1).text())) || wordNet.namesAPlace(stripPossessive(tokens.get(from + 1).text()))))
            return true;
        for (int n = 2; n <= 3 && from + n <= to; n++) {
            if (wordNet.namesAPlace(tokens.subList(from, from + n).stream().map(Token::text).collect(java.util.stream.Collectors.joining(" ")))) return true;
        }
        return false;
    }

    /**
     * "Designer Tom Ford", "Editorial Manager Chet Clem": a capitalised noun whose commonest sense
     * is a person, before a given name and at least one more name, is the person's role ("Hunter
     * Biden" and "Baker Mayfield" have no given name after the noun).
     */
    private boolean roleNounBeforeAName(List<Token> tokens, int k, int to) {
        String word = tokens.get(k).text();
        // "Facebook CEO Mark Zuckerberg": a company officer's initials, before a given name (not "CEO Resignation Sparks ...")
        // ("Eskom CEO Phakamani Hadebe": or a first name no dictionary has)
        // ("SP Michael Kananura", "PC Jonathan Rice": or a police rank's)
        // ("Defence QC Mhairi Richards": or counsel's)
        if (Gazetteers.OFFICERS.contains(word) || Gazetteers.initialsOfATitle(word) != null || Gazetteers.COUNSEL_INITIALS.contains(word))
            return k + 2 < to && (GivenNames.listed(tokens.get(k + 1).text()) || unknownFirstName(tokens, k + 1)
                        || Gazetteers.CALENDAR.contains(tokens.get(k + 1).text())) // "CP Monday Kuryas" (see calendarNamePart)
                    // ("PC Brownrigg, who was called": a police rank before a surname alone that is no word; not "DS Smith", "PC World")
                    || k + 2 == to && Gazetteers.initialsOfATitle(word) != null && SURNAME.matcher(tokens.get(k + 1).text()).matches()
                        && !wordNet.isCommonWord(stripPossessive(tokens.get(k + 1).text()).toLowerCase(Locale.ROOT))
                        && !wordNet.isPluralNoun(stripPossessive(tokens.get(k + 1).text()).toLowerCase(Locale.ROOT))
                        && (k == 0 || !tokens.get(k - 1).tag().equals("DET")); // not "the DC Comics gallery"
        // "Conservative MSP Meghan Gallacher", "Shamata MCA Gitau Njamba": a member's initials before two names or more
        if (Gazetteers.MEMBERS_INITIALS.contains(word)) return k + 2 < to;
        // "Fellow Kenyan Sarah Kiptoo": a word for a people (no given name: "Christian Bale") before a given name and a surname
        // (not "the British Royal Military Academy": the surname is no common word)
        // ("Victorian Belinda Hill": or a common word as the surname after a given name the list knows, the whole no firm's)
        // ("Liberal Democrat Alastair Henderson-Begg": or a first name no dictionary has, before the surname that ends the run)
        if (k + 2 < to && TITLE_CASE_WORD.matcher(word).matches() && !GivenNames.listed(word)
                && (givenName(tokens.get(k + 1).text()) || k + 3 == to && word.length() > 2 && unknownFirstName(tokens, k + 1)) // not "Md", WordNet's "MD"
                && (!wordNet.isCommonWord(stripPossessive(tokens.get(k + 2).text()).toLowerCase(Locale.ROOT))
                    || k + 3 == to && GivenNames.listed(tokens.get(k + 1).text()) && !Gazetteers.isOrganisationWord(stripPossessive(tokens.get(k + 2).text()))
                        // (not "Spanish Golden Age sonnets", "the Black Robin Freighters": a name before a noun, or a plural)
                        && !wordNet.isPluralNoun(stripPossessive(tokens.get(k + 2).text()).toLowerCase(Locale.ROOT))
                        && (to == tokens.size() || !(tokens.get(to).isNoun() && RolePhrases.isLowerCase(tokens.get(to)))))
                // (not "President Ram Nath Kovind": "Ram" is a person only to astrology)
                && (wordNet.namedSenses(word).stream().anyMatch(x -> "noun.person".equals(x.getLexFileName()) && !WordNet.isInstance(x) && !WordNet.isSunSign(x))
                    || residentOfAPlace(word))) return true;
        // (the name may start with an initial: "District Collector S Venkat Rao")
        // not a word for anyone: "Man Booker Prize", "Man Haron Monis"
        if (PersonNouns.ANYONE.contains(word.toLowerCase(Locale.ROOT))) return false;
        // (or a first name no dictionary has: "Trustee Patra Lowes", "Undersecretary Tonisito Umali")
        // ("Chief Executive S.D. Shibulal": or initials with their stops)
        return k + 2 < to && (givenName(tokens.get(k + 1).text()) || isLetter(tokens.get(k + 1)) && isNameToken(tokens.get(k + 2))
                        || INITIALS_WITH_STOPS.matcher(tokens.get(k + 1).text()).matches() && isNameToken(tokens.get(k + 2))
                        || unknownFirstName(tokens, k + 1) && !wordNet.isPluralNoun(word)
                        // ("World Champion Max Euwe", "Chief Executive Mark Thompson": a given name that is also a word, before
                        // a surname that is none, ending the run)
                        || k + 3 == to && GivenNames.listed(tokens.get(k + 1).text())
                            && !wordNet.isCommonWord(stripPossessive(tokens.get(k + 2).text()).toLowerCase(Locale.ROOT)))
                && isRoleNoun(word);
    }

    /**
     * A given name that is no everyday word: "Paula" and also "Michael" and "Thomas", which the
     * frequency list counts as everyday for all the books that name them; not "Will" or "Mark".
     */
    private boolean givenName(String word) {
        // (WordNet's own lemmas, not the forms it would stem: "James" is no plural of "jam")
        return GivenNames.contains(word) || GivenNames.listed(word) && !wordNet.hasLowerCaseLemma(word);
    }

    /**
     * A first name no dictionary has, before a capitalised surname: "Patra" in "Trustee Patra Lowes"
     * (not "Haron" after "Man", nor "Arkham VR").
     */
    private boolean unknownFirstName(List<Token> tokens, int k) {
        String word = tokens.get(k).text();
        // (a word WordNet lacks may be tagged a common noun, an adjective or nothing: "Manager Yobes Oyaro", "CP Bankole Sikiru")
        return (tokens.get(k).isProperNoun() || (tokens.get(k).isNoun() || tokens.get(k).isAdjective() || tokens.get(k).tag().equals("X"))
                    && !wordNet.hasLowerCaseLemma(word))
                && TITLE_CASE_WORD.matcher(word).matches() // not "People's"
                && !wordNet.isCommonWord(word.toLowerCase(Locale.ROOT))
                // (or one WordNet knows only as the name of a person: "Coroner Geraint Williams")
                && wordNet.namedSenses(word).stream().allMatch(x -> "noun.person".equals(x.getLexFileName()) && WordNet.isInstance(x))
                && SURNAME.matcher(tokens.get(k + 1).text()).matches();
    }

    /** A surname as a capitalised word, double-barrelled or with an apostrophe: "Lowes", "Henderson-Begg", "O'Neill". */
    private static final Pattern SURNAME = Pattern.compile("\\p{Lu}\\p{Ll}+(?:[-'’]\\p{Lu}\\p{Ll}+)*|\\p{Lu}['’]\\p{Lu}\\p{Ll}+");

    /**
     * "Welcoming Isaac Carpenter as ...": a common word that is no given name, before a listed given
     * name and a surname, is no first name, whatever the model reads ("Will Smith" has a given name first).
     */
    private boolean commonWordBeforeAName(List<Token> tokens, int from, int end) {
        String word = tokens.get(from).text();
        return end - from >= 3 && !GivenNames.listed(word) && GivenNames.listed(tokens.get(from + 1).text()) && isNameToken(tokens.get(from + 2))
                && !Gazetteers.TITLES.contains(word) && wordNet.isCommonWord(word.toLowerCase(Locale.ROOT));
    }


    /** Epithets that are nouns: "William the Conqueror", "John the Baptist". */
    private static final Set<String> EPITHET_NOUNS = Set.of("Conqueror", "Confessor", "Baptist", "Apostle", "Evangelist",
            "Elder", "Younger", "Great", "Lionheart", "Navigator", "Venerable");

    /**
     * "the" and an epithet after a person's name: the name starts with a given name or where the
     * model reads a person, and the epithet, an adjective or one of {@link #EPITHET_NOUNS}, ends the
     * phrase ("told Maria the Spanish version" has none).
     */
    private boolean epithetAfter(TaggedSentence s, int from, int the) {
        List<Token> t = s.tokens();
        if (the + 1 >= t.size() || !isNameToken(t.get(the + 1)) || isAcronym(t.get(the + 1).text())) return false;
        if (!GivenNames.listed(t.get(from).text()) && !personStartsAt.test(s, from)) return false;
        String epithet = stripPossessive(t.get(the + 1).text());
        boolean adjective = wordNet.lookup(POS.ADJECTIVE, epithet).isPresent() && wordNet.lookup(POS.NOUN, epithet).isEmpty()
                || wordNet.namedSenses(epithet).stream().anyMatch(x -> "noun.person".equals(x.getLexFileName()) && !WordNet.isInstance(x));
        if (!adjective && !EPITHET_NOUNS.contains(epithet)) return false;
        Token after = the + 2 < t.size() ? t.get(the + 2) : null;
        return after == null || !(isNameToken(after) || after.isNoun() || after.isProperNoun());
    }

    /**
     * "General Motors", "General Dynamics", "the General Synod": a title and one word that ends the
     * name of a thing, or "General" (also an adjective) and a plural common noun or a noun for a body
     * of people that is no surname WordNet knows of someone ("General Lee", "General Wood"), are an
     * organisation's name, not a titled person ("General Manager" names nobody).
     */
    static boolean titleWordOfAThing(WordNet wordNet, String title, String word) {
        if (Gazetteers.THING_HEADS.contains(word)) return true;
        if (!title.equals("General") || !wordNet.isCommonWord(word.toLowerCase(Locale.ROOT)) || GivenNames.listed(word)) return false;
        return word.endsWith("s") || !NameClassifier.isAnIndividual(wordNet.namedSenses(word))
                && wordNet.lookup(net.sf.extjwnl.data.POS.NOUN, word.toLowerCase(Locale.ROOT))
                        .map(w -> !w.getSenses().isEmpty() && "noun.group".equals(w.getSenses().get(0).getLexFileName())).orElse(false);
    }

    /**
     * "Gen" followed by its own full stop: the title "Gen.". TextAnnotator joins such a stop to its
     * title, except when it ends the sentence ("... said Lt. Gen."), where it stays apart.
     */
    private static boolean titleWithStopAfter(List<Token> tokens, int k) {
        return k + 1 < tokens.size() && tokens.get(k + 1).text().equals(".") && tokens.get(k + 1).begin() == tokens.get(k).end()
                && Gazetteers.TITLES.contains(tokens.get(k).text() + ".");
    }

    /**
     * "Minister of Foreign Affairs of Ukraine Dmytro Kuleba", "Governor of the Bank of England Andrew
     * Bailey": the title that the country or body split off before a name ends, from its first
     * title word over capitalised words and "of", "for" and "the"; null when none.
     */
    private String titleThroughBody(TaggedSentence s, int body, int name) {
        List<Token> t = s.tokens();
        int link = body - 1;
        // ("Minister for Trade and Industry X": a field of two names joined by "and")
        while (link >= 2 && Set.of("and", "&").contains(t.get(link).text()) && isNameToken(t.get(link - 1))) link -= 2;
        if (link >= 1 && t.get(link).text().equals("the")) link--;
        if (link < 1 || !Gazetteers.TITLE_LINKS.contains(t.get(link).text())) return null;
        int first = -1;
        for (int k = link; k >= 0; k--) {
            String w = t.get(k).text();
            // ("Dean of Religious Life Alison Boden": or a capitalised word for a person right before the link)
            if (Gazetteers.TITLES.contains(w) || k == link - 1 && officeWord(w))
                first = k;
            else if (!Gazetteers.TITLE_LINKS.contains(w) && !w.equals("the") && !isNameToken(t.get(k))) break;
        }
        if (first > 0 && t.get(first - 1).text().equals("Under")) first--; // "Under Secretary of State for ..."
        return first < 0 ? null : text(s, first, name);
    }

    /** "Prosecutions": a plural whose singular WordNet knows as a common noun. */
    private boolean isPluralOfACommonNoun(String word) {
        return wordNet.singularNoun(word).filter(wordNet::hasLowerCaseLemma).isPresent();
    }

    private static final Pattern CLOSING_PUNCTUATION = Pattern.compile("[\"”’')]+");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?]$");

    /** A sentence with no full stop at its end (before any closing quote), as headlines are written. */
    private static boolean isHeadline(TaggedSentence s) {
        List<Token> t = s.tokens();
        int last = t.size() - 1;
        while (last >= 0 && CLOSING_PUNCTUATION.matcher(t.get(last).text()).matches()) last--;
        return last >= 0 && !SENTENCE_END.matcher(t.get(last).text()).find();
    }

    /** A capitalised word WordNet knows only as a verb, in a form no name takes: "Announces", "Unveils". */
    private boolean onlyAVerb(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return TITLE_CASE_WORD.matcher(word).matches() && word.endsWith("s") && !GivenNames.listed(word)
                && wordNet.lookup(POS.VERB, lower).filter(v -> (v.getLemma() + "s").equals(lower)
                        && wordNet.lookup(POS.ADJECTIVE, v.getLemma()).isEmpty()).isPresent() // not "Sobers"
                && wordNet.lookup(POS.NOUN, lower).isEmpty() && wordNet.lookup(POS.ADJECTIVE, lower).isEmpty()
                && wordNet.namedSenses(word).isEmpty();
    }

    /** "Secretary of State", when the words from {@code first} to {@code last} end a title that starts with a title word; else null. */
    private String titleEndingAt(TaggedSentence s, int first, int last) {
        int listed = titleOfListedFields(s, first, s.tokens().size());
        if (listed >= 0) return text(s, listed, last + 1);
        int k = first - 1;
        while (k > 0 && (Gazetteers.TITLE_LINKS.contains(s.tokens().get(k).text()) || s.tokens().get(k).text().equals("the"))) k--;
        // "Member of Parliament Anthony Oluoch": a capitalised word for a person starts the title too
        String opening = s.tokens().get(k).text();
        return k < first - 1 && titleBeforeALink(opening) ? text(s, k, last + 1) : null;
    }

    /**
     * "Queenslander", "Aucklander", "Londoner": a place's name and "-er", a word for who lives
     * there that WordNet may not list. The place must be one WordNet or the gazetteers know.
     */
    private boolean residentOfAPlace(String word) {
        if (!word.endsWith("er") || word.length() < 6) return false;
        String place = word.substring(0, word.length() - 2);
        return wordNet.namesAPlace(place) || Gazetteers.CITIES.contains(place) || Gazetteers.COUNTRIES.contains(place);
    }

    /** Courtesy titles that also start the names of works and characters ("Lady Bird", "Lady Macbeth"). */
    private static final Set<String> WORD_OF_NAMES = Set.of("Lady");

    /** "Introducing", "Presenting": a verb's "-ing" form that is no given name. */
    private boolean verbInIng(String word) {
        return word.endsWith("ing") && !GivenNames.listed(word) && wordNet.lookup(net.sf.extjwnl.data.POS.VERB, word.toLowerCase(Locale.ROOT)).isPresent();
    }

    /**
     * "Presenting", "Starring": a verb's "-ing" form ({@link #verbInIng}), capitalised, that is no verb's bare form
     * ("Ring") and no name WordNet knows ("Browning").
     */
    private boolean gerund(String word) {
        return TITLE_CASE_WORD.matcher(word).matches() && verbInIng(word)
                && wordNet.lookup(net.sf.extjwnl.data.POS.VERB, word).filter(v -> !v.getLemma().equalsIgnoreCase(word)).isPresent()
                && wordNet.namedSenses(word).isEmpty();
    }

    /** A capitalised word whose commonest sense is a kind of person, a given name too: "Dean", "Bishop", "Executive". */
    private boolean officeWord(String word) {
        return TITLE_CASE_WORD.matcher(word).matches() && wordNet.isFirstAPersonNoun(word.toLowerCase(Locale.ROOT));
    }

    /** The last word of tokens before {@code to}, without a possessive. */
    private static String last(List<Token> tokens, int to) {
        return stripPossessive(tokens.get(to - 1).text());
    }

    /** A capitalised word whose commonest sense is a kind of person, and no given name: "Selectman", "Member". */
    private boolean isRoleNoun(String word) {
        return personNouns.isTitleWord(word);
    }

    /** Where someone is from, as an adjective: "Bandon-based", "Dublin-born". */
    static final Pattern PLACE_ADJECTIVE = Pattern.compile("\\p{Lu}[\\p{L}.]*-(?:based|born|bred|raised|headquartered|winning|nominated)");

    private void addRun(List<NameRun> runs, TaggedSentence s, int from, int to, String titleBefore) {
        List<Token> tokens = s.tokens();
        // Title words before the name become the role: "U.S. Ambassador | John Negroponte".
        int lastTitle = -1;
        for (int k = from; k < to - 1; k++) {
            // "Martin Luther King Jr.": a title word before a suffix is a surname
            if (NameRun.NAME_SUFFIXES.contains(tokens.get(k + 1).text())) continue;
            // "Lady Jayanthi Sirisena", not "Lady Bird" or "Lady Macbeth": a courtesy title that also starts names needs two after it
            if (WORD_OF_NAMES.contains(tokens.get(k).text()) && to - k < 3) continue;
            // ("HE Dr X", "HE Tangirongo": His Excellency's initials before a name written in lower case, not "HE KNOWS HER POINT")
            if (tokens.get(k).text().equals("HE") && isAcronym(tokens.get(k + 1).text())) break;
            if (Gazetteers.TITLES.contains(tokens.get(k).text()) || roleNounBeforeAName(tokens, k, to)) lastTitle = k;
        }
        // "National Assembly President Ricardo Alarcon": an organisation named inside the title is the person's
        // "King County", "the Emperor Norton Bridge": a place named after a titled person ends in a place word
        // ("Mayor Dick Church Jr.": a suffix ends a person's name, whatever its words)
        boolean organisation = !NameRun.NAME_SUFFIXES.contains(tokens.get(to - 1).text()) && tokens.subList(lastTitle + 1 > from ? lastTitle + 1 : from, to).stream()
                .anyMatch(t -> Gazetteers.isOrganisationWord(t.text()))
                || lastTitle >= 0 && !Gazetteers.HONORIFICS.contains(tokens.get(lastTitle).text()) && Gazetteers.PLACE_WORDS.contains(tokens.get(to - 1).text())
                // "the Governor General's Literary Awards", "the Hillary Shield": a title before the name of a thing
                // ("Lady Luck Restaurant": a courtesy title too, before two words or more)
                || lastTitle >= 0 && Gazetteers.THING_HEADS.contains(tokens.get(to - 1).text())
                    && (!Gazetteers.HONORIFICS.contains(tokens.get(lastTitle).text()) || to - lastTitle > 2)
                    && tokens.subList(lastTitle + 1, to).stream().noneMatch(w -> GivenNames.listed(w.text())) // not "General Sir Peter Wall"
                || lastTitle >= 0 && lastTitle == to - 2 && titleWordOfAThing(wordNet, tokens.get(lastTitle).text(), tokens.get(to - 1).text());
        int personFrom;
        if (organisation && lastTitle >= from && lastTitle + 2 < to && (personFrom = personAfterABody(s, lastTitle + 1, to)) > lastTitle + 1) {
            // "General Manager Engineering Services Joseph Atonga": the title's field, then the person
            organisation = false;
            lastTitle = personFrom - 1;
        }
        String title = titleBefore;
        int nameFrom = from;
        if (lastTitle >= 0 && !organisation) {
            title = text(s, from, lastTitle + 1);
            nameFrom = lastTitle + 1;
            // "Mayor Karachi, Barrister X", "Deputy Mayor Karachi Salman Murad": the title's city, before a name or none
            Token place = tokens.get(nameFrom);
            if ((Gazetteers.CITIES.contains(place.text()) || Gazetteers.COUNTRIES.contains(place.text()))
                    && !Gazetteers.HONORIFICS.contains(tokens.get(lastTitle).text()) // not "Mrs. Currie", "Ms. Darwin"
                    && (to - nameFrom == 1 || to - nameFrom >= 3 && GivenNames.contains(tokens.get(nameFrom + 1).text()))) {
                runs.add(new NameRun(s, nameFrom, nameFrom + 1, place.text(), place.begin(), place.end(), null));
                if (to - nameFrom == 1) return;
                nameFrom++;
            }
            // Place names inside the title ("U.S." in "U.S. Ambassador") are still places.
            for (int k = from; k <= lastTitle; k++) {
                Token t = tokens.get(k);
                if (Gazetteers.COUNTRIES.contains(t.text())) runs.add(new NameRun(s, k, k + 1, t.text(), t.begin(), t.end(), null));
            }
        } else if (to - from == 1 && Gazetteers.TITLES.contains(stripPossessive(tokens.get(from).text()))) {
            return; // a bare title ("the Minister", "the Pope's visit") names nobody
        } else if (to - from >= 3 && Gazetteers.COUNTRIES.contains(tokens.get(from).text()) && GivenNames.contains(tokens.get(from + 1).text())) {
            // "ambassador to Kenya Prudence Bushnell": a country, then a person's given name and surname
            Token t = tokens.get(from);
            runs.add(new NameRun(s, from, from + 1, t.text(), t.begin(), t.end(), null));
            nameFrom = from + 1;
        } else if (lastTitle < 0 && (personFrom = personAfterABody(s, from, to)) > from) {
            // "the Refugee Council Enver Solomon told": an organisation's or a country's name, then a person's
            // ("Waterford High School Vice Principal Shawn Simpson": the body's office between them is the role)
            int office = officeAfterBody(tokens, from, personFrom);
            addRun(runs, s, from, office, null);
            if (office < personFrom) title = text(s, from, personFrom);
            nameFrom = personFrom;
        }
        if (title == null && nameFrom > from) title = titleThroughBody(s, from, nameFrom);
        // "the Chief Executive said", "Chief Security Officer": a title and a capitalised word for a person name nobody
        // ("as Chief Executive Officer and ...": every word after the title a title or a word for a person)
        if (lastTitle >= 0 && !organisation && to - nameFrom <= 2 && tokens.subList(nameFrom, to).stream()
                .allMatch(w -> isRoleNoun(stripPossessive(w.text())) || Gazetteers.TITLES.contains(stripPossessive(w.text())))) return;
        // "the Chief Operating Officer": a title at both ends, no given name between, names nobody (not "Sir John Major")
        if (lastTitle >= 0 && to - nameFrom <= 2 && Gazetteers.TITLES.contains(stripPossessive(tokens.get(to - 1).text()))
                && tokens.subList(nameFrom, to).stream().noneMatch(w -> GivenNames.listed(w.text()))) return;
        // "the Prosecution Counsel, Insp X": after "the", common words ending in a singular word for a person name nobody
        // (not "the Lebanese-Israeli border": a name before a noun modifies it; nor "the Ulster Unionists", "the Economist",
        // "the Tor Browser")
        if (from > 0 && tokens.get(from - 1).text().equalsIgnoreCase("the") && to - from >= 2 && to - from <= 3 && !organisation
                && (to == tokens.size() || !tokens.get(to).isNoun()) && isRoleNoun(stripPossessive(tokens.get(to - 1).text()))
                && !wordNet.isPluralNoun(stripPossessive(tokens.get(to - 1).text()).toLowerCase(Locale.ROOT))
                && tokens.subList(from, to - 1).stream().allMatch(w -> wordNet.hasLowerCaseLemma(w.text()) || Gazetteers.TITLES.contains(w.text())))
            return;
        // "Grosvenor Councillor, Gwyneth Roberts": a place's or a body's word and a title, no given name, before a comma
        // name nobody ("Matthew Bishop" has a given name)
        // ("as Auxiliary Bishop of the Archdiocese": or before "of")
        if (to - from <= 3 && to < tokens.size() && Set.of(",", "of").contains(tokens.get(to).text()) && Gazetteers.TITLES.contains(tokens.get(to - 1).text())
                && (!Gazetteers.HONORIFICS.contains(tokens.get(to - 1).text()) || tokens.get(to).text().equals("of")) && TITLE_CASE_WORD.matcher(tokens.get(to - 1).text()).matches()
                && tokens.subList(from, to - from >= 2 ? to - 1 : to).stream().noneMatch(w -> GivenNames.listed(w.text()))) return; // ("Bishop" is a given name too)
        // "the founding Dean of the Whiting School": a word for an office alone before "of" names nobody, though it is a given name too
        if (to - from == 1 && to < tokens.size() && tokens.get(to).text().equals("of") && !Gazetteers.TITLES.contains(last(tokens, to))
                && officeWord(last(tokens, to))) return;
        // "the 27th Presiding Bishop", "Acting Governor": common words before a title (no courtesy title) name nobody
        if (to - from >= 2 && to - from <= 3 && Gazetteers.TITLES.contains(last(tokens, to)) && !Gazetteers.HONORIFICS.contains(last(tokens, to))
                && wordNet.isFirstAPersonNoun(last(tokens, to).toLowerCase(Locale.ROOT)) // not "Amazon Prime"
                && tokens.subList(from, to - 1).stream().allMatch(w -> TITLE_CASE_WORD.matcher(w.text()).matches()
                    && (wordNet.isCommonWord(w.text()) || wordNet.lookup(net.sf.extjwnl.data.POS.VERB, w.text()).isPresent())
                    && !GivenNames.listed(w.text()))) return;
        // "Gauteng MEC for Human Settlements, Lebogang Maile", "the Facebook CEO": a place's or a body's name and an office's
        // initials, no given name, name nobody
        // (alone too, "the CEO, Jean-Sebastien Jacques", but not a degree after a name: "Christopher S. Kim, MD, FACP", see dropDegrees)
        if ((to - from >= 2 && to - from <= 3 || to - from == 1 && !(Gazetteers.POST_NOMINALS.contains(last(tokens, to)) && from > 0
                    && tokens.get(from - 1).text().equals(",")))
                && (Gazetteers.ROLE_ACRONYMS.contains(last(tokens, to)) || Gazetteers.initialsOfATitle(last(tokens, to)) != null)
                && tokens.subList(from, to).stream().noneMatch(w -> GivenNames.listed(w.text()))) return;
        // "Mr. Chief Justice", "the Prime Minister's adviser": titles only
        if (Gazetteers.TITLES.contains(stripPossessive(tokens.get(to - 1).text())) && (lastTitle == to - 2 || to - from == 1 && title != null)) return;
        // "... said Lt. Gen.", the stop ending the sentence: titles only
        if ((lastTitle == to - 2 || to - from == 1) && titleWithStopAfter(tokens, to - 1)) return;
        Token last = tokens.get(to - 1);
        String name = text(s, nameFrom, to);
        // "PAUL O’Grady has announced": a paper's capitals on the first word of a story are no acronym
        if (ledeInCapitals(s, nameFrom, to)) name = NameClassifier.titleCase(tokens.get(nameFrom).text()) + name.substring(tokens.get(nameFrom).text().length());
        int end = last.end();
        if (to == tokens.size() && name.length() > 4 && name.endsWith(".") && !name.endsWith(". ")
                && Character.isLowerCase(name.charAt(name.length() - 2)) && !NameRun.NAME_SUFFIXES.contains(last.text())) { // "Kevin Begos Jr."
            name = name.substring(0, name.length() - 1); // "in Aleppo.": the tokenizer left the full stop on the name
            end--;
        }
        // "Ferdinand Marcos Sr. started": the tokenizer split the suffix's full stop off inside the sentence
        if (to < tokens.size() && Set.of("Jr", "Sr").contains(last.text()) && tokens.get(to).text().equals(".") && tokens.get(to).begin() == last.end()) {
            name = name + ".";
            end++;
        }
        Matcher led = LED_BY.matcher(last.text());
        if (to - nameFrom >= 2 && led.matches()) { // "Wale Babalakin-led": the name without what it leads
            name = name.substring(0, name.length() - last.text().length() + led.group(1).length());
            end = last.begin() + led.group(1).length();
        }
        Matcher suffixed = SUFFIXED.matcher(name);
        if (suffixed.matches()) { // "Shiite-dominated": the name is the capitalised part
            name = suffixed.group(1);
            end = tokens.get(nameFrom).begin() + name.length();
            runs.add(new NameRun(s, nameFrom, to, name, tokens.get(nameFrom).begin(), end, title));
            return;
        }
        if (endsWithPossessive(last)) {
            String stripped = stripPossessive(name);
            end -= name.length() - stripped.length();
            name = stripped;
        }
        runs.add(new NameRun(s, nameFrom, to, name, tokens.get(nameFrom).begin(), end, title));
    }

    /**
     * Where a person's name starts after the name of an organisation or a country in one run of
     * capitals ("Refugee Council | Enver Solomon", "University of Texas Arlington | Amneh Jafari",
     * "United States | Hamdullah Mohib", "NASA | Bill Ingalls"), or -1. The person's part is the last two or three words,
     * starting with a given name or where the model reads a person; the part before names a body
     * (an organisation word) or a country, and does not itself start with a given name ("George
     * Washington Carver" is one person).
     */
    private int personAfterABody(TaggedSentence s, int from, int to) {
        List<Token> tokens = s.tokens();
        for (int k = Math.max(from + 1, to - 5); k <= to - 2; k++) {
            // (two or three words, and any initials between them: "Nova Scotia | Michael J. Wood")
            if (tokens.subList(k, to).stream().filter(t -> !isInitialPart(t)).count() > 3) continue;
            Token first = tokens.get(k);
            // a given name that is also a place ("University of Texas Arlington | Amneh Jafari") only where the model reads a person
            boolean givenName = GivenNames.listed(first.text()) && !wordNet.namesAPlace(first.text());
            // ("Minister of State for Trade and Industry Koh Poh Koon": or a first name no dictionary has after a title's field)
            boolean unknownAfterField = unknownFirstName(tokens, k) && (titleThroughBody(s, from, k) != null || afterATitleAndItsLink(tokens, from))
                    && tokens.subList(k, to).stream().noneMatch(w -> wordNet.isCommonWord(stripPossessive(w.text()).toLowerCase(Locale.ROOT)));
            if (!givenName && !personStartsAt.test(s, k) && !unknownAfterField) continue;
            // ("Section Principal Horn | Samuel Jacobs": where the model's start is no given name but a listed one follows, that one)
            if (!givenName && k + 2 < to && GivenNames.listed(tokens.get(k + 1).text()) && !wordNet.namesAPlace(tokens.get(k + 1).text())) continue;
            if (tokens.subList(k, to).stream().anyMatch(t -> !isNameToken(t) && !isInitial(t) || isAcronym(t.text())
                    || Gazetteers.ORGANISATION_WORDS.contains(t.text()) || Gazetteers.COUNTRIES.contains(t.text()))) continue;
            String head = text(s, from, k);
            // ("Nova Scotia | Michael J. Wood": a place's name may start with a given name)
            if ((GivenNames.listed(tokens.get(from).text()) || personStartsAt.test(s, from)) && !(k - from > 1 && wordNet.namesAPlace(head))) return -1;
            boolean body = tokens.subList(from, k).stream().anyMatch(t -> Gazetteers.ORGANISATION_WORDS.contains(t.text()))
                    || Gazetteers.COUNTRIES.contains(head)
                    // "Labour Alun Davies hit out": a political party's name WordNet knows
                    || k == from + 1 && namesAParty(head)
                    // "Under Secretary of State for Political Affairs Victoria Nuland": the field of a title through "for" or "of"
                    || titleThroughBody(s, from, k) != null
                    // "Chief Justice of Nova Scotia Michael J. Wood": the field of a title before the run
                    // ("Dean of Religious Life Alison Boden", "Director of Army Public Relations Sagir Musa")
                    || afterATitleAndItsLink(tokens, from)
                    // "from eastern state Odisha Ashwini Vaishnaw": after a lower-case noun for a place, its name
                    || from > 0 && Gazetteers.PLACES_OF.contains(tokens.get(from - 1).text()) && k - from <= 2
                    // "Image: NASA Bill Ingalls", "BBC Nick Robinson": an acronym of three letters or more, no one's initials
                    || k == from + 1 && isAcronym(head) && head.replace(".", "").length() >= 3
                    // "the Nobel Prize in Literature Alice Munro": the field a prize or a chair is in
                    || k == from + 1 && from > 0 && tokens.get(from - 1).text().equals("in") && wordNet.hasLowerCaseLemma(head)
                        && !wordNet.isPersonNoun(head.toLowerCase(Locale.ROOT));
            return body ? k : -1;
        }
        return -1;
    }

    /** Whether a capitalised title or word for an office and "of" or "for" come right before {@code from}: "Dean of", "Minister for". */
    private boolean afterATitleAndItsLink(List<Token> tokens, int from) {
        if (from < 2 || !Gazetteers.TITLE_LINKS.contains(tokens.get(from - 1).text())) return false;
        return capitalisedTitle(tokens.get(from - 2).text());
    }

    /** Whether every sense in which WordNet writes the word with a capital is a political party: "Labour". */
    private boolean namesAParty(String word) {
        List<net.sf.extjwnl.data.Synset> named = wordNet.namedSenses(word);
        return !named.isEmpty() && named.stream().allMatch(x -> WordNet.isKindOf(x, Set.of("party", "political party")));
    }

    /** The sentence's text from token {@code from} to token {@code to} (exclusive), on one line. */
    static String text(TaggedSentence s, int from, int to) {
        int begin = s.tokens().get(from).begin() - s.begin();
        int end = s.tokens().get(to - 1).end() - s.begin();
        return s.text().substring(begin, end).replace('\n', ' ');
    }

    /**
     * "National People's Congress": a possessive inside an organisation's name, not after it;
     * "Women's Day": inside a thing's name, when what is before the possessive is a common word
     * ("Warhol's Prince Series" is Warhol's).
     */
    private boolean organisationOrThingFollows(List<Token> tokens, int j) {
        String possessor = stripPossessive(tokens.get(j - 1).text()).toLowerCase(Locale.ROOT);
        boolean commonPossessor = wordNet.isCommonWord(possessor) // "women": its base form is
                || wordNet.lookup(POS.NOUN, possessor).map(w -> wordNet.isCommonWord(w.getLemma())).orElse(false);
        for (int k = j; k < tokens.size() && k < j + 3 && isNameToken(tokens.get(k)); k++) {
            // ("Saint Andrew's Day", "Valentine's Night": a day named after someone, whoever the possessor)
            if (Gazetteers.ORGANISATION_WORDS.contains(tokens.get(k).text())
                    || commonPossessor && Gazetteers.THING_HEADS.contains(tokens.get(k).text())
                    || k == j && Gazetteers.NAMED_DAYS.contains(tokens.get(k).text())) return true;
        }
        return false;
    }

    private static boolean isTitleCaseFunctionWord(Token t) {
        String w = t.text();
        return w.length() > 2 && Character.isUpperCase(w.charAt(0)) && !w.equals("The")
                && FUNCTION_WORDS.contains(w.toLowerCase(Locale.ROOT)) && !Set.of("PRON", "AUX").contains(t.tag());
    }

    /** Initials the tokenizer kept as one token with every full stop: "S.D." of "S.D. Shibulal". */
    static final Pattern INITIALS_WITH_STOPS = Pattern.compile("(?:\\p{Lu}\\.)+");

    /** Initials the tokenizer left without their last full stop: "N.R" of "N.R. Narayana Murthy". */
    private static final Pattern DOTTED_INITIALS = Pattern.compile("\\p{Lu}(?:\\.\\p{Lu})+");

    /** Initials as {@link #DOTTED_INITIALS}, not a place's ("N.Y", "U.S", "D.C"): "in Buffalo, N.Y. Slepian provided ...". */
    private static boolean personsInitials(String word) {
        String dotted = word + ".";
        return DOTTED_INITIALS.matcher(word).matches() && !Gazetteers.STATE_ABBREVIATIONS.contains(dotted)
                && !Gazetteers.COUNTRIES.contains(dotted) && !PLACE_AND_BODY_INITIALS.contains(dotted);
    }

    /** Dotted initials of places and bodies that no country or state list holds. */
    private static final Set<String> PLACE_AND_BODY_INITIALS = Set.of("U.N.", "E.U.", "D.C.", "U.A.E.");

    /**
     * Where a name goes on after one or more initials starting at {@code k} ("A.", or "A" and "."
     * when the tokenizer splits them: "R. L. Petruck", "O. J. Simpson"), or -1 when no name
     * follows them.
     */
    static int afterInitials(List<Token> tokens, int k) {
        int j = k;
        while (j < tokens.size()) {
            Token u = tokens.get(j);
            if (isInitial(u)) {
                j++;
            } else if ((isLetter(u) || personsInitials(u.text())) && j + 1 < tokens.size() && tokens.get(j + 1).text().equals(".")
                    && tokens.get(j + 1).begin() == u.end()) {
                j += 2; // "D. F.", and "N.R." split before its last full stop
            } else {
                break;
            }
        }
        return j > k && j < tokens.size() && isNameToken(tokens.get(j)) ? j : -1;
    }

    /**
     * "Kwok Ka-ki", "Hau Lung-bin": the tokenizer splits the second syllable of a hyphenated given
     * name off as a token of its own ("-ki"). It belongs to the name when it is joined to a short
     * capitalised syllable that is not the run's first word, inside what the model reads as a
     * person's name; a participle or a word for a kind ("New York-based", "Bush-era") does not.
     */
    private boolean syllableAfterHyphen(TaggedSentence s, int from, int j) {
        List<Token> tokens = s.tokens();
        Token u = tokens.get(j);
        Token before = tokens.get(j - 1);
        return j - 1 > from && u.begin() == before.end() && HYPHEN_SYLLABLE.matcher(u.text()).matches()
                && !u.text().endsWith("ed") && !HYPHEN_SUFFIXES.contains(u.text().substring(1))
                && SHORT_SYLLABLE.matcher(before.text()).matches()
                // (the person may start after a title's words: "Minister of Foreign Affairs Cho Tae-yul")
                && java.util.stream.IntStream.rangeClosed(from, j - 2).anyMatch(k -> personStartsAt.test(s, k));
    }

    /** "-ki" of "Ka-ki", as the tokenizer splits it; and "Ka", the capitalised syllable before it. */
    private static final Pattern HYPHEN_SYLLABLE = Pattern.compile("-[a-z]{1,5}");
    private static final Pattern SHORT_SYLLABLE = Pattern.compile("\\p{Lu}\\p{Ll}{1,4}");

    /** Words that follow a name after a hyphen without being part of it: "Bush-era", "Paris-born". */
    private static final Set<String> HYPHEN_SUFFIXES = Set.of("based", "born", "era", "like", "style", "type", "esque", "ish", "led", "run", "made");

    /**
     * 'Finley "Finn" Polmar', 'Joaquín "El Chapo" Guzmán': a nickname of one or two capitalised words
     * in quotation marks between a given name and a surname is part of the name. Returns where the
     * name goes on after the closing mark, or -1.
     */
    private int nicknameAt(TaggedSentence s, int from, int j) {
        List<Token> tokens = s.tokens();
        // only after a given name or two, the surname ending the name: not "Pete Davidson Romantic Comedy 'Meet Cute' Sets"
        // (a title before them is no name: 'Vice Mayor Michael "Mike" Rama')
        int given = from;
        for (int k = from; k < j; k++) if (Gazetteers.TITLES.contains(tokens.get(k).text()) || isRoleNoun(tokens.get(k).text())) given = k + 1;
        if (!OPENING_QUOTES.contains(tokens.get(j).text()) || given == j || j - given > 2) return -1;
        if (!GivenNames.listed(tokens.get(j - 1).text()) && !personStartsAt.test(s, from)) return -1;
        // ('Richard ‘Dee Jay Titch’ Manning', 'Tam "the Licensee" McGraw': up to three words, "the" first)
        int k = j + 1 < tokens.size() && tokens.get(j + 1).text().equals("the") ? j + 2 : j + 1;
        int words = k;
        while (k < tokens.size() && k < words + 3 && isNameToken(tokens.get(k))) k++;
        if (k == words || k + 1 >= tokens.size() || !CLOSING_QUOTES.contains(tokens.get(k).text())) return -1;
        Token surname = tokens.get(k + 1);
        // 'Horacio “Atio” Castillo III': a suffix may end the name after the surname
        boolean suffix = k + 2 < tokens.size() && NameRun.NAME_SUFFIXES.contains(tokens.get(k + 2).text());
        boolean last = k + 2 >= tokens.size() || !isNameToken(tokens.get(k + 2)) || suffix;
        return isNameToken(surname) && !isAcronym(surname.text()) && last ? k + (suffix ? 3 : 2) : -1;
    }

    private static final Set<String> OPENING_QUOTES = Set.of("\"", "“", "``", "'", "‘");
    private static final Set<String> CLOSING_QUOTES = Set.of("\"", "”", "''", "'", "’");

    /**
     * A token inside a person's name that is no name token: the split-off syllable of a hyphenated
     * given name ("-ki") or the quotation marks around a nickname. The finder puts one inside a run
     * only in those places ({@link #syllableAfterHyphen}, {@link #nicknameAt}).
     */
    static boolean joinsNameParts(Token t) {
        return HYPHEN_SYLLABLE.matcher(t.text()).matches() || OPENING_QUOTES.contains(t.text()) || CLOSING_QUOTES.contains(t.text());
    }

    /** A token of an initial, whole ("A.") or split by the tokenizer ("A", "."). */
    static boolean isInitialPart(Token t) {
        return isInitial(t) || isLetter(t) || t.text().equals(".");
    }

    /** "A.", "E.": an initial inside a person's name. */
    /**
     * Where a name goes on after two or more initials written without their stops ("K J Yesudas", "M F
     * Husain", "commissioner A K Khan"), or -1: the letters, then a capitalised word that is no everyday
     * word ("A B Testing" is no name).
     */
    private int afterBareInitials(List<Token> tokens, int k) {
        int j = k;
        while (j < tokens.size() && isLetter(tokens.get(j))) j++;
        if (j - k < 2 || j >= tokens.size() || !isNameToken(tokens.get(j)) || isAcronym(tokens.get(j).text())) return -1;
        String word = stripPossessive(tokens.get(j).text());
        // (a surname that is also a word after a word for a person: "police commissioner A K Khan")
        boolean afterAPersonWord = k > 0 && RolePhrases.isLowerCase(tokens.get(k - 1)) && personNouns.mainly(tokens.get(k - 1).text());
        return (afterAPersonWord || !wordNet.isCommonWord(word.toLowerCase(Locale.ROOT))) && !Gazetteers.isOrganisationWord(word)
                && !Gazetteers.PLACE_WORDS.contains(word) ? j : -1;
    }

    static boolean isInitial(Token t) {
        return t.text().length() == 2 && Character.isUpperCase(t.text().charAt(0)) && t.text().charAt(1) == '.';
    }

    static boolean isLetter(Token t) {
        return t.text().length() == 1 && Character.isUpperCase(t.text().charAt(0));
    }

    private static boolean onlySpaceBetween(TaggedSentence s, Token a, Token b) {
        int from = a.end() - s.begin();
        int to = b.begin() - s.begin();
        return from >= to || s.text().substring(from, to).isBlank();
    }

    private boolean startsName(TaggedSentence s, int i) {
        Token t = s.tokens().get(i);
        if ((isInitial(t) || isLetter(t)) && afterInitials(s.tokens(), i) > 0) return true; // "J. Robert", "W. W. Rouse Ball", "D. F. Costello"
        if (isLetter(t) && afterBareInitials(s.tokens(), i) > 0) return true; // "K J Yesudas", "A K Khan"
        // "R Saravanan": an initial written without its full stop, where the model reads a person's name
        if (isLetter(t) && !t.text().equals("I") && !t.text().equals("A") && i + 1 < s.tokens().size()
                && isNameToken(s.tokens().get(i + 1)) && personStartsAt.test(s, i)) return true;
        // ("Hardeep Singh Puri, G Kishan Reddy, Anurag Thakur": or in a list, before a given name and a surname)
        if (isLetter(t) && !t.text().equals("I") && !t.text().equals("A") && i >= 1 && LIST_JOINERS.contains(s.tokens().get(i - 1).text())
                && i + 2 < s.tokens().size() && isNameToken(s.tokens().get(i + 1)) && isNameToken(s.tokens().get(i + 2))) return true;
        if (t.text().equals("The") && i > 0 && i + 1 < s.tokens().size()) {
            // A capital "The" inside a sentence belongs to a title: "in The Washington Post".
            return isNameToken(s.tokens().get(i + 1));
        }
        // "defensive end Will Smith": a given name that is also a function word, capitalised inside a sentence
        // before a proper noun, starts a name ("Will Congress act?" at a sentence's start does not)
        // (a month's name before a given name and a surname is the month: "in August Chris Monks' first musical"; not "by
        // August Wilson's Jitney")
        if (!isNameToken(t) && !isSentenceStart(s, i) && GivenNames.listed(t.text()) && i + 1 < s.tokens().size()
                && isNameToken(s.tokens().get(i + 1)) && s.tokens().get(i + 1).isProperNoun()
                && !(Gazetteers.CALENDAR.contains(t.text()) && GivenNames.listed(s.tokens().get(i + 1).text())
                    && i + 2 < s.tokens().size() && isNameToken(s.tokens().get(i + 2)))) return true;
        return isNameToken(t);
    }

    private static boolean joinerAllowed(Token before, Token joiner) {
        if (joiner.text().equals("of") || joiner.text().equals("for")) {
            String word = before.text();
            return Gazetteers.ORGANISATION_WORDS.contains(word)
                    || word.endsWith("s") && Gazetteers.ORGANISATION_WORDS.contains(word.substring(0, word.length() - 1));
        }
        return true;
    }

    static boolean isNameToken(Token t) {
        String text = t.text();
        if (text.isEmpty() || !Character.isUpperCase(text.charAt(0))) return false;
        String bare = stripPossessive(text);
        // "Sunday's", "Sundays": days and months are no names, in the plural too
        if (Gazetteers.CALENDAR.contains(bare) || bare.endsWith("s") && Gazetteers.CALENDAR.contains(bare.substring(0, bare.length() - 1))) return false;
        if (CONTRACTION.matcher(text).find()) return false; // "I'm", "Don't": a pronoun or verb, never a name
        if (text.equals("No.") || text.equals("Nos.")) return false; // "Symphony No. 5", "Draft Amending Canon No. 33"
        if (isAcronym(text)) return true;
        if (!text.chars().anyMatch(Character::isLowerCase)) return false;
        // The tagger often gives unknown capitalised words a closed-class tag ("Xinhua" as SCONJ);
        // only a real function word ("In", "They") is excluded on its tag.
        return !CLOSED_TAGS.contains(t.tag()) || !FUNCTION_WORDS.contains(text.toLowerCase(Locale.ROOT));
    }

    /** "al-Jadaan" in "Mohammed al-Jadaan": an Arabic article or patronymic joined to a name part. */
    static boolean isJoinedParticle(Token t) {
        return JOINED_PARTICLE.matcher(t.text()).matches();
    }

    static boolean isAcronym(String text) {
        return text.length() >= 2 && text.chars().filter(Character::isLetter).allMatch(Character::isUpperCase)
                && text.chars().filter(Character::isLetter).count() >= 2;
    }

    /** The first word of a sentence, or of one after a colon ("the lines of: “Typical government.”"). */
    static boolean isSentenceStart(TaggedSentence s, int i) {
        for (int k = i - 1; k >= 0; k--) {
            if (s.tokens().get(k).text().equals(":")) return true;
            if (!s.tokens().get(k).tag().equals("PUNCT")) return false;
        }
        return true;
    }

    /**
     * "Ray Johnson, Lockheed's ...": a first word that is also a common word ("ray") still starts
     * a name when the name model says a person's name starts there, or the tagger reads it as a
     * proper noun before another name; never a function word or a noun for a role ("Councilman").
     */
    private boolean firstNameOfRun(TaggedSentence s, int from, int to) {
        Token t = s.tokens().get(from);
        String lower = t.text().toLowerCase(Locale.ROOT);
        if (to - from < 2 || FUNCTION_WORDS.contains(lower) || AGE.matcher(t.text()).matches()) return false;
        // "James Fallon, a marketing consultant": a given name before another name starts it, though WordNet knows a James
        Token next = s.tokens().get(from + 1);
        if (GivenNames.contains(t.text()) && next.isProperNoun()) return true;
        // "James May, from Bromsgrove,": a surname that is a month's or a day's name (see calendarNamePart)
        if (GivenNames.listed(t.text()) && to - from == 2 && Gazetteers.CALENDAR.contains(next.text())) return true;
        // "James E. Bacon, 58,": so does a frequent given name that is no lower-case word ("James", not "Will" or
        // "Mark") before an initial or a name that is no common word (the tagger does not always call it a proper noun)
        if (GivenNames.listed(t.text()) && !wordNet.hasLowerCaseLemma(lower) && (isInitial(next)
                || isNameToken(next) && !wordNet.isCommonWord(stripPossessive(next.text()).toLowerCase(Locale.ROOT)))) return true;
        // "John Smith was named ...": a listed given name the tagger reads as a proper noun before another, though
        // WordNet knows a "john"; not "Will Congress act?" (the tagger reads no proper noun there)
        if (GivenNames.listed(t.text()) && t.isProperNoun() && next.isProperNoun() && isNameToken(next)) return true;
        // "Louis the German invaded": the run holds "the" only before an epithet
        if (GivenNames.listed(t.text()) && s.tokens().get(from + 1).text().equals("the")) return true;
        // "Christian Coleman of the United States won": a listed given name that is also a word for a person, where
        // the model reads a person, before a surname that is no word
        if (GivenNames.listed(t.text()) && personStartsAt.test(s, from) && isNameToken(next)
                && !wordNet.isCommonWord(stripPossessive(next.text()).toLowerCase(Locale.ROOT))) return true;
        if (wordNet.isPersonNoun(lower) || roleNounByItsParts(t.text())) return false;
        if (Gazetteers.TITLES.contains(t.text())) return false;
        // "Besides British Gas": a common word that is no noun ("besides") is no first name either
        if (wordNet.isCommonWord(lower) && wordNet.lookup(net.sf.extjwnl.data.POS.NOUN, lower).isEmpty() && !GivenNames.contains(t.text()))
            return false;
        return personStartsAt.test(s, from) || t.isProperNoun() && isNameToken(s.tokens().get(from + 1))
                && s.tokens().get(from + 1).isProperNoun();
    }

    /** "Headteacher Margaret Chapman said", "Pro-chancellor Babalakin had said": a word for a person WordNet knows only by its parts. */
    private boolean roleNounByItsParts(String word) {
        return !wordNet.isCommonWord(word.toLowerCase(Locale.ROOT)) && wordNet.lookup(net.sf.extjwnl.data.POS.NOUN, word.toLowerCase(Locale.ROOT)).isEmpty()
                && personNouns.isTitleWord(word);
    }

    /**
     * "PAUL O’Grady has announced", "JOHN Smith, 54, was": a sentence's first word in capitals, a given
     * name, before a surname that is not.
     */
    static boolean ledeInCapitals(TaggedSentence s, int from, int to) {
        String first = s.tokens().get(from).text();
        return to - from >= 2 && first.length() >= 3 && isSentenceStart(s, from) && first.chars().allMatch(Character::isUpperCase)
                && GivenNames.listed(NameClassifier.titleCase(first)) && SURNAME.matcher(stripPossessive(s.tokens().get(from + 1).text())).matches()
                && s.tokens().subList(from, to).stream().noneMatch(t -> Gazetteers.isOrganisationWord(stripPossessive(t.text()))); // not "LIN Broadcasting"
    }

    /** An age written as one hyphenated word: "Seventeen-year-old", "Two-month-old". */
    private static final Pattern AGE = Pattern.compile("\\p{Lu}\\p{Ll}+(?:-\\p{Ll}+)?-(?:year|month|week|day)s?-old");

    private boolean keepSentenceInitial(Token t) {
        String word = stripPossessive(t.text());
        if (FUNCTION_WORDS.contains(word.toLowerCase(Locale.ROOT))) return false; // "When", "While": WordNet lists no function words
        if (isAcronym(word) && !t.text().equals("I")) return true;
        if (AGE.matcher(word).matches()) return false; // "Seventeen-year-old George Milham"
        if (Gazetteers.TITLES.contains(word)) return true; // "Mayor Helen Okafor told ...": the title makes the role
        if (roleNounByItsParts(word)) return false;
        if (capitalisedMidSentence.contains(word)) return true;
        // "Introducing Longman ...": a verb's -ing form opens the sentence, no name ("Manning" named elsewhere is kept above)
        if (verbInIng(word)) return false;
        // The tagger is unreliable on a capitalised first word ("Norway's" as ADJ): trust WordNet.
        return !wordNet.isCommonWord(word.toLowerCase(Locale.ROOT));
    }

    /** "Early's", and "Thomas'", "Jones'": the apostrophe alone after an s. */
    static boolean endsWithPossessive(Token t) {
        String w = t.text();
        // (an acronym's in capitals: "the DA’S Nicole Graham")
        return w.length() > 2 && (w.endsWith("'s") || w.endsWith("’s") || w.endsWith("s'") || w.endsWith("s’")
                || (w.endsWith("'S") || w.endsWith("’S")) && isAcronym(w.substring(0, w.length() - 2)));
    }

    static String stripPossessive(String text) {
        if (text.endsWith("'s") || text.endsWith("’s")) return text.substring(0, text.length() - 2);
        if ((text.endsWith("'S") || text.endsWith("’S")) && text.length() > 3 && isAcronym(text.substring(0, text.length() - 2)))
            return text.substring(0, text.length() - 2);
        if (text.endsWith("'") || text.endsWith("’")) return text.substring(0, text.length() - 1);
        return text;
    }
}
