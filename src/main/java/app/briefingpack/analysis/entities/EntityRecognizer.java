package app.briefingpack.analysis.entities;

import java.util.List;

import app.briefingpack.analysis.nlp.TaggedSentence;
import app.briefingpack.lexicon.WordNet;
import app.briefingpack.model.Article;

/**
 * Recognises people, organisations, places and groups. Capitalised runs found by
 * {@link NameRunFinder} are classified by {@link NameClassifier} (cues in and around the run, the
 * gazetteers, WordNet and the statistical {@link NameModel}); {@link Recognition} ties short forms
 * to full names, finds roles and orders the result. Thread-safe: each call is a recognition of its own.
 */
public final class EntityRecognizer {

    private final WordNet wordNet;
    private final RoleFinder roles;

    public EntityRecognizer(WordNet wordNet) {
        this.wordNet = wordNet;
        this.roles = new RoleFinder(wordNet);
    }

    /** Loads the name-finder model now rather than during the first analysis. */
    public static void loadModel() {
        NameModel.get();
        RoleModel.get();
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
        return recognise(article, sentences, bio, List.of());
    }

    /**
     * As {@link #recognise(Article, List, List)}, also reading {@code headline} (the title, tagged)
     * for the roles of people the body names: "Disgraced politician Leland Yee gets five years".
     */
    public Entities recognise(Article article, List<TaggedSentence> sentences, List<TaggedSentence> bio, List<TaggedSentence> headline) {
        return new Recognition(wordNet, roles, RoleModel.get(), article, sentences, bio, headline).entities();
    }
}
