package app.briefingpack.testing;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

import app.briefingpack.model.Article;
import app.briefingpack.model.Briefing;
import app.briefingpack.model.GlossaryEntry;
import app.briefingpack.model.Mention;
import app.briefingpack.model.Metadata;
import app.briefingpack.model.NamedEntity;
import app.briefingpack.model.Paragraph;
import app.briefingpack.model.PartialDate;
import app.briefingpack.model.Person;
import app.briefingpack.model.Point;
import app.briefingpack.model.Question;
import app.briefingpack.model.Readability;
import app.briefingpack.model.TemporalExpression;
import app.briefingpack.model.TimelineEvent;

/**
 * Full briefings for brief.pdf tests, made by hand: the sample with what a good analysis finds
 * (after shared/spec/seed-gold.yaml), and generated articles of any length whose briefings have
 * more of everything than a page holds, so the fitter must trim.
 */
public final class TestBriefings {

    private TestBriefings() {}

    /** The sample with a realistic analysis: thesis, 6 key points, 7 people, 10 organisations, 8 dated events, 12 terms, 5 questions. */
    public static Briefing sample() throws IOException {
        Article a = TestArticles.sample();
        String thesis = a.paragraphs().get(0).text();
        List<Point> points = List.of(
                new Point("Insurgent leaders and some in the United Iraqi Alliance have signalled interest in a settlement, according to TIME, Agence-France Presse and Xinhua.", 2),
                new Point("The insurgency is mostly nationalist rather than Saddamist or jihadist: tens of thousands of former soldiers joined it in 2003 to drive out the occupation.", 5),
                new Point("A workable plan exists: phased mutual cease-fires, then insurgent demobilization and U.S. withdrawal, with amnesty for all but hard-core Saddamists.", 7),
                new Point("Foreign jihadists would lose the shelter that the nationalist insurgents now give them.", 8),
                new Point("The Bush administration is the obstacle: Negroponte blocked Allawi's amnesty, perhaps to keep leverage over a Shiite-led government close to Iran.", 10),
                new Point("The time to act is now, because a prolonged war helps only the foreign terrorists.", 12));
        List<Person> people = List.of(
                person(a, "Gareth Porter", "author; historian and analyst for Foreign Policy In Focus"),
                person(a, "Ahmed Chalabi", "former U.S. client; member of the United Iraqi Alliance"),
                person(a, "Ayad Allawi", "Interim Prime Minister of Iraq"),
                person(a, "John Negroponte", "U.S. Ambassador to Iraq"),
                person(a, "Saddam Hussein", "former ruler of Iraq"),
                person(a, "Osama Bin Laden", "leader the foreign jihadists are aligned with"),
                person(a, "George W. Bush", "U.S. President, whose administration opposes negotiations"));
        List<NamedEntity> orgs = new ArrayList<>();
        for (String o : List.of("United Iraqi Alliance", "Muslim Scholars Association", "TIME", "Agence-France Presse",
                "Xinhua", "The Washington Post", "Pentagon", "Party of Return", "Foreign Policy In Focus",
                "University of California Press"))
            orgs.add(new NamedEntity(o, TestArticles.mentions(a, o)));
        List<GlossaryEntry> terms = new ArrayList<>();
        String[][] g = {
                {"insurgency", "an organized rebellion against a government or occupying power; a revolt"},
                {"amnesty", "a general pardon for offences, granted by a government; the act of forgetting"},
                {"Ba\u2019athist", "a member of the Ba'ath party, which ruled Iraq under Saddam Hussein"},
                {"Sunni", "one of the two main branches of Islam, the minority in Iraq"},
                {"Shiite", "a member of the branch of Islam that is the majority in Iraq and Iran"},
                {"jihadist", "a person who takes part in a holy war, often used of violent Islamist militants"},
                {"demobilization", "the act of releasing soldiers from military service"},
                {"cease-fire", "a suspension of fighting agreed by both sides; a truce"},
                {"occupation", "control of a country by the military forces of a foreign power"},
                {"clandestine", "conducted with or marked by hidden aims or methods; secret"},
                {"secular", "not concerned with religion or religious matters"},
                {"leverage", "power to influence the actions of others (especially a government)"}};
        for (String[] t : g) terms.add(new GlossaryEntry(t[0], t[1], 1, null));
        List<Question> qs = List.of(
                new Question("What evidence does Porter give that insurgent leaders want a settlement, and how strong is it?", 2),
                new Question("Why does Porter call the insurgency nationalist rather than Saddamist or jihadist?", 5),
                new Question("What would each side give up under the plan in paragraph 7?", 7),
                new Question("Why might the Bush administration not want negotiations, according to the article?", 11),
                new Question("Which counterarguments does Porter acknowledge, and does he answer them?", 7));
        return BriefingBuilder.of(a).thesis(thesis).keyPoints(points)
                .counterpoints(List.of(new Point("Some insurgent leaders would refuse to take part at first.", 7)))
                .people(people).organisations(orgs).glossary(terms).questions(qs).readability(new Readability(1012, 42, 14.6, 4.6))
                .timeline(TestArticles.sampleTimeline(a, true)).build();
    }

    private static Person person(Article a, String name, String role) {
        String last = name.substring(name.lastIndexOf(' ') + 1);
        return new Person(name, role, TestArticles.mentions(a, last));
    }

    private static final String[] WORDS = ("council budget school teachers parents district reform vote members plan "
            + "report costs students program funding board policy community hearing proposal state city tax public "
            + "families schedule transport building safety election committee officials research data results").split(" ");

    /**
     * A generated article of about {@code words} words and a briefing with more than a page can
     * hold: 10 key points (some long), 12 people, 15 organisations, 14 dated events, 16 terms,
     * 8 questions. {@code dates} false gives no timeline; {@code people} false no people.
     */
    public static Briefing generated(int words, boolean dates, boolean people, long seed) {
        Random r = new Random(seed);
        StringBuilder body = new StringBuilder();
        int written = 0;
        while (written < words) {
            if (body.length() > 0) body.append("\n\n");
            int sentences = 2 + r.nextInt(4);
            for (int s = 0; s < sentences && written < words; s++) {
                int n = 8 + r.nextInt(16);
                StringBuilder sb = new StringBuilder();
                for (int w = 0; w < n; w++) {
                    String word = WORDS[r.nextInt(WORDS.length)];
                    sb.append(w == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word);
                    sb.append(w == n - 1 ? ". " : w % 7 == 6 ? ", " : " ");
                }
                body.append(sb.toString().strip()).append(' ');
                written += n;
            }
        }
        Metadata md = new Metadata("School budget plan divides the city council after a long public hearing",
                "Sam Writer", null, "The Daily Example", PartialDate.parse("2024-06-12").orElseThrow(), "en", null);
        Article a = TestArticles.fromText("generated-" + words + ".txt", body.toString(), md, 0, Pattern.compile("\\A\\z"));
        int paras = a.paragraphs().size();
        List<Point> points = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            String extra = i % 3 == 0 ? ", which means that the families who rely on the early bus will need to find another way to reach the school before the first bell rings, and the council has not said who will pay for it" : "";
            points.add(new Point("The council's plan for point " + (i + 1) + " would change how the district pays for "
                    + WORDS[i] + " and " + WORDS[i + 5] + extra + ".", 1 + i % paras));
        }
        List<Person> ps = new ArrayList<>();
        if (people) for (int i = 0; i < 12; i++)
            ps.add(new Person("Person Number" + (char) ('A' + i), i % 4 == 3 ? null
                    : "member of the " + WORDS[i] + " committee, who spoke at the hearing on behalf of the " + WORDS[i + 3] + " group", List.of()));
        List<NamedEntity> orgs = new ArrayList<>();
        for (int i = 0; i < 15; i++) orgs.add(new NamedEntity("The " + cap(WORDS[i]) + " " + cap(WORDS[i + 10]) + " Association", List.of()));
        List<TimelineEvent> events = new ArrayList<>();
        if (dates) {
            String[] values = {"2022", "2022-H2", "2023-03", "2023-04-18", "2023-SU", "2023-11", "2024-01-09", "2024-02",
                    "PAST_REF", "2024-05-30", "XXXX-06-01", "2024-06-11", "2024-09", "FUTURE_REF"};
            for (int i = 0; i < values.length; i++) {
                TemporalExpression te = new TemporalExpression(0, 4, "in recent weeks", "DATE", values[i], i == 0 ? "START" : null);
                events.add(new TimelineEvent(te, values[i], "The " + WORDS[i] + " board votes on the " + WORDS[i + 2]
                        + " proposal after a long debate about " + WORDS[i + 4], "Sentence.", 1 + i % paras, "day",
                        values[i].startsWith("XXXX")));
            }
        }
        List<GlossaryEntry> terms = new ArrayList<>();
        for (int i = 0; i < 16; i++)
            terms.add(new GlossaryEntry(WORDS[i] + (i % 2 == 0 ? "" : " levy"), "the money or plan that a " + WORDS[i + 1]
                    + " sets aside for a purpose, especially one decided by a vote; a fund; (law) an order", 1, null));
        List<Question> qs = new ArrayList<>();
        for (int i = 0; i < 8; i++)
            qs.add(new Question("Who gains and who loses if the council adopts the " + WORDS[i] + " plan, and why does the writer think so?", 1));
        return BriefingBuilder.of(a).thesis("The city council should adopt the school budget plan, because it gives the district a stable way to pay for "
                + "buses and teachers, even though some families would pay more; the writer argues that delay would cost more.")
                .keyPoints(points).people(ps).organisations(orgs).glossary(terms).questions(qs)
                .readability(new Readability(a.wordCount(), a.wordCount() / 15, 9.4, a.wordCount() / 230.0)).timeline(events).build();
    }

    private static String cap(String s) { return Character.toUpperCase(s.charAt(0)) + s.substring(1); }
}
