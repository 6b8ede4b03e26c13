package app.briefingpack.analysis.glossary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import app.briefingpack.analysis.entities.Entities;
import app.briefingpack.analysis.entities.Entity;
import app.briefingpack.lexicon.WordFrequency;
import app.briefingpack.lexicon.WordNet;
import app.briefingpack.analysis.nlp.TaggedSentence;
import app.briefingpack.analysis.nlp.Token;
import app.briefingpack.analysis.readability.SyllableCounter;
import app.briefingpack.model.GlossaryEntry;
import app.briefingpack.text.Spellings;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Synset;

/**
 * Picks up to 15 terms a secondary-school reader may not know and defines each from WordNet.
 *
 * <p>Candidates: content words (and hyphenated nouns such as "cease-fire"); the article's named
 * groups (religious, ethnic, political: "Sunni", "Ba'athists"); short phrases the author puts in
 * scare quotes ("cordon and search"); place names made of a group word and a figurative noun
 * ("Sunni triangle"); prefixed derivatives WordNet lacks whose stem it knows ("reintegration").
 * A word is hard when it is rare (WordNet's sense-tagged corpus counts it at most twice) and long
 * (three syllables or eight letters), or when it is a noun the article clearly uses in a sense
 * other than its commonest ("occupation" as military control, not a job). Everyday words with
 * many senses are left out unless the sentence shows which sense is meant. Terms are ranked by
 * rarity, how often the article uses them and length, and listed in order of first use. The
 * sense is chosen by {@link SenseChooser}; a term WordNet lacks keeps its sentence instead of an
 * invented definition.
 */
public final class GlossaryBuilder {

    static final int MIN = 8;
    /** Words at least this common in print (Zipf value, see {@link WordFrequency}) are everyday words. */
    static final double EVERYDAY_ZIPF = 3.85;
    private static final java.util.Set<String> DETERMINERS = java.util.Set.of("the", "a", "an", "her", "his", "its",
            "their", "our", "my", "your");
    private static final java.util.Set<String> CONCRETE = java.util.Set.of("noun.food", "noun.plant", "noun.animal");
    static final int MAX = 15;
    private static final java.util.Set<String> GENERIC_PLACE_NOUNS = java.util.Set.of("region", "province", "city",
            "county", "district", "border", "governorate", "area", "areas");
    private static final Pattern PREFIXED = Pattern.compile("(?:re|de|non|anti|counter|post|pre|dis|un)([a-z]{6,})");
    private static final Pattern QUOTED = Pattern.compile("[“\"]([a-z][a-z -]{3,40}[a-z])[”\"]");

    private final WordNet wordNet;
    private final SyllableCounter syllables;

    public GlossaryBuilder(WordNet wordNet, SyllableCounter syllables) {
        this.wordNet = wordNet;
        this.syllables = syllables;
    }

    private static final class Candidate {
        final String term;
        final POS pos;
        final TaggedSentence sentence;
        int uses;
        int count = -1;
        double score;
        String definition;

        Candidate(String term, POS pos, TaggedSentence sentence) {
            this.term = term;
            this.pos = pos;
            this.sentence = sentence;
        }
    }

    /** The content words of the whole article, for choosing senses. */
    private Set<String> articleWords = Set.of();

    public List<GlossaryEntry> build(List<TaggedSentence> sentences, Entities entities) {
        StringBuilder all = new StringBuilder();
        for (TaggedSentence s : sentences) all.append(s.text()).append(' ');
        articleWords = SenseChooser.contextOf(all.toString());
        Map<String, Candidate> candidates = new LinkedHashMap<>();
        Map<String, OptionalInt> difficulty = new HashMap<>();
        for (TaggedSentence s : sentences) {
            for (Matcher m = QUOTED.matcher(s.text()); m.find(); ) {
                String phrase = m.group(1);
                if (phrase.split(" ").length >= 2 && phrase.split(" ").length <= 4) {
                    candidates.computeIfAbsent(phrase, k -> new Candidate(phrase, POS.NOUN, s)).uses++;
                }
            }
            for (int at = 0; at < s.tokens().size(); at++) {
                Token t = s.tokens().get(at);
                POS tagged = pos(t);
                // "Her neighbour, ...": after a determiner or possessive the word is a noun, whatever the tagger says
                if (tagged == POS.VERB && at > 0 && DETERMINERS.contains(s.tokens().get(at - 1).text().toLowerCase(Locale.ROOT)))
                    tagged = POS.NOUN;
                if (tagged == null || !t.text().chars().allMatch(c -> Character.isLowerCase(c) || c == '-')) continue;
                POS pos = dictionaryPos(t.text(), tagged); // the tagger calls "clandestine" a noun
                String lemma = lemma(t.text(), pos);
                OptionalInt hard = difficulty.computeIfAbsent(lemma + "/" + pos, k -> difficulty(lemma, pos, s));
                if (hard.isEmpty()) continue;
                Candidate c = candidates.computeIfAbsent(lemma, k -> new Candidate(lemma, pos, s));
                c.uses++;
                c.count = hard.getAsInt();
            }
        }
        for (Entity g : entities.groups()) {
            if (!Character.isUpperCase(g.name().charAt(0)) || g.mentions().isEmpty()) continue;
            String term = singular(g.name());
            TaggedSentence s = sentenceAt(sentences, g.mentions().get(0).begin());
            if (s != null) candidates.computeIfAbsent(term, k -> new Candidate(term, POS.NOUN, s)).uses += g.mentions().size();
        }
        for (Entity p : entities.places()) {
            String[] words = p.name().split(" ");
            boolean groupWord = words.length == 2 && entities.groups().stream().anyMatch(g -> singular(g.name()).equals(words[0]));
            // Generic administrative nouns explain themselves ("Sunni region"); a figurative one does not ("Sunni triangle").
            if (words.length == 2 && GENERIC_PLACE_NOUNS.contains(words[1])) continue;
            if (groupWord && Character.isLowerCase(words[1].charAt(0)) && !p.mentions().isEmpty()) {
                TaggedSentence s = sentenceAt(sentences, p.mentions().get(0).begin());
                if (s != null) candidates.computeIfAbsent(p.name(), k -> new Candidate(p.name(), POS.NOUN, s)).uses++;
            }
        }
        for (Candidate c : candidates.values()) define(c);
        // Demonyms ("a native or inhabitant of Iraq") explain themselves.
        candidates.values().removeIf(c -> c.definition != null && c.definition.startsWith("a native or inhabitant of"));
        for (Candidate c : candidates.values()) {
            int count = Math.min(3, c.count >= 0 ? c.count : c.definition == null ? 0 : wordNet.useCount(c.term));
            c.score = (3 - count) * 1.5 + Math.log(1 + c.uses) + syllables.count(c.term) * 0.3
                    + (c.term.contains(" ") || c.term.contains("-") ? 1 : 0);
        }
        List<Candidate> chosen = new ArrayList<>();
        for (Candidate c : candidates.values().stream().sorted(Comparator.comparingDouble((Candidate c) -> -c.score)).toList()) {
            chosen.add(c);
            if (chosen.size() == MAX) break;
        }
        List<Candidate> ordered = new ArrayList<>(chosen);
        ordered.sort(Comparator.comparingInt((Candidate c) -> c.sentence.begin()));
        List<GlossaryEntry> out = new ArrayList<>();
        for (Candidate c : ordered) {
            String sentence = c.definition == null ? c.sentence.text().strip() : null;
            out.add(new GlossaryEntry(c.term, c.definition, c.sentence.paragraph(), sentence));
        }
        return out;
    }

    private void define(Candidate c) {
        List<Synset> senses = new ArrayList<>();
        for (String form : List.of(c.term, c.term.replace('’', '\''), c.term.replace("’", "").replace("'", ""))) {
            wordNet.lookup(c.pos, form).ifPresent(iw -> senses.addAll(iw.getSenses()));
            if (!senses.isEmpty()) break;
            if (!c.term.contains(" ")) senses.addAll(wordNet.senses(form));
            if (!senses.isEmpty()) break;
        }
        if (c.term.contains(" ") && wordNet.lookup(POS.NOUN, c.term).isEmpty()) senses.clear(); // no phrase entry
        // "the capital", "an exodus", "a tertiary qualification": a word the article writes in lower case takes
        // WordNet's lower-case senses before those it writes only with a capital ("Capital", "Exodus"); with
        // none, the adjective's ("Tertiary" is only the geological period's noun), else the capital ones
        if (Character.isLowerCase(c.term.charAt(0))) {
            if (senses.stream().anyMatch(x -> !WordNet.writesOnlyWithACapital(x, c.term))) {
                senses.removeIf(x -> WordNet.writesOnlyWithACapital(x, c.term));
            } else if (!senses.isEmpty() && c.pos == POS.NOUN) {
                wordNet.lookup(POS.ADJECTIVE, c.term).ifPresent(iw -> {
                    senses.clear();
                    senses.addAll(iw.getSenses());
                });
            }
        }
        // A named group ("Republican", "French") is people: not a river, not a language.
        if (Character.isUpperCase(c.term.charAt(0)) && senses.stream().anyMatch(x -> "noun.person".equals(x.getLexFileName())))
            senses.removeIf(x -> !"noun.person".equals(x.getLexFileName()));
        Set<String> sentence = SenseChooser.contextOf(c.sentence.text());
        Optional<Synset> best = SenseChooser.choose(senses, sentence, articleWords, c.term);
        // Nothing in the sentence or the article points to any of several senses, and none is
        // the well-attested one: the term keeps its sentence rather than a guessed definition.
        if (best.isPresent() && senses.size() > 1 && SenseChooser.score(best.get(), sentence, articleWords) == 0
                && WordNet.useCount(best.get(), c.term) < SenseChooser.ATTESTED) return;
        best.ifPresent(s -> c.definition = SenseChooser.definition(s));
    }

    /**
     * How familiar the word is, when it is hard enough for the glossary: WordNet's usage count of
     * the word (rare words), or of the sense the article uses (a familiar word in an unfamiliar
     * sense); empty when the word is not hard.
     */
    private OptionalInt difficulty(String lemma, POS pos, TaggedSentence s) {
        if (lemma.length() < 6) return OptionalInt.empty();
        // An everyday word of print ("pollution", "offshore", "greenhouse") is no key term, except
        // a noun used in a sense other than its everyday one (below).
        boolean everyday = everyday(lemma);
        // A hyphenated adjective of everyday parts ("high-ranking") explains itself.
        if (lemma.contains("-") && pos == POS.ADJECTIVE) return OptionalInt.empty();
        boolean long_ = syllables.count(lemma) >= 3 || lemma.length() >= 8;
        Optional<IndexWord> iw = wordNet.lookup(pos, lemma);
        if (iw.isEmpty() || iw.get().getSenses().isEmpty()) {
            // Not in WordNet: a name, a typo, or a prefixed derivative such as "reintegration",
            // which is listed (with its sentence) when its stem is a dictionary word.
            Matcher m = PREFIXED.matcher(lemma);
            return m.matches() && long_ && !wordNet.senses(m.group(1)).isEmpty() ? OptionalInt.of(0) : OptionalInt.empty();
        }
        int count = wordNet.useCount(lemma);
        List<Synset> senses = iw.get().getSenses();
        // A word with many senses that WordNet's corpus has seen is an everyday word; unless the
        // sentence shares at least two words with one of its glosses, Lesk cannot tell which
        // sense is meant, so no definition would be safe.
        Set<String> others = SenseChooser.contextOf(s.text().replaceAll("(?i)\\b" + Pattern.quote(lemma) + "\\w*", " "));
        if (count > 0 && senses.size() >= 4 && senses.stream().allMatch(x -> SenseChooser.overlap(x, others) < 2))
            return OptionalInt.empty();
        if (!long_) return OptionalInt.empty();
        // Foods, plants and animals ("pistachio", "alfalfa") are things a reader can picture or look at.
        if (pos == POS.NOUN && senses.stream().allMatch(x -> CONCRETE.contains(x.getLexFileName()))) return OptionalInt.empty();
        if (count <= 2 && !everyday) return OptionalInt.of(count);
        // A familiar noun used in an unfamiliar sense ("occupation" as military control); verbs
        // and adjectives shade into their senses too gradually for Lesk to tell.
        // Only when the sentence clearly points to that sense (two shared words more than the
        // commonest sense has), not on a chance overlap.
        Optional<Synset> chosen = SenseChooser.choose(senses, others);
        if (pos == POS.NOUN && chosen.isPresent() && senses.size() > 1 && chosen.get() != senses.get(0)
                && SenseChooser.overlap(chosen.get(), others) >= SenseChooser.overlap(senses.get(0), others) + 2) {
            int senseCount = WordNet.useCount(chosen.get(), lemma);
            if (senseCount * 4 < WordNet.useCount(senses.get(0), lemma)) return OptionalInt.of(senseCount);
        }
        return OptionalInt.empty();
    }

    /**
     * Whether the word is an everyday word of print. A word's frequency is that of all its forms
     * (the list counts "neighbour" and "neighbours" apart), under either spelling (the list
     * mixes British and American ones: "neighbour" is in it, "neighbor" is not).
     */
    private static boolean everyday(String lemma) {
        WordFrequency frequency = WordFrequency.get();
        Set<String> forms = new java.util.LinkedHashSet<>();
        for (String spelling : Spellings.of(lemma)) forms.addAll(List.of(spelling, spelling + "s", spelling + "es"));
        double perBillion = 0;
        for (String form : forms) {
            double zipf = frequency.zipf(form);
            if (zipf > 0) perBillion += Math.pow(10, zipf);
        }
        return perBillion > 0 && Math.log10(perBillion) >= EVERYDAY_ZIPF;
    }

    private String lemma(String word, POS pos) {
        return wordNet.lookup(pos, word).map(IndexWord::getLemma).orElse(word.toLowerCase(Locale.ROOT));
    }

    private POS dictionaryPos(String word, POS tagged) {
        if (wordNet.lookup(tagged, word).isPresent()) return tagged;
        for (POS p : List.of(POS.ADJECTIVE, POS.NOUN, POS.VERB, POS.ADVERB)) if (wordNet.lookup(p, word).isPresent()) return p;
        return tagged;
    }

    private static POS pos(Token t) {
        return switch (t.tag()) {
            case "NOUN" -> POS.NOUN;
            case "VERB" -> POS.VERB;
            case "ADJ" -> POS.ADJECTIVE;
            case "ADV" -> POS.ADVERB;
            default -> null;
        };
    }

    private static String singular(String name) {
        return name.endsWith("s") && name.length() > 4 ? name.substring(0, name.length() - 1) : name;
    }

    private static TaggedSentence sentenceAt(List<TaggedSentence> sentences, int offset) {
        for (TaggedSentence s : sentences) if (s.begin() <= offset && offset < s.end()) return s;
        return null;
    }
}
