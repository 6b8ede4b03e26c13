package app.briefingpack.model;

import java.util.List;

/**
 * What the program understood of an article: the output of the {@code analysis} stage and the
 * input of layout and speech. Lists are never null; {@code readability} may be null only in a
 * briefing built without analysis; {@code thesis} is null there and for a news report, whose
 * {@code lede} (its one-sentence summary) is given instead; {@code lede} is null otherwise.
 */
public record Briefing(
        Article article,
        String thesis,
        List<Point> keyPoints,
        List<Point> counterpoints,
        List<Person> people,
        List<NamedEntity> organisations,
        List<NamedEntity> places,
        List<NamedEntity> groups,
        List<SourceCitation> sources,
        List<Sentence> sentences,
        List<GlossaryEntry> glossary,
        List<Question> questions,
        Readability readability,
        List<TemporalExpression> temporalExpressions,
        List<TimelineEvent> timeline,
        String lede) {

    /** A briefing of an argued text (no news lede). */
    public Briefing(Article article, String thesis, List<Point> keyPoints, List<Point> counterpoints, List<Person> people,
                    List<NamedEntity> organisations, List<NamedEntity> places, List<NamedEntity> groups,
                    List<SourceCitation> sources, List<Sentence> sentences, List<GlossaryEntry> glossary,
                    List<Question> questions, Readability readability, List<TemporalExpression> temporalExpressions,
                    List<TimelineEvent> timeline) {
        this(article, thesis, keyPoints, counterpoints, people, organisations, places, groups, sources, sentences,
                glossary, questions, readability, temporalExpressions, timeline, null);
    }

    /** A news report argues nothing: it has no thesis, only the one-sentence summary of its lede. */
    public boolean isNewsReport() {
        return (thesis == null || thesis.isBlank()) && lede != null && !lede.isBlank();
    }

    public Briefing {
        keyPoints = List.copyOf(keyPoints);
        counterpoints = List.copyOf(counterpoints);
        people = List.copyOf(people);
        organisations = List.copyOf(organisations);
        places = List.copyOf(places);
        groups = List.copyOf(groups);
        sources = List.copyOf(sources);
        sentences = List.copyOf(sentences);
        glossary = List.copyOf(glossary);
        questions = List.copyOf(questions);
        temporalExpressions = List.copyOf(temporalExpressions);
        timeline = List.copyOf(timeline);
    }

    /** The same briefing with other discussion questions. */
    public Briefing withQuestions(List<Question> questions) {
        return new Briefing(article, thesis, keyPoints, counterpoints, people, organisations, places, groups, sources,
                sentences, glossary, questions, readability, temporalExpressions, timeline, lede);
    }

    /** A briefing that carries only the article: what the pack shows before any analysis. */
    public static Briefing of(Article article) {
        return new Briefing(article, null, List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of(), null, List.of(), List.of());
    }
}
