package app.briefingpack.analysis.time;

import app.briefingpack.model.Article;
import app.briefingpack.model.Metadata;
import app.briefingpack.model.Paragraph;
import app.briefingpack.model.PartialDate;
import app.briefingpack.model.TimelineEvent;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TimelineBuilderTest {

    private static Article article(PartialDate date, String... paragraphs) {
        String body = String.join("\n\n", paragraphs);
        List<Paragraph> ps = new ArrayList<>();
        int at = 0;
        for (int i = 0; i < paragraphs.length; i++) {
            ps.add(new Paragraph(i + 1, paragraphs[i], at, at + paragraphs[i].length()));
            at += paragraphs[i].length() + 2;
        }
        return new Article("t.txt", Metadata.empty().withDate(date), body, 0, ps);
    }

    private static List<TimelineEvent> timeline(Article a) {
        return TimelineBuilder.build(a, TemporalTagger.tag(a.body(), a.metadata().date()));
    }

    @Test
    void ordersByDateCoarserFirstAndSkipsVagueReferences() {
        Article a = article(new PartialDate(2010, 6, 15),
                "The company will open a plant soon. It was founded on May 4, 1999, and listed in 1999.",
                "In March 2001 it bought a rival. Now it employs 300 people.",
                "Late in 1998 the founders met.");
        List<TimelineEvent> events = timeline(a);
        assertThat(events).extracting(TimelineEvent::value).containsExactly("1998", "1999", "1999-05-04", "2001-03");
        assertThat(events).extracting(TimelineEvent::paragraph).containsExactly(3, 1, 1, 2);
        assertThat(events.get(3).label()).isEqualTo("It bought a rival");
        assertThat(events.get(0).certainty()).isEqualTo("approximate");
    }

    @Test
    void mergesTheSameDateSaidTwiceInOneSentence() {
        Article a = article(new PartialDate(2010, 6, 15), "On May 4, 1999, or May 4, 1999 as some say, it was founded.");
        assertThat(timeline(a)).hasSize(1);
    }

    @Test
    void relativeTimeGoesBeforeTheDocumentDate() {
        Article a = article(new PartialDate(2010, 6, 15),
                "In recent weeks the firm has cut jobs. On June 20 it will vote. In 2009 it lost money.");
        assertThat(timeline(a)).extracting(TimelineEvent::value).containsExactly("2009", "PAST_REF", "2010-06-20");
    }
}
