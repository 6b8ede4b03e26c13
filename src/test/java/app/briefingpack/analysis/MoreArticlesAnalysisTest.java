package app.briefingpack.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import app.briefingpack.model.Briefing;
import app.briefingpack.model.Metadata;
import app.briefingpack.model.NamedEntity;
import app.briefingpack.model.Person;
import app.briefingpack.model.Point;
import app.briefingpack.model.SentenceRole;

/** Two more articles written for the tests (src/test/resources/analysis): a science news story and a short opinion piece. */
class MoreArticlesAnalysisTest {

    private static Briefing analyse(String name) throws IOException {
        try (InputStream in = MoreArticlesAnalysisTest.class.getResourceAsStream("/analysis/" + name)) {
            String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return new Analyser().analyse(TestArticles.of(name, Metadata.empty(), body));
        }
    }

    @Test
    void scienceStory() throws IOException {
        Briefing b = analyse("battery-study.txt");
        assertThat(b.people()).extracting(Person::name, Person::role).contains(
                org.assertj.core.groups.Tuple.tuple("Ingrid Solberg", "chemist"),
                org.assertj.core.groups.Tuple.tuple("Mark Chen", "Professor of Stanford University"),
                org.assertj.core.groups.Tuple.tuple("Terje Aasland", "Norway's energy minister"));
        assertThat(b.people()).extracting(Person::name).doesNotContain("Nature Energy", "Norway", "Monday");
        assertThat(b.organisations()).extracting(NamedEntity::name)
                .contains("University of Oslo", "Nature Energy", "Reuters", "Stanford University");
        assertThat(b.places()).extracting(NamedEntity::name).contains("Norway");
        // A quotation before the speaker, and "he said" after the claim.
        assertThat(b.sources()).anySatisfy(c -> {
            assertThat(c.source()).isEqualTo("Reuters");
            assertThat(c.speaker()).isEqualTo("Ingrid Solberg");
            assertThat(c.claim()).startsWith("We were surprised");
        });
        assertThat(b.sources()).anySatisfy(c -> {
            assertThat(c.speaker()).isEqualTo("Terje Aasland");
            assertThat(c.claim()).startsWith("The government plans to invest");
        });
        assertThat(b.sources()).anySatisfy(c -> assertThat(c.source()).isEqualTo("Nature Energy"));
        // Everyday words with many senses get no guessed definition.
        assertThat(b.glossary()).extracting(g -> g.term()).doesNotContain("production", "findings");
    }

    @Test
    void opinionPiece() throws IOException {
        Briefing b = analyse("homework-opinion.txt");
        assertThat(b.thesis()).isEqualTo("Schools should stop assigning homework to children under eleven.");
        assertThat(b.counterpoints()).extracting(Point::text).containsExactly(
                "Some parents value homework as a window into what their children are learning.",
                "Critics argue that abolishing homework would widen the gap between rich and poor pupils.");
        assertThat(b.sentences()).filteredOn(s -> s.role() == SentenceRole.COUNTERPOINT).hasSize(2);
        assertThat(b.keyPoints()).extracting(Point::paragraph).isSorted();
        assertThat(b.keyPoints()).extracting(Point::text).anyMatch(t -> t.startsWith("It is time for head teachers to act"));
        assertThat(b.people()).extracting(Person::name).containsExactly("Harris Cooper");
        assertThat(b.questions()).anySatisfy(q -> {
            assertThat(q.text()).isEqualTo("Paragraph 3 mentions a view that the author does not share."
                    + " What is this view, and how does the author answer it?");
            assertThat(q.answer()).contains("Some parents value homework").contains("a weekly newsletter from the teacher");
        });
    }
}
