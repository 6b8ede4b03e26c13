package app.briefingpack.corrections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import app.briefingpack.model.Article;
import app.briefingpack.model.Briefing;
import app.briefingpack.testing.BriefingBuilder;
import app.briefingpack.model.GlossaryEntry;
import app.briefingpack.model.Metadata;
import app.briefingpack.model.Paragraph;
import app.briefingpack.model.Person;
import app.briefingpack.model.Point;
import app.briefingpack.model.Question;

class BriefCorrectionsTest {

    private static Briefing briefing() {
        String body = "Ann Lee spoke. The truce held.";
        Article a = new Article("story.txt", Metadata.empty(), body, 0, List.of(new Paragraph(1, body, 0, body.length())));
        return BriefingBuilder.of(a).thesis("Ann Lee spoke.").keyPoints(List.of(new Point("The truce held.", 1)))
                .people(List.of(new Person("Ann Lee", null, List.of()), new Person("Bob", null, List.of())))
                .glossary(List.of(new GlossaryEntry("truce", "a pause", 1, null))).questions(List.of(new Question("Why?", 1)))
                .build();
    }

    @Test
    void overridesTitleThesisListsAndPatchesPeopleAndGlossary(@TempDir Path dir) throws IOException {
        Path article = dir.resolve("story.txt");
        Files.writeString(article, "x");
        Files.writeString(dir.resolve("story.brief.yaml"), """
                title: The truce that held
                thesis: The ceasefire worked.
                key_points:
                  - text: Both sides kept the truce.
                    paragraph: 1
                  - A plain point
                people:
                  - {name: Ann Lee, role: negotiator}
                  - {name: Bob, remove: true}
                  - {name: Cy Young, role: mediator}
                glossary:
                  - {term: truce, definition: an agreement to stop fighting for a time}
                  - {term: armistice}
                questions:
                  - {text: "What made the truce hold?", paragraph: 1}
                """);
        Briefing b = BriefCorrections.forArticle(article).orElseThrow().applyTo(briefing());
        assertThat(b.article().displayTitle()).isEqualTo("The truce that held");
        assertThat(b.thesis()).isEqualTo("The ceasefire worked.");
        assertThat(b.keyPoints()).containsExactly(new Point("Both sides kept the truce.", 1), new Point("A plain point", 0));
        assertThat(b.people()).extracting(Person::name, Person::role)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Ann Lee", "negotiator"),
                        org.assertj.core.groups.Tuple.tuple("Cy Young", "mediator"));
        assertThat(b.glossary()).extracting(GlossaryEntry::term, GlossaryEntry::definition)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("truce", "an agreement to stop fighting for a time"),
                        org.assertj.core.groups.Tuple.tuple("armistice", null));
        assertThat(b.questions()).containsExactly(new Question("What made the truce hold?", 1));
    }

    @Test
    void aRoleTheTeacherGivesIsStatedAndOneKeptKeepsItsProvenance(@TempDir Path dir) throws IOException {
        Path article = dir.resolve("story.txt");
        Files.writeString(article, "x");
        Files.writeString(dir.resolve("story.brief.yaml"), """
                people:
                  - {name: Ann Lee, role: negotiator}
                  - {name: Bob}
                """);
        String body = "Ann Lee spoke. Bob listened.";
        Article a = new Article("story.txt", Metadata.empty(), body, 0, List.of(new Paragraph(1, body, 0, body.length())));
        Briefing learned = BriefingBuilder.of(a).people(List.of(new Person("Ann Lee", "envoy", List.of(), true),
                new Person("Bob", "listener", List.of(), true))).build();
        Briefing b = BriefCorrections.forArticle(article).orElseThrow().applyTo(learned);
        assertThat(b.people()).extracting(Person::name, Person::role, Person::roleInferred).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Ann Lee", "negotiator", false),
                org.assertj.core.groups.Tuple.tuple("Bob", "listener", true));
    }

    @Test
    void noFileMeansNoCorrections(@TempDir Path dir) {
        assertThat(BriefCorrections.forArticle(dir.resolve("other.txt"))).isEmpty();
    }

    @Test
    void badYamlNamesTheFileAndLine() {
        assertThatThrownBy(() -> BriefCorrections.parse("title: ok\nthesis: [unclosed\n", "story.brief.yaml"))
                .isInstanceOf(CorrectionsException.class)
                .hasMessageStartingWith("story.brief.yaml: line ")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void unknownKeysAndWrongTypesNameTheKey() {
        assertThatThrownBy(() -> BriefCorrections.parse("titel: x\n", "a.brief.yaml"))
                .hasMessageContaining("a.brief.yaml").hasMessageContaining("'titel'");
        assertThatThrownBy(() -> BriefCorrections.parse("people:\n  - {role: x}\n", "a.brief.yaml"))
                .hasMessage("a.brief.yaml: people[1] needs 'name:'");
        assertThatThrownBy(() -> BriefCorrections.parse("key_points: one\n", "a.brief.yaml"))
                .hasMessageContaining("'key_points' must be a list");
        assertThatThrownBy(() -> BriefCorrections.parse("questions:\n  - {text: q, paragraph: two}\n", "a.brief.yaml"))
                .hasMessageContaining("questions[1].paragraph");
    }

    @Test
    void refusesDuplicateKeysTagsAndHugeFiles() {
        assertThatThrownBy(() -> BriefCorrections.parse("title: a\ntitle: b\n", "d.brief.yaml"))
                .hasMessageStartingWith("d.brief.yaml: line 2");
        assertThatThrownBy(() -> BriefCorrections.parse("title: !!javax.script.ScriptEngineManager []\n", "t.brief.yaml"))
                .isInstanceOf(CorrectionsException.class).hasMessageStartingWith("t.brief.yaml");
        assertThatThrownBy(() -> BriefCorrections.parse("title: " + "x".repeat(BriefCorrections.MAX_BYTES), "big.brief.yaml"))
                .hasMessageContaining("larger than");
    }
}
