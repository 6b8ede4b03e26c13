package app.briefingpack.analysis.entities;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import app.briefingpack.analysis.nlp.Token;
import app.briefingpack.lexicon.WordNet;

/**
 * The role a list of names takes from the plural noun before it: "survived by two sisters,
 * Elizabeth Wright and Louise Campbell", "the victims, James Chaney, Andrew Goodman and Michael
 * Schwerner", "drummers such as X and Y". Each name is a sister, a victim, a drummer.
 *
 * <p>After a comma, a colon or a dash the names must be a list (two names at least, the last
 * joined by "and" or "or", or the group closed by a semicolon as in an obituary's survivors), so
 * "the doctors, John Smith said" gives no role. After "such as" or "including" one name is
 * enough. Words that say nothing of a person ("people", "others", "members") give none.
 */
final class ListedRoles {

    private ListedRoles() {
    }

    /** Verbs that name people before "as": "were identified as A and B". */
    private static final Set<String> IDENTIFIED = Set.of("identified", "named", "listed");
    /** How far back from "including" the plural it lists may be. */
    private static final int MAX_WORDS_TO_THE_PLURAL = 8;
    /** Between the names of a list. */
    private static final Set<String> SEPARATORS = Set.of(",", "and", "or", "&");
    /** Between the plural noun and the list. */
    private static final Set<String> OPENERS = Set.of(",", ":", "–", "—", "-", "--");
    /** Groups of people whose listed names are each a member: "the cast", "the crew", "the jury". */
    private static final Set<String> MEMBER_GROUPS = Set.of("cast", "crew", "jury", "panel", "squad", "delegation", "line-up", "lineup");

    /** Nouns too general to be a role: anyone's, and "members", "others". */
    private static boolean general(String noun) {
        return PersonNouns.ANYONE.contains(noun) || Set.of("member", "other", "name", "one").contains(noun);
    }

    static Optional<String> role(NameRun run, WordNet wordNet, PersonNouns personNouns) {
        List<Token> t = run.sentence().tokens();
        // "including Saddam's palaces": a possessive is no item of a list of people
        if (RolePhrases.ENDS_POSSESSIVE.matcher(run.tokens().get(run.size() - 1).text()).matches()) return Optional.empty();
        int first = run.from();
        // "Friends Daniel Scott, Gortahork, Mícheál Roarty ... and Shaun Harkin": a plural opening the sentence
        // (whatever its tag: the tagger reads "Friends" there as a verb)
        boolean openingPlural = !t.isEmpty() && !GivenNames.listed(t.get(0).text()) && wordNet.isPluralNoun(t.get(0).text().toLowerCase(java.util.Locale.ROOT));
        while (first > 0) {
            if (first == 1 && openingPlural) break;
            Token w = t.get(first - 1);
            if (SEPARATORS.contains(w.text()) || nameWord(w)) first--;
            else if (listedTitleStart(run, first, wordNet) >= 0) { // "deputy mayor Harry Quick," inside the list
                int k0 = listedTitleStart(run, first, wordNet);
                first = k0;
                if (RolePhrases.dashBetween(run.sentence(), t.get(k0 - 1), t.get(k0))) break;
            }
            else if (w.text().equals(")") && first >= 3 && t.get(first - 3).text().equals("(")) first -= 3; // "(Lab)"
            else if (RolePhrases.AGE.matcher(w.text()).matches() && first >= 2 && t.get(first - 2).text().equals(",")) first--; // "sons A, 45, and B"
            else if (w.text().equals(".") && first >= 2 && t.get(first - 2).text().length() == 1) first--; // "Paul T. II"
            else break;
        }
        while (first < run.from() && SEPARATORS.contains(t.get(first).text()) && !t.get(first).text().equals(",")) first++;
        if (first == 0) return Optional.empty();
        Optional<Opening> opening = opening(run, first, openingPlural, wordNet, personNouns);
        if (opening.isEmpty()) return Optional.empty();
        int noun = opening.get().noun();
        if (noun < 0 || opening.get().listNeeded() && !isList(t, opening.get().opener(), wordNet)) return Optional.empty();
        Token plural = t.get(noun);
        String word = noun == 0 && openingPlural ? plural.text().toLowerCase(java.util.Locale.ROOT) : plural.text();
        // "the two incumbent MPs for both constituencies, A and B": members or officers by their initials
        String initials = word.endsWith("s") ? word.substring(0, word.length() - 1) : "";
        if (Gazetteers.MEMBERS_INITIALS.contains(initials) || Gazetteers.OFFICERS.contains(initials)) return Optional.of(initials);
        if (!word.chars().allMatch(c -> Character.isLowerCase(c) || c == '-')) return Optional.empty(); // "co-stars"
        // "The supporting cast includes A, B and C": each is a member of a group of people
        if (MEMBER_GROUPS.contains(word) && opening.get().listNeeded()) {
            Token g = noun > 0 ? t.get(noun - 1) : null;
            boolean groupModifier = g != null && g.isAdjective() && RolePhrases.isLowerCase(g) && !RolePhrases.QUANTITY.contains(g.text());
            return Optional.of((groupModifier ? g.text() + " " : "") + word + " member");
        }
        Optional<String> singular = wordNet.singularNoun(word);
        // "bandmates A, B and C": a plural of a compound no dictionary has, read by its parts
        boolean byParts = singular.isEmpty() && unknownPlural(word, wordNet, personNouns);
        if (byParts) singular = Optional.of(word.substring(0, word.length() - 1));
        // its commonest sense a person: not "attacks against Western targets, Abu Nidal and Abu Abbas"
        // (or a player's position WordNet knows as a thing first: "openers A and B")
        // (its second sense will do: "two new entrants", a commodity first)
        // "older sisters", "local doctors", "research scientists": one lower-case adjective or noun before the noun, not a number
        Token m = noun > 0 ? t.get(noun - 1) : null;
        boolean modifier = m != null && (m.isAdjective() || m.tag().equals("NOUN")) && m.text().chars().allMatch(c -> Character.isLowerCase(c) || c == '-')
                && !RolePhrases.QUANTITY.contains(m.text());
        // ("committee members A and B": members of a body the noun before names are each a member of it)
        boolean memberOf = modifier && m.tag().equals("NOUN") && singular.filter("member"::equals).isPresent();
        if (singular.isEmpty() || general(singular.get()) && !memberOf
                || !byParts && !memberOf && !personAmongTwo(singular.get(), wordNet) && !PersonNouns.POSITIONS.contains(singular.get())) return Optional.empty();
        return Optional.of(modifier ? m.text() + " " + singular.get() : singular.get());
    }

    /** Whether a verb of naming people comes shortly before "as": "were identified as", "identified the two suspects as". */
    private static boolean identifiedBefore(List<Token> t, int as) {
        for (int k = as - 1; k >= 0 && as - k <= 5 && !t.get(k).text().matches("[,;:.]"); k--) if (IDENTIFIED.contains(t.get(k).text())) return true;
        return false;
    }

    /** Where a list's plural is ({@code noun}, -1 if none), what opens the names, and whether they must be a list of two or more. */
    private record Opening(int noun, int opener, boolean listNeeded) {}

    /**
     * The plural noun a list whose names start after {@code first} takes, by what stands before the
     * names: a comma, colon or dash after the plural, the plural itself, "such as", "like",
     * "including", a verb of naming and "as", a copula or "include".
     */
    private static Optional<Opening> opening(NameRun run, int first, boolean openingPlural, WordNet wordNet, PersonNouns personNouns) {
        List<Token> t = run.sentence().tokens();
        int noun;
        int opener = first;
        boolean listNeeded;
        int before = first - 1;
        if (t.get(first).text().equals(",") || OPENERS.contains(t.get(first).text())) {
            // "two sisters, A and B": the comma was walked over as a separator
            noun = first - 1;
            // (over a phrase of place: "the two MPs for both constituencies, A and B")
            if (wordNet.singularNoun(t.get(noun).text()).filter(w -> personAmongTwo(w, wordNet)).isEmpty()) noun = nounBefore(t, first);
            listNeeded = true;
            if (!OPENERS.contains(t.get(first).text())) return Optional.empty();
        } else if (OPENERS.contains(t.get(before).text())) {
            opener = before;
            // ("The crew that went to the slums are: A, B and C": a copula and a relative clause before the colon)
            boolean copula = before >= 2 && Set.of("are", "were").contains(t.get(before - 1).text());
            noun = copula ? nounBefore(t, afterRelativeClause(t, before - 1)) : nounBefore(t, before);
            listNeeded = true;
        } else if (RolePhrases.dashBetween(run.sentence(), t.get(before), t.get(first))) {
            opener = before; // "the students – A, B and C": the tokenizer keeps no dash
            noun = nounBefore(t, first);
            listNeeded = true;
        } else if (t.get(before).text().equals("as") && before >= 2 && t.get(before - 1).text().equals("such")) {
            noun = before - 2; // "drummers such as X"
            listNeeded = false;
        } else if (t.get(before).text().equals("like") && before >= 1) {
            noun = before - 1; // "independents like X, Y and Z"
            listNeeded = false;
        } else if (t.get(before).text().equals("as") && before >= 2 && t.get(before - 2).text().equals("such")) {
            noun = before - 1; // "such performers as X"
            listNeeded = false;
        } else if ((t.get(before).isNoun() || unknownPlural(t.get(before).text(), wordNet, personNouns)) && t.get(before).text().chars().allMatch(Character::isLowerCase)
                || before == 0 && openingPlural) { // ("bandmates A, B and C", read as a verb)
            opener = before; // "BJP leaders Shivraj Singh Chouhan and Narottam Mishra"
            noun = before;
            listNeeded = true;
        } else if (t.get(before).text().equals("including")) {
            noun = before - (before >= 2 && t.get(before - 1).text().equals(",") ? 2 : 1); // "five climbers, including X"
            // "well-known Jamaican writers included in the book, including X": the nearest plural for people in the clause
            // (not past "others": "teachers, classmates and others — including X, ...")
            int nearest = nearestPlural(t, noun, w -> personAmongTwo(w, wordNet), true, wordNet);
            if (nearest >= 0) noun = nearest;
            listNeeded = false;
        } else if (t.get(before).text().equals("as") && identifiedBefore(t, before)) {
            // "The arrested suspects were identified as A, B and C", "He identified the two suspects as A"
            noun = nearestPlural(t, before - 1, w -> true, false, wordNet);
            listNeeded = false;
        } else if (Set.of("were", "are", "include", "includes", "included").contains(t.get(before).text()) && before >= 1) {
            opener = before; // "The adjudicators of the prize were A, B and C", "Those 16 scientists included A, B"
            noun = nounBefore(t, afterRelativeClause(t, before));
            listNeeded = true;
        } else if (t.get(before).text().equals(";") && before >= 3 && (t.get(before - 2).tag().equals("NUM") || t.get(before - 3).tag().equals("NUM"))) {
            opener = before; // "we had five research scientists; Dr A, Dr B and Dr C"
            noun = before - 1;
            listNeeded = true;
        } else {
            return Optional.empty();
        }
        return Optional.of(new Opening(noun, opener, listNeeded));
    }

    /**
     * Where a relative clause about the plural before {@code verb} starts, in the same clause ("The
     * directors who resigned are A, B and C"), else {@code verb} itself.
     */
    private static int afterRelativeClause(List<Token> t, int verb) {
        for (int k = verb - 1; k >= 1 && verb - k <= 8; k--) {
            String w = t.get(k).text();
            if (Set.of("who", "that").contains(w)) return k;
            if (w.matches("[,;:.!?]")) break;
        }
        return verb;
    }

    /**
     * The nearest lower-case plural at or before {@code from} in the same clause whose singular
     * {@code fits}, within {@link #MAX_WORDS_TO_THE_PLURAL} words; -1 if none. With {@code stopAtOthers}
     * the search ends at "others" or another plural too general to be a role.
     */
    private static int nearestPlural(List<Token> t, int from, java.util.function.Predicate<String> fits, boolean stopAtOthers, WordNet wordNet) {
        for (int k = from; k >= 0 && from - k < MAX_WORDS_TO_THE_PLURAL && !t.get(k).text().matches("[,;:.]"); k--) {
            String lower = t.get(k).text().toLowerCase(java.util.Locale.ROOT);
            if (stopAtOthers && (lower.equals("others") || wordNet.singularNoun(lower).filter(ListedRoles::general).isPresent())) return -1;
            if (t.get(k).text().chars().allMatch(Character::isLowerCase) && wordNet.singularNoun(t.get(k).text()).filter(fits).isPresent()) return k;
        }
        return -1;
    }

    /** A plural no dictionary has whose singular is a word for a person read by its parts: "bandmates". */
    private static boolean unknownPlural(String word, WordNet wordNet, PersonNouns personNouns) {
        return word.length() > 3 && word.endsWith("s") && !NameRunFinder.isFunctionWord(word) && wordNet.lookup(net.sf.extjwnl.data.POS.NOUN, word).isEmpty()
                && wordNet.lookup(net.sf.extjwnl.data.POS.VERB, word).isEmpty() && personNouns.mainly(word.substring(0, word.length() - 1));
    }

    /** The commonest sense a person, or the second after a thing: "entrant", a commodity first; not "target". */
    private static boolean personAmongTwo(String noun, WordNet wordNet) {
        return wordNet.lookup(net.sf.extjwnl.data.POS.NOUN, noun).map(n -> {
            var senses = n.getSenses();
            if (senses.isEmpty()) return false;
            if ("noun.person".equals(senses.get(0).getLexFileName())) return true;
            return senses.size() > 1 && "noun.artifact".equals(senses.get(0).getLexFileName()) && "noun.person".equals(senses.get(1).getLexFileName());
        }).orElse(false);
    }

    /**
     * Whether the names after {@code opener} (the comma, colon or dash that opens them) make a list: two
     * names at least, the last joined by "and" or "or", or the group closed by a semicolon.
     */
    private static boolean isList(List<Token> t, int opener, WordNet wordNet) {
        int names = 0;
        boolean joined = false;
        boolean inName = false;
        int k = opener + 1;
        for (; k < t.size(); k++) {
            Token w = t.get(k);
            if (nameWord(w) || w.text().equals(".") && inName && t.get(k - 1).text().length() == 1) { // "Paul T. II"
                if (!inName) names++;
                inName = true;
            } else if (w.text().equals("(") && k + 2 < t.size() && t.get(k + 2).text().equals(")")) {
                k += 2; // a party after a name: "Paula Desmond (Lab)"
            } else if (RolePhrases.AGE.matcher(w.text()).matches() && t.get(k - 1).text().equals(",")) {
                inName = false; // an age after a name: "sons Tom Reed, 45, and Paul Reed, 41"
            } else if (SEPARATORS.contains(w.text())) {
                joined |= !w.text().equals(",");
                inName = false;
            } else if (!inName && titleOfAListedName(t, k, wordNet)) {
                continue; // "mayor Kristie Johnston, deputy mayor Harry Quick, Stuart Slade"
            } else {
                break;
            }
        }
        boolean closed = k < t.size() && t.get(k).text().equals(";");
        return names >= 2 && (joined || closed);
    }

    /**
     * The plural noun before an opener, over a short phrase of place: "Party leaders in the chamber –
     * A (Lab), B (FF) and C (FG)".
     */
    private static int nounBefore(List<Token> t, int opener) {
        for (int k = opener - 1; k >= 0 && opener - k <= 4; k--) {
            Token w = t.get(k);
            // "Four of the suspects – A, B, C and D": after a number or a quantity, the plural is the one after "of"
            if (w.text().equals("of") && k >= 1 && (t.get(k - 1).tag().equals("NUM") || RolePhrases.QUANTITY.contains(t.get(k - 1).text().toLowerCase(java.util.Locale.ROOT))))
                return opener - 1;
            if (w.tag().equals("ADP")) return k - 1;
            if (!(w.tag().equals("DET") || w.isNoun())) break;
        }
        return opener - 1;
    }

    /**
     * "the aldermen — mayor Kristie Johnston, deputy mayor Harry Quick, Stuart Slade": a lower-case word
     * for a person, or its modifier, before a name inside the list; those names keep their own title.
     */
    private static boolean titleOfAListedName(List<Token> t, int k, WordNet wordNet) {
        int j = k;
        while (j < t.size() && j - k < 3 && t.get(j).text().chars().allMatch(Character::isLowerCase) && !SEPARATORS.contains(t.get(j).text())) j++;
        return j > k && j < t.size() && nameWord(t.get(j)) && wordNet.isFirstAPersonNoun(t.get(j - 1).text());
    }

    /**
     * Where the lower-case title right before token {@code end} starts, when it is an item's title in a
     * list (after a separator or a dash, before a name); else -1.
     */
    private static int listedTitleStart(NameRun run, int end, WordNet wordNet) {
        List<Token> t = run.sentence().tokens();
        // a plural is the list's own noun ("sons Ludwig, Philipp and Tobias"), not an item's title
        if (end < 1 || wordNet.isPluralNoun(t.get(end - 1).text()) || !wordNet.isFirstAPersonNoun(t.get(end - 1).text())) return -1;
        int k0 = end;
        while (k0 > 0 && end - k0 < 3 && t.get(k0 - 1).text().chars().allMatch(Character::isLowerCase) && !SEPARATORS.contains(t.get(k0 - 1).text())
                && !(k0 < end && RolePhrases.dashBetween(run.sentence(), t.get(k0 - 1), t.get(k0)))) k0--;
        if (k0 == end || k0 == 0) return -1;
        boolean itemStart = SEPARATORS.contains(t.get(k0 - 1).text()) || RolePhrases.dashBetween(run.sentence(), t.get(k0 - 1), t.get(k0));
        return itemStart ? k0 : -1;
    }

    /** A word of a name in a list: capitalised, an initial, a particle. */
    private static boolean nameWord(Token t) {
        String w = t.text();
        if (w.isEmpty()) return false;
        return Character.isUpperCase(w.charAt(0)) && !w.equals("The") || NameRunFinder.isParticle(w);
    }
}
