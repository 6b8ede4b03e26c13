package app.briefingpack.speech;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import app.briefingpack.model.Article;
import app.briefingpack.model.Briefing;
import app.briefingpack.testing.BriefingBuilder;
import app.briefingpack.model.Metadata;
import app.briefingpack.model.Paragraph;
import app.briefingpack.model.PartialDate;
import app.briefingpack.model.Point;
import app.briefingpack.model.Sentence;
import app.briefingpack.model.SentenceRole;

class ScriptBuilderTest {

    private final ScriptBuilder builder = new ScriptBuilder(new SpeechNormaliser(PronunciationLexicon.bundled().sayAs()));

    @Test
    void sampleWithoutAnalysisHasIntroductionAndArticleWithEveryParagraph() {
        Briefing b = SampleBriefing.load();
        List<ScriptChapter> script = builder.build(b);
        assertThat(script).extracting(ScriptChapter::title).containsExactly("Introduction", "Article");
        List<String> intro = script.get(0).paragraphs().get(0).sentences().stream().map(ScriptSentence::written).toList();
        assertThat(intro).contains("By Gareth Porter.", "Published in Foreign Policy In Focus, March 2005.",
                "A narration from the briefing pack.");
        assertThat(script.get(0).paragraphs().get(0).sentences().get(2).spoken())
                .isEqualTo("Published in Foreign Policy In Focus, March two thousand five.");
        List<ScriptParagraph> article = script.get(1).paragraphs().stream().filter(p -> p.articleParagraph() > 0).toList();
        assertThat(article).hasSize(b.article().paragraphs().size());
        // The sentences of each paragraph, put back together, are the paragraph: nothing is lost.
        for (ScriptParagraph p : article) {
            String joined = String.join(" ", p.sentences().stream().map(ScriptSentence::written).toList());
            String original = b.article().paragraphs().get(p.articleParagraph() - 1).text();
            assertThat(joined.replaceAll("\\s+", " ")).isEqualTo(original.strip().replaceAll("\\s+", " "));
        }
        assertThat(script.get(1).paragraphs().get(script.get(1).paragraphs().size() - 1).sentences().get(0).written())
                .startsWith("This is the end of the narration");
    }

    @Test
    void analysedBriefingGetsASummaryAndUsesItsSentences() {
        String body = "First claim here. Second one.\n\nThird sentence.";
        Article a = new Article("x.txt", new Metadata("A Title", null, null, null, PartialDate.parse("2005-03-03").orElseThrow(), "en", null),
                body, 0, List.of(new Paragraph(1, "First claim here. Second one.", 0, 29), new Paragraph(2, "Third sentence.", 31, 46)));
        Briefing b = BriefingBuilder.of(a).thesis("Peace needs talks").keyPoints(List.of(new Point("Talks have begun", 1)))
                .sentences(List.of(new Sentence("First claim here. Second one.", 0, 29, 1, SentenceRole.CLAIM),
                        new Sentence("Third sentence.", 31, 46, 2, SentenceRole.EVIDENCE))).build();
        List<ScriptChapter> script = builder.build(b);
        assertThat(script).extracting(ScriptChapter::title).containsExactly("Introduction", "Summary", "Article");
        assertThat(script.get(0).paragraphs().get(0).sentences()).extracting(ScriptSentence::spoken)
                .contains("Published on March third, two thousand five.");
        assertThat(script.get(1).paragraphs()).flatExtracting(ScriptParagraph::sentences).extracting(ScriptSentence::written)
                .contains("Peace needs talks.", "Talks have begun.");
        // the analysis said paragraph 1 is one sentence: the narration follows it
        assertThat(script.get(2).paragraphs().get(1).sentences()).extracting(ScriptSentence::written)
                .containsExactly("First claim here. Second one.");
    }

    @Test
    void theArticlesHeadingsAreTheNarrationsChapters() {
        String body = "The council met on Monday.\n\nWhat residents said\n\nThey were angry about the bridge.";
        var paragraphs = java.util.List.of(
                new app.briefingpack.model.Paragraph(1, "The council met on Monday.", 0, 26),
                new app.briefingpack.model.Paragraph(2, "What residents said", 28, 47, app.briefingpack.model.BlockKind.HEADING, 2, 0),
                new app.briefingpack.model.Paragraph(3, "They were angry about the bridge.", 49, 82));
        var article = new app.briefingpack.model.Article("bridge.txt",
                new app.briefingpack.model.Metadata("Bridge", null, null, null, null, null, null), body, 0, paragraphs);
        var chapters = builder.build(app.briefingpack.model.Briefing.of(article));
        assertThat(chapters).extracting(c -> c.title()).containsSubsequence("Article", "What residents said");
        var last = chapters.get(chapters.size() - 1);
        assertThat(last.paragraphs()).extracting(p -> p.articleParagraph()).contains(3).doesNotContain(2);
    }
}
