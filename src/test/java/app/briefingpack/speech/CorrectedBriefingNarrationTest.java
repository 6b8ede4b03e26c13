package app.briefingpack.speech;

import static org.assertj.core.api.Assertions.assertThat;

import app.briefingpack.analysis.Analyser;
import app.briefingpack.corrections.BriefCorrections;
import app.briefingpack.ingest.ArticleReader;
import app.briefingpack.ingest.ReadOptions;
import app.briefingpack.model.Briefing;
import app.briefingpack.model.NamedEntity;
import app.briefingpack.model.TimelineEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A teacher's corrections reach every consumer of the briefing: a corrected thesis the questions
 * and the narration script; timeline, organisation and place corrections the briefing the PDFs
 * and briefing.json are made from. On a real analysis of a test article, not a hand-made briefing.
 */
class CorrectedBriefingNarrationTest {

    @TempDir
    Path dir;

    @Test
    void correctionsReachTheQuestionsTheNarrationAndTheTimeline() throws Exception {
        Path article = dir.resolve("homework.txt");
        Files.copy(Path.of("src/test/resources/analysis/homework-opinion.txt"), article);
        Briefing analysed = new Analyser().analyse(ArticleReader.read(article, ReadOptions.defaults()).article());
        assertThat(analysed.thesis()).isNotBlank();
        assertThat(analysed.questions().get(0).answer()).contains(analysed.thesis());
        TimelineEvent first = analysed.timeline().get(0);
        String org = analysed.organisations().isEmpty() ? null : analysed.organisations().get(0).name();
        String place = analysed.places().isEmpty() ? null : analysed.places().get(0).name();

        String newThesis = "Schools should replace nightly worksheets with reading for pleasure.";
        String text = "thesis: " + newThesis + "\n"
                + "timeline:\n"
                + "  - label: \"" + first.label().replace("\"", "\\\"") + "\"\n"
                + "    was_date: \"" + first.value() + "\"\n"
                + "    date: 1999-12-31\n"
                + "    new_label: The teacher's corrected event\n"
                + "  - {label: Board adopts the reading plan, date: 2031-09, paragraph: 2}\n"
                + "organisations:\n  - {name: Reading Trust}\n"
                + (org != null ? "  - {name: \"" + org + "\", remove: true}\n" : "")
                + "places:\n  - {name: Lakeside, new_name: Lakeside Town}\n"
                + (place != null ? "  - {name: \"" + place + "\", new_name: \"" + place + " (corrected)\"}\n" : "");
        Files.writeString(dir.resolve("homework.brief.yaml"), text);

        Briefing b = BriefCorrections.forArticle(article).orElseThrow().applyTo(analysed);

        assertThat(b.thesis()).isEqualTo(newThesis);
        // The questions and their answer key are written again from the corrected briefing.
        assertThat(b.questions()).hasSizeBetween(4, 6);
        assertThat(b.questions().get(0).answer()).contains(newThesis);
        assertThat(b.questions()).noneSatisfy(q -> assertThat(q.text() + " " + q.answer()).contains(analysed.thesis()));

        List<ScriptChapter> script = new ScriptBuilder(new SpeechNormaliser(PronunciationLexicon.bundled().sayAs())).build(b);
        String summary = script.stream().filter(c -> c.title().equals(ScriptBuilder.SUMMARY))
                .flatMap(c -> c.paragraphs().stream()).flatMap(p -> p.sentences().stream())
                .map(ScriptSentence::written).collect(Collectors.joining(" "));
        assertThat(summary).contains("reading for pleasure").doesNotContain(analysed.thesis());

        assertThat(b.timeline()).hasSize(analysed.timeline().size() + 1);
        assertThat(b.timeline().get(0).label()).isEqualTo("The teacher's corrected event");
        assertThat(b.timeline().get(0).value()).isEqualTo("1999-12-31");
        assertThat(b.timeline()).extracting(TimelineEvent::label).doesNotContain(first.label()).contains("Board adopts the reading plan");
        TimelineEvent added = b.timeline().stream().filter(e -> e.label().equals("Board adopts the reading plan")).findFirst().orElseThrow();
        assertThat(added.value()).isEqualTo("2031-09");
        assertThat(added.certainty()).isEqualTo("month");

        assertThat(b.organisations()).extracting(NamedEntity::name).contains("Reading Trust");
        if (org != null) assertThat(b.organisations()).extracting(NamedEntity::name).doesNotContain(org);
        assertThat(b.places()).extracting(NamedEntity::name).contains("Lakeside Town");
        if (place != null) assertThat(b.places()).extracting(NamedEntity::name).contains(place + " (corrected)").doesNotContain(place);
    }

    @Test
    void anUnknownTimelineLabelWithoutADateIsAOneLineError() throws Exception {
        Files.writeString(dir.resolve("x.brief.yaml"), "timeline:\n  - {label: Nothing like this, new_label: X}\n");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> BriefCorrections.read(dir.resolve("x.brief.yaml"))
                .applyTo(Briefing.of(ArticleReader.read(Files.writeString(dir.resolve("x.txt"), "A\n\nThe council met.\n"),
                        ReadOptions.defaults()).article())))
                .hasMessage("x.brief.yaml: timeline[1]: no timeline entry is labelled 'Nothing like this' (give date: to add it as a new one)");
        Files.writeString(dir.resolve("y.brief.yaml"), "timeline:\n  - {label: A, date: March 2005}\n");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> BriefCorrections.read(dir.resolve("y.brief.yaml")))
                .hasMessage("y.brief.yaml: timeline[1].date 'March 2005' is not a date (use YYYY, YYYY-MM or YYYY-MM-DD)");
        Files.writeString(dir.resolve("z.brief.yaml"), "places:\n  - {name: A, colour: red}\n");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> BriefCorrections.read(dir.resolve("z.brief.yaml")))
                .hasMessage("z.brief.yaml: places[1]: unknown key 'colour' (known: name, new_name, remove)");
    }
}
