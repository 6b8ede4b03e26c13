package app.briefingpack.testing;

import app.briefingpack.ingest.ArticleReader;
import app.briefingpack.ingest.InputException;
import app.briefingpack.ingest.ReadOptions;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import app.briefingpack.model.Article;
import app.briefingpack.model.Briefing;
import app.briefingpack.model.GlossaryEntry;
import app.briefingpack.model.Mention;
import app.briefingpack.model.Metadata;
import app.briefingpack.model.Paragraph;
import app.briefingpack.model.Person;
import app.briefingpack.model.Sentence;
import app.briefingpack.model.SentenceRole;
import app.briefingpack.model.SourceCitation;
import app.briefingpack.model.TemporalExpression;
import app.briefingpack.model.TimelineEvent;

/**
 * Articles and briefings for tests, built by hand so layout tests do not depend on the reader or
 * the analysis: paragraphs split on blank lines, the newsletter lines and the author bio left out.
 */
public final class TestArticles {

    private TestArticles() {}

    /** The repository's sample article and its metadata, read by the ingest stage as the program reads it. */
    public static Article sample() throws IOException {
        try {
            return ArticleReader.read(Path.of("seeds", "iraq-peace-settlement.txt"), ReadOptions.defaults()).article();
        } catch (InputException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /**
     * An article from plain text: paragraphs are the blank-line-separated blocks, minus the last
     * {@code dropLast} and minus any matching {@code bio}.
     */
    public static Article fromText(String source, String body, Metadata md, int dropLast, Pattern bio) {
        List<int[]> spans = new ArrayList<>();
        Matcher m = Pattern.compile("(?s)(.+?)(?:\\n\\s*\\n|\\z)").matcher(body);
        while (m.find()) {
            int b = m.start(1), e = m.end(1);
            while (b < e && Character.isWhitespace(body.charAt(b))) b++;
            while (e > b && Character.isWhitespace(body.charAt(e - 1))) e--;
            if (e > b) spans.add(new int[] {b, e});
        }
        spans = new ArrayList<>(spans.subList(0, Math.max(0, spans.size() - dropLast)));
        List<Paragraph> paras = new ArrayList<>();
        for (int[] s : spans) {
            String t = body.substring(s[0], s[1]);
            if (bio != null && bio.matcher(t).matches()) continue;
            paras.add(new Paragraph(paras.size() + 1, t, s[0], s[1]));
        }
        return new Article(source, md, body, 0, paras);
    }

    /** The sample with a hand-made analysis: a person, sources, glossary terms and sentence roles. */
    public static Briefing annotatedSample() throws IOException {
        Article a = sample();
        String body = a.body();
        List<Person> people = new ArrayList<>();
        people.add(new Person("Ahmed Chalabi", "former U.S. client and member of the United Iraqi Alliance",
                mentions(a, "Ahmed Chalabi")));
        people.add(new Person("Osama Bin Laden", null, mentions(a, "Osama Bin Laden")));
        List<SourceCitation> sources = new ArrayList<>();
        sources.add(citation(a, "TIME", null, "certain insurgent leaders had met with U.S. diplomats"));
        sources.add(citation(a, "Agence-France Presse", "Ahmed Chalabi", "he had been meeting with the Muslim Scholars Association"));
        sources.add(citation(a, "Xinhua news agency", "a member of the Muslim Scholars Association", "clandestine negotiations"));
        List<GlossaryEntry> glossary = new ArrayList<>();
        glossary.add(glossary(a, "insurgents", "people who take part in an armed rebellion against a government"));
        glossary.add(glossary(a, "reintegration", "bringing a group back into a society or political system"));
        glossary.add(glossary(a, "ceasefire", "an agreement to stop fighting"));
        glossary.add(glossary(a, "propaganda", null));
        List<Sentence> sentences = new ArrayList<>();
        SentenceRole[] cycle = {SentenceRole.CLAIM, SentenceRole.EVIDENCE, SentenceRole.BACKGROUND, SentenceRole.COUNTERPOINT};
        int k = 0;
        for (Paragraph p : a.paragraphs()) {
            Matcher m = Pattern.compile("[^.!?]+[.!?]+[\u201D\"]?").matcher(p.text());
            while (m.find()) {
                sentences.add(new Sentence(m.group().strip(), p.begin() + m.start(), p.begin() + m.end(), p.number(),
                        cycle[k++ % cycle.length]));
            }
        }
        assert !body.isEmpty();
        return BriefingBuilder.of(a).thesis("Negotiate.").people(people).sources(sources).sentences(sentences)
                .glossary(glossary).build();
    }

    /**
     * The sample's eight dated events as the seed gold lists them (shared/spec/seed-gold.yaml,
     * {@code timeline:}), hand-written: expression text, TIMEX3 value, mod, label. With
     * {@code yearsKnown} false the values are what a tagger gives without the article's date
     * (XXXX-03-03, PAST_REF ...), which a timeline must show without inventing a year.
     */
    public static List<TimelineEvent> sampleTimeline(Article a, boolean yearsKnown) {
        String[][] gold = {
                {"During the last half of 2003", "2003-H2", null, "season", "Tens of thousands of young men, most of them former soldiers of the disbanded Iraqi army, join the insurgency"},
                {"By early 2004", "2004", "START", "approximate", "The Saddamist \u2018Party of Return\u2019 is one of more than 35 insurgent operations"},
                {"in 2004", "2004", null, "year", "Sunni clerics join the resistance"},
                {"Last July", yearsKnown ? "2004-07" : "XXXX-07", null, "month", "Interim Prime Minister Allawi offers a general amnesty; U.S. Ambassador Negroponte objects and the plan is dropped"},
                {"In recent weeks", "PAST_REF", null, "relative", "TIME reports insurgent leaders met U.S. diplomats and intelligence officers"},
                {"Just a day before that", yearsKnown ? "2005-03-02" : "XXXX-03-02", null, "day", "A Muslim Scholars Association member tells Xinhua of clandestine ceasefire negotiations in Anbar"},
                {"on March 3", yearsKnown ? "2005-03-03" : "XXXX-03-03", null, "day", "Chalabi tells Agence-France Presse he has met the Muslim Scholars Association"},
                {"in May", yearsKnown ? "2005-05" : "XXXX-05", null, "month", "Porter\u2019s book Perils of Dominance is to be published by University of California Press"},
        };
        List<TimelineEvent> out = new ArrayList<>();
        for (String[] g : gold) {
            // "in May" is in the author bio, which is body text but not a numbered paragraph (0).
            Paragraph p = a.paragraphs().stream().filter(x -> x.text().contains(g[0])).findFirst()
                    .orElse(new Paragraph(1, a.body(), 0, a.body().length()));
            boolean inBody = p.text() != a.body();
            int at = p.begin() + p.text().indexOf(g[0]);
            if (at < p.begin()) throw new IllegalStateException("not in the sample: " + g[0]);
            TemporalExpression te = new TemporalExpression(at, at + g[0].length(), g[0], "DATE", g[1], g[2]);
            boolean under = g[1].startsWith("XXXX") || g[1].equals("PAST_REF")
                    || (yearsKnown && (g[0].equals("on March 3") || g[0].equals("Just a day before that") || g[0].equals("in May")));
            out.add(new TimelineEvent(te, g[1], g[4], sentenceAround(p.text(), g[0]), inBody ? p.number() : 0, g[3], under));
        }
        return out;
    }

    private static String sentenceAround(String text, String phrase) {
        int i = text.indexOf(phrase);
        int b = Math.max(text.lastIndexOf(". ", i) + 1, 0);
        int e = text.indexOf(". ", i);
        return text.substring(b, e < 0 ? text.length() : e + 1).strip();
    }

    /** The sample with only its timeline analysed; {@code withDate} false drops the article date too. */
    public static Briefing timelineSample(boolean yearsKnown) throws IOException {
        Article a = sample();
        if (!yearsKnown) a = new Article(a.source(), a.metadata().withDate(null), a.body(), 0, a.paragraphs());
        return BriefingBuilder.of(a).timeline(sampleTimeline(a, yearsKnown)).build();
    }

    /** Every occurrence of {@code name} in the article's paragraphs. */
    static List<Mention> mentions(Article a, String name) {
        List<Mention> out = new ArrayList<>();
        for (Paragraph p : a.paragraphs()) {
            int i = p.text().indexOf(name);
            while (i >= 0) {
                out.add(new Mention(p.number(), p.begin() + i, p.begin() + i + name.length()));
                i = p.text().indexOf(name, i + 1);
            }
        }
        return out;
    }

    private static SourceCitation citation(Article a, String source, String speaker, String phrase) {
        for (Paragraph p : a.paragraphs()) {
            int i = p.text().indexOf(phrase);
            if (i >= 0) return new SourceCitation(source, speaker, phrase, p.number(), p.begin() + i, p.begin() + i + phrase.length());
        }
        throw new IllegalStateException("phrase not in the sample: " + phrase);
    }

    private static GlossaryEntry glossary(Article a, String term, String definition) {
        for (Paragraph p : a.paragraphs()) {
            if (p.text().contains(term)) return new GlossaryEntry(term, definition, p.number(), null);
        }
        throw new IllegalStateException("term not in the sample: " + term);
    }
}
