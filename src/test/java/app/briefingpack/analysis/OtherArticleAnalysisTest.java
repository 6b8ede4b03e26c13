package app.briefingpack.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import app.briefingpack.model.Briefing;
import app.briefingpack.model.Metadata;
import app.briefingpack.model.NamedEntity;
import app.briefingpack.model.Person;
import app.briefingpack.model.Point;
import app.briefingpack.model.SourceCitation;

/** A short news story written for this test: other names, an "according to", a date; nothing tuned to the sample. */
class OtherArticleAnalysisTest {

    static final String STORY = """
            Emergency crews in Millford worked through the night on Tuesday as the River Dane rose to its highest level in forty years.

            According to the Environment Agency, the river peaked at 4.2 metres shortly after midnight on 14 February 2024. Mayor Helen Okafor told the Millford Gazette that the temporary barriers had saved more than 300 homes.

            "Without the barriers we would have lost the high street," Okafor said. Residents should nevertheless stay away from the riverbank until the water falls, she added.

            Critics, however, say the council ignored repeated warnings. Local engineer David Marsh, a former adviser to the county council, said the permanent embankment promised in 2019 had never been built.
            """;

    private static Briefing briefing;

    @BeforeAll
    static void analyse() {
        briefing = new Analyser().analyse(TestArticles.of("flood.txt",
                new Metadata(null, "Sam Reporter", null, "Millford Gazette", null, "en", null), STORY));
    }

    @Test
    void findsThePeopleWithTheirRolesAndTiesTheShortForm() {
        assertThat(briefing.people()).extracting(Person::name)
                .contains("Helen Okafor", "David Marsh")
                .doesNotContain("Millford", "Emergency", "Critics", "Local", "Residents", "February", "Tuesday", "River Dane");
        Person okafor = person("Helen Okafor");
        assertThat(okafor.role()).isEqualTo("Mayor");
        assertThat(okafor.mentions()).hasSize(2); // "Okafor said" is the same person
        assertThat(person("David Marsh").role()).contains("adviser to the county council");
        assertThat(person("Sam Reporter").role()).isEqualTo("author");
    }

    @Test
    void findsOrganisationsAndPlaces() {
        assertThat(briefing.organisations()).extracting(NamedEntity::name).contains("Environment Agency", "Millford Gazette");
        assertThat(briefing.places()).extracting(NamedEntity::name).contains("River Dane");
    }

    @Test
    void findsTheAttributions() {
        assertThat(briefing.sources()).anySatisfy(c -> {
            assertThat(c.source()).isEqualTo("Environment Agency");
            assertThat(c.claim()).contains("the river peaked at 4.2 metres");
        });
        assertThat(briefing.sources()).anySatisfy(c -> {
            assertThat(c.source()).isEqualTo("Millford Gazette");
            assertThat(c.speaker()).isEqualTo("Helen Okafor");
            assertThat(c.claim()).startsWith("the temporary barriers had saved");
        });
        assertThat(briefing.sources()).anySatisfy(c -> assertThat(c.speaker()).isEqualTo("David Marsh"));
        for (SourceCitation c : briefing.sources()) assertThat(c.paragraph()).isBetween(1, 4);
    }

    @Test
    void aNewsStoryGetsNoInventedThesisButItsLede() {
        assertThat(briefing.thesis()).isNull();
        assertThat(briefing.isNewsReport()).isTrue();
        assertThat(briefing.lede()).startsWith("Emergency crews in Millford worked through the night");
        List<Integer> order = briefing.keyPoints().stream().map(Point::paragraph).toList();
        assertThat(order).isSorted().isNotEmpty();
        assertThat(briefing.sentences()).allSatisfy(s ->
                assertThat(briefing.article().body().substring(s.begin(), s.end())).isEqualTo(s.text()));
    }

    @Test
    void glossaryQuestionsAndReadingLevelAreFilled() {
        briefing.glossary().forEach(g -> assertThat(g.definition() != null || g.sentence() != null).as(g.term()).isTrue());
        assertThat(briefing.questions()).hasSizeBetween(4, 6)
                .allSatisfy(q -> assertThat(q.text()).endsWith("?").doesNotContain("null"));
        assertThat(briefing.readability().sentences()).isEqualTo(7);
        assertThat(briefing.readability().fleschKincaidGrade()).isBetween(5.0, 16.0);
    }

    @Test
    void theDatesTheStoryStatesAreTaggedAndOnTheTimeline() {
        assertThat(briefing.temporalExpressions()).extracting(t -> t.value()).contains("2024-02-14");
        assertThat(briefing.timeline()).anySatisfy(e -> {
            assertThat(e.value()).isEqualTo("2024-02-14");
            assertThat(e.sentence()).contains("river peaked");
        });
    }

    private static Person person(String name) {
        return briefing.people().stream().filter(p -> p.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not in " + briefing.people()));
    }
}
