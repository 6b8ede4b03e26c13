package app.briefingpack.testing;

import java.util.List;

import app.briefingpack.model.Article;
import app.briefingpack.model.Briefing;
import app.briefingpack.model.GlossaryEntry;
import app.briefingpack.model.NamedEntity;
import app.briefingpack.model.Person;
import app.briefingpack.model.Point;
import app.briefingpack.model.Question;
import app.briefingpack.model.Readability;
import app.briefingpack.model.Sentence;
import app.briefingpack.model.SourceCitation;
import app.briefingpack.model.TemporalExpression;
import app.briefingpack.model.TimelineEvent;

/**
 * Builds a {@link Briefing} for a test by naming only what the test is about: every list starts
 * empty, the thesis, lede and readability null, so a test reads {@code of(a).thesis("...")
 * .people(...).build()} instead of sixteen positional arguments.
 */
public final class BriefingBuilder {

    private final Article article;
    private String thesis;
    private List<Point> keyPoints = List.of();
    private List<Point> counterpoints = List.of();
    private List<Person> people = List.of();
    private List<NamedEntity> organisations = List.of();
    private List<NamedEntity> places = List.of();
    private List<NamedEntity> groups = List.of();
    private List<SourceCitation> sources = List.of();
    private List<Sentence> sentences = List.of();
    private List<GlossaryEntry> glossary = List.of();
    private List<Question> questions = List.of();
    private Readability readability;
    private List<TemporalExpression> temporalExpressions = List.of();
    private List<TimelineEvent> timeline = List.of();
    private String lede;

    private BriefingBuilder(Article article) { this.article = article; }

    /** A briefing of {@code article} with nothing found in it yet. */
    public static BriefingBuilder of(Article article) { return new BriefingBuilder(article); }

    /** Starts from {@code b}: every part as it is, to change a few. */
    public static BriefingBuilder from(Briefing b) {
        return of(b.article()).thesis(b.thesis()).keyPoints(b.keyPoints()).counterpoints(b.counterpoints())
                .people(b.people()).organisations(b.organisations()).places(b.places()).groups(b.groups())
                .sources(b.sources()).sentences(b.sentences()).glossary(b.glossary()).questions(b.questions())
                .readability(b.readability()).temporalExpressions(b.temporalExpressions()).timeline(b.timeline())
                .lede(b.lede());
    }

    public BriefingBuilder thesis(String v) { thesis = v; return this; }
    public BriefingBuilder keyPoints(List<Point> v) { keyPoints = v; return this; }
    public BriefingBuilder counterpoints(List<Point> v) { counterpoints = v; return this; }
    public BriefingBuilder people(List<Person> v) { people = v; return this; }
    public BriefingBuilder organisations(List<NamedEntity> v) { organisations = v; return this; }
    public BriefingBuilder places(List<NamedEntity> v) { places = v; return this; }
    public BriefingBuilder groups(List<NamedEntity> v) { groups = v; return this; }
    public BriefingBuilder sources(List<SourceCitation> v) { sources = v; return this; }
    public BriefingBuilder sentences(List<Sentence> v) { sentences = v; return this; }
    public BriefingBuilder glossary(List<GlossaryEntry> v) { glossary = v; return this; }
    public BriefingBuilder questions(List<Question> v) { questions = v; return this; }
    public BriefingBuilder readability(Readability v) { readability = v; return this; }
    public BriefingBuilder temporalExpressions(List<TemporalExpression> v) { temporalExpressions = v; return this; }
    public BriefingBuilder timeline(List<TimelineEvent> v) { timeline = v; return this; }
    public BriefingBuilder lede(String v) { lede = v; return this; }

    public Briefing build() {
        return new Briefing(article, thesis, keyPoints, counterpoints, people, organisations, places, groups, sources,
                sentences, glossary, questions, readability, temporalExpressions, timeline, lede);
    }
}
