package app.briefingpack.analysis.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import app.briefingpack.lexicon.WordNet;
import app.briefingpack.analysis.nlp.TaggedSentence;
import app.briefingpack.analysis.nlp.Token;
import app.briefingpack.model.Article;
import app.briefingpack.model.Mention;
import app.briefingpack.model.Paragraph;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Synset;

/**
 * Recognises people, organisations, places and groups without a trained name model: capitalised
 * runs found by {@link NameRunFinder} are classified by cues in and around them, by the JDK
 * gazetteers ({@link Gazetteers}) and by WordNet, which knows many individuals ("Saddam", "Bush")
 * and, as capitalised classes of people, demonyms and religious groups ("Iraqi", "Sunni", "Shiite").
 *
 * <p>Short forms are tied to the full name they abbreviate (Allawi → Ayad Allawi; "U.S." → United
 * States when that is named); a single name with no full form in the text is kept as written:
 * WordNet often lists several people under one surname, so it is no ground for inventing one.
 *
 * <p>Longer than 400 lines because the phases (finding runs, classifying, tying short forms to full
 * names) share the per-article state; splitting them into an object per call is left to do.
 */
public final class EntityRecognizer {

    private static final Pattern DERIVED = Pattern.compile("(?:ists?|ites?|ism)$");
    private static final Pattern ADHERENTS = Pattern.compile("(?:ists|ites)$");
    private static final Pattern GROUP_GLOSS = Pattern.compile("\\b(?:rebel\\w*|militant|fight\\w*|jihad\\w*|terror\\w*|guerrill?a|insurg\\w*|member of|adherent|follower|supporter)\\b");

    private final WordNet wordNet;
    private final RoleFinder roles;
    /** What the statistical name finder found in each sentence of the article being read. */
    private final Map<TaggedSentence, List<NameModel.Found>> modelNames = new java.util.IdentityHashMap<>();

    public EntityRecognizer(WordNet wordNet) {
        this.wordNet = wordNet;
        this.roles = new RoleFinder(wordNet);
    }

    /** Collects mentions of one entity while the article is read. */
    private static final class Draft {
        final EntityKind kind;
        String name;
        String role;
        final List<Mention> mentions = new ArrayList<>();
        final Map<String, Integer> forms = new HashMap<>();

        Draft(EntityKind kind, String name) {
            this.kind = kind;
            this.name = name;
        }

        void mention(int paragraph, int begin, int end, String form) {
            for (Mention m : mentions) if (m.begin() == begin) return;
            mentions.add(new Mention(paragraph, begin, end));
            forms.merge(form, 1, Integer::sum);
        }

        Entity build() {
            mentions.sort(Comparator.comparingInt(Mention::begin));
            return new Entity(kind, name, role, mentions);
        }
    }

    /** Loads the name-finder model now rather than during the first analysis. */
    public static void loadModel() {
        NameModel.get();
    }

    public Entities recognise(Article article, List<TaggedSentence> sentences) {
        return recognise(article, sentences, List.of());
    }

    /**
     * As {@link #recognise(Article, List)}, also listing the people and organisations named only
     * in {@code bio} (the author bio, tagged as paragraph 0): they belong to the pack, but have no
     * mention in the body paragraphs.
     */
    public Entities recognise(Article article, List<TaggedSentence> sentences, List<TaggedSentence> bio) {
        modelNames.clear();
        List<List<NameModel.Found>> inSentences = NameModel.get().find(sentences);
        for (int i = 0; i < sentences.size(); i++) modelNames.put(sentences.get(i), inSentences.get(i));
        List<List<NameModel.Found>> foundInBio = NameModel.get().find(bio);
        for (int i = 0; i < bio.size(); i++) modelNames.put(bio.get(i), foundInBio.get(i));
        NameRunFinder finder = new NameRunFinder(wordNet, NameRunFinder.capitalisedMidSentence(sentences),
                (s, i) -> modelNames.getOrDefault(s, List.of()).stream()
                        .anyMatch(f -> f.from() == i && f.to() > i + 1 && f.type().equals("person")));
        List<Object[]> bioOnly = new ArrayList<>();
        Map<String, Draft> drafts = new LinkedHashMap<>();
        String publication = article.metadata().publication();
        if (publication != null && !publication.isBlank()) {
            Draft d = draft(drafts, EntityKind.ORGANISATION, publication.strip());
            for (Paragraph p : article.paragraphs()) {
                for (int i = p.text().indexOf(publication); i >= 0; i = p.text().indexOf(publication, i + 1)) {
                    d.mention(p.number(), p.begin() + i, p.begin() + i + publication.length(), publication);
                }
            }
        }

        List<NameRun> runs = new ArrayList<>();
        for (TaggedSentence s : sentences) runs.addAll(finder.find(s));
        for (TaggedSentence s : bio) {
            for (NameRun run : finder.find(s)) {
                if (contains(publication, run.name()) || contains(article.metadata().author(), run.name())) continue;
                Optional<EntityKind> kind = classify(run);
                if (kind.isPresent() && (kind.get() == EntityKind.ORGANISATION || kind.get() == EntityKind.PERSON))
                    bioOnly.add(new Object[]{kind.get(), run});
            }
        }

        List<NameRun> pending = new ArrayList<>();
        Map<NameRun, Draft> people = new LinkedHashMap<>();
        for (NameRun run : runs) {
            if (insidePublication(run, drafts, publication)) continue;
            Optional<EntityKind> kind = classify(run);
            if (kind.isEmpty()) {
                pending.add(run);
                continue;
            }
            Draft d = addMention(drafts, kind.get(), run);
            if (kind.get() == EntityKind.PERSON) people.put(run, d);
        }
        // Single names: short forms of full names first, then what WordNet and the context say.
        List<NameRun> derived = new ArrayList<>();
        for (NameRun run : pending) {
            Optional<Draft> full = fullNameFor(run, drafts);
            if (full.isPresent()) {
                full.get().mention(run.sentence().paragraph(), run.begin(), run.end(), run.name());
                people.put(run, full.get());
                continue;
            }
            Optional<EntityKind> kind = classifySingle(run);
            if (kind.isPresent()) {
                Draft d = addMention(drafts, kind.get(), run);
                if (kind.get() == EntityKind.PERSON) people.put(run, d);
            } else {
                derived.add(run);
            }
        }
        // "Saddamist", "Saddamists": forms derived from a person's name are mentions of that person.
        for (NameRun run : derived) {
            for (Draft d : List.copyOf(drafts.values())) {
                String stem = DERIVED.matcher(run.name()).replaceFirst("");
                if (d.kind == EntityKind.PERSON && !stem.equals(run.name()) && d.name.endsWith(stem) && stem.length() > 2) {
                    d.mention(run.sentence().paragraph(), run.begin(), run.end(), run.name());
                    break;
                }
                if (d.kind == EntityKind.PERSON) continue;
            }
            if (DERIVED.matcher(run.name()).find() && drafts.values().stream().noneMatch(d -> d.forms.containsKey(run.name()))) {
                addMention(drafts, EntityKind.GROUP, run);
            }
        }
        // Named only in the bio: listed, without mentions, after everything the body names.
        for (Object[] found : bioOnly) {
            EntityKind kind = (EntityKind) found[0];
            NameRun run = (NameRun) found[1];
            if (drafts.values().stream().noneMatch(d -> d.name.equalsIgnoreCase(run.name()) || d.name.endsWith(" " + run.name())))
                draft(drafts, kind, run.name());
        }
        addCommonNounGroups(sentences, drafts);
        mergeInitials(drafts);
        mergeSurnames(drafts);

        java.util.Set<Integer> organisationOffsets = new java.util.HashSet<>();
        for (Draft d : drafts.values()) {
            if (d.kind != EntityKind.ORGANISATION) continue;
            for (Mention m : d.mentions) for (int o = m.begin(); o < m.end(); o++) organisationOffsets.add(o);
        }
        for (Map.Entry<NameRun, Draft> e : people.entrySet()) {
            if (e.getValue().role == null) roles.role(e.getKey(), organisationOffsets::contains).ifPresent(r -> e.getValue().role = r);
        }
        // "Dr. Alper" with nothing else said: a doctor, rather than no role at all.
        for (Map.Entry<NameRun, Draft> e : people.entrySet()) {
            String title = e.getKey().title();
            if (e.getValue().role == null && title != null && title.matches("(?:.*\\s)?Dr\\.?")) e.getValue().role = "doctor";
        }
        String author = article.metadata().author();
        if (author != null && !author.isBlank()) {
            // The author comes first, with any mentions the body makes of them.
            Draft d = drafts.remove(key(EntityKind.PERSON, author.strip()));
            if (d == null) d = new Draft(EntityKind.PERSON, author.strip());
            Map<String, Draft> reordered = new LinkedHashMap<>();
            reordered.put(key(EntityKind.PERSON, author.strip()), d);
            reordered.putAll(drafts);
            drafts.clear();
            drafts.putAll(reordered);
            String bioRole = RoleFinder.fromBio(author.strip(), article.metadata().authorBio()).orElse(null);
            d.role = bioRole == null ? "author" : "author; " + bioRole;
        }

        List<Entity> persons = new ArrayList<>();
        List<Entity> orgs = new ArrayList<>();
        List<Entity> places = new ArrayList<>();
        List<Entity> groups = new ArrayList<>();
        for (Draft d : drafts.values()) {
            if (d.kind == EntityKind.GROUP) d.name = displayForm(d);
            Entity e = d.build();
            switch (d.kind) {
                case PERSON -> persons.add(e);
                case ORGANISATION -> orgs.add(e);
                case PLACE -> places.add(e);
                case GROUP -> groups.add(e);
            }
        }
        int lede = article.paragraphs().isEmpty() ? 1 : article.paragraphs().get(0).number();
        persons.sort(Comparator.comparingInt((Entity e) -> -prominence(e, lede, author)));
        return new Entities(persons, orgs, places, groups);
    }

    /**
     * How prominent a person is in the story: mentions count most, then being named in the lede
     * and having a stated role, so a feature's protagonist comes before a name dropped once.
     * The author stays first.
     */
    private static int prominence(Entity e, int lede, String author) {
        if (author != null && e.name().equals(author.strip())) return Integer.MAX_VALUE;
        boolean inLede = e.mentions().stream().anyMatch(m -> m.paragraph() <= lede + 1);
        return 3 * e.mentions().size() + (inLede ? 2 : 0) + (e.role() != null ? 1 : 0);
    }

    private static boolean contains(String whole, String part) {
        return whole != null && whole.contains(part);
    }

    private static boolean insidePublication(NameRun run, Map<String, Draft> drafts, String publication) {
        if (publication == null) return false;
        Draft d = drafts.get(key(EntityKind.ORGANISATION, publication.strip()));
        return d != null && d.mentions.stream().anyMatch(m -> m.begin() <= run.begin() && run.end() <= m.end());
    }

    private Optional<EntityKind> classify(NameRun run) {
        String name = run.name();
        Token next = run.next();
        String nextWord = next == null ? "" : next.text();
        if (nextWord.equals("news") && run.to() + 1 < run.sentence().tokens().size()) {
            nextWord = run.sentence().tokens().get(run.to() + 1).text(); // "Xinhua news agency"
        }
        if (Gazetteers.COUNTRIES.contains(name) || Gazetteers.CITIES.contains(name)) return Optional.of(EntityKind.PLACE);
        if (run.tokens().stream().anyMatch(t -> Gazetteers.ORGANISATION_WORDS.contains(NameRunFinder.stripPossessive(t.text()))))
            return Optional.of(EntityKind.ORGANISATION);
        Token previous = run.previous();
        boolean namedAfterNoun = previous != null && Gazetteers.ORGANISATION_NOUNS.contains(previous.text());
        if (Gazetteers.ORGANISATION_NOUNS.contains(nextWord) || namedAfterNoun || NameRunFinder.isAcronym(name))
            return Optional.of(EntityKind.ORGANISATION);
        if (Gazetteers.PLACE_NOUNS.contains(nextWord)
                || run.size() >= 2 && run.tokens().stream().anyMatch(t -> Gazetteers.PLACE_WORDS.contains(t.text())))
            return Optional.of(EntityKind.PLACE);
        List<Synset> named = wordNet.namedSenses(name);
        if (named.stream().anyMatch(s -> "noun.location".equals(s.getLexFileName()))) return Optional.of(EntityKind.PLACE);
        if (isGroupWord(named)) return Optional.of(EntityKind.GROUP);
        if (run.size() >= 2 && run.tokens().stream().allMatch(t -> NameRunFinder.isNameToken(t) || NameRunFinder.isInitialPart(t)
                || NameRunFinder.JOINERS.contains(t.text()))) {
            String last = run.lastWord();
            if (isGroupWord(wordNet.namedSenses(last))) return Optional.of(EntityKind.GROUP);
            if (run.title() != null) return Optional.of(EntityKind.PERSON);
            // Capitals alone cannot tell "Helen Marsh" from "Brighton Beach". A name that ends in
            // a word for a thing, a law or an event names no person; the model, which reads the
            // whole sentence, confirms a person; and two common words ("Great Hall", "Northern
            // Star") make the name of a thing unless the model says otherwise.
            if (Gazetteers.THING_HEADS.contains(last)) return Optional.empty();
            Optional<String> type = modelType(run);
            if (type.filter("person"::equals).isPresent() || hasPersonRole(run)) return Optional.of(EntityKind.PERSON);
            // The model reads an organisation, a place or an event ("Merrill Lynch", "South
            // Florida", "World War II"): that reading of the whole sentence beats the guess below.
            if (type.isPresent() || namesAThing(run)) return type.flatMap(EntityRecognizer::kindOf);
            // With no reading from the model, capitals make a person only from a given name
            // ("Neal Horsley") or with a role the text gives ("Jalal Ebrahim, president of ...");
            // "Bear Stearns" and "Kirschner Medical" have neither.
            if (GivenNames.contains(NameRunFinder.stripPossessive(run.tokens().get(0).text())))
                return Optional.of(EntityKind.PERSON);
            return Optional.empty();
        }
        if (run.title() != null) return Optional.of(EntityKind.PERSON);
        return Optional.empty();
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
        boolean firstIsPlace = firstNamed.stream().anyMatch(s -> "noun.location".equals(s.getLexFileName()));
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
    private boolean hasPersonRole(NameRun run) {
        Optional<String> role = roles.role(run, o -> false);
        if (role.isEmpty()) return false;
        String head = role.get().split("\\s+(?:of|in|at|for|from|with|to|on)\\s+", 2)[0].strip();
        String word = head.substring(head.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
        Optional<IndexWord> noun = wordNet.lookup(POS.NOUN, word);
        return noun.isPresent() && !noun.get().getSenses().isEmpty()
                && "noun.person".equals(noun.get().getSenses().get(0).getLexFileName());
    }

    /** The type the name model gives the tokens of {@code run}, when a name it found covers most of them. */
    private Optional<String> modelType(NameRun run) {
        for (NameModel.Found f : modelNames.getOrDefault(run.sentence(), List.of())) {
            int overlap = Math.min(f.to(), run.to()) - Math.max(f.from(), run.from());
            if (overlap > 0 && 2 * overlap >= run.size()) return Optional.of(f.type());
        }
        return Optional.empty();
    }

    private static Optional<EntityKind> kindOf(String modelType) {
        return switch (modelType) {
            case "person" -> Optional.of(EntityKind.PERSON);
            case "organization" -> Optional.of(EntityKind.ORGANISATION);
            case "place" -> Optional.of(EntityKind.PLACE);
            default -> Optional.empty(); // events are not listed
        };
    }

    private Optional<EntityKind> classifySingle(NameRun run) {
        Token next = run.next();
        List<Synset> named = wordNet.namedSenses(run.name());
        boolean leader = next != null && Gazetteers.LEADERSHIP_NOUNS.contains(next.text());
        boolean individual = named.stream().anyMatch(s -> "noun.person".equals(s.getLexFileName()) && WordNet.isInstance(s));
        // WordNet knows a Ford, a Kellogg and an Oppenheimer; the model, reading the sentence,
        // tells the company ("shares of Ford") from the man
        Optional<String> type = modelType(run);
        if (individual && !leader && type.isPresent() && !type.get().equals("person"))
            return type.flatMap(EntityRecognizer::kindOf);
        if (leader || individual) return Optional.of(EntityKind.PERSON);
        // "young Ba'athists", "Maoists", "Trotskyites": a plural adherent noun names a group, never one
        // person, whatever the model reads; it is left to the derived-form step below
        if (ADHERENTS.matcher(run.name()).find()) return Optional.empty();
        // "her grandmother, Samira,", "Her son Omar": the model reads a person and the text gives a role
        if (modelType(run).filter("person"::equals).isPresent() && roles.role(run, o -> false).isPresent())
            return Optional.of(EntityKind.PERSON);
        return Optional.empty();
    }

    /** A capitalised class of people in WordNet (not one individual): a demonym or a religious or political group. */
    private static boolean isGroupWord(List<Synset> named) {
        return named.stream().anyMatch(s -> "noun.person".equals(s.getLexFileName()) && !WordNet.isInstance(s));
    }

    private Optional<Draft> fullNameFor(NameRun run, Map<String, Draft> drafts) {
        if (run.size() != 1) return Optional.empty();
        Draft best = null;
        for (Draft d : drafts.values()) {
            if (d.kind != EntityKind.PERSON || !d.name.contains(" ")) continue;
            String[] parts = d.name.split("\\s+");
            if (parts[parts.length - 1].equals(run.name()) || parts[0].equals(run.name())) best = d;
        }
        return Optional.ofNullable(best);
    }

    private Draft addMention(Map<String, Draft> drafts, EntityKind kind, NameRun run) {
        String name = run.name();
        int end = run.end();
        Token next = run.next();
        if (kind == EntityKind.PLACE && next != null && Gazetteers.PLACE_NOUNS.contains(next.text())) {
            name = name + " " + next.text();
            end = next.end();
        }
        String canonical = kind == EntityKind.GROUP ? groupKey(name) : name;
        Draft d = draft(drafts, kind, canonical);
        d.mention(run.sentence().paragraph(), run.begin(), end, name);
        return d;
    }

    private String groupKey(String name) {
        Optional<IndexWord> iw = wordNet.lookup(POS.NOUN, name);
        return iw.map(IndexWord::getLemma).orElse(name.toLowerCase(Locale.ROOT).replaceAll("s$", ""));
    }

    private static Draft draft(Map<String, Draft> drafts, EntityKind kind, String name) {
        return drafts.computeIfAbsent(key(kind, name), k -> new Draft(kind, name));
    }

    private static String key(EntityKind kind, String name) {
        return kind + ":" + name.toLowerCase(Locale.ROOT);
    }

    /** A group is shown in its plural form when the text uses one ("Iraqis"), else as most often written. */
    private static String displayForm(Draft d) {
        return d.forms.entrySet().stream()
                .sorted(Comparator.<Map.Entry<String, Integer>>comparingInt(e -> e.getKey().endsWith("s") ? 0 : 1)
                        .thenComparing(Map.Entry::getValue, Comparator.reverseOrder()))
                .map(Map.Entry::getKey).findFirst().orElse(d.name);
    }

    /**
     * Lower-case plural nouns for armed or political groups ("insurgents", "jihadists"), named at
     * least twice: WordNet files them under people and its gloss says rebel, militant, jihad ...
     */
    private void addCommonNounGroups(List<TaggedSentence> sentences, Map<String, Draft> drafts) {
        Map<String, List<Object[]>> found = new LinkedHashMap<>();
        Map<String, Boolean> verdicts = new HashMap<>();
        for (TaggedSentence s : sentences) {
            for (Token t : s.tokens()) {
                String w = t.text();
                if (!t.isNoun() || !w.endsWith("s") || !w.chars().allMatch(Character::isLowerCase)) continue;
                boolean group = verdicts.computeIfAbsent(w, this::isArmedGroupNoun);
                if (group) found.computeIfAbsent(groupKey(w), k -> new ArrayList<>()).add(new Object[]{s.paragraph(), t});
            }
        }
        for (Map.Entry<String, List<Object[]>> e : found.entrySet()) {
            if (e.getValue().size() < 2 || drafts.containsKey(key(EntityKind.GROUP, e.getKey()))) continue;
            Draft d = draft(drafts, EntityKind.GROUP, e.getKey());
            for (Object[] m : e.getValue()) {
                Token t = (Token) m[1];
                d.mention((Integer) m[0], t.begin(), t.end(), t.text());
            }
        }
    }

    private boolean isArmedGroupNoun(String word) {
        Optional<IndexWord> iw = wordNet.lookup(POS.NOUN, word);
        if (iw.isEmpty() || iw.get().getSenses().isEmpty()) return false;
        Synset first = iw.get().getSenses().get(0);
        return "noun.person".equals(first.getLexFileName()) && GROUP_GLOSS.matcher(first.getGloss()).find();
    }

    /** "U.S." is the United States when the text names both: an abbreviation made of the initials. */
    /**
     * "Mr. Antolini" after "Robert Antolini": a one-word person that is the last word of exactly
     * one fuller name is that person. (Untitled short forms join earlier, in the single-name step;
     * a title makes the short form a person of its own before that.)
     */
    private static void mergeSurnames(Map<String, Draft> drafts) {
        for (Draft shortForm : List.copyOf(drafts.values())) {
            if (shortForm.kind != EntityKind.PERSON || shortForm.name.contains(" ")) continue;
            List<Draft> fuller = drafts.values().stream()
                    .filter(d -> d.kind == EntityKind.PERSON && d.name.endsWith(" " + shortForm.name)).toList();
            if (fuller.size() != 1) continue;
            Draft full = fuller.get(0);
            for (Mention m : shortForm.mentions) full.mention(m.paragraph(), m.begin(), m.end(), shortForm.name);
            if (full.role == null) full.role = shortForm.role;
            drafts.values().remove(shortForm);
        }
    }

    private static void mergeInitials(Map<String, Draft> drafts) {
        for (Draft shortForm : List.copyOf(drafts.values())) {
            String letters = shortForm.name.replace(".", "");
            if (!shortForm.name.contains(".") || !NameRunFinder.isAcronym(shortForm.name)) continue;
            for (Draft full : drafts.values()) {
                if (full == shortForm || full.kind != shortForm.kind) continue;
                StringBuilder initials = new StringBuilder();
                for (String w : full.name.split("\\s+")) if (!w.isEmpty()) initials.append(w.charAt(0));
                if (initials.toString().equals(letters)) {
                    for (Mention m : shortForm.mentions) full.mention(m.paragraph(), m.begin(), m.end(), shortForm.name);
                    drafts.values().remove(shortForm);
                    break;
                }
            }
        }
    }
}
