package app.briefingpack.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import app.briefingpack.model.Article;
import app.briefingpack.model.Briefing;
import app.briefingpack.model.Metadata;

/** Articles with almost nothing in them still give a well-formed briefing. */
class EdgeCaseAnalysisTest {

    @Test
    void anArticleWithoutParagraphsHasAnEmptyBriefing() {
        Briefing b = new Analyser().analyse(new Article("empty.txt", Metadata.empty(), "", 0, List.of()));
        assertThat(b.thesis()).isNull();
        assertThat(b.sentences()).isEmpty();
        assertThat(b.keyPoints()).isEmpty();
        assertThat(b.people()).isEmpty();
        assertThat(b.readability().words()).isZero();
        assertThat(b.questions()).isEmpty();
    }

    @Test
    void oneSentenceWithoutAFullStop() {
        Briefing b = new Analyser().analyse(TestArticles.of("one.txt", Metadata.empty(), "Prices rose again in March"));
        // It argues nothing: no invented thesis, the sentence is the news report's lede.
        assertThat(b.thesis()).isNull();
        assertThat(b.lede()).isEqualTo("Prices rose again in March");
        assertThat(b.sentences()).hasSize(1);
        assertThat(b.people()).isEmpty();
        assertThat(b.readability().words()).isEqualTo(5);
        assertThat(b.keyPoints()).isEmpty(); // the only sentence is the lede
    }

    @Test
    void shoutedAndOddlyPunctuatedTextDoesNotBreakAnything() {
        String body = "BREAKING: ‘UNPRECEDENTED’ STORM — PORTS CLOSED!!!\n\n— — —\n\n“Stay home,” said officials… (more soon)";
        Briefing b = new Analyser().analyse(TestArticles.of("odd.txt", Metadata.empty(), body));
        assertThat(b.sentences()).allSatisfy(s -> assertThat(body.substring(s.begin(), s.end())).isEqualTo(s.text()));
        b.people().forEach(p -> p.mentions().forEach(m -> assertThat(m.end()).isLessThanOrEqualTo(body.length())));
    }
}
