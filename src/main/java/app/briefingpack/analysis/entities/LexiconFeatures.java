package app.briefingpack.analysis.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import app.briefingpack.lexicon.WordFrequency;
import app.briefingpack.lexicon.WordNet;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Synset;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;

/**
 * What the project's lexicons know about a token, as features for the name-finder model
 * (tools/name-finder/features.xml): how common the word is in print, whether it is a given
 * name, and the kinds of thing WordNet knows it as, a name ("Clinton": a person and a place) or
 * a common noun ("spokesman": a person). The annotated corpora are small (some 9,000 person
 * names); these lists bring what they have not seen, and a token's reading no longer rests on
 * the few times the corpora happen to use it.
 *
 * <p>OpenNLP builds the generator by name from the model's feature descriptor, so the class and
 * its {@link Factory} are public; the model cannot be loaded without them on the class path.
 * Features depend on the word alone and are cached per word.
 */
public final class LexiconFeatures implements AdaptiveFeatureGenerator {

    /** Words seen, with their features; emptied when it reaches this size, so a long batch run stays bounded. */
    private static final int CACHE_LIMIT = 50_000;
    private static final Map<String, List<String>> CACHE = new ConcurrentHashMap<>();

    /** The XML factory: {@code <generator class="app.briefingpack.analysis.entities.LexiconFeatures$Factory"/>}. */
    public static final class Factory extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {
        @Override
        public AdaptiveFeatureGenerator create() {
            return new LexiconFeatures();
        }
    }

    @Override
    public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
        if (CACHE.size() >= CACHE_LIMIT) CACHE.clear();
        features.addAll(CACHE.computeIfAbsent(tokens[index], LexiconFeatures::of));
    }

    static List<String> of(String token) {
        if (token.chars().noneMatch(Character::isLetter)) return List.of();
        String lower = token.toLowerCase(Locale.ROOT);
        boolean capital = Character.isUpperCase(token.codePointAt(0));
        List<String> out = new ArrayList<>(6);
        int band = (int) Math.floor(WordFrequency.get().zipf(lower)); // 0 (rare or unlisted) .. 7 ("the")
        out.add("lxf=" + band);
        out.add("lxf=" + (capital ? "C" : "l") + band);
        if (capital && GivenNames.listed(token)) out.add("lxg");
        WordNet wn = WordNet.get();
        if (!token.chars().allMatch(c -> Character.isLetter(c) || c == '-' || c == '\'' || c == '.')) return List.copyOf(out);
        var entry = wn.lookupExact(POS.NOUN, lower);
        if (entry.isPresent()) {
            for (Synset s : entry.get().getSenses()) {
                // the kinds of thing the word names with a capital ("Clinton": person, place), and
                // whether it is a person as a common noun ("spokesman")
                for (var w : s.getWords()) {
                    if (!w.getLemma().equalsIgnoreCase(lower)) continue;
                    boolean named = Character.isUpperCase(w.getLemma().charAt(0));
                    String kind = named ? "lxn=" + s.getLexFileName() : "noun.person".equals(s.getLexFileName()) ? "lxp" : null;
                    if (kind != null && !out.contains(kind)) out.add(kind);
                }
            }
        }
        return List.copyOf(out);
    }
}
