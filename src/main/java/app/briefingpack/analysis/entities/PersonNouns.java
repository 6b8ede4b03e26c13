package app.briefingpack.analysis.entities;

import java.util.Optional;
import java.util.Set;

import app.briefingpack.lexicon.WordNet;
import app.briefingpack.text.Spellings;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Synset;

/**
 * Common nouns for a kind of person, the words a role is made of ("spokesman", "neighbour",
 * "midfielder"), read from WordNet. WordNet spells the American way, so every spelling of a
 * word is tried. A person WordNet knows by name is no role: "young" is not one for Brigham
 * Young, nor "James" for Henry James.
 */
final class PersonNouns {

    private final WordNet wordNet;

    PersonNouns(WordNet wordNet) {
        this.wordNet = wordNet;
    }

    /** A noun with any sense for a kind of person: "head" (a person in charge is its fourth). */
    boolean any(String word) {
        return personSenseAmong(word, Integer.MAX_VALUE);
    }

    /** A noun with a sense for a kind of person among its three commonest: "spokesman", "director"; not "force" or "head". */
    boolean mainly(String word) {
        return personSenseAmong(word, 3);
    }

    /** Nouns for anyone at all, which say nothing of what a person is: "man", "person", "figure". */
    static final Set<String> ANYONE = Set.of("person", "people", "man", "woman", "individual", "human", "adult", "guy", "lady",
            "gentleman", "someone", "figure", "character", "soul");

    /** Nouns for a stage of life: "as a boy", "a gangly teenager". */
    static final Set<String> LIFE_STAGES = Set.of("child", "boy", "girl", "kid", "teenager", "teen", "youngster", "baby",
            "youth", "infant", "toddler");

    /** A capitalised word, hyphenated or not: "Chairman", "Co-owner", "Auditor-General". */
    static final java.util.regex.Pattern CAPITALISED_WORD = java.util.regex.Pattern.compile("\\p{Lu}\\p{Ll}+(?:-\\p{Lu}?\\p{Ll}+)*");

    /**
     * A capitalised word for a kind of person, a title however rare: "Selectman", "Correspondent",
     * "Co-owner", "Auditor-General". Its commonest sense is a person (a hyphenated compound WordNet
     * does not list: one of its three commonest, read by its parts); it is no given name ("Frank")
     * and no people's name ("Norwegian", "Miami").
     */
    boolean isTitleWord(String word) {
        if (!CAPITALISED_WORD.matcher(word).matches() || GivenNames.listed(word)) return false;
        String lower = word.toLowerCase(java.util.Locale.ROOT);
        // ("Headteacher": a compound WordNet does not list, read by its parts; not "Handelsman", "Bergman": a surname)
        boolean person = lower.indexOf('-') > 0 ? mainly(lower)
                : wordNet.isFirstAPersonNoun(lower) || wordNet.lookup(POS.NOUN, lower).isEmpty() && compoundOfAPersonNoun(lower, 3);
        return person && wordNet.namedSenses(word).stream().noneMatch(x -> "noun.person".equals(x.getLexFileName()));
    }

    /** A noun with a sense for a kind of person among its five commonest: "head" (the fourth), not "force" (the seventh). */
    boolean amongFive(String word) {
        return personSenseAmong(word, 5);
    }

    /** A word WordNet also knows as an adjective: "possible", not "performer". */
    boolean isAdjective(String word) {
        return wordNet.lookup(POS.ADJECTIVE, word).isPresent();
    }

    /**
     * Players' positions that WordNet lacks or knows only as something else ("pacer", a horse):
     * "scrumhalf Ryan Lonergan", "left-arm pacer X". Positions that are also everyday words ("prop",
     * "lock", "centre") are left out.
     */
    static final Set<String> POSITIONS = Set.of("scrumhalf", "scrum-half", "flyhalf", "fly-half", "five-eighth",
            "wicketkeeper", "wicket-keeper", "wicketkeeper-batsman", "wicketkeeper-batter", "seamer", "pacer", "paceman", "opener",
            "centre-back", "centre-forward", "center-back", "left-back", "right-back", "wing-back");

    /** A noun whose commonest sense is a thing, an animal, a plant or a living thing at large: "doll", "creature"; not "star" (a body in the sky) nor "director". */
    boolean thingFirst(String word) {
        return wordNet.lookup(POS.NOUN, word).map(n -> !n.getSenses().isEmpty()
                && THINGS.contains(n.getSenses().get(0).getLexFileName())).orElse(false);
    }

    private static final Set<String> THINGS = Set.of("noun.artifact", "noun.animal", "noun.plant", "noun.food", "noun.Tops");

    private static final java.util.regex.Pattern PENDING = java.util.regex.Pattern.compile("(.+)-(?:elect|designate)", java.util.regex.Pattern.CASE_INSENSITIVE);

    /** A noun whose commonest sense is an event, a state, an act or an idea: "fate", not "philanthropist". */
    boolean abstractFirst(String word) {
        return wordNet.lookup(POS.NOUN, word).map(n -> !n.getSenses().isEmpty() && ABSTRACT.contains(n.getSenses().get(0).getLexFileName())).orElse(false);
    }

    private static final Set<String> ABSTRACT = Set.of("noun.event", "noun.state", "noun.act", "noun.cognition", "noun.attribute",
            "noun.communication", "noun.feeling", "noun.phenomenon", "noun.process");

    /** A noun whose commonest sense is an animal: "dog" in "the family dog Rex". */
    boolean animal(String word) {
        return wordNet.lookup(POS.NOUN, word).map(n -> !n.getSenses().isEmpty()
                && "noun.animal".equals(n.getSenses().get(0).getLexFileName())).orElse(false);
    }

    /**
     * Whether one of the word's {@code commonest} noun senses, in any spelling, is a kind of person;
     * a compound WordNet does not list is read by its last part: "midfielder" is a "fielder".
     */
    private boolean personSenseAmong(String word, int commonest) {
        // "man-of-the-match", "mum-of-two": a hyphenated phrase is a person when its first word is
        if (POSITIONS.contains(word)) return true;
        // "chairman-elect", "CEO-designate": an office not yet taken is a person's too
        java.util.regex.Matcher pending = PENDING.matcher(word);
        if (pending.matches()) return personSenseAmong(pending.group(1), commonest);
        int of = word.indexOf("-of-");
        if (of > 0) return personSenseAmong(word.substring(0, of), commonest);
        boolean known = false;
        // "co-ordinator" is WordNet's "coordinator"
        java.util.Set<String> spellings = new java.util.LinkedHashSet<>(Spellings.of(word));
        if (word.indexOf('-') > 0) spellings.addAll(Spellings.of(word.replace("-", "")));
        for (String spelling : spellings) {
            Optional<IndexWord> noun = wordNet.lookup(POS.NOUN, spelling);
            known |= noun.isPresent();
            if (noun.isPresent() && noun.get().getSenses().stream().limit(commonest).anyMatch(PersonNouns::personKind)) return true;
        }
        return !known && (compoundOfAPersonNoun(word, commonest) || compoundOfMan(word));
    }

    /** "radioman", "linewoman", "chairperson": a known word and then "man", "woman" or "person", which WordNet may not list. */
    private boolean compoundOfMan(String word) {
        java.util.regex.Matcher m = COMPOUND_OF_MAN.matcher(word);
        return m.matches() && wordNet.lookup(POS.NOUN, m.group(1)).isPresent();
    }

    private static final java.util.regex.Pattern COMPOUND_OF_MAN = java.util.regex.Pattern.compile("(\\p{Ll}{3,})-?(?:man|woman|men|women|person)");

    /**
     * "midfielder", "co-founder", "co-ordinator": a word WordNet knows as a whole, then a noun for a
     * person of five letters or more.
     */
    private boolean compoundOfAPersonNoun(String word, int commonest) {
        if (word.length() < 8 || !word.chars().allMatch(c -> Character.isLowerCase(c) || c == '-')) return false;
        for (int cut = 2; cut <= word.length() - 4; cut++) {
            String head = word.substring(0, cut).replaceAll("-$", "");
            String tail = word.substring(cut);
            // a tail of five letters at least, or "mate" ("bandmate", "flatmate")
            if (tail.startsWith("-") || head.isEmpty() || tail.length() < 5 && !tail.equals("mate")) continue;
            // the tail first: one lookup, where the head takes four
            Optional<IndexWord> noun = wordNet.lookup(POS.NOUN, tail);
            if (noun.isPresent() && noun.get().getLemma().equals(tail)
                    && noun.get().getSenses().stream().limit(commonest).anyMatch(PersonNouns::personKind) && !wordNet.senses(head).isEmpty()) return true;
        }
        return false;
    }

    /** A sense for a kind of person, not one person: "analyst", not "Henry James". */
    private static boolean personKind(Synset sense) {
        return "noun.person".equals(sense.getLexFileName()) && !WordNet.isInstance(sense);
    }
}
