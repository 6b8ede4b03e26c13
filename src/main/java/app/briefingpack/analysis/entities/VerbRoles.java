package app.briefingpack.analysis.entities;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import app.briefingpack.analysis.nlp.Token;
import app.briefingpack.lexicon.WordNet;

import static app.briefingpack.analysis.entities.RolePhrases.*;

/**
 * A role given by a verb: the copula and verbs of office ("X is a historian", "X, who was the
 * Nobel Prize winner", "X has served as Chief of Staff", "X was named chief executive") and a
 * credit line ("Directed by X").
 */
final class VerbRoles {

    private final WordNet wordNet;
    private final RolePhrases phrases;

    VerbRoles(WordNet wordNet, RolePhrases phrases) {
        this.wordNet = wordNet;
        this.phrases = phrases;
    }

    /**
     * "X is a historian": the name is the subject, not inside another phrase ("The murder of X is the
     * latest assault ..." says what the murder is), the phrase's head is a word for a person ("X is a
     * turning point" gives none), and it ends in a noun, not cut at a word the phrase does not hold
     * ("X is a beloved and respected member": the tagger reads "respected" as a verb).
     */
    /** The comma that closes ", who ..." starting at {@code comma}, within a dozen words and before any name; else -1. */
    private static int relativeClauseEnd(List<Token> t, int comma) {
        if (comma + 2 >= t.size() || !t.get(comma).text().equals(",") || !t.get(comma + 1).text().equals("who")) return -1;
        for (int k = comma + 2; k < t.size() && k - comma < 14; k++) {
            if (t.get(k).text().equals(",")) return k;
            if (t.get(k).text().matches("[;:.\"“”]") || NameRunFinder.isNameToken(t.get(k))) return -1;
        }
        return -1;
    }

    Optional<String> copula(NameRun run) {
        List<Token> t = run.sentence().tokens();
        int i = run.to();
        // "X, 27, has been working as": the age first
        if (i + 3 < t.size() && t.get(i).text().equals(",") && AGE.matcher(t.get(i + 1).text()).matches() && t.get(i + 2).text().equals(",")) i += 3;
        // "X, of Bethpage, was a nurse": where the person lives, between commas
        if (i + 1 < t.size() && t.get(i).text().equals(",") && afterResidence(t, i + 1) > i + 1 && t.get(afterResidence(t, i + 1) - 1).text().equals(","))
            i = afterResidence(t, i + 1);
        // "X, who has died aged 92, was an experimental particle physicist": the verb after a relative clause between commas
        int clauseEnd = relativeClauseEnd(t, i);
        boolean relative = false;
        if (clauseEnd > 0 && clauseEnd + 1 < t.size() && (Set.of("is", "was").contains(t.get(clauseEnd + 1).text()) || BECAME.contains(t.get(clauseEnd + 1).text())))
            i = clauseEnd + 1;
        // "X, who is a ...": a relative clause about the person says what they are as the copula does
        else if (i + 2 < t.size() && t.get(i).text().equals(",") && t.get(i + 1).text().equals("who")) {
            i += 2;
            relative = true;
        }
        // "Another Kenyan, Patrick Makau, is the current world record holder": the name between commas, then the verb
        // (after a word for a person: not "Kilmarnock, East Ayrshire, was", a place's county)
        if (i + 2 < t.size() && t.get(i).text().equals(",") && Set.of("is", "was").contains(t.get(i + 1).text())
                && run.from() > 1 && t.get(run.from() - 1).text().equals(",")
                && wordNet.isFirstAPersonNoun(t.get(run.from() - 2).text().toLowerCase(java.util.Locale.ROOT))) i++;
        if (i < t.size() && (t.get(i).text().equals("also") || t.get(i).text().equals("now"))) i++;
        // "X is now state minister": "now" after the verb
        boolean nowAfter = i + 2 < t.size() && Set.of("is", "was").contains(t.get(i).text()) && t.get(i + 1).text().equals("now");
        // "X has served as", "X has been working as": in the perfect too
        if (i + 1 < t.size() && HAVE.contains(t.get(i).text())) i += i + 2 < t.size() && t.get(i + 1).text().equals("been") ? 2 : 1;
        boolean perfect = i >= 1 && t.get(i - 1).text().equals("been");
        // "X also served as a councillor", "X has served as Chief of Staff": verbs of office, with "as", say it too
        boolean office = i + 2 < t.size() && SERVED_AS.contains(t.get(i).text()) && t.get(i + 1).text().equals("as");
        int from; // where the role starts, its article included
        if (office) {
            from = i + 2; // the article may be left out
        } else if (nowAfter) {
            from = i + 2; // "X is now state minister in ...": the article may be left out
        } else if (i + 1 < t.size() && BECAME.contains(t.get(i).text())) {
            from = i + 1; // "X became exec pastry chef at Y": the article may be left out
        } else if (i + 2 < t.size() && Set.of("is", "was").contains(t.get(i).text()) && NAMED.contains(t.get(i + 1).text())) {
            from = i + 2; // "X was named chief executive"
        } else if (perfect && i + 1 < t.size() && NAMED.contains(t.get(i).text())) {
            from = i + 1; // "X has been named Deputy Premier"
        } else if (perfect && i + 1 < t.size() && Gazetteers.ARTICLES.contains(t.get(i).text().toLowerCase())) {
            from = i; // "X, who has been the board chairman since 2021"
        } else if (i + 1 < t.size() && Set.of("is", "was", "as").contains(t.get(i).text()) && Gazetteers.ARTICLES.contains(t.get(i + 1).text().toLowerCase())) {
            from = i + 1;
        } else if (i + 2 < t.size() && Set.of("is", "was").contains(t.get(i).text()) && t.get(i + 1).text().equals("both")
                && wordNet.isFirstAPersonNoun(t.get(i + 2).text())) { // not "Coron is both the name of ..."
            from = i + 2; // "X was both conductor and soloist"
        } else {
            return Optional.empty();
        }
        // "X has been appointed as the new chief executive": "as" after a verb of office
        if ((from >= 1 && NAMED.contains(t.get(from - 1).text())) && from + 1 < t.size() && t.get(from).text().equals("as")) from++;
        // the role is a noun phrase: not "Warren Mall is named after a former assessor"
        if (!Set.of("DET", "ADJ", "NOUN", "PROPN").contains(t.get(from).tag())) return Optional.empty();
        int head = from + (Gazetteers.ARTICLES.contains(t.get(from).text().toLowerCase()) ? 1 : 0); // the first word after the article
        int first = RoleFinder.titleStart(run);
        // (the name no object of a preposition, unless a relative clause says it of the name: "chatted with X, who is the assistant to ...")
        if (first > 0 && (t.get(first - 1).tag().equals("ADP") && !relative || t.get(first - 1).tag().equals("DET"))) return Optional.empty();
        int end = from;
        while (end < t.size() && phrases.phraseWord(t.get(end)) && !t.get(end).text().equals(",")) end++;
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
        if (end <= head || !Set.of("NOUN", "PROPN").contains(t.get(end - 1).tag()) && !startsUpperCase(t.get(end - 1)) && !phrases.lowerCasePersonNoun(t.get(end - 1))
                || ENDS_POSSESSIVE.matcher(t.get(end - 1).text()).matches()
                || !phrases.headIsAPerson(t, head, end)) return Optional.empty();
        return phrases.phrase(run.sentence(), from, end, true);
    }

    /**
     * A credit line, "Directed by Gary F. Bell", "Reviewed by X": the sentence is a past participle,
     * "by" and the name, and the role is the verb's agent noun WordNet knows as a person (director,
     * reviewer, translator).
     */
    Optional<String> credit(NameRun run) {
        List<Token> t = run.sentence().tokens();
        int first = RoleFinder.titleStart(run);
        // "Editor: Fardah Assegaf", "Translators: Andilala, Sri Haryati": a word for a person, a colon and names alone
        if (first >= 2 && t.get(1).text().equals(":") && phrases.capitalisedPersonWord(t.get(0)) && onlyNames(t, 2)) {
            String label = t.get(0).text().toLowerCase(java.util.Locale.ROOT);
            return Optional.of(wordNet.singularNoun(label).orElse(label));
        }
        boolean wholeSentence = run.to() == t.size() || run.to() == t.size() - 1 && t.get(run.to()).text().matches("[.:]");
        if (first != 2 || !wholeSentence || !t.get(1).text().equals("by") || !t.get(0).text().matches("\\p{Lu}\\p{Ll}+ed")) return Optional.empty();
        return agent(t.get(0).text());
    }

    /** Whether the sentence from {@code from} to its end is names, initials and what lists them. */
    private static boolean onlyNames(List<Token> t, int from) {
        int end = t.size() > from && t.get(t.size() - 1).text().equals(".") ? t.size() - 1 : t.size();
        return t.subList(from, end).stream().allMatch(w -> startsUpperCase(w) || Set.of(",", "and", "&").contains(w.text()));
    }

    /**
     * Inside a sentence, a verb of making a work credits its maker: "the movie, directed by A and B,
     * won", each name listed after "by".
     */
    Optional<String> workCredit(NameRun run) {
        List<Token> t = run.sentence().tokens();
        int first = RoleFinder.titleStart(run);
        int by = first - 1;
        while (by > 0 && !t.get(by).text().equals("by") && first - by < 12
                && (Set.of(",", "and").contains(t.get(by).text()) || startsUpperCase(t.get(by)) || t.get(by).text().startsWith("-"))) by--;
        if (by < 1 || !t.get(by).text().equals("by") || !WORK_VERBS.contains(t.get(by - 1).text())) return Optional.empty();
        // "vests designed by Jarlath Quinn's company": what the person owns made the work
        if (NameRunFinder.endsWithPossessive(t.get(run.to() - 1))) return Optional.empty();
        String verb = t.get(by - 1).text();
        return Optional.ofNullable(AGENTS.get(verb)).or(() -> agent(verb)); // "founded": a founder, whatever WordNet ranks first
    }

    /** The agent noun of a verb, a word for a person in WordNet: "directed" is a director's work, "written" a writer's. */
    private Optional<String> agent(String participle) {
        Optional<net.sf.extjwnl.data.IndexWord> verb = wordNet.lookup(net.sf.extjwnl.data.POS.VERB, participle.toLowerCase(java.util.Locale.ROOT));
        if (verb.isEmpty()) return Optional.empty();
        String lemma = verb.get().getLemma();
        String stem = lemma.endsWith("e") ? lemma.substring(0, lemma.length() - 1) : lemma;
        for (String agent : List.of(lemma + "or", lemma + "er", lemma + "r", stem + "or")) { // "curate": "curator"
            if (wordNet.lookup(net.sf.extjwnl.data.POS.NOUN, agent).filter(n -> n.getLemma().equals(agent)).isPresent()
                    && wordNet.isFirstAPersonNoun(agent)) return Optional.of(agent);
        }
        return Optional.empty();
    }

    /** Participles of making a work, which credit its maker inside a sentence: "a film directed by X". */
    private static final Set<String> WORK_VERBS = Set.of("directed", "written", "produced", "composed", "designed", "edited",
            "illustrated", "translated", "painted", "choreographed", "curated", "narrated", "photographed", "co-written",
            "co-directed", "co-produced", "founded", "co-founded", "authored", "sculpted", "conducted");

    /**
     * "The Sea Grill appointed Yuhi Fujinaga exec chef in July", "the board named Ann Kerr its new
     * chair", "promoted Bret Taylor as co-CEO": a verb of appointing, the name, and the office, a noun
     * phrase for a person (after "as" or not) up to a comma, a date or the sentence's end.
     */
    Optional<String> appointed(NameRun run) {
        List<Token> t = run.sentence().tokens();
        int first = RoleFinder.titleStart(run);
        if (first < 1 || !APPOINTING.contains(t.get(first - 1).text())) return Optional.empty();
        int from = run.to();
        if (from < t.size() && t.get(from).text().equals("as")) from++;
        if (from < t.size() && POSSESSIVE_DETERMINERS.contains(t.get(from).text())) from++; // "named Ann Kerr its new chair"
        // a noun phrase, not "named X after his grandfather"
        if (from >= t.size() || !Set.of("DET", "ADJ", "NOUN", "PROPN").contains(t.get(from).tag())) return Optional.empty();
        int end = from;
        while (end < t.size() && phrases.phraseWord(t.get(end)) && !t.get(end).text().equals(",")
                && !(t.get(end).tag().equals("ADP") && end + 1 < t.size() && (t.get(end + 1).tag().equals("NUM") || Gazetteers.CALENDAR.contains(t.get(end + 1).text())))
                && !(end > from && Set.of("on", "in", "last", "this", "after", "to").contains(t.get(end).text()))) end++;
        while (end - 1 > from && Set.of("ADP", "DET", "CCONJ").contains(t.get(end - 1).tag())) end--;
        if (end <= from || !phrases.headIsAPerson(t, from, end)) return Optional.empty();
        return phrases.phrase(run.sentence(), from, end, true);
    }

    /** Verbs that put someone into an office: "appointed X chief executive". */
    private static final Set<String> APPOINTING = Set.of("appointed", "named", "elected", "promoted", "hired", "installed", "tapped", "appoints", "names");

    /**
     * "Dave Swenson, who teaches economics at Iowa State University", "Roy Berghaus, who farms the
     * hills near Farmington", "Audrey Hanson has owned Alice's Place for 17 years": a verb of what
     * someone does for a living, right after the name or "who", gives the role as the text says it,
     * the verb and its object up to a comma, a clause or {@link #MAX_OCCUPATION_WORDS} words.
     */
    Optional<String> occupation(NameRun run) {
        List<Token> t = run.sentence().tokens();
        int i = run.to();
        if (i + 1 < t.size() && t.get(i).text().equals(",") && t.get(i + 1).text().equals("who")) i += 2;
        else if (RoleFinder.titleStart(run) != 0) return Optional.empty(); // the subject only: not "Smith told Jones, who ..."
        int verb = i;
        if (verb + 1 < t.size() && HAVE.contains(t.get(verb).text()) && OCCUPATION_VERBS.contains(t.get(verb + 1).text())) verb++;
        if (verb >= t.size() || !OCCUPATION_VERBS.contains(t.get(verb).text())) return Optional.empty();
        int end = verb + 1;
        while (end < t.size() && end - i <= MAX_OCCUPATION_WORDS && !t.get(end).text().matches("[,;:.!?\"“”()—–]|--")
                && !Set.of("and", "but", "who", "which", "where", "when", "while", "because", "since", "after", "before").contains(t.get(end).text())
                && !(t.get(end).tag().equals("ADP") && end + 1 < t.size() && (t.get(end + 1).tag().equals("NUM") || Gazetteers.CALENDAR.contains(t.get(end + 1).text()))))
            end++;
        // the verb needs its object: "who runs" alone says nothing ("runs" may be a race)
        if (end - verb < 2 || end - i > MAX_OCCUPATION_WORDS) return Optional.empty();
        // owning or heading something is a role only when it is named: "owns Alice's Place", not "owned a dog"
        if (!CRAFT_VERBS.contains(t.get(verb).text()) && t.subList(verb + 1, end).stream().noneMatch(RolePhrases::startsUpperCase)) return Optional.empty();
        String object = run.sentence().text().substring(t.get(verb + 1).begin() - run.sentence().begin(), t.get(end - 1).end() - run.sentence().begin());
        String agent = AGENTS.get(t.get(verb).text());
        if (agent == null) return Optional.of(t.get(verb).text() + " " + object); // "teaches economics at Iowa State"
        // "owned Y" is a former owner's; "has owned Y" and "owns Y" a present one's; a founder stays one
        boolean former = verb == i && t.get(verb).text().endsWith("ed") && !agent.endsWith("founder");
        return Optional.of((former ? "former " : "") + agent + " of " + object.replaceFirst("^(?i)the\\s+", ""));
    }

    /** The noun for the one who does what a verb of {@link #OCCUPATION_VERBS} says: "owns Y" is the owner of Y. */
    private static final java.util.Map<String, String> AGENTS = java.util.Map.ofEntries(
            java.util.Map.entry("owns", "owner"), java.util.Map.entry("owned", "owner"), java.util.Map.entry("manages", "manager"),
            java.util.Map.entry("managed", "manager"), java.util.Map.entry("directs", "director"), java.util.Map.entry("chairs", "chair"),
            java.util.Map.entry("chaired", "chair"), java.util.Map.entry("heads", "head"), java.util.Map.entry("headed", "head"),
            java.util.Map.entry("edits", "editor"), java.util.Map.entry("edited", "editor"), java.util.Map.entry("founded", "founder"),
            java.util.Map.entry("co-founded", "co-founder"), java.util.Map.entry("coaches", "coach"), java.util.Map.entry("coached", "coach"),
            java.util.Map.entry("leads", "leader"));

    /** Verbs of what someone does for a living, in the present or as a perfect participle. */
    private static final Set<String> OCCUPATION_VERBS = Set.of("teaches", "farms", "owns", "owned", "manages", "managed", "coaches",
            "coached", "directs", "chairs", "chaired", "heads", "headed", "edits", "edited", "founded", "co-founded", "taught", "leads");

    /** Verbs of a craft, a role whatever their object: "teaches economics", "farms the hills". */
    private static final Set<String> CRAFT_VERBS = Set.of("teaches", "taught", "farms", "coaches", "coached");

    private static final int MAX_OCCUPATION_WORDS = 10;

    /** Verbs that make a person what follows them: "became chief executive". */
    private static final Set<String> BECAME = Set.of("became", "becomes");

    /** Participles that, after "was" or "is", give an office: "was named chief executive", "was elected mayor". */
    private static final Set<String> NAMED = Set.of("named", "appointed", "elected");

    /** Verbs that, with "as", give the office a person holds: "served as a councillor". */
    private static final Set<String> SERVED_AS = Set.of("serves", "served", "serving", "works", "worked", "working", "acts", "acted", "acting");

    /** Auxiliaries of the perfect before a verb of office: "has served as". */
    private static final Set<String> HAVE = Set.of("has", "had", "have");
}
