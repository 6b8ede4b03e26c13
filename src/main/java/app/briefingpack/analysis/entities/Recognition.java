package app.briefingpack.analysis.entities;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import app.briefingpack.analysis.nlp.TaggedSentence;
import app.briefingpack.analysis.nlp.Token;
import app.briefingpack.lexicon.WordFrequency;
import app.briefingpack.lexicon.WordNet;
import app.briefingpack.model.Article;
import app.briefingpack.model.Mention;
import app.briefingpack.model.Paragraph;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Synset;

/**
 * One recognition of one article: the phases run in order by {@link #entities()}, each a method,
 * sharing the drafts found so far. Short forms are tied to the full name they abbreviate (Allawi →
 * Ayad Allawi; "U.S." → United States when that is named); a single name with no full form in the
 * text is kept as written: WordNet often lists several people under one surname, so it is no
 * ground for inventing one.
 *
 * <p>Over 400 lines because every phase reads and changes the same drafts of one article; each
 * phase is one method of a few dozen lines, called in order from {@link #entities()}.
 */
final class Recognition {

    private static final Pattern DERIVED = Pattern.compile("(?:ists?|ites?|ism)$");
    static final Pattern ADHERENTS = Pattern.compile("(?:ists|ites)$");
    private static final Pattern LIST_SEPARATOR = Pattern.compile(",?\\s*(?:and|or|&)\\s*");
    private static final Pattern LIST_GOES_ON = Pattern.compile(",?\\s*(?:and|or|&)\\s+\\p{Lu}");
    private static final Pattern GROUP_GLOSS = Pattern.compile("\\b(?:rebel\\w*|militant|fight\\w*|jihad\\w*|terror\\w*|guerrill?a|insurg\\w*|member of|adherent|follower|supporter)\\b");

    /** A name found only in the author bio, with the kind it was given. */
    private record BioName(EntityKind kind, NameRun run) {}

    /** A lower-case group noun ("insurgents") where it occurs. */
    private record GroupNoun(int paragraph, Token token) {}

    private final WordNet wordNet;
    private final RoleFinder roles;
    private final RoleModel roleModel;
    private final Article article;
    private final List<TaggedSentence> sentences;
    private final List<TaggedSentence> bio;
    /** The headline, tagged: read for the roles of people the body names, never for people of its own. */
    private final List<TaggedSentence> headline;
    private final ModelReadings readings;
    private final NameClassifier classifier;
    private final String publication;
    private final Map<Integer, Paragraph> paragraphs = new HashMap<>();
    private final Map<String, EntityDraft> drafts = new LinkedHashMap<>();
    /** Each run read as a person, with the person it names: the role is looked for at every one. */
    private final Map<NameRun, EntityDraft> people = new LinkedHashMap<>();
    /** The runs behind each place and organisation, for the model's reading of each. */
    private final Map<EntityDraft, List<NameRun>> otherRuns = new HashMap<>();
    /** Words the article uses alone as a one-word name (see {@link NameRunFinder#loneNames}). */
    private final Set<String> loneNames;
    /** Words the article capitalises other than at a sentence's start (see {@link NameRunFinder#capitalisedMidSentence}). */
    private final Set<String> capitalisedMidSentence;
    /** One-word names the article cites as authors (see {@link Citations}). */
    private final Set<String> citedAuthors;
    /** Each person's role candidates, with the role the patterns gave them, kept by {@link #learnedRoles()}. */
    private final Map<EntityDraft, Offered> offered = new LinkedHashMap<>();
    /** The last words of events the article names ("Hugo" of "Hurricane Hugo"): alone, they name the event. */
    private final Set<String> eventNames = new HashSet<>();

    Recognition(WordNet wordNet, RoleFinder roles, RoleModel roleModel, Article article, List<TaggedSentence> sentences,
            List<TaggedSentence> bio, List<TaggedSentence> headline) {
        this.wordNet = wordNet;
        this.roleModel = roleModel;
        this.roles = roles;
        this.article = article;
        this.sentences = sentences;
        this.bio = bio;
        this.headline = headline;
        this.readings = ModelReadings.of(sentences, bio);
        this.loneNames = NameRunFinder.loneNames(sentences);
        this.citedAuthors = Citations.authors(sentences);
        this.capitalisedMidSentence = NameRunFinder.capitalisedMidSentence(sentences);
        this.classifier = new NameClassifier(wordNet, roles, readings, loneNames, Speakers.in(sentences, capitalisedMidSentence), citedAuthors,
                NameClassifier.speaksOfACast(sentences));
        String p = article.metadata().publication();
        this.publication = p == null || p.isBlank() ? null : p.strip();
        for (Paragraph paragraph : article.paragraphs()) paragraphs.put(paragraph.number(), paragraph);
    }

    Entities entities() {
        // a cited author's name is a name at the start of a sentence too ("Cruse and Croft (2004) begin")
        Set<String> namesMidSentence = new HashSet<>(capitalisedMidSentence);
        namesMidSentence.addAll(citedAuthors);
        NameRunFinder finder = new NameRunFinder(wordNet, namesMidSentence, readings::personStartsAt);
        publicationMentions();
        List<BioName> bioOnly = bioNames(finder);
        List<NameRun> runs = new ArrayList<>();
        for (TaggedSentence s : sentences) runs.addAll(finder.find(s));
        shareSurnames(runs);
        List<NameRun> single = classifyRuns(runs);
        List<NameRun> derived = singleNames(single);
        derivedForms(derived);
        addBioOnly(bioOnly);
        commonNounGroups();
        mergeInitials();
        mergeSurnames();
        mergeMiddleNames();
        surnamesReadAsPlaces();
        relativesReadAsPlaces();
        mergeMiddleInitials();
        mergeShorterForms();
        mergeNicknames();
        thingsNamedAfterPeople();
        mergeGivenNames(); // after things named after people: "Harriet Cole" is not "Harriet Cole Skatepark"
        findRoles();
        // the headline's names, read once: for full names and roles, never for people of its own
        List<NameRun> headlineRuns = headline.stream().flatMap(s -> finder.find(s).stream()).toList();
        namesFromTheHeadline(headlineRuns);
        rolesFromTheHeadline(headlineRuns);
        rolesFromDescriptions(headlineRuns);
        commonWordsAreNoPerson();
        learnedRoles();
        rolesFromTitlesAlone();
        loneWordsNamedOnce();
        companiesReadAsPeople();
        oneKindPerName();
        firmsWithoutTheirLegalForm();
        putAuthorFirst();
        return build();
    }

    /** The publication is an organisation, wherever the body names it. */
    private void publicationMentions() {
        if (publication == null) return;
        EntityDraft d = draft(EntityKind.ORGANISATION, publication);
        for (Paragraph p : article.paragraphs()) {
            for (int i = p.text().indexOf(publication); i >= 0; i = p.text().indexOf(publication, i + 1)) {
                d.mention(p.number(), p.begin() + i, p.begin() + i + publication.length(), publication);
            }
        }
    }

    /** People and organisations the bio names, other than the author and the publication. */
    private List<BioName> bioNames(NameRunFinder finder) {
        List<BioName> found = new ArrayList<>();
        for (TaggedSentence s : bio) {
            for (NameRun run : finder.find(s)) {
                if (contains(publication, run.name()) || contains(article.metadata().author(), run.name())) continue;
                Optional<EntityKind> kind = classifier.classify(run);
                if (kind.isPresent() && (kind.get() == EntityKind.ORGANISATION || kind.get() == EntityKind.PERSON))
                    found.add(new BioName(kind.get(), run));
            }
        }
        return found;
    }

    /** Classifies every run; returns those the run alone cannot classify (single names, mostly). */
    private List<NameRun> classifyRuns(List<NameRun> runs) {
        List<NameRun> pending = new ArrayList<>();
        for (NameRun run : runs) {
            if (insidePublication(run)) continue;
            // ("Theatre Commander of Operation Lafiya Dole": a title's field that is an operation names an event, not listed)
            if (run.title() != null && Gazetteers.EVENT_FIRST_WORDS.contains(run.title().substring(run.title().lastIndexOf(' ') + 1))) continue;
            List<Token> tokens = run.tokens();
            if (tokens.size() > 1 && Gazetteers.EVENT_FIRST_WORDS.contains(tokens.get(0).text()))
                eventNames.add(NameRunFinder.stripPossessive(tokens.get(tokens.size() - 1).text()));
            Optional<EntityKind> kind = classifier.classify(run);
            if (kind.isEmpty()) pending.add(run);
            else addMention(kind.get(), run);
        }
        return pending;
    }

    /** Single names: short forms of full names first, then what WordNet and the context say. Returns the rest. */
    private List<NameRun> singleNames(List<NameRun> pending) {
        List<NameRun> rest = new ArrayList<>();
        List<NameRun> waiting = new ArrayList<>(); // read last, once the people around them are known
        for (NameRun run : pending) {
            if (NameClassifier.namesAPeople(run.next())) continue; // "Jóola languages", not a short form of a name
            Optional<EntityDraft> full = fullNameFor(run);
            if (full.isPresent()) {
                // "interviewee R Saravanan" after "R Saravanan": the initial without its full stop is part of the mention
                Token before = run.previous();
                boolean initial = before != null && before.text().matches("\\p{Lu}") && before.end() + 1 == run.begin()
                        && full.get().name.equals(before.text() + " " + run.name());
                full.get().mention(run.sentence().paragraph(), initial ? before.begin() : run.begin(), run.end(),
                        initial ? full.get().name : run.name());
                people.put(run, full.get());
                continue;
            }
            if (eventNames.contains(run.name())) continue; // "$36 million from Hugo" after "Hurricane Hugo": events are not listed
            if (classifier.waitsForItsNeighbours(run)) waiting.add(run);
            else classifySingle(run, rest);
        }
        for (NameRun run : namesBesidePeople(waiting)) {
            Optional<EntityKind> alone = classifier.readingAlone(run);
            if (alone.isPresent()) addMention(alone.get(), run);
            else classifySingle(run, rest);
        }
        return rest;
    }

    private void classifySingle(NameRun run, List<NameRun> rest) {
        Optional<EntityKind> kind = classifier.classifySingle(run);
        if (kind.isPresent()) addMention(kind.get(), run);
        else rest.add(run);
    }

    /**
     * "Akani Simbine and Henricho Bruintjies", "pacers Dushmantha Chameera and Lahiru Gamage", "his
     * counterpart Lotay Tshering": a full name of words no dictionary or gazetteer has, which nothing
     * else classified, is a person's when it, or its last word alone, stands in a list with a person's
     * name, or it follows a word for a person. Repeats so that a list passes the reading on ("A, B and C"). Returns the rest.
     */
    private List<NameRun> namesBesidePeople(List<NameRun> pending) {
        List<NameRun> rest = new ArrayList<>(pending);
        boolean found = true;
        while (found) {
            found = false;
            for (java.util.Iterator<NameRun> it = rest.iterator(); it.hasNext(); ) {
                NameRun run = it.next();
                if (!(listedWithAPerson(run) || classifier.afterAPersonNoun(run) || surnameListedWithAPerson(run))) continue;
                addMention(EntityKind.PERSON, run);
                it.remove();
                found = true;
            }
        }
        return rest;
    }

    /**
     * Whether "and" or a comma joins the run to a run read as a person's, right before or after it in its sentence
     * (not after a preposition of place: "at Rashtrapati Bhavan, Capaya Rodriguez Gonzalez" is a place).
     */
    private boolean listedWithAPerson(NameRun run) {
        List<Token> t = run.sentence().tokens();
        if (run.previous() != null && PLACE_PREPOSITIONS.contains(run.previous().text().toLowerCase(Locale.ROOT))) return false;
        for (NameRun other : people.keySet()) {
            if (other.sentence() != run.sentence()) continue;
            boolean after = other.from() == run.to() + 1 && NameRunFinder.LIST_JOINERS.contains(t.get(run.to()).text());
            boolean before = other.to() == run.from() - 1 && NameRunFinder.LIST_JOINERS.contains(t.get(other.to()).text());
            if (after || before) return true;
        }
        return false;
    }

    /**
     * "with Dumisani Chauke named as her assistant ... Badenhorst and Chauke will prepare": the run's
     * last word, alone elsewhere, is listed with a person's name.
     */
    private boolean surnameListedWithAPerson(NameRun run) {
        String surname = NameRunFinder.stripPossessive(run.lastWord());
        for (NameRun other : people.keySet()) {
            List<Token> t = other.sentence().tokens();
            int after = other.to() + 1;
            int before = other.from() - 2;
            if (after < t.size() && NameRunFinder.LIST_JOINERS.contains(t.get(other.to()).text()) && aloneAt(t, after, surname)) return true;
            if (before >= 0 && NameRunFinder.LIST_JOINERS.contains(t.get(other.from() - 1).text()) && aloneAt(t, before, surname)) return true;
        }
        return false;
    }

    /** Whether token {@code k} is the word, without a capitalised word on either side. */
    private static boolean aloneAt(List<Token> t, int k, String word) {
        return NameRunFinder.stripPossessive(t.get(k).text()).equals(word) && (k == 0 || !NameRunFinder.isNameToken(t.get(k - 1)))
                && (k + 1 == t.size() || !NameRunFinder.isNameToken(t.get(k + 1)));
    }

    private static final Set<String> PLACE_PREPOSITIONS = Set.of("at", "in", "into", "near", "from", "outside", "inside", "across", "around", "on");

    /** "Saddamist", "Saddamists": forms derived from a person's name are mentions of that person; other "-ists" are groups. */
    private void derivedForms(List<NameRun> runs) {
        for (NameRun run : runs) {
            String stem = DERIVED.matcher(run.name()).replaceFirst("");
            for (EntityDraft d : List.copyOf(drafts.values())) {
                if (d.kind == EntityKind.PERSON && !stem.equals(run.name()) && d.name.endsWith(stem) && stem.length() > 2) {
                    d.mention(run.sentence().paragraph(), run.begin(), run.end(), run.name());
                    break;
                }
            }
            if (DERIVED.matcher(run.name()).find() && drafts.values().stream().noneMatch(d -> d.forms.containsKey(run.name()))) {
                addMention(EntityKind.GROUP, run);
            }
        }
    }

    /** Named only in the bio: listed, without mentions, after everything the body names. */
    private void addBioOnly(List<BioName> bioOnly) {
        for (BioName found : bioOnly) {
            String name = found.run().name();
            if (drafts.values().stream().noneMatch(d -> d.name.equalsIgnoreCase(name) || NameRun.withoutSuffix(d.name).endsWith(" " + name)))
                draft(found.kind(), name);
        }
    }

    /**
     * Lower-case plural nouns for armed or political groups ("insurgents", "jihadists"), named at
     * least twice: WordNet files them under people and its gloss says rebel, militant, jihad ...
     */
    private void commonNounGroups() {
        Map<String, List<GroupNoun>> found = new LinkedHashMap<>();
        Map<String, Boolean> verdicts = new HashMap<>();
        for (TaggedSentence s : sentences) {
            for (Token t : s.tokens()) {
                String w = t.text();
                if (!t.isNoun() || !w.endsWith("s") || !w.chars().allMatch(Character::isLowerCase)) continue;
                if (verdicts.computeIfAbsent(w, this::isArmedGroupNoun))
                    found.computeIfAbsent(groupKey(w), k -> new ArrayList<>()).add(new GroupNoun(s.paragraph(), t));
            }
        }
        for (Map.Entry<String, List<GroupNoun>> e : found.entrySet()) {
            if (e.getValue().size() < 2 || drafts.containsKey(key(EntityKind.GROUP, e.getKey()))) continue;
            EntityDraft d = draft(EntityKind.GROUP, e.getKey());
            for (GroupNoun m : e.getValue()) d.mention(m.paragraph(), m.token().begin(), m.token().end(), m.token().text());
        }
    }

    private boolean isArmedGroupNoun(String word) {
        Optional<IndexWord> iw = wordNet.lookup(POS.NOUN, word);
        if (iw.isEmpty() || iw.get().getSenses().isEmpty()) return false;
        Synset first = iw.get().getSenses().get(0);
        return "noun.person".equals(first.getLexFileName()) && GROUP_GLOSS.matcher(first.getGloss()).find();
    }

    /** "U.S." is the United States when the text names both: an abbreviation made of the initials. */
    private void mergeInitials() {
        for (EntityDraft shortForm : List.copyOf(drafts.values())) {
            String letters = shortForm.name.replace(".", "");
            if (!shortForm.name.contains(".") || !NameRunFinder.isAcronym(shortForm.name)) continue;
            for (EntityDraft full : drafts.values()) {
                if (full == shortForm || full.kind != shortForm.kind) continue;
                StringBuilder initials = new StringBuilder();
                for (String w : full.name.split("\\s+")) if (!w.isEmpty()) initials.append(w.charAt(0));
                if (initials.toString().equals(letters)) {
                    full.absorbMentions(shortForm);
                    drafts.values().remove(shortForm);
                    break;
                }
            }
        }
    }

    /**
     * "Mr. Antolini" after "Robert Antolini", "Bin Laden" after "Osama bin Laden": a person whose
     * name ends exactly one fuller name is that person. (Untitled short forms join earlier, in the single-name step;
     * a title makes the short form a person of its own before that.)
     */
    private void mergeSurnames() {
        for (EntityDraft shortForm : List.copyOf(drafts.values())) {
            if (shortForm.kind != EntityKind.PERSON) continue;
            String ending = " " + shortForm.name.toLowerCase(Locale.ROOT); // "Bin Laden" in "Osama bin Laden"
            // ("Marcos Jr." in "Ferdinand Marcos Jr.": with its suffix too)
            // ("Mr Akoto" after "Harold Sena-Akoto": or the last part of a double-barrelled surname)
            String lastPart = "-" + shortForm.name.toLowerCase(Locale.ROOT);
            Predicate<String> fits = full -> NameRun.withoutSuffix(full).toLowerCase(Locale.ROOT).endsWith(ending)
                    || !full.equalsIgnoreCase(shortForm.name) && full.toLowerCase(Locale.ROOT).endsWith(ending)
                    || !shortForm.name.contains(" ") && full.contains(" ") && full.toLowerCase(Locale.ROOT).endsWith(lastPart);
            if (!joinTheSharedSurname(shortForm, fits)) joinTheOneFullName(shortForm, fits);
        }
    }

    /**
     * "Ashworth" beside "David Ashworth" and "Carole Ashworth": a surname two people share is no third
     * person; its mentions join the one the text names most, then first, but what is said at them
     * ("Mrs Ashworth, a fell-walker") may be the other's, so it gives no role. Returns whether it joined.
     */
    private boolean joinTheSharedSurname(EntityDraft shortForm, Predicate<String> fits) {
        if (shortForm.name.contains(" ")) return false;
        List<EntityDraft> sharing = drafts.values().stream().filter(d -> d.kind == EntityKind.PERSON && d != shortForm && fits.test(d.name)).toList();
        if (sharing.size() < 2 || regnal(shortForm)) return false;
        EntityDraft most = sharing.stream().min(Comparator.<EntityDraft>comparingInt(d -> -d.mentions.size())
                .thenComparingInt(d -> d.mentions.stream().mapToInt(Mention::begin).min().orElse(Integer.MAX_VALUE))).get();
        most.absorbMentions(shortForm);
        people.values().removeIf(p -> p == shortForm);
        drafts.values().remove(shortForm);
        return true;
    }

    /**
     * "Katumba said" after "General Edward Katumba Wamala", "Minister Cho" after "Cho Tae-yul": where
     * the custom names people by a middle name, or puts the family name first, a single name that is
     * an inner or the first word of exactly one person's full name, and no given name (a given name
     * alone is more likely someone else's), is that person.
     */
    private void mergeMiddleNames() {
        for (EntityDraft shortForm : List.copyOf(drafts.values())) {
            if (shortForm.kind != EntityKind.PERSON || shortForm.name.contains(" ") || GivenNames.listed(shortForm.name)) continue;
            String inner = " " + shortForm.name + " ";
            joinTheOneFullName(shortForm, full -> (" " + full).contains(inner));
        }
    }

    /**
     * "Juan Miguel" beside "Juan Miguel Gonzalez", "Sir John" beside "Sir John Egan": given names alone, the start of exactly one
     * person's full name in the article, are that person.
     */
    private void mergeGivenNames() {
        for (EntityDraft shortForm : List.copyOf(drafts.values())) {
            if (shortForm.kind != EntityKind.PERSON
                    || !Arrays.stream(shortForm.name.split(" ")).allMatch(GivenNames::listed)) continue;
            String start = shortForm.name + " ";
            joinTheOneFullName(shortForm, full -> full.startsWith(start));
        }
    }

    /** Titles of monarchs and popes, who are known by one name that others bear as a surname or given name: "King Hussein", "Pope Francis". */
    private static final Set<String> REGNAL_TITLES = Set.of("King", "Queen", "Prince", "Princess", "Emperor", "Empress", "Pope", "Sultan", "Emir", "Shah");

    /** Whether a mention of the short form has a monarch's or a pope's title: "King Hussein" is no short form of "Saddam Hussein". */
    private boolean regnal(EntityDraft shortForm) {
        return people.entrySet().stream().anyMatch(e -> e.getValue() == shortForm && e.getKey().title() != null
                && Arrays.stream(e.getKey().title().split("\\s+")).anyMatch(REGNAL_TITLES::contains));
    }

    /** A short form joins the person whose full name it fits, when exactly one does: mentions, and the role if the full name has none. */
    private void joinTheOneFullName(EntityDraft shortForm, Predicate<String> fits) {
        if (regnal(shortForm)) return;
        List<EntityDraft> fuller = drafts.values().stream()
                .filter(d -> d.kind == EntityKind.PERSON && fits.test(d.name)).toList();
        if (fuller.size() != 1) return;
        joinPerson(fuller.get(0), shortForm);
    }

    /**
     * "Reno" after "Janet Reno", "Clinton" after "Bill Clinton": WordNet knows a town of that
     * name, but in an article that names one person of that surname, the surname alone is that
     * person, unless the model, reading the sentence, takes it for a place or an organisation
     * where it does not speak ("Camden said" is the mediator, whatever the model reads).
     */
    private void surnamesReadAsPlaces() {
        for (EntityDraft d : List.copyOf(drafts.values())) {
            if (d.kind != EntityKind.PLACE && d.kind != EntityKind.ORGANISATION || d.name.contains(" ")
                    || Gazetteers.COUNTRIES.contains(d.name) || Gazetteers.CITIES.contains(d.name)) continue;
            String ending = " " + d.name;
            List<EntityDraft> persons = drafts.values().stream()
                    .filter(p -> p.kind == EntityKind.PERSON && NameRun.withoutSuffix(p.name).endsWith(ending)).toList();
            List<NameRun> runs = otherRuns.getOrDefault(d, List.of());
            if (persons.size() != 1 || runs.isEmpty()
                    || runs.stream().anyMatch(r -> readings.typeOf(r).filter(t -> !t.equals("person")).isPresent()
                    && !Speakers.speaksAt(r.sentence().tokens(), r.from(), r.to()))) continue;
            becomePerson(d, persons.get(0));
        }
    }

    /**
     * "said Delfin Gonzalez, another of Elian's great-uncles": the model takes a relative's name
     * for a place. A two-word "place" whose last word is the surname of a person in the article, and
     * whose first word is neither a place, a place word nor an everyday word, is that person's relative.
     */
    private void relativesReadAsPlaces() {
        Set<String> surnames = new HashSet<>();
        for (EntityDraft p : drafts.values()) {
            String[] w = p.name.split("\\s+");
            if (p.kind == EntityKind.PERSON && w.length >= 2) surnames.add(w[w.length - 1]);
        }
        for (EntityDraft d : List.copyOf(drafts.values())) {
            String[] w = d.name.split("\\s+");
            List<NameRun> runs = otherRuns.getOrDefault(d, List.of());
            if (d.kind != EntityKind.PLACE || w.length != 2 || !surnames.contains(w[1]) || runs.isEmpty()) continue;
            String first = w[0];
            if (Gazetteers.COUNTRIES.contains(first) || Gazetteers.CITIES.contains(first) || Gazetteers.PLACE_WORDS.contains(first)
                    || Gazetteers.PLACE_WORDS.contains(w[1]) || !first.matches("\\p{Lu}\\p{Ll}+")
                    || wordNet.isCommonWord(first.toLowerCase(Locale.ROOT))
                    || wordNet.namesAPlace(first)) continue;
            becomePerson(d, draft(EntityKind.PERSON, d.name));
        }
    }

    /** A place or organisation found to be {@code person}: its mentions and runs become theirs. */
    private void becomePerson(EntityDraft other, EntityDraft person) {
        person.absorbMentions(other);
        for (NameRun r : otherRuns.getOrDefault(other, List.of())) people.put(r, person);
        drafts.values().remove(other);
        otherRuns.remove(other);
    }

    /** 'James "Whitey" Bulger', then "Whitey Bulger" or "James Bulger": one person, under the fullest name. */
    private void mergeNicknames() {
        for (EntityDraft full : List.copyOf(drafts.values())) {
            Matcher m = NICKNAMED.matcher(full.name);
            if (full.kind != EntityKind.PERSON || !m.matches() || !drafts.containsValue(full)) continue;
            Set<String> shortForms = Set.of(m.group(2) + " " + m.group(3), m.group(1) + " " + m.group(3));
            for (EntityDraft d : List.copyOf(drafts.values())) {
                if (d != full && d.kind == EntityKind.PERSON && shortForms.contains(d.name)) joinPerson(full, d);
            }
        }
    }

    /** A given name, a nickname in quotes and the rest of the name: 'James "Whitey" Bulger'. */
    private static final Pattern NICKNAMED = Pattern.compile("(\\S.*?) [\"“']([^\"”']+)[\"”'] (\\S.*)");

    /** "James Kopp" and "James C. Kopp" are one person: the same name but for middle initials. */
    private void mergeMiddleInitials() {
        Map<String, EntityDraft> byBareName = new HashMap<>();
        for (EntityDraft d : List.copyOf(drafts.values())) {
            if (d.kind != EntityKind.PERSON || !d.name.contains(" ")) continue;
            String bare = d.name.replaceAll("\\s+\\p{Lu}\\.(?=\\s)", "");
            EntityDraft same = byBareName.putIfAbsent(bare, d);
            if (same == null) continue;
            // the fuller form (with the initial) is the one shown
            EntityDraft keep = same.name.length() >= d.name.length() ? same : d;
            EntityDraft drop = keep == same ? d : same;
            joinPerson(keep, drop);
            byBareName.put(bare, keep);
        }
    }

    /**
     * "John and Claire Hartnett", "developers Michael and Kevin Silke": a given name alone before "and"
     * and a given name with one more name has that surname too; not a word another name of the
     * article ends in, which is a surname itself ("Hamilton and Ellen Gille" beside "Margaret Hamilton").
     */
    private static void shareSurnames(List<NameRun> runs) {
        Set<String> surnames = new HashSet<>();
        for (NameRun run : runs) if (run.size() >= 2) surnames.add(run.lastWord());
        for (int k = 0; k + 1 < runs.size(); k++) {
            NameRun first = runs.get(k);
            NameRun second = runs.get(k + 1);
            if (first.sentence() != second.sentence() || second.from() != first.to() + 1 || surnames.contains(first.name())
                    || !NameRunFinder.beforeASharedSurname(first.sentence().tokens(), first.from(), first.to())) continue;
            String surname = second.name().substring(second.name().indexOf(' ') + 1);
            runs.set(k, new NameRun(first.sentence(), first.from(), first.to(), first.name() + " " + surname, first.begin(), first.end(), first.title()));
        }
    }

    /**
     * Shorter forms of one full name are that person, when exactly one fuller name fits, shown in full:
     * a middle name left out ("Juan Gonzalez", "Juan Miguel Gonzalez"; "Hillary Clinton", "Hillary
     * Rodham Clinton"), a short given name with the same surname ("Chris Luxon", "Christopher
     * Luxon"; "Doug Turner", "Douglas Turner"), or the last names left out where the custom names
     * people by their first two ("Dalbir Singh", "Dalbir Singh Suhag"; "Abdul Ghani", "Abdul Ghani
     * Othman"), though not a father's or son's suffix ("Ferdinand Marcos Jr.").
     */
    private void mergeShorterForms() {
        for (EntityDraft d : List.copyOf(drafts.values())) {
            String[] words = d.name.split("\\s+");
            if (d.kind != EntityKind.PERSON || words.length < 2 || !drafts.containsValue(d)) continue;
            List<EntityDraft> fuller = drafts.values().stream().filter(o -> o != d && o.kind == EntityKind.PERSON)
                    .filter(o -> shorterForm(words, o.name.split("\\s+"))).toList();
            if (fuller.size() == 1) joinPerson(fuller.get(0), d);
        }
    }

    /**
     * Whether {@code name} is a shorter form of {@code full}: its first words with the last names left out, or the same
     * surname and a middle name left out or a short given name.
     */
    private boolean shorterForm(String[] name, String[] full) {
        // (the names left out no common words or compounds of them nor honours: not "Johnny Sexton Facts", "Harriet Cole
        // Skatepark", "Ghulam Mustafa Khan Saab")
        boolean lastNamesLeftOut = name.length >= 2 && full.length > name.length && Arrays.equals(name, Arrays.copyOf(full, name.length))
                && Arrays.stream(full, name.length, full.length).noneMatch(w -> NameRun.NAME_SUFFIXES.contains(w) || Gazetteers.POST_NOMINALS.contains(w)
                    || commonOrCompound(w.toLowerCase(Locale.ROOT)));
        if (lastNamesLeftOut) return true;
        if (!name[name.length - 1].equals(full[full.length - 1])) return false;
        boolean middleLeftOut = name.length == 2 && full.length >= 3 && name[0].equals(full[0]);
        boolean shortGivenName = full[0].length() > name[0].length() && GivenNames.sameName(name[0], full[0]);
        return middleLeftOut || shortGivenName;
    }

    /** Two drafts of one person become {@code keep}: mentions, the role if {@code keep} has none, and the runs read so far. */
    private void joinPerson(EntityDraft keep, EntityDraft drop) {
        keep.absorbMentions(drop);
        if (keep.role == null) {
            keep.role = drop.role;
            keep.roleInferred = drop.roleInferred;
        }
        for (Map.Entry<NameRun, EntityDraft> e : people.entrySet()) if (e.getValue() == drop) e.setValue(keep);
        drafts.values().remove(drop);
    }

    /**
     * "Bobby Morris Playfield" in an article that names Bobby Morris: a person's full name and one
     * more word, a common word or a compound of common words, names a thing after that person;
     * not when the word is a given name, a suffix, a surname WordNet knows ("Martin Luther King"
     * beside "Martin Luther"), another person's surname or used alone as a name ("Juan Miguel
     * Gonzalez" beside "Juan Miguel" and "Elian Gonzalez").
     */
    private void thingsNamedAfterPeople() {
        Set<String> fullNames = new HashSet<>();
        for (EntityDraft d : drafts.values()) if (d.kind == EntityKind.PERSON && d.name.contains(" ")) fullNames.add(d.name);
        for (EntityDraft d : List.copyOf(drafts.values())) {
            int cut = d.name.lastIndexOf(' ');
            if (d.kind != EntityKind.PERSON || cut < 0 || !fullNames.contains(d.name.substring(0, cut)) || !d.name.substring(0, cut).contains(" "))
                continue;
            String word = d.name.substring(cut + 1);
            long sameSurname = drafts.values().stream().filter(p -> p != d && p.kind == EntityKind.PERSON && p.name.endsWith(" " + word)).count();
            if (GivenNames.listed(word) || NameRun.NAME_SUFFIXES.contains(word) || !word.matches("\\p{Lu}\\p{Ll}+") || sameSurname > 0
                    || loneNames.contains(word) || !commonOrCompound(word.toLowerCase(Locale.ROOT))
                    || wordNet.namedSenses(word).stream().anyMatch(s -> "noun.person".equals(s.getLexFileName()))) continue;
            drafts.values().remove(d);
            people.values().removeIf(p -> p == d);
        }
    }

    /** "playground", "playfield": a common word, or two joined ("play" + "field") that WordNet does not list together. */
    private boolean commonOrCompound(String word) {
        if (wordNet.isCommonWord(word)) return true;
        for (int i = 3; i <= word.length() - 4; i++) {
            String tail = word.substring(i);
            if (wordNet.isCommonWord(word.substring(0, i)) && wordNet.lookup(POS.NOUN, tail).filter(iw -> iw.getLemma().equals(tail)).isPresent())
                return true;
        }
        return false;
    }

    /**
     * A person the patterns give no role takes the phrase {@link RoleModel} finds likeliest among
     * those the sentences of their mentions offer, when it is likely enough. Every person's
     * candidates are kept for {@link #roleCandidates()}.
     */
    private void learnedRoles() {
        Set<Integer> organisationOffsets = organisationOffsets();
        Map<EntityDraft, List<RoleCandidates.Candidate>> open = new LinkedHashMap<>();
        new RoleCandidates(wordNet, new PersonNouns(wordNet)).ofPeople(people, organisationOffsets::contains).forEach((person, found) -> {
            offered.put(person, new Offered(person.role, found));
            if (person.role == null) open.put(person, found);
        });
        roleModel.assign(open, RoleModel.THRESHOLD).forEach((d, c) -> {
            d.role = c.role();
            d.roleInferred = true;
        });
    }

    /**
     * "Director of Army Public Relations", "State Minister for Disaster Management", "General
     * Synod": a "person" whose every word is an everyday common word, none a given name, is the
     * field of an office or a thing, not someone. A person WordNet knows by name ("Bush"), a cited
     * author ("Cruse and Croft (2004)"), one with a title ("Mayor Baker") and one the text gives a
     * role ("Mar Hicks, a historian") stay, unless the title or role is an office whose field runs
     * on into the name ("Director of Army" + "Public Relations").
     */
    private void commonWordsAreNoPerson() {
        Set<EntityDraft> titled = new HashSet<>();
        Set<EntityDraft> fieldRunsOn = new HashSet<>();
        people.forEach((run, d) -> {
            if (run.title() == null) return;
            if (OFFICE_OF.matcher(run.title()).find()) fieldRunsOn.add(d);
            else titled.add(d);
        });
        dropPeople(d -> !titled.contains(d) && !citedAuthors.contains(d.name) && (d.role == null || fieldRunsOn.contains(d))
                && allCommonWords(d.name));
    }

    /**
     * "every Tom, Dick and Harry", "Celsius", "the Courts": one word named once, with no title or
     * role, that WordNet knows as no one's name, is no one a reader could tell who they are. It stays
     * when the text cites it as an author, makes it the subject of a verb ("Frank sent me
     * specimens", "Verhoest and colleagues found", "Jack who walks here") or names it among
     * relatives ("beloved husband of Eileen, and father of David, Marie and Ronan").
     */
    private void loneWordsNamedOnce() {
        Set<EntityDraft> titled = titledPeople();
        Set<EntityDraft> someone = new HashSet<>();
        people.forEach((run, d) -> {
            if (actsIn(run) || run.sentence().tokens().stream().anyMatch(t -> RolePhrases.isLowerCase(t) && t.isNoun() && isARelative(t.text())))
                someone.add(d);
        });
        dropPeople(d -> !d.name.contains(" ") && d.role == null && d.mentions.size() == 1
                && !titled.contains(d) && !someone.contains(d) && !citedAuthors.contains(d.name)
                && !NameClassifier.isAnIndividual(wordNet.namedSenses(d.name)));
    }

    /** Drops the people {@code noOne} says are no one, from the drafts and from the runs read as them. */
    private void dropPeople(Predicate<EntityDraft> noOne) {
        Set<EntityDraft> dropped = new HashSet<>();
        drafts.values().removeIf(d -> d.kind == EntityKind.PERSON && noOne.test(d) && dropped.add(d));
        people.values().removeIf(dropped::contains);
    }

    /**
     * Whether the name is the subject of the verb after it ("Frank sent"), owns something or heads a
     * government ("Thad's story", "the Monti government"), names a researcher with colleagues
     * ({@link NameClassifier#withColleagues}), is a name an editor's brackets complete ("[Phil]
     * Gramm", "Jeff [Drake]"), or is followed by "who".
     */
    private static boolean actsIn(NameRun run) {
        List<Token> t = run.sentence().tokens();
        int k = run.to();
        if (t.get(k - 1).text().matches(".*['’]s") || k < t.size() && t.get(k).text().matches("['’]s?")
                || k < t.size() && Gazetteers.LEADERSHIP_NOUNS.contains(t.get(k).text())) return true;
        if (NameClassifier.withColleagues(run)) return true;
        if (k + 1 < t.size() && t.get(k).text().matches("[\\[\\]]") && RolePhrases.startsUpperCase(t.get(k + 1))) return true;
        // "a surprise for Eve and Jack who regularly spend time here": "who" says it is someone
        if (NameClassifier.followedByWho(run)) return true;
        if (k + 2 < t.size() && t.get(k).text().equals("and") && t.get(k + 1).text().equals("others")) k += 2;
        return k < t.size() && RolePhrases.isLowerCase(t.get(k)) && (t.get(k).isVerb() || "AUX".equals(t.get(k).tag()));
    }

    /** "husband", "grandchildren": a word for a relative. */
    private boolean isARelative(String word) {
        String singular = wordNet.singularNoun(word).orElse(word.toLowerCase(Locale.ROOT));
        return wordNet.lookup(net.sf.extjwnl.data.POS.NOUN, singular).map(w -> w.getSenses().stream().limit(2)
                .anyMatch(x -> "noun.person".equals(x.getLexFileName()) && WordNet.isKindOf(x, Set.of("relative", "kin", "kinsperson")))).orElse(false);
    }

    /** Zipf 3.5: a word met about three times in a million, "chapter", "shuttle", "bench". */
    private static final double EVERYDAY_ZIPF = 3.5;
    private static final Pattern OFFICE_OF = Pattern.compile("\\s(?:of|for)(?:\\s|$)");

    private boolean allCommonWords(String name) {
        for (String word : NameRunFinder.stripPossessive(name).split("\\s+")) {
            // an everyday word: not a rare one a name shares ("Zaman", a tree in WordNet)
            if (GivenNames.listed(word) || !wordNet.isCommonWord(word) || WordFrequency.get().zipf(word.toLowerCase(Locale.ROOT)) < EVERYDAY_ZIPF
                    || NameClassifier.isAnIndividual(wordNet.namedSenses(word))) return false;
        }
        return true;
    }

    /** The body offsets of every organisation's mentions. */
    private Set<Integer> organisationOffsets() {
        Set<Integer> out = new HashSet<>();
        for (EntityDraft d : drafts.values()) {
            if (d.kind != EntityKind.ORGANISATION) continue;
            for (Mention m : d.mentions) for (int o = m.begin(); o < m.end(); o++) out.add(o);
        }
        return out;
    }

    /** Each person's name with the role the patterns gave and the candidates the model chose among; for training it. */
    List<PersonCandidates> roleCandidates() {
        List<PersonCandidates> out = new ArrayList<>();
        offered.forEach((d, o) -> out.add(new PersonCandidates(d.name, o.patternRole(), List.copyOf(o.candidates()))));
        return out;
    }

    /** The role the patterns gave a person (or null) and their role candidates. */
    private record Offered(String patternRole, List<RoleCandidates.Candidate> candidates) {}

    /** A person's name, the role the patterns gave them (or null) and their role candidates. */
    record PersonCandidates(String name, String patternRole, List<RoleCandidates.Candidate> candidates) {}

    /** The first role the text gives at any mention of each person. */
    private void findRoles() {
        Set<Integer> organisationOffsets = organisationOffsets();
        // "an extraordinary man", "a gangly teenager": a role that says little waits for a better one at another mention
        Map<EntityDraft, String> saysLittle = new HashMap<>();
        for (Map.Entry<NameRun, EntityDraft> e : people.entrySet()) {
            EntityDraft d = e.getValue();
            if (d.role != null) continue;
            roles.role(e.getKey(), organisationOffsets::contains).ifPresent(r -> {
                if (RoleFinder.saysLittle(r)) saysLittle.putIfAbsent(d, r);
                else d.role = r;
            });
        }
        // (a bare "man" or "woman" says nothing at all: no role, so the model may still find one)
        saysLittle.forEach((d, r) -> {
            boolean bare = PersonNouns.ANYONE.contains(r.strip().toLowerCase(Locale.ROOT));
            if (d.role == null && !bare) d.role = r;
        });
    }

    /**
     * "Dr. Alper" with nothing else said is a doctor, "PC Jonathan Rice" a police constable: after
     * the patterns and the model, which find the office a text gives ("Dr Suleiman Kiggundu, the
     * governor").
     */
    private void rolesFromTitlesAlone() {
        for (Map.Entry<NameRun, EntityDraft> e : people.entrySet()) {
            if (e.getValue().role == null) RoleFinder.fromTitleAlone(e.getKey().title()).ifPresent(r -> e.getValue().role = r);
        }
    }

    /**
     * "Disgraced politician Leland Yee gets five years", "Paul Miller, 84; Ex-Chairman of Gannett":
     * a person the body names with no role takes the one the headline gives at their full name.
     */
    private void rolesFromTheHeadline(List<NameRun> headlineRuns) {
        for (NameRun run : headlineRuns) {
            EntityDraft d = drafts.get(key(EntityKind.PERSON, run.name()));
            if (d != null && d.role == null) roles.role(run, o -> false).ifPresent(r -> d.role = r);
        }
    }

    /**
     * "Sara Weech becomes new Chair" over "St Helens resident Sara, who ...": a person the body names
     * by one name only takes the full name the headline gives, when exactly one person's name there
     * starts or ends with it and the body names no one by it.
     */
    private void namesFromTheHeadline(List<NameRun> headlineRuns) {
        List<String> full = headlineRuns.stream().filter(run -> run.size() >= 2 && run.size() <= 3 && run.name().indexOf(' ') > 0
                && classifier.classify(run).filter(EntityKind.PERSON::equals).isPresent()).map(NameRun::name).distinct().toList();
        for (EntityDraft d : List.copyOf(drafts.values())) {
            if (d.kind != EntityKind.PERSON || d.name.contains(" ")) continue;
            List<String> fits = full.stream().filter(f -> f.startsWith(d.name + " ") || f.endsWith(" " + d.name)).toList();
            // (its other words no common words: not "Khalifa Sues Promoter", "Dawn Editor")
            if (fits.size() != 1 || drafts.containsKey(key(EntityKind.PERSON, fits.get(0))) || Arrays.stream(fits.get(0).split(" "))
                    .anyMatch(w -> !w.equals(d.name) && wordNet.isCommonWord(w.toLowerCase(Locale.ROOT)))) continue;
            drafts.remove(key(EntityKind.PERSON, d.name));
            d.name = fits.get(0);
            drafts.put(key(EntityKind.PERSON, d.name), d);
        }
    }

    /**
     * "Dolly Parton wasn't going to sit back. The philanthropist made an excited post": a person with no
     * role takes the one a definite description gives as the subject of the next sentence, when they
     * are the only person named between the start of the sentence before and the description (the
     * headline is the sentence before the first).
     */
    private void rolesFromDescriptions(List<NameRun> headlineRuns) {
        Map<Integer, EntityDraft> personAt = new HashMap<>();
        for (EntityDraft d : drafts.values()) {
            if (d.kind == EntityKind.PERSON) for (Mention m : d.mentions) personAt.put(m.begin(), d);
        }
        Set<EntityDraft> before = new LinkedHashSet<>();
        for (NameRun run : headlineRuns) personNamed(run.name()).ifPresent(before::add);
        if (before.isEmpty()) headlineSubject(personAt);
        ledeSubject(personAt);
        // not "Smith told the judge he was sorry. The judge said ...": a description whose noun the text has used
        // before takes up that mention, not the person
        // (in the plural too: "the room full of lawyers ... Then the lawyer would")
        Set<String> wordsSoFar = new HashSet<>();
        java.util.function.Consumer<TaggedSentence> remember = s -> s.tokens().forEach(w -> {
            String lower = w.text().toLowerCase(Locale.ROOT);
            wordsSoFar.add(lower);
            if (w.isNoun()) wordNet.singularNoun(lower).ifPresent(wordsSoFar::add);
        });
        headline.forEach(remember);
        for (TaggedSentence s : sentences) {
            // ("He is a junior engineering major": a pronoun says who, whatever noun came before)
            Optional<SubjectDescriptions.Description> description = roles.subjectDescription(s)
                    .filter(d -> !wordsSoFar.contains(d.head())).or(() -> roles.pronounDescription(s));
            remember.accept(s);
            Set<EntityDraft> here = new LinkedHashSet<>();
            Set<EntityDraft> beforeDescription = new LinkedHashSet<>();
            int descriptionBegin = description.map(d -> s.tokens().get(d.at()).begin()).orElse(Integer.MAX_VALUE);
            for (Token t : s.tokens()) {
                EntityDraft d = personAt.get(t.begin());
                if (d == null) continue;
                here.add(d);
                if (t.begin() < descriptionBegin) beforeDescription.add(d);
            }
            Set<EntityDraft> candidates = beforeDescription.isEmpty() ? before : beforeDescription;
            if (description.isPresent() && candidates.size() == 1) {
                EntityDraft d = candidates.iterator().next();
                if (d.role == null) d.role = description.get().role();
            }
            before = here;
        }
    }

    /**
     * "Climber breaks British record for reaching Everest peak. Kenton Cool has ...": a headline that
     * names no one and whose subject describes a person describes the person whose name opens one of
     * the body's first two sentences.
     */
    private void headlineSubject(Map<Integer, EntityDraft> personAt) {
        if (headline.isEmpty()) return;
        describedThenNamed(roles.headlineDescription(headline.get(0)), sentences.subList(0, Math.min(2, sentences.size())), personAt);
    }

    /**
     * "The HSE's chief clinical officer has admitted patients can expect ... . Dr Colm Henry said
     * ...": a first sentence that names no one and whose subject is a description of a person
     * describes the person whose name opens one of the next two sentences.
     */
    private void ledeSubject(Map<Integer, EntityDraft> personAt) {
        if (sentences.size() < 2) return;
        TaggedSentence lede = sentences.get(0);
        if (lede.tokens().stream().anyMatch(t -> personAt.containsKey(t.begin()))) return;
        describedThenNamed(roles.subjectDescription(lede), sentences.subList(1, Math.min(3, sentences.size())), personAt);
    }

    /** The description goes to the person whose name opens the first of {@code next} that opens with one, as its subject. */
    private void describedThenNamed(Optional<SubjectDescriptions.Description> description, List<TaggedSentence> next,
            Map<Integer, EntityDraft> personAt) {
        if (description.isEmpty()) return;
        // not "Mayor misses opportunity ... Greg David makes a good case that Mayor Bill de Blasio ...": the headline
        // means whoever the body gives that role
        String head = description.get().head();
        boolean someoneHasIt = drafts.values().stream().anyMatch(d -> d.kind == EntityKind.PERSON && d.role != null
                && d.role.toLowerCase(Locale.ROOT).contains(head));
        if (someoneHasIt) return;
        for (TaggedSentence s : next) {
            List<Token> t = s.tokens();
            if (t.isEmpty()) continue;
            int first = 0; // ("Dr Colm Henry said": after a courtesy title)
            while (first + 1 < t.size() && Gazetteers.HONORIFICS.contains(t.get(first).text())) first++;
            EntityDraft d = personAt.get(t.get(first).begin());
            if (d == null) continue;
            // the name is the sentence's subject: a verb follows it, not a colon ("Steve Chawkins:", a byline)
            int after = first + 1;
            while (after < t.size() && t.get(after).isProperNoun()) after++;
            boolean subject = after < t.size() && !t.get(after).text().matches("[:.]") && t.subList(after, t.size()).stream().anyMatch(w -> w.isVerb() || w.tag().equals("AUX"));
            if (subject && d.role == null) d.role = description.get().role();
            return;
        }
    }

    /** The person draft a headline's name stands for: the same name, or the surname of one person's full name. */
    private Optional<EntityDraft> personNamed(String name) {
        EntityDraft same = drafts.get(key(EntityKind.PERSON, name));
        if (same != null) return Optional.of(same);
        List<EntityDraft> bySurname = drafts.values().stream()
                .filter(d -> d.kind == EntityKind.PERSON && d.name.endsWith(" " + name)).toList();
        return bySurname.size() == 1 ? Optional.of(bySurname.get(0)) : Optional.empty();
    }

    /**
     * Companies are often named after people ("Philip Morris", "Upjohn", "Crane"). A "person" is
     * the company when the text also names a company whose name is that name with a legal form
     * ("Philip Morris Cos.", "Upjohn Co."; a single name: the first word of it, "Orkem" for "Orkem
     * Coatings U.K. Ltd."), when it is listed with organisations, or when the role the text gives
     * is a word for a business ("Crane, a maker of engineered products"). A title ("Mr. Crane")
     * keeps the person. (The same name read as a company elsewhere: {@link #oneKindPerName}.)
     */
    private void companiesReadAsPeople() {
        Map<String, EntityDraft> byStem = firmsByStem();
        Set<EntityDraft> titled = titledPeople();
        List<Mention> organisations = organisationMentionsNotReadAsPeople();
        Set<String> employers = employersInRoles();
        List<String> authors = authors(article.metadata().author());
        for (EntityDraft person : List.copyOf(drafts.values())) {
            if (person.kind != EntityKind.PERSON || titled.contains(person) || authors.contains(person.name)) continue;
            EntityDraft company = byStem.get(person.name.toLowerCase(Locale.ROOT));
            // "Asil Nadir, Polly Peck's chairman": whoever has a chairman is a firm, though its name is a woman's
            if (company == null && person.role == null && employers.contains(person.name)) company = draft(EntityKind.ORGANISATION, person.name);
            // "the ACLU and Carder's parents": a full name starting with a given name ("Angela Carder") is not made a
            // company by its surname in a list; written in full there ("Merrill Lynch, Goldman Sachs and ...") it is
            boolean givenFullName = person.name.contains(" ") && GivenNames.contains(firstWord(person.name));
            if (company == null && person.role == null && listedWith(person, organisations, givenFullName))
                company = draft(EntityKind.ORGANISATION, person.name);
            // "Jerry Steinman, publisher of ...": a given name keeps the person whose role is also a firm's word
            if (company == null && (!roleNamesABusiness(person.role) || GivenNames.listed(firstWord(person.name)))) continue;
            if (company == null) company = draft(EntityKind.ORGANISATION, person.name);
            company.absorbMentions(person);
            drafts.values().remove(person);
        }
    }

    /**
     * Firms whose names the text gives with a legal form or a firm's word, by the stems that name
     * them too: the name without its legal form ("philip morris" for "Philip Morris Cos."), its first
     * word ("orkem"), and a founder's surname after initials or a given name ("williams" for "A.L.
     * Williams Corp.").
     */
    private Map<String, EntityDraft> firmsByStem() {
        Map<String, EntityDraft> byStem = new HashMap<>();
        for (EntityDraft d : drafts.values()) {
            if (d.kind != EntityKind.ORGANISATION) continue;
            String[] words = d.name.split("\\s+");
            int n = words.length;
            while (n > 1 && Gazetteers.LEGAL_FORMS.contains(words[n - 1])) n--;
            // "Norwood Partners Limited Partnership of Boston", "Delta Air Lines": a firm's word later in the name
            boolean firm = java.util.Arrays.stream(words).skip(1).anyMatch(w -> Gazetteers.FIRM_NAME_WORDS.contains(w)
                    || Gazetteers.LEGAL_FORMS.contains(w) && Character.isUpperCase(w.charAt(0)));
            if (n == words.length && !firm) continue; // no legal form: "Morgan Stanley" could be a man's name
            // case aside: a headline writes "ROGERS COMMUNICATIONS Inc."
            if (n < words.length) byStem.putIfAbsent(String.join(" ", java.util.Arrays.copyOf(words, n)).toLowerCase(Locale.ROOT), d);
            // "Williams" of "A.L. Williams Corp.": the surname of a firm named after its founder, by initials or a given name
            if (n == 2 && n < words.length && (NameRunFinder.INITIALS_WITH_STOPS.matcher(words[0]).matches() || GivenNames.listed(words[0])))
                byStem.putIfAbsent(words[1].toLowerCase(Locale.ROOT), d);
            byStem.putIfAbsent(words[0].toLowerCase(Locale.ROOT), d);
            // "Anheuser" of "Anheuser-Busch Cos."
            if (words[0].contains("-")) byStem.putIfAbsent(words[0].substring(0, words[0].indexOf('-')).toLowerCase(Locale.ROOT), d);
        }
        return byStem;
    }

    /**
     * "A.L. Williams & Associates" and "Unisys" beside "A.L. Williams Corp." and "Unisys Corp.": an
     * organisation named by a stem of a firm's name (see {@link #firmsByStem}) is that firm. Read after
     * each name has its one kind, so that the shorter name's mentions stay the firm's.
     */
    private void firmsWithoutTheirLegalForm() {
        Map<String, EntityDraft> byStem = firmsByStem();
        for (EntityDraft shortForm : List.copyOf(drafts.values())) {
            EntityDraft firm = byStem.get(shortForm.name.toLowerCase(Locale.ROOT));
            if (shortForm.kind != EntityKind.ORGANISATION || firm == null || firm == shortForm) continue;
            firm.absorbMentions(shortForm);
            drafts.values().remove(shortForm);
        }
    }

    /**
     * "Bear Stearns, Morgan Stanley and Oppenheimer joined PaineWebber": a name joined by "and",
     * "or" or "&" to an organisation, or listed before one with a comma, is one too, when nothing
     * says it is a person.
     */
    private boolean listedWith(EntityDraft person, List<Mention> organisations, boolean fullNameOnly) {
        for (Mention m : person.mentions) {
            if (fullNameOnly && m.end() - m.begin() != person.name.length()) continue;
            Paragraph p = paragraphs.get(m.paragraph());
            if (p == null) continue;
            for (Mention o : organisations) {
                if (o.paragraph() != m.paragraph()) continue;
                int from = Math.min(m.end(), o.end()), to = Math.max(m.begin(), o.begin());
                if (from > to || from < p.begin() || to > p.begin() + p.text().length()) continue;
                String gap = p.text().substring(from - p.begin(), to - p.begin());
                if (LIST_SEPARATOR.matcher(gap).matches()) return true;
                // "Bear Stearns, Morgan Stanley and Oppenheimer": a comma is a list when "and" follows the
                // organisation (a comma alone is none: "KQED, Auncil Martinez reports"; "Jim Laurie, ABC News, Hong Kong")
                if (gap.strip().equals(",") && o.begin() > m.begin() && LIST_GOES_ON.matcher(p.text().substring(o.end() - p.begin())).lookingAt())
                    return true;
            }
        }
        return false;
    }

    /** Mentions of the organisations never also read as a person: the model misreads "Ronald Stauber and Michael Gingrich" now and then. */
    private List<Mention> organisationMentionsNotReadAsPeople() {
        Set<String> personNames = new HashSet<>();
        for (EntityDraft d : drafts.values()) if (d.kind == EntityKind.PERSON) personNames.add(d.name.toLowerCase(Locale.ROOT));
        return drafts.values().stream()
                .filter(d -> d.kind == EntityKind.ORGANISATION && !personNames.contains(d.name.toLowerCase(Locale.ROOT)))
                .flatMap(d -> d.mentions.stream()).toList();
    }

    /** The people some mention of whom came with a title ("Mr.", "Secretary of State"). */
    private Set<EntityDraft> titledPeople() {
        Set<EntityDraft> titled = new HashSet<>();
        for (Map.Entry<NameRun, EntityDraft> e : people.entrySet()) if (e.getKey().title() != null) titled.add(e.getValue());
        return titled;
    }

    private static String firstWord(String name) {
        return name.split(" ", 2)[0];
    }

    /** Company officers a role can name with their employer in the possessive ("Polly Peck's chairman"). */
    private static final Pattern OFFICER_OF = Pattern.compile(
            "^(.+?)['’]s? (?:chairman|chairwoman|vice chairman|chief executive|chief executive officer|chief financial officer"
                    + "|chief operating officer|treasurer|board)\\b");

    /** The names that other people's roles give as their firm: "Polly Peck" in "Polly Peck's chairman". */
    private Set<String> employersInRoles() {
        Set<String> out = new HashSet<>();
        for (EntityDraft d : drafts.values()) {
            if (d.kind != EntityKind.PERSON || d.role == null) continue;
            Matcher m = OFFICER_OF.matcher(d.role);
            if (m.find()) out.add(m.group(1));
        }
        return out;
    }

    /** "maker of engineered products", "a food wholesaler and building products maker": a role whose head is a business. */
    private boolean roleNamesABusiness(String role) {
        if (role == null) return false;
        String head = role.split("\\s+(?:of|in|at|for|from|with|to|on|based)\\s+", 2)[0].strip();
        String word = head.substring(head.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
        Optional<IndexWord> noun = wordNet.lookup(POS.NOUN, word);
        if (noun.isEmpty()) return false;
        List<Synset> senses = noun.get().getSenses();
        for (int i = 0; i < Math.min(3, senses.size()); i++) {
            Synset sense = senses.get(i);
            if ("noun.group".equals(sense.getLexFileName()) && sense.getGloss().matches("(?s).*\\bbusiness\\b.*")) return true;
        }
        return false;
    }

    /**
     * One name, one kind: the model reads a name differently in different sentences ("Manuel
     * Gonzalez" a person in one, an organisation and a place in others), and a reader would find
     * him in three lists. A person with a title or role stays a person; else an organisation
     * reading wins unless the name starts with a given name ("Upjohn officials": the company); a
     * full name starting with a given name stays a person; else the kind read most often (ties:
     * organisation, place, person: "Saddam", misread once as a place, stays a person). The kind
     * kept takes the other readings' mentions.
     */
    private void oneKindPerName() {
        Map<String, List<EntityDraft>> byName = new LinkedHashMap<>();
        for (EntityDraft d : drafts.values()) {
            if (d.kind != EntityKind.GROUP) byName.computeIfAbsent(d.name.toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(d);
        }
        Set<EntityDraft> titled = titledPeople();
        for (List<EntityDraft> readings : byName.values()) {
            if (readings.size() < 2 || readings.stream().anyMatch(d -> d.name.equals(publication))) continue;
            EntityDraft keep = readingToKeep(readings, titled);
            for (EntityDraft other : readings) {
                if (other == keep) continue;
                keep.absorbMentions(other);
                drafts.values().remove(other);
            }
        }
    }

    private static EntityDraft readingToKeep(List<EntityDraft> readings, Set<EntityDraft> titled) {
        Optional<EntityDraft> person = readings.stream().filter(d -> d.kind == EntityKind.PERSON).findFirst();
        Optional<EntityDraft> organisation = readings.stream().filter(d -> d.kind == EntityKind.ORGANISATION).findFirst();
        if (person.isPresent()) {
            EntityDraft p = person.get();
            if (titled.contains(p) || p.role != null) return p;
            if (organisation.isPresent() && !GivenNames.contains(firstWord(p.name))) return organisation.get();
            if (p.name.contains(" ") && GivenNames.listed(firstWord(p.name))) return p;
        }
        return readings.stream().max(Comparator.comparingInt((EntityDraft d) -> d.mentions.size())
                .thenComparingInt(d -> d.kind == EntityKind.ORGANISATION ? 2 : d.kind == EntityKind.PLACE ? 1 : 0)).get();
    }

    /** The authors come first, with any mentions the body makes of them, and the role their bio gives. */
    private void putAuthorFirst() {
        Map<String, EntityDraft> reordered = new LinkedHashMap<>();
        for (String name : authors(article.metadata().author())) {
            EntityDraft d = drafts.remove(key(EntityKind.PERSON, name));
            if (d == null) d = new EntityDraft(EntityKind.PERSON, name);
            reordered.put(key(EntityKind.PERSON, name), d);
            // the role the bio gives, else the one the body gives ("Jennifer Jett, Asia Digital Editor for NBC News")
            String own = RoleFinder.fromBio(name, article.metadata().authorBio()).orElse(d.role);
            d.role = own == null ? "author" : "author; " + own;
        }
        reordered.putAll(drafts);
        drafts.clear();
        drafts.putAll(reordered);
    }

    /** A name of two to four capitalised words: "Lucas Casaletto", "Mary-Ann O'Neill". */
    private static final Pattern PERSON_NAME = Pattern.compile("\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){1,3}");

    /**
     * The people a byline names: "Richard Southern and Lucas Casaletto", "A, B and C" are several
     * authors, each a person's name; any other byline ("Jane Doe, Associated Press") is one. None
     * without a byline.
     */
    static List<String> authors(String author) {
        if (author == null || author.isBlank()) return List.of();
        String byline = author.strip();
        // (a comma alone may give an affiliation: "Brenda Goodman, MA WebMD Health News")
        if (!byline.contains(" and ") && !byline.contains("&")) return List.of(byline);
        String[] parts = byline.split("\\s*,\\s*(?:and\\s+)?|\\s+and\\s+|\\s*&\\s*");
        for (String part : parts) if (!PERSON_NAME.matcher(part).matches()) return List.of(byline);
        return List.of(parts);
    }

    private Entities build() {
        List<Entity> persons = new ArrayList<>();
        List<Entity> organisations = new ArrayList<>();
        List<Entity> places = new ArrayList<>();
        List<Entity> groups = new ArrayList<>();
        for (EntityDraft d : drafts.values()) {
            if (d.kind == EntityKind.GROUP) d.name = d.groupDisplayForm();
            Entity e = d.build();
            switch (d.kind) {
                case PERSON -> persons.add(e);
                case ORGANISATION -> organisations.add(e);
                case PLACE -> places.add(e);
                case GROUP -> groups.add(e);
            }
        }
        int lede = article.paragraphs().isEmpty() ? 1 : article.paragraphs().get(0).number();
        List<String> authors = authors(article.metadata().author());
        persons.sort(Comparator.comparingInt((Entity e) -> -prominence(e, lede, authors)));
        return new Entities(persons, inTextOrder(organisations), inTextOrder(places), inTextOrder(groups));
    }

    /**
     * The entities the text names, in the order of their first mention (a name read only once the people around it
     * were known is found after the others); one it does not name, as the publication may be, keeps its place.
     */
    private static List<Entity> inTextOrder(List<Entity> list) {
        List<Integer> named = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) if (!list.get(i).mentions().isEmpty()) named.add(i);
        List<Entity> sorted = named.stream().map(list::get)
                .sorted(Comparator.comparingInt((Entity e) -> e.mentions().stream().mapToInt(Mention::begin).min().getAsInt())).toList();
        List<Entity> out = new ArrayList<>(list);
        for (int k = 0; k < named.size(); k++) out.set(named.get(k), sorted.get(k));
        return out;
    }

    /**
     * How prominent a person is in the story: mentions count most, then being named in the lede
     * and having a stated role, so a feature's protagonist comes before a name dropped once.
     * The authors stay first.
     */
    private static int prominence(Entity e, int lede, List<String> authors) {
        if (authors.contains(e.name())) return Integer.MAX_VALUE;
        boolean inLede = e.mentions().stream().anyMatch(m -> m.paragraph() <= lede + 1);
        return 3 * e.mentions().size() + (inLede ? 2 : 0) + (e.role() != null ? 1 : 0);
    }

    private static boolean contains(String whole, String part) {
        return whole != null && whole.contains(part);
    }

    private boolean insidePublication(NameRun run) {
        if (publication == null) return false;
        EntityDraft d = drafts.get(key(EntityKind.ORGANISATION, publication));
        return d != null && d.mentions.stream().anyMatch(m -> m.begin() <= run.begin() && run.end() <= m.end());
    }

    private Optional<EntityDraft> fullNameFor(NameRun run) {
        if (run.size() != 1) return Optional.empty();
        EntityDraft best = null;
        for (EntityDraft d : drafts.values()) {
            if (d.kind != EntityKind.PERSON || !d.name.contains(" ")) continue;
            String[] parts = NameRun.withoutSuffix(d.name).split("\\s+");
            if (parts[parts.length - 1].equals(run.name()) || parts[0].equals(run.name())) best = d;
        }
        return Optional.ofNullable(best);
    }

    private void addMention(EntityKind kind, NameRun run) {
        String name = run.name();
        int end = run.end();
        Token next = run.next();
        if (kind == EntityKind.PLACE && next != null && Gazetteers.PLACE_NOUNS.contains(next.text())) {
            name = name + " " + next.text();
            end = next.end();
        }
        EntityDraft d = draft(kind, kind == EntityKind.GROUP ? groupKey(name) : name);
        d.mention(run.sentence().paragraph(), run.begin(), end, name);
        if (kind == EntityKind.PERSON) people.put(run, d);
        else otherRuns.computeIfAbsent(d, k -> new ArrayList<>()).add(run);
    }

    private String groupKey(String name) {
        Optional<IndexWord> iw = wordNet.lookup(POS.NOUN, name);
        return iw.map(IndexWord::getLemma).orElse(name.toLowerCase(Locale.ROOT).replaceAll("s$", ""));
    }

    private EntityDraft draft(EntityKind kind, String name) {
        return drafts.computeIfAbsent(key(kind, name), k -> new EntityDraft(kind, name));
    }

    private static String key(EntityKind kind, String name) {
        return kind + ":" + name.toLowerCase(Locale.ROOT);
    }
}
