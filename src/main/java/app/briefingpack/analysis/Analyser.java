package app.briefingpack.analysis;

import java.util.ArrayList;
import java.util.List;

import app.briefingpack.analysis.argument.Argument;
import app.briefingpack.analysis.argument.ArgumentAnalyser;
import app.briefingpack.analysis.entities.Entities;
import app.briefingpack.analysis.entities.EntityRecognizer;
import app.briefingpack.analysis.glossary.GlossaryBuilder;
import app.briefingpack.lexicon.WordFrequency;
import app.briefingpack.lexicon.WordNet;
import app.briefingpack.analysis.nlp.LanguageModels;
import app.briefingpack.analysis.nlp.TaggedSentence;
import app.briefingpack.analysis.nlp.TextAnnotator;
import app.briefingpack.analysis.questions.QuestionWriter;
import app.briefingpack.analysis.readability.ReadabilityMeter;
import app.briefingpack.analysis.readability.SyllableCounter;
import app.briefingpack.analysis.sources.AttributionFinder;
import app.briefingpack.analysis.time.TemporalTagger;
import app.briefingpack.analysis.time.TimelineBuilder;
import app.briefingpack.model.Article;
import app.briefingpack.model.NamedEntity;
import app.briefingpack.model.Person;
import app.briefingpack.model.TemporalExpression;
import app.briefingpack.model.Briefing;
import app.briefingpack.model.Sentence;
import app.briefingpack.model.SourceCitation;

/**
 * The analysis stage: an {@link Article} in, a {@link Briefing} out.
 *
 * <p>Thread-safe. The OpenNLP models, WordNet and the CMU dictionary are loaded on first use, once
 * per JVM, and shared by every analyser and thread; {@link #warmUp()} loads them ahead of time.
 * Temporal expressions are tagged over the whole body (the author bio can date things too, such
 * as a book "out in May") and resolved against the article's date.
 */
public final class Analyser {

    /**
     * The loads the analysis needs, each independent of the others, for a caller that wants to
     * run them in parallel ahead of the first analysis. Each is the same load-once holder the
     * analysis uses, so running one twice costs nothing.
     */
    public static List<Runnable> modelLoaders() {
        return List.of(LanguageModels::get, WordNet::get, SyllableCounter::get, EntityRecognizer::loadModel, WordFrequency::get);
    }

    /** Loads every model now (about 0.5 s) rather than during the first analysis. */
    public static void warmUp() {
        modelLoaders().forEach(Runnable::run);
    }

    public Briefing analyse(Article article) {
        TextAnnotator annotator = new TextAnnotator(LanguageModels.get());
        List<TaggedSentence> tagged = annotator.annotate(article);
        WordNet wordNet = WordNet.get();
        SyllableCounter syllables = SyllableCounter.get();
        String bio = article.metadata().authorBio();
        int bioAt = bio == null ? -1 : article.body().indexOf(bio);
        List<TaggedSentence> bioSentences = annotator.annotateOutside(bio, Math.max(0, bioAt));
        List<TaggedSentence> headline = annotator.annotateOutside(article.metadata().title(), 0);
        Entities entities = new EntityRecognizer(wordNet).recognise(article, tagged, bioSentences, headline);
        List<SourceCitation> sources = new AttributionFinder(entities).find(tagged);
        Argument argument = new ArgumentAnalyser().analyse(tagged, sources);
        List<Sentence> sentences = new ArrayList<>(tagged.size());
        for (TaggedSentence s : tagged) {
            sentences.add(new Sentence(s.text(), s.begin(), s.end(), s.paragraph(), argument.roles().get(s.index()),
                    argument.evidenceKinds().get(s.index())));
        }
        List<Person> people = entities.asPeople();
        List<NamedEntity> organisations = Entities.asNamed(entities.organisations());
        List<TemporalExpression> times = TemporalTagger.tag(article.body(), article.metadata().date());
        List<String> names = new ArrayList<>();
        people.forEach(p -> names.add(p.name()));
        organisations.forEach(o -> names.add(o.name()));
        Briefing unquestioned = new Briefing(article, argument.thesis(), argument.keyPoints(), argument.counterpoints(),
                people, organisations, Entities.asNamed(entities.places()),
                Entities.asNamed(entities.groups()), sources, sentences,
                new GlossaryBuilder(wordNet, syllables).build(tagged, entities),
                List.of(), new ReadabilityMeter(syllables).measure(tagged), times,
                TimelineBuilder.build(article, times, names), argument.lede());
        return unquestioned.withQuestions(QuestionWriter.write(unquestioned));
    }
}
