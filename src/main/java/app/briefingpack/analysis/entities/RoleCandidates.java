package app.briefingpack.analysis.entities;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;

import app.briefingpack.analysis.nlp.TaggedSentence;
import app.briefingpack.analysis.nlp.Token;
import app.briefingpack.lexicon.WordFrequency;
import app.briefingpack.lexicon.WordNet;

import static app.briefingpack.analysis.entities.RolePhrases.isLowerCase;
import static app.briefingpack.analysis.entities.RolePhrases.tidy;

/**
 * The role phrases a sentence offers a person it names, each with the features {@link RoleModel}
 * weighs. A candidate is a noun phrase whose head is a word for a kind of person ("Zambezi District
 * Health Director", "chair of the RTÉ board", "artist", "MP for Bongo"), taken from the sentence of
 * one mention. Its features say which side of the name it stands on, how far off, what lies between
 * (the words when there are few, commas, verbs, other people), and what the head is. No candidate
 * crosses a person's name.
 *
 * <p>Cost: for a sentence of n tokens, one WordNet lookup per token and O(n) per candidate.
 */
final class RoleCandidates {

    /** A role phrase near one mention of a person; {@code head} indexes its sentence's tokens. */
    record Candidate(String role, TaggedSentence sentence, int from, int head, int to, List<String> features) {

        /** The same candidate with one more feature, one only the whole article can tell. */
        Candidate with(String feature) {
            List<String> more = new ArrayList<>(features);
            more.add(feature);
            return new Candidate(role, sentence, from, head, to, List.copyOf(more));
        }
    }

    /** Tags a word of a role phrase before its head may have: "Zambezi District Health", "former", "Reds". */
    private static final Set<String> MODIFIER_TAGS = Set.of("ADJ", "NOUN", "PROPN", "NUM");
    /** Prepositions that join a role's head to what it heads or serves: "chair of the board", "MP for Bongo". */
    private static final Set<String> COMPLEMENT_LINKS = Set.of("of", "for", "at", "to", "with", "in", "from", "on");
    /** Words of a complement after its preposition: "the RTÉ board", "Business & Enterprise". */
    private static final Set<String> COMPLEMENT_TAGS = Set.of("DET", "ADJ", "NOUN", "PROPN", "NUM", "PART");
    private static final Set<String> POSSESSORS = Set.of("his", "her", "their", "whose", "its", "my", "our", "your");
    private static final int MAX_MODIFIERS = 6;
    private static final int MAX_COMPLEMENT = 7;

    private final WordNet wordNet;
    private final PersonNouns personNouns;

    RoleCandidates(WordNet wordNet, PersonNouns personNouns) {
        this.wordNet = wordNet;
        this.personNouns = personNouns;
    }

    /**
     * The candidates of each person of {@code people} (every run read as a person, with the person
     * it names), from the sentences of all their mentions. A phrase the patterns gave another person
     * of the same sentence is marked so ("former CEO Michael Joseph" in a list is his).
     */
    Map<EntityDraft, List<Candidate>> ofPeople(Map<NameRun, EntityDraft> people, IntPredicate organisationAt) {
        Map<Integer, BitSet> names = new HashMap<>();
        Map<Integer, Map<EntityDraft, String>> given = new HashMap<>();
        for (Map.Entry<NameRun, EntityDraft> e : people.entrySet()) {
            int sentence = e.getKey().sentence().index();
            names.computeIfAbsent(sentence, i -> new BitSet()).set(e.getKey().from(), e.getKey().to());
            if (e.getValue().role != null) given.computeIfAbsent(sentence, i -> new HashMap<>()).put(e.getValue(), e.getValue().role.toLowerCase(Locale.ROOT));
        }
        Map<Integer, List<Phrase>> phrases = new HashMap<>();
        Map<EntityDraft, List<Candidate>> out = new LinkedHashMap<>();
        for (Map.Entry<NameRun, EntityDraft> e : people.entrySet()) {
            EntityDraft person = e.getValue();
            if (person.kind != EntityKind.PERSON) continue;
            TaggedSentence s = e.getKey().sentence();
            BitSet here = names.get(s.index());
            Map<EntityDraft, String> others = given.getOrDefault(s.index(), Map.of());
            List<Candidate> found = out.computeIfAbsent(person, d -> new ArrayList<>());
            List<Phrase> inSentence = phrases.computeIfAbsent(s.index(), i -> phrases(s, here, organisationAt));
            for (Candidate c : of(e.getKey(), here, inSentence)) {
                String role = c.role().toLowerCase(Locale.ROOT);
                boolean taken = others.entrySet().stream().anyMatch(g -> g.getKey() != person && (g.getValue().contains(role) || role.contains(g.getValue())));
                found.add(taken ? c.with("taken-by-another") : c);
            }
        }
        return out;
    }

    /**
     * The candidates in {@code run}'s sentence; {@code people} marks the tokens of every person's
     * name in that sentence, {@code run}'s own included.
     */
    List<Candidate> of(NameRun run, BitSet people, IntPredicate organisationAt) {
        return of(run, people, phrases(run.sentence(), people, organisationAt));
    }

    /** The role phrases of a sentence, the same for every person it names: "Zambezi District Health Director". */
    private record Phrase(int from, int head, int to, String role) {}

    /**
     * Every phrase of {@code s} headed by a word for a kind of person, with its modifiers and
     * complement, that crosses no name, lies in no organisation's name, is English and says more
     * than "a man".
     */
    private List<Phrase> phrases(TaggedSentence s, BitSet people, IntPredicate organisationAt) {
        List<Token> t = s.tokens();
        List<Phrase> out = new ArrayList<>();
        for (int k = 0; k < t.size(); k++) {
            if (people.get(k) || !isHead(t, k) || organisationAt.test(t.get(k).begin())) continue;
            // "Prime Minister", "celebrity chef": the last word of a compound is its head
            if (k + 1 < t.size() && !people.get(k + 1) && isLowerCase(t.get(k)) == isLowerCase(t.get(k + 1)) && isHead(t, k + 1)) continue;
            int from = k;
            while (from > 0 && k - from < MAX_MODIFIERS && !people.get(from - 1) && modifier(t.get(from - 1))) from--;
            int to = complementEnd(t, k + 1, people);
            if (!english(t, from, to)) continue;
            String role = phrase(s, from, k, to);
            // "a man", "the two men": a word for anyone says nothing of a role unless something qualifies it
            if (!PersonNouns.ANYONE.contains(role.toLowerCase(Locale.ROOT))) out.add(new Phrase(from, k, to, role));
        }
        return out;
    }

    /** The phrases of {@code run}'s sentence that may be the person's, each with its features. */
    private List<Candidate> of(NameRun run, BitSet people, List<Phrase> phrases) {
        List<Candidate> out = new ArrayList<>();
        for (Phrase p : phrases) {
            if (belongsElsewhere(run, people, p.from(), p.head(), p.to())) continue;
            out.add(new Candidate(p.role(), run.sentence(), p.from(), p.head(), p.to(), features(run, people, p.from(), p.head(), p.to())));
        }
        return withNearest(run, out);
    }

    /** Function words a role phrase may hold besides the words WordNet knows. */
    private static final Set<String> FUNCTION_WORDS = Set.of("of", "the", "for", "and", "at", "in", "to", "with", "from", "on", "a", "an", "&");

    /**
     * Whether every lower-case word of the phrase is English, in WordNet or in the word-frequency
     * list, which has the inflected forms ("men", "sureties"): "délivrera son", "de una visión
     * nacionalista" are not.
     */
    private boolean english(List<Token> t, int from, int to) {
        for (int k = from; k < to; k++) {
            String w = t.get(k).text();
            // ("co-founder", "40-year-old": compounds and figures WordNet does not list are English enough)
            if (isLowerCase(t.get(k)) && w.indexOf('-') < 0 && !FUNCTION_WORDS.contains(w) && !wordNet.isCommonWord(w)
                    && WordFrequency.get().zipf(w) <= 0) return false;
        }
        return true;
    }

    /** Marks the candidate nearest the name on each side: a role is most often the one next to it. */
    private static List<Candidate> withNearest(NameRun run, List<Candidate> found) {
        Candidate before = null, after = null;
        for (Candidate c : found) {
            if (c.to() <= run.from()) before = c;
            else if (after == null) after = c;
        }
        List<Candidate> out = new ArrayList<>(found.size());
        for (Candidate c : found) out.add(c == before ? c.with("nearest=B") : c == after ? c.with("nearest=A") : c);
        return out;
    }

    /**
     * A phrase no reading gives this person: one across a semicolon or a quotation mark, a title right before another person's name
     * ("President Fidel Castro"), a relation of the person
     * or of someone else ("sister of X", "X's younger sister", "X loyalist", "his grandfather"), or a
     * surname beside a lone given name ("Butcher, Andrew").
     */
    private static final Set<String> QUOTES = Set.of("\"", "“", "”", "``", "''");

    private static boolean belongsElsewhere(NameRun run, BitSet people, int from, int head, int to) {
        List<Token> t = run.sentence().tokens();
        if (to < t.size() && people.get(to) && to != run.from()) return true;
        // "He thanked the volunteers; Dora Finch spoke": a semicolon between them closes one clause and opens another
        int left = Math.min(to, run.to()), right = Math.max(from, run.from());
        // (and "Angela Frost added: “She was proud of her work as a councillor.”": a quotation mark between them, the
        // speaker's words about someone else)
        if (t.subList(left, right).stream().anyMatch(x -> x.text().equals(";") || QUOTES.contains(x.text()))) return true;
        // "sister of Fidel Castro", "adviser to Ann Lee": the name is what the role is of, not who holds it
        if (to == head + 1 && head + 2 == run.from() && COMPLEMENT_LINKS.contains(t.get(head + 1).text().toLowerCase(Locale.ROOT))) return true;
        // "Saddam loyalist", "Trump supporters": a noun right after the name is of people tied to the person
        if (from == run.to() && isLowerCase(t.get(head))) return true;
        // "Fidel Castro's younger sister": a relation of the person, someone else
        // (the possessive ending may be a token of its own; one or two words the tagger misreads, "younger" as a
        // pronoun, may stand between)
        int after = run.to() < t.size() && t.get(run.to()).text().matches("['’]s?") ? run.to() + 1 : run.to();
        boolean possessive = after > run.to() || t.get(run.to() - 1).text().matches(".*['’]s?");
        if (possessive && from >= after && from - after <= 2
                && t.subList(after, from).stream().allMatch(x -> isLowerCase(x) && !Set.of("VERB", "AUX", "ADP", "CCONJ").contains(x.tag())))
            return true;
        // "X was named after his grandfather": a relation of the person named before it
        if (from > run.to() && POSSESSORS.contains(t.get(from - 1).text().toLowerCase(Locale.ROOT))) return true;
        // "To the dismay of his lawyer, X pleaded": someone's relation in a phrase before the clause whose subject the name is
        if (to + 1 == run.from() && t.get(to).text().equals(",") && from >= 2 && POSSESSORS.contains(t.get(from - 1).text().toLowerCase(Locale.ROOT))
                && "ADP".equals(t.get(from - 2).tag()) && run.to() < t.size() && isLowerCase(t.get(run.to()))) return true;
        // "Butcher, Andrew" in a reference list, "Fiona Barker": a capitalised word next to a lone given name is its surname
        boolean touching = to == run.from() || from == run.to() || from == run.to() + 1 && t.get(run.to()).text().equals(",");
        return run.size() == 1 && touching && !isLowerCase(t.get(head)) && from == head && !Gazetteers.TITLES.contains(t.get(head).text());
    }

    /** A word for a kind of person that may head a role: a lower-case noun, a title, an officer's initials. */
    private boolean isHead(List<Token> t, int k) {
        Token tok = t.get(k);
        String w = tok.text();
        if (Gazetteers.ROLE_ACRONYMS.contains(w)) return true;
        if (Gazetteers.HONORIFICS.contains(w)) return false;
        if (!Character.isLetter(w.charAt(0)) || "VERB".equals(tok.tag()) || "AUX".equals(tok.tag()) || "PRON".equals(tok.tag())) return false;
        // "public repository": an adjective before a noun modifies it
        if ("ADJ".equals(tok.tag()) && k + 1 < t.size() && "NOUN".equals(t.get(k + 1).tag())) return false;
        // "a beloved and respected member": nor one joined to the next modifier
        if (k + 2 < t.size() && "CCONJ".equals(t.get(k + 1).tag()) && Set.of("ADJ", "VERB").contains(t.get(k + 2).tag())
                && (personNouns.isAdjective(w) || "ADJ".equals(tok.tag()))) return false;
        // "artist", "lawmaker"; not "success", "threat" or "case", whose person senses are rare
        // ("Marco Arment is stupid", "no longer": not a word the tagger reads as an adjective or an adverb, when WordNet
        // knows it as one too; "great-uncle" is no adjective, whatever its tag)
        if (isLowerCase(tok)) return (personNouns.mainly(w) || PersonNouns.POSITIONS.contains(w))
                && !(Set.of("ADJ", "ADV").contains(tok.tag()) && (personNouns.isAdjective(w) || wordNet.lookup(net.sf.extjwnl.data.POS.ADVERB, w).isPresent()));
        return personNouns.isTitleWord(w) || Gazetteers.TITLES.contains(w);
    }

    private static boolean modifier(Token t) {
        return MODIFIER_TAGS.contains(t.tag()) || t.text().matches("['’]s?") || t.text().matches("\\p{L}+-\\p{L}+");
    }

    /**
     * The end of "of the RTÉ board" or "in the Ministry of National Security" after a head, or
     * {@code start} when no complement follows. "to" takes a name or a determiner ("adviser to the
     * Prime Minister"), not a common noun ("hero to glory").
     */
    private static int complementEnd(List<Token> t, int start, BitSet people) {
        if (start + 1 >= t.size()) return start;
        String link = t.get(start).text().toLowerCase(Locale.ROOT);
        if (!COMPLEMENT_LINKS.contains(link)) return start;
        if (link.equals("to") && !Set.of("DET", "PROPN").contains(t.get(start + 1).tag())) return start;
        int e = start + 1;
        while (e < t.size() && e - start <= MAX_COMPLEMENT && !people.get(e) && !Gazetteers.HONORIFICS.contains(t.get(e).text()) && (COMPLEMENT_TAGS.contains(t.get(e).tag())
                || t.get(e).text().equals("&") || innerLink(t, e))) e++;
        // "of the" with nothing after it is no complement
        while (e > start + 1 && (Set.of("DET", "PART", "ADP", "CCONJ").contains(t.get(e - 1).tag()) || t.get(e - 1).text().equals("&"))) e--;
        return e > start + 1 ? e : start;
    }

    /** "of" or "and" between capitalised words inside a complement: "Ministry of National Security". */
    private static boolean innerLink(List<Token> t, int k) {
        String w = t.get(k).text();
        return (w.equals("of") || w.equals("and")) && k > 0 && k + 1 < t.size()
                && Character.isUpperCase(t.get(k - 1).text().charAt(0)) && Character.isUpperCase(t.get(k + 1).text().charAt(0));
    }

    /**
     * The candidate's words as the text has them, but that one person's role is singular: "Directors
     * facing charges are A, B and C" gives each "director", "three members" gives "member".
     */
    private String phrase(TaggedSentence s, int from, int head, int to) {
        List<Token> t = s.tokens();
        String h = t.get(head).text();
        String lower = h.toLowerCase(Locale.ROOT);
        String singular = wordNet.isPluralNoun(lower) ? wordNet.singularNoun(lower).filter(personNouns::any).orElse(null) : null;
        if (singular == null) return text(s, from, to);
        while (from < head && ("NUM".equals(t.get(from).tag()) || RolePhrases.QUANTITY.contains(t.get(from).text().toLowerCase(Locale.ROOT)))) from++;
        // a capital only because the sentence opens with the word is no title's
        boolean title = !isLowerCase(t.get(head)) && head > 0;
        String word = title ? RolePhrases.capitalised(singular) : singular;
        String before = from < head ? text(s, from, head) + " " : "";
        String after = head + 1 < to ? " " + text(s, head + 1, to) : "";
        return tidy(before + word + after);
    }

    /** The words from {@code from} to {@code to}, tidied, without a possessive ending they may start with. */
    private static String text(TaggedSentence s, int from, int to) {
        return tidy(NameRunFinder.text(s, from, to).replaceAll("^['’]s?\\s*", ""));
    }

    private List<String> features(NameRun run, BitSet people, int from, int head, int to) {
        List<Token> t = run.sentence().tokens();
        boolean before = to <= run.from();
        int gapFrom = before ? to : run.to();
        int gapTo = before ? run.from() : from;
        int gap = gapTo - gapFrom;
        String dir = before ? "B" : "A";
        List<String> f = new ArrayList<>();
        f.add("dir=" + dir);
        f.add("gap=" + dir + bucket(gap));
        StringBuilder words = new StringBuilder();
        StringBuilder tags = new StringBuilder();
        int commas = 0;
        boolean verb = false;
        boolean person = false;
        for (int k = gapFrom; k < gapTo; k++) {
            Token tok = t.get(k);
            if (gap <= 4) {
                words.append(tok.text().toLowerCase(Locale.ROOT)).append('_');
                tags.append(tok.tag()).append('_');
            }
            if (tok.text().equals(",")) commas++;
            if ("VERB".equals(tok.tag()) || "AUX".equals(tok.tag())) verb = true;
            if (people.get(k)) person = true;
        }
        f.add(gap <= 4 ? "btw=" + dir + words : "btw=" + dir + "long");
        f.add(gap <= 4 ? "btwtags=" + dir + tags : "btwtags=" + dir + "long");
        f.add("commas=" + dir + Math.min(commas, 3));
        if (verb) f.add("verb=" + dir);
        if (person) f.add("person-between");
        if (nearerPerson(run, people, from, to, before)) f.add("nearer-person");
        if (listBetween(t, people, gapFrom, gapTo)) f.add("list-between=" + dir);
        if (touchesAnother(run, people, from, to)) f.add("touches-another");
        String h = t.get(head).text();
        String lower = h.toLowerCase(Locale.ROOT);
        f.add("head=" + lower);
        // words of like use share a path prefix: "lawmaker" and "legislator", "pacer" and "bowler"
        String path = WordClusters.get().path(h);
        if (path != null) f.add("head-cluster=" + path.substring(0, Math.min(8, path.length())));
        f.add("head-shape=" + (Gazetteers.ROLE_ACRONYMS.contains(h) ? "acronym" : isLowerCase(t.get(head)) ? "lower" : "capital"));
        if (personNouns.mainly(lower)) f.add("mainly-person");
        if (PersonNouns.ANYONE.contains(lower) || PersonNouns.LIFE_STAGES.contains(lower)) f.add("says-little");
        if (wordNet.isPluralNoun(lower)) f.add("plural");
        if (head + 1 < t.size() && "NOUN".equals(t.get(head + 1).tag()) && to == head + 1) f.add("noun-after-head");
        // "their daughters", "whose parents": someone else's relation, not the person's role
        if (from > 0 && POSSESSORS.contains(t.get(from - 1).text().toLowerCase(Locale.ROOT))) f.add("possessed");
        // "To the dismay of his lawyer, X": the object of a preposition, not an apposition
        int opener = from > 0 && RolePhrases.opensApposition(t.get(from - 1)) ? from - 2 : from - 1;
        if (opener >= 0 && "ADP".equals(t.get(opener).tag())) f.add("object-of=" + t.get(opener).text().toLowerCase(Locale.ROOT));
        if (to > head + 1) f.add("complement=" + t.get(head + 1).text().toLowerCase(Locale.ROOT));
        f.add("len=" + bucket(to - from));
        f.add("before-cand=" + (from > 0 ? word(t.get(from - 1)) : "^"));
        f.add("after-cand=" + (to < t.size() ? word(t.get(to)) : "$"));
        f.add("before-name=" + (run.from() > 0 ? word(t.get(run.from() - 1)) : "^"));
        f.add("after-name=" + (run.to() < t.size() ? word(t.get(run.to())) : "$"));
        f.add("people=" + Math.min(runsIn(people), 3));
        if (run.title() != null) f.add("titled");
        return f;
    }

    /** Whether another person's name stands nearer the candidate on its far side from {@code run}. */
    private static boolean nearerPerson(NameRun run, BitSet people, int from, int to, boolean before) {
        int gap = before ? run.from() - to : from - run.to();
        if (before) {
            int k = people.previousSetBit(from - 1);
            return k >= 0 && from - 1 - k < gap;
        }
        int k = people.nextSetBit(to);
        return k >= 0 && k - to < gap;
    }

    /** Words that open a list of names after its plural: "Directors facing arrest are A, B and C". */
    private static final Set<String> LIST_OPENERS = Set.of("are", "were", "is", "was", "include", "includes", "included",
            "including", ":", "like", "as", "namely");

    /** Whether only other names, commas and "and" stand between: "lawmakers A, B, C and D". */
    private static boolean listBetween(List<Token> t, BitSet people, int from, int to) {
        int k = from;
        boolean name = false;
        while (k < to && LIST_OPENERS.contains(t.get(k).text().toLowerCase(Locale.ROOT))) k++;
        for (; k < to; k++) {
            String w = t.get(k).text();
            if (people.get(k)) name = true;
            else if (!w.equals(",") && !w.equals(";") && !w.equalsIgnoreCase("and") && !w.equals("&")) return false;
        }
        return name || from < to;
    }

    /** Whether another person's name touches the candidate, or is one comma off it: "former CEO Michael Joseph". */
    private static boolean touchesAnother(NameRun run, BitSet people, int from, int to) {
        boolean after = people.get(to) && (to < run.from() || to >= run.to());
        boolean afterComma = people.get(to + 1) && (to + 1 < run.from() || to + 1 >= run.to());
        boolean before = from > 0 && people.get(from - 1) && (from - 1 < run.from() || from - 1 >= run.to());
        return after || afterComma || before;
    }

    private static int runsIn(BitSet people) {
        int runs = 0;
        for (int k = people.nextSetBit(0); k >= 0; k = people.nextSetBit(k + 1)) if (k == 0 || !people.get(k - 1)) runs++;
        return runs;
    }

    private static String word(Token t) {
        return t.tag().equals("PROPN") ? "PROPN" : t.text().toLowerCase(Locale.ROOT);
    }

    private static String bucket(int n) {
        return n <= 2 ? String.valueOf(n) : n <= 5 ? "3-5" : n <= 10 ? "6-10" : "11+";
    }
}
