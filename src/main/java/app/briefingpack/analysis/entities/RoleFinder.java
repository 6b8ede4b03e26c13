package app.briefingpack.analysis.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import app.briefingpack.lexicon.WordNet;
import app.briefingpack.analysis.nlp.Token;

import static app.briefingpack.analysis.entities.RolePhrases.isLowerCase;
import static app.briefingpack.analysis.entities.RolePhrases.tidy;

/**
 * The role the text itself gives a person: the front door of the role finders. The patterns, in
 * the order they are tried: a title before the name ("Interim Prime Minister Ayad Allawi"); an
 * apposition before or after it ({@link Appositions}: "former U.S. client and member of the
 * United Iraqi Alliance, Ahmed Chalabi," / "Ahmed Chalabi, a former exile,"); a pre-modifier
 * ("BP chairman Carl-Henric Svanberg") or a player's position ({@link SportPositions}); a verb
 * ({@link VerbRoles}: "X is a historian", "Directed by X"); a list after a plural noun
 * ({@link ListedRoles}); and "as" ({@link AsRoles}). Ranks and academic titles come last. Each
 * counts only when it holds a noun WordNet files under people ("client", "member",
 * "spokesman"), so a comma before a name in a list or a clause is not mistaken for a role.
 */
final class RoleFinder {

    private final WordNet wordNet;
    private final PersonNouns personNouns;
    private final RolePhrases phrases;
    private final Appositions appositions;
    private final VerbRoles verbs;
    private final AsRoles asRoles;
    private final SubjectDescriptions descriptions;

    RoleFinder(WordNet wordNet) {
        this.wordNet = wordNet;
        this.personNouns = new PersonNouns(wordNet);
        this.phrases = new RolePhrases(wordNet, personNouns);
        this.appositions = new Appositions(wordNet, personNouns, phrases);
        this.verbs = new VerbRoles(wordNet, phrases);
        this.asRoles = new AsRoles(personNouns);
        this.descriptions = new SubjectDescriptions(wordNet, personNouns);
    }

    /** The role in a definite description that is the sentence's subject ("The philanthropist made ..."), and where it starts. */
    Optional<SubjectDescriptions.Description> subjectDescription(app.briefingpack.analysis.nlp.TaggedSentence s) {
        return descriptions.in(s);
    }

    /** The role a sentence gives "he" or "she" with a copula ("He is a junior engineering major"), and where it starts. */
    Optional<SubjectDescriptions.Description> pronounDescription(app.briefingpack.analysis.nlp.TaggedSentence s) {
        return descriptions.pronounIsA(s);
    }

    /** The role in a headline whose subject describes a person ("Climber breaks British record"). */
    Optional<SubjectDescriptions.Description> headlineDescription(app.briefingpack.analysis.nlp.TaggedSentence headline) {
        return descriptions.opening(headline);
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
        // "Jóola languages are classified as members of ...": the noun the name modifies has the role, not a person
        if (NameClassifier.namesAPeople(run.next())) return Optional.empty();
        Optional<String> title = officeThroughBody(run).or(() -> titled(run));
        // "The Minister of Health, Prof Ali Pate": an apposition says more than an academic title
        // "In an alert to NHS bosses, Chris Whitty, the chief medical officer, said": after an opening phrase the
        // apposition after the name, with its article, is the role
        boolean introduced = !run.sentence().tokens().isEmpty() && Set.of("ADP", "SCONJ").contains(run.sentence().tokens().get(0).tag())
                && articleAfter(run);
        boolean rank = title.filter(RANKS::contains).isPresent();
        Optional<String> role = title.filter(RoleFinder::leadsTheRoles)
                .or(() -> introduced ? appositions.after(run).or(() -> appositions.before(run)) : appositions.before(run).or(() -> appositions.after(run)))
                .or(() -> premodifier(run)).or(() -> SportPositions.before(run)).or(() -> appositions.named(run)).or(() -> verbs.copula(run))
                .or(() -> verbs.credit(run)).or(() -> ListedRoles.role(run, wordNet, personNouns))
                .or(() -> further ? asRoles.role(run) : Optional.empty())
                .or(() -> further ? SportPositions.after(run) : Optional.empty())
                .or(() -> further ? verbs.occupation(run) : Optional.empty())
                .or(() -> further ? verbs.workCredit(run) : Optional.empty())
                .or(() -> further && rank ? verbs.appointed(run) : Optional.empty())
                .or(() -> title) // "Professor Patrick Maxwell, who leads the School of Clinical Medicine": the title says least
                .or(() -> further && !rank ? verbs.appointed(run) : Optional.empty());
        Optional<String> affiliation = affiliation(run, organisationAt);
        if (affiliation.isEmpty()) return role;
        return Optional.of(role.map(r -> r + " of " + affiliation.get()).orElse("from " + affiliation.get()));
    }

    /**
     * Whether a title comes before every other reading of the role. Not an academic title or a rank
     * ("his sole contender, Chief X", "Captain X has been appointed as the new chief executive"), nor a
     * single capitalised word no title list has ("Victorian Belinda Hill, the founder of ..."): they say
     * less than any other reading. An office does lead ("the nation's leader, President X").
     */
    private static boolean leadsTheRoles(String title) {
        return !LESSER_TITLES.contains(title) && !RANKS.contains(title) && (title.contains(" ") || Gazetteers.TITLES.contains(title));
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
        // (not before a courtesy title: "group managing director Datuk Captain X" is the director, read by the pre-modifier)
        boolean courtesyFirst = Gazetteers.HONORIFICS.contains(t.get(start).text());
        while (!courtesyFirst && k > 0 && start - k < 3 && t.get(k - 1).text().chars().allMatch(Character::isLowerCase)
                && (t.get(k - 1).isAdjective() && (wordNet.lookup(net.sf.extjwnl.data.POS.ADJECTIVE, t.get(k - 1).text()).isPresent()
                        || t.get(k - 1).text().endsWith("ed")) // "ousted"
                    || t.get(k - 1).isNoun() && personNouns.mainly(t.get(k - 1).text()))) k--; // not "so did Secretary of State X"
        // "Deputy Mayor Penny Hulse", "Acting Governor X": a capitalised word for a person or an adjective before the title
        if (k == start && k > 0 && NameRunFinder.TITLE_CASE_WORD.matcher(t.get(k - 1).text()).matches() && !GivenNames.listed(t.get(k - 1).text())
                && (wordNet.isFirstAPersonNoun(t.get(k - 1).text().toLowerCase(java.util.Locale.ROOT))
                    || TITLE_MODIFIERS.contains(t.get(k - 1).text()) || Set.of("NOUN", "PROPN", "ADJ").contains(t.get(k - 1).tag()) && namesAField(t.get(k - 1).text()))) k--; // not "Despite", "As"
        // "committee chairman Cllr Melanie Baker", "Council leader Cllr John Beesley": a job before a title, said in full, and
        // the title ("Ellesmere watch manager" keeps its noun and its employer)
        Optional<String> job = k < start && isLowerCase(t.get(start - 1)) && personNouns.mainly(t.get(start - 1).text())
                ? premodifierEndingAt(run, start, false) : Optional.empty();
        for (int i = k; i < start; i++) words.add(t.get(i).text());
        // ("The Honourable X": the article of a courtesy title is no role either)
        // (nor the words of a style before one: "The Most Rev. Dr. X", "Rt Rev X"; a police rank is the role only with
        // more to its title, spelled out: "Senior DIG X")
        List<String> title = titleWords(run);
        boolean rankAlone = title.stream().allMatch(w -> courtesyOrRank(w) || Gazetteers.STYLE_WORDS.contains(w) || w.equals("The"));
        for (int i = 0; i < title.size(); i++) {
            String w = title.get(i);
            boolean style = Gazetteers.STYLE_WORDS.contains(w) && i + 1 < title.size() && Gazetteers.HONORIFICS.contains(title.get(i + 1));
            boolean loneRank = Gazetteers.RANK_INITIALS.containsKey(w) && rankAlone;
            if (!Gazetteers.HONORIFICS.contains(w) && !w.equals("The") && !style && !loneRank) words.add(spelledOut(w));
        }
        // "Commercialization Dr X", the end of a list before a courtesy title: a word that is no title, no word for a
        // person and no place is no role
        if (words.size() == 1 && title.size() > 1 && !Gazetteers.TITLES.contains(words.get(0)) && !personNouns.any(words.get(0).toLowerCase(java.util.Locale.ROOT))
                && !Gazetteers.COUNTRIES.contains(words.get(0)) && !Gazetteers.CITIES.contains(words.get(0)) && !wordNet.namesAPlace(words.get(0))
                && !Gazetteers.isOrganisationWord(words.get(0)) && !NameRunFinder.isAcronym(words.get(0))) return Optional.empty();
        if (words.isEmpty()) return Optional.empty();
        if (job.isPresent() && words.size() - (start - k) == 1) {
            String office = words.get(words.size() - 1);
            return Optional.of(job.get().toLowerCase(java.util.Locale.ROOT).endsWith(office.toLowerCase(java.util.Locale.ROOT)) ? job.get()
                    : job.get() + " and " + (Gazetteers.TITLES.contains(office) ? office.toLowerCase(java.util.Locale.ROOT) : office));
        }
        return Optional.of(String.join(" ", words));
    }

    /**
     * "Director General of Health Services Dr. X", "Minister of Health Lieutenant Colonel X": an
     * office through the body it heads, right before the courtesy title or rank the name has; the
     * office says what the person does, the rank only what they are.
     */
    private Optional<String> officeThroughBody(NameRun run) {
        if (run.title() == null) return Optional.empty();
        List<Token> t = run.sentence().tokens();
        int end = run.from(); // where the courtesy titles and ranks before the name start
        while (end > 0 && Gazetteers.TITLES.contains(t.get(end - 1).text())) end--;
        if (end < 1 || !RolePhrases.startsUpperCase(t.get(end - 1))) return Optional.empty();
        // ("the Archbishop of the Church of Uganda Dr X": the body's own name may hold a link; the office is before an earlier one)
        int link = -1, first = -1;
        for (int k = end - 1; k >= 1 && end - k <= MAX_BODY_WORDS; k--) {
            Token w = t.get(k);
            if (Gazetteers.TITLE_LINKS.contains(w.text()) && k + 1 < end) {
                first = officeBefore(t, k, end);
                if (first < k) {
                    link = k;
                    break;
                }
                if (!Gazetteers.isOrganisationWord(t.get(k - 1).text())) return Optional.empty();
                continue;
            }
            if (!RolePhrases.startsUpperCase(w) && !w.text().equals("the") && !w.text().equals("&")) return Optional.empty();
        }
        if (link < 1) return Optional.empty();
        // "White House Chief of Staff": the employer's name before the office, not a sentence's first word
        int employer = first;
        while (employer > 0 && first - employer < 2 && RolePhrases.startsUpperCase(t.get(employer - 1)) && employer - 1 > 0
                && !Gazetteers.TITLES.contains(t.get(employer - 1).text())) employer--;
        if (employer < first && (employer == 0 || !RolePhrases.startsUpperCase(t.get(employer - 1)))) first = employer;
        // ("the current Governor of the Bank of England X": with the lower-case words that qualify the office)
        int office = first;
        while (first > 0 && office - first < 2 && isLowerCase(t.get(first - 1)) && t.get(first - 1).isAdjective()
                && wordNet.lookup(net.sf.extjwnl.data.POS.ADJECTIVE, t.get(first - 1).text()).isPresent()) first--;
        return Optional.of(NameRunFinder.text(run.sentence(), first, end));
    }

    /** Where the office that a link at {@code link} joins to its body starts; {@code link} when no office is there. */
    private int officeBefore(List<Token> t, int link, int end) {
        int first = link;
        while (first > 0 && link - first < 3 && (Gazetteers.TITLES.contains(t.get(first - 1).text()) && !Gazetteers.HONORIFICS.contains(t.get(first - 1).text())
                || phrases.capitalisedRoleNoun(t, first - 1, first))) first--;
        // ("the head of the Kenya Medical Research Institute Dr X": or a lower-case word for a person)
        // (when the body's name ends in an organisation's word: not "an ally of Scotland's First Minister X")
        if (first == link && isLowerCase(t.get(link - 1)) && Gazetteers.isOrganisationWord(t.get(end - 1).text())
                && (personNouns.mainly(t.get(link - 1).text()) || personNouns.amongFive(t.get(link - 1).text()))) first = link - 1;
        return first;
    }

    /** The most words a body's name between an office and a name may have: "the Best-dos Santos Public Health Laboratory". */
    private static final int MAX_BODY_WORDS = 8;

    /**
     * "Foreign Minister", "Opposition Leader", "Health Secretary": a capitalised common word before a
     * title names the office's field; not a place, a given name or a time ("Yesterday Minister X").
     */
    private boolean namesAField(String word) {
        if (!NameRunFinder.TITLE_CASE_WORD.matcher(word).matches() || GivenNames.listed(word) || wordNet.namesAPlace(word)
                || Gazetteers.CALENDAR.contains(word)) return false;
        String lower = word.toLowerCase(java.util.Locale.ROOT);
        if (!wordNet.hasLowerCaseLemma(word)) return false;
        var noun = wordNet.lookup(net.sf.extjwnl.data.POS.NOUN, lower);
        if (noun.isPresent() && !noun.get().getSenses().isEmpty() && "noun.time".equals(noun.get().getSenses().get(0).getLexFileName())) return false;
        return noun.isPresent() || wordNet.lookup(net.sf.extjwnl.data.POS.ADJECTIVE, lower).isPresent();
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

    /** A plural title word in the singular, for one person: "Councilmen" is "Councilman". */
    private String singular(String word) {
        if (!NameRunFinder.TITLE_CASE_WORD.matcher(word).matches()) return word;
        return wordNet.singularNoun(word).filter(personNouns::any)
                .map(RolePhrases::capitalised).orElse(word);
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
            java.util.Map.entry("Brig.", "Brigadier"), java.util.Map.entry("Cr.", "Councillor"), java.util.Map.entry("Crs.", "Councillor"),
            java.util.Map.entry("L/Cpl.", "Lance Corporal"), java.util.Map.entry("LCpl.", "Lance Corporal"),
            java.util.Map.entry("L/Sgt.", "Lance Sergeant"), java.util.Map.entry("Spr.", "Sapper"), java.util.Map.entry("Gnr.", "Gunner"),
            java.util.Map.entry("Tpr.", "Trooper"), java.util.Map.entry("Rfn.", "Rifleman"), java.util.Map.entry("Cdr.", "Commander"),
            java.util.Map.entry("ACP.", "Assistant Commissioner of Police"), java.util.Map.entry("DCP.", "Deputy Commissioner of Police"),
            java.util.Map.entry("DSP.", "Deputy Superintendent of Police"), java.util.Map.entry("SSP.", "Senior Superintendent of Police"),
            java.util.Map.entry("CSP.", "Chief Superintendent of Police"), java.util.Map.entry("IGP.", "Inspector-General of Police"));

    /**
     * A courtesy title, or a police rank's initials ("PC", "SP"): the role a text gives is looked for
     * around them, and the rank is the role only when none is found (see {@link #fromTitleAlone}).
     */
    private static boolean courtesyOrRank(String word) {
        return Gazetteers.HONORIFICS.contains(word) || Gazetteers.RANK_INITIALS.containsKey(word);
    }

    /**
     * The role a title alone gives a person the text says nothing more of: "Dr. Alper" is a doctor,
     * "PC Jonathan Rice" a police constable.
     */
    static Optional<String> fromTitleAlone(String title) {
        if (title == null) return Optional.empty();
        if (title.matches("(?:.*\\s)?(?:Dr\\.?|Doctor)")) return Optional.of("doctor");
        String[] words = title.split("\\s+");
        return Optional.ofNullable(Gazetteers.initialsOfATitle(words[words.length - 1]));
    }

    /**
     * A title as a reader would say it: abbreviations spelt out, with their full stop or without
     * ("Sgt"), a rank of two joined by a hyphen ("Lt-Gen.": Lieutenant General), plurals singular.
     */
    private String spelledOut(String word) {
        int hyphen = word.indexOf('-');
        if (hyphen > 0) {
            String first = abbreviated(word.substring(0, hyphen)), second = abbreviated(word.substring(hyphen + 1));
            if (first != null && second != null) return first + " " + second;
        }
        String full = abbreviated(word);
        if (full == null) full = Gazetteers.initialsOfATitle(word);
        return full != null ? full : singular(word);
    }

    /** The title an abbreviation stands for, written with its full stop or without ("Sgt", "Sgt."); else null. */
    private static String abbreviated(String word) {
        return ABBREVIATED.get(word.endsWith(".") ? word : word + ".");
    }

    /**
     * "BP chairman Carl-Henric Svanberg", "city finance director Janet O'Neill": lower-case words
     * ending in a noun for a person right before the name, with the organisation or place named
     * just before them.
     */
    private Optional<String> premodifier(NameRun run) {
        List<Token> t = run.sentence().tokens();
        // "veteran BBC broadcaster Sir Terry Wogan": the role is before a courtesy title
        // ("Collision investigator PC Jonathan Rice": or a police rank's initials)
        int titled = titleWords(run).stream().allMatch(RoleFinder::courtesyOrRank) ? titleStart(run) : run.from();
        // "Town centre rector the Rev Ian Terry": the article of a courtesy title
        int end = titled >= 2 && titled < run.from() && t.get(titled - 1).text().equals("the") && isLowerCase(t.get(titled - 2)) ? titled - 1 : titled;
        // (the title itself is no pre-modifier: "Captain X has been appointed as ..." at a sentence's start)
        if (end < 1 || end == run.from() && titleStart(run) < run.from()) return Optional.empty();
        int field = officeOf(t, end);
        int office = field > 0 ? field : bodyBefore(t, end); // "president of the Tobago Hindu Society (THS) X"
        if (office > 0) { // "director general of health Ashley Bloomfield": the role's head is before "of"
            Optional<String> role = premodifierEndingAt(run, office, true);
            return role.map(r -> r + " " + run.sentence().text().substring(t.get(office).begin() - run.sentence().begin(),
                    t.get(end - 1).end() - run.sentence().begin()));
        }
        return premodifierEndingAt(run, end, false);
    }

    /**
     * Where "of", "the" and a body's capitalised name, with its bracketed acronym, start right before a
     * name, after a lower-case word for a person ("president of the Tobago Hindu Society (THS) X");
     * else -1.
     */
    private int bodyBefore(List<Token> t, int end) {
        int k = end;
        if (k >= 3 && t.get(k - 1).text().equals(")") && t.get(k - 3).text().equals("(") && NameRunFinder.isAcronym(t.get(k - 2).text())) k -= 3;
        int body = k;
        while (body > 0 && k - body < 5 && RolePhrases.startsUpperCase(t.get(body - 1))) body--;
        if (body == k || body < 3 || !Gazetteers.isOrganisationWord(t.get(k - 1).text()) && k == end) return -1;
        int of = t.get(body - 1).text().equals("the") ? body - 2 : body - 1;
        if (of < 1 || !t.get(of).text().equals("of")) return -1;
        Token before = t.get(of - 1);
        return isLowerCase(before) && personNouns.mainly(before.text()) ? of : -1;
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
            // ("head of local government X": an adjective may open the field)
            for (int k = of + 1; k < end; k++) {
                boolean fieldWord = t.get(k).isNoun() || k == of + 1 && k + 1 < end && t.get(k).isAdjective();
                if (!isLowerCase(t.get(k)) || !fieldWord || personNouns.any(t.get(k).text())) return -1;
            }
            Token before = t.get(of - 1);
            // ("head of finance X": before "of" a rarer sense for a person counts)
            return isLowerCase(before) && (personNouns.mainly(before.text()) || personNouns.amongFive(before.text())) ? of : -1;
        }
        return -1;
    }

    /**
     * The pre-modifier role whose last word is right before token {@code end}; {@code beforeOf}: it
     * is followed by "of" and an office's field, where a rarer sense for a person counts ("head of
     * finance X").
     */
    private Optional<String> premodifierEndingAt(NameRun run, int end, boolean beforeOf) {
        List<Token> t = run.sentence().tokens();
        Token head = t.get(end - 1);
        if (Gazetteers.HONORIFICS.contains(head.text())) return Optional.empty(); // "Sir", "Madam"
        // "Councilman Derek Yates" at the start of a sentence: the capital is the sentence's
        boolean sentenceInitial = end == 1 && Character.isUpperCase(head.text().charAt(0));
        if (!(isLowerCase(head) || sentenceInitial) || !personNouns.any(head.text().toLowerCase(java.util.Locale.ROOT))) return Optional.empty();
        // "to transfer Elian", "sanctions force Saddam": a verb, or a noun that is mostly no person, right before a name
        // (the tagger reads some such nouns as verbs: "monarchist delegate X", "American astronaut X")
        Token before = end >= 2 ? t.get(end - 2) : null;
        // (a word whose commonest sense is a person is a noun whatever its tag: "fullback Tom Banks", read as an adverb)
        boolean nounPhrase = head.isNoun() || head.isAdjective() || sentenceInitial || head.isProperNoun() && isLowerCase(head) // "mum-of-two", read as a name
                || before != null && (before.isAdjective() || before.isNoun() && isLowerCase(before))
                || !head.isVerb() && wordNet.isFirstAPersonNoun(head.text().toLowerCase(java.util.Locale.ROOT))
                // "New Zealand First leader X": read as a verb, though no dictionary has the verb
                || wordNet.isFirstAPersonNoun(head.text().toLowerCase(java.util.Locale.ROOT))
                    && wordNet.lookup(net.sf.extjwnl.data.POS.VERB, head.text().toLowerCase(java.util.Locale.ROOT)).isEmpty()
                // "Atlassian founder X": between an employer's name and a name, a word the tagger read as a preposition or a
                // verb's bare form is a noun for a person
                || (head.tag().equals("ADP") && !NameRunFinder.isFunctionWord(head.text()) || head.isVerb() && !INFLECTED.matcher(head.text()).matches())
                    && before != null && before.isProperNoun() && RolePhrases.startsUpperCase(before)
                    && personNouns.mainly(head.text().toLowerCase(java.util.Locale.ROOT))
                // "he approached referee X", "blasted referee X's performance": a bare verb form right after a verb is the
                // object's noun, when its commonest sense is a person
                || head.isVerb() && before != null && before.isVerb() && !INFLECTED.matcher(head.text()).matches()
                    && wordNet.isFirstAPersonNoun(head.text().toLowerCase(java.util.Locale.ROOT))
                // "Twin Atlantic frontman X": a compound no dictionary has, read as a preposition
                || !head.isVerb() && !NameRunFinder.isFunctionWord(head.text()) && wordNet.lookup(net.sf.extjwnl.data.POS.NOUN, head.text()).isEmpty()
                    && personNouns.mainly(head.text().toLowerCase(java.util.Locale.ROOT));
        // "Windows head X": after another noun, a rarer sense for a person counts, not an animal's ("the family dog Rex")
        // nor one far down the list ("sanctions force Saddam")
        String headWord = head.text().toLowerCase(java.util.Locale.ROOT);
        // "Astronomers Pieter van Dokkum and Roberto Abraham": a plural opening the sentence is each one's, in lower case
        if (sentenceInitial && nounPhrase && wordNet.isPluralNoun(headWord) && personNouns.mainly(headWord))
            return wordNet.singularNoun(headWord);
        boolean compound = (beforeOf || before != null && (before.isNoun() || before.isProperNoun())) && !personNouns.animal(headWord)
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
                && (t.get(start - 1).isNoun() || t.get(start - 1).isProperNoun() || t.get(start - 1).isAdjective() || !t.get(start - 1).isVerb() && personNouns.mainly(t.get(start - 1).text())
                    || phrases.onlyANoun(t.get(start - 1).text()) // "international rugby player", "rugby" read as a preposition
                    // "Ellesmere watch manager": after a place's or an employer's name, a bare verb form that is also a noun
                    || start >= 2 && t.get(start - 1).isVerb() && !INFLECTED.matcher(t.get(start - 1).text()).matches()
                        && t.get(start - 2).isProperNoun() && RolePhrases.startsUpperCase(t.get(start - 2))
                        && wordNet.lookup(net.sf.extjwnl.data.POS.NOUN, t.get(start - 1).text()).isPresent()
                    || phrases.officeModifier(t, start - 1))) start--; // "chief operating officer"
        // "BP chairman", "Lockheed's chief", "City finance director": the name of the employer
        // ("World Cup winner", "BHP Billiton's chairman-elect": a name of up to three words, not a person's)
        int named = start;
        while (named > 0 && start - named < 3 && Character.isUpperCase(t.get(named - 1).text().charAt(0)) && !t.get(named - 1).text().equals("The")) named--;
        // "Yesterday Chelsea manager X", "\"Replied State Department spokesman X": a sentence's first word
        boolean firstWordDropped = named < start - 1 && (named == 0 || !Character.isLetterOrDigit(t.get(named - 1).text().charAt(0)))
                && !opensAName(t.get(named).text());
        // ("Soon committee chairman Cllr X": nor an adverb or a function word)
        // (not the first half of a word the tokenizer split: "All" "-rounder")
        if (firstWordDropped || named == 0 && named < start && adverbOrFunctionWord(t.get(0).text()) && !t.get(1).text().startsWith("-")) named++;
        if (named < start && (named == 0 || firstWordDropped || !t.get(named - 1).text().matches("[A-Z].*"))
                && (start - named == 1 || !GivenNames.listed(t.get(named).text()))) {
            start = named;
            // "Former deputy Toronto mayor X", "four-time Olympic gold medallist X": modifiers of the office before the place or employer
            while (start > 0 && named - start < 2 && (isLowerCase(t.get(start - 1)) || start == 1)
                    && (TITLE_MODIFIERS.contains(RolePhrases.capitalised(t.get(start - 1).text())) || TIMES.matcher(t.get(start - 1).text()).matches())) start--;
        }
        start = RolePhrases.afterDash(run.sentence(), start, end); // "the aldermen — mayor X": not across a dash
        int begin = t.get(start).begin() - run.sentence().begin();
        int stop = head.end() - run.sentence().begin();
        return Optional.of(phrases.singularHead(tidy(run.sentence().text().substring(begin, stop)))); // "the students – A, B"
    }

    /** A verb's inflected form, "-s", "-ed" or "-ing": no bare form that may be a noun ("referee", "watch"). */
    private static final java.util.regex.Pattern INFLECTED = java.util.regex.Pattern.compile(".*(?:s|ed|ing)");

    /** How often a title was won: "four-time Olympic gold medallist", "two-time". */
    private static final java.util.regex.Pattern TIMES = java.util.regex.Pattern.compile("\\p{Ll}+-time");

    /** "Soon", "Then", "But": a word WordNet knows only as an adverb, or a function word. */
    private boolean adverbOrFunctionWord(String word) {
        String lower = word.toLowerCase(java.util.Locale.ROOT);
        if (NameRunFinder.isAcronym(word)) return false; // "IT consultant X"
        return NameRunFinder.isFunctionWord(lower) || wordNet.onlyAs(net.sf.extjwnl.data.POS.ADVERB, lower);
    }

    /** Whether a sentence's capitalised first word may start a name: not a time ("Yesterday") nor a word that is no noun ("Meanwhile"). */
    private boolean opensAName(String word) {
        String lower = word.toLowerCase(java.util.Locale.ROOT);
        if (NameRunFinder.isFunctionWord(lower)) return false; // "With"
        var noun = wordNet.lookup(net.sf.extjwnl.data.POS.NOUN, lower);
        if (noun.isPresent()) return !noun.get().getSenses().isEmpty() && !"noun.time".equals(noun.get().getSenses().get(0).getLexFileName());
        // a verb or an adverb and no noun ("Replied", "Meanwhile"); a word WordNet does not know may be a name
        return wordNet.lookup(net.sf.extjwnl.data.POS.VERB, lower).isEmpty() && wordNet.lookup(net.sf.extjwnl.data.POS.ADVERB, lower).isEmpty();
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

    /** "X, the ...", "X, a ...": an apposition with an article after the name. */
    private static boolean articleAfter(NameRun run) {
        List<Token> t = run.sentence().tokens();
        return run.to() + 1 < t.size() && t.get(run.to()).text().equals(",") && Gazetteers.ARTICLES.contains(t.get(run.to() + 1).text().toLowerCase(java.util.Locale.ROOT));
    }

    /** Ranks and chiefs' titles, as spelt out: they say where someone stands, not what they do in the story. */
    private static final Set<String> RANKS = Set.of("Chief", "Inspector", "Captain", "Sergeant", "Corporal", "Lance Corporal", "Major",
            "Colonel", "Lieutenant", "Commander", "Superintendent", "Detective", "Private", "Sapper", "Gunner", "Trooper", "Rifleman",
            "Brigadier", "Commandant", "Garda", "Officer", "Lieutenant General", "Major General", "Brigadier General", "Lieutenant Colonel", "Assistant Commissioner of Police", "Deputy Commissioner of Police",
            "Deputy Superintendent of Police", "Senior Superintendent of Police", "Chief Superintendent of Police");

    /** Capitalised words that qualify a title before it: "Acting Governor", "Former Mayor". */
    private static final Set<String> TITLE_MODIFIERS = Set.of("Acting", "Former", "Interim", "Deputy", "Vice", "Assistant",
            "Associate", "Senior", "Junior", "Retired", "Outgoing", "Incoming", "Principal", "Permanent", "Special", "Union");

    /** Titles an apposition says more than: academic ones, a peer's ("the Lord Chief Justice, Lord Woolf") and a canon's. */
    private static final Set<String> LESSER_TITLES = Set.of("Professor", "Doctor", "Lord", "Baron", "Baroness", "Viscount", "Canon");

    /** Heads of a role that say what anyone is: "an extraordinary man", "a gangly teenager". */
    private static final Set<String> GENERAL_HEADS = java.util.stream.Stream.of(PersonNouns.ANYONE, PersonNouns.LIFE_STAGES)
            .flatMap(Set::stream).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** Whether a role is only adjectives and a head that says what anyone is ("extraordinary man"; not "boy at the center of ..."). */
    static boolean saysLittle(String role) {
        String[] words = role.strip().split("\\s+");
        return GENERAL_HEADS.contains(words[words.length - 1].toLowerCase(java.util.Locale.ROOT));
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
