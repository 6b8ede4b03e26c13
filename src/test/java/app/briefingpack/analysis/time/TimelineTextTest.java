package app.briefingpack.analysis.time;

import app.briefingpack.model.PartialDate;
import app.briefingpack.model.TimelineEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TimelineTextTest {

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "2005-03-03       | -      | -                | 3 March 2005",
            "2003-H2          | -      | -                | Second half of 2003",
            "XXXX-03-03       | -      | -                | March 3 (year not stated)",
            "2004             | START  | -                | Early 2004",
            "2004-07          | -      | -                | July 2004",
            "2004-SU          | -      | -                | Summer 2004",
            "2004-Q3          | -      | -                | Third quarter of 2004",
            "199              | -      | -                | The 1990s",
            "XXXX-07          | -      | -                | July (year not stated)",
            "PAST_REF         | -      | in recent weeks  | In recent weeks (before the article)",
            "2005-03-03T22:00 | -      | -                | 3 March 2005, 22:00",
            "1998-W08         | -      | -                | The week of 16 February 1998",
    })
    void formatsValues(String value, String mod, String text, String expected) {
        assertThat(TimelineText.date(value, mod, text)).isEqualTo(expected);
    }

    @Test
    void formatsTheSampleTimeline() throws Exception {
        PartialDate march = new PartialDate(2005, 3, 0);
        var article = SeedFixture.article(march);
        List<TimelineEvent> events = TimelineBuilder.build(article, TemporalTagger.tag(article.body(), march));
        assertThat(events).extracting(TimelineText::date).containsExactly("Second half of 2003", "Early 2004", "2004",
                "July 2004", "Recent weeks (before the article)", "2 March 2005", "3 March 2005", "May 2005");
        assertThat(TimelineText.certaintyNote(events.get(3))).isEqualTo("year worked out from the article's date");
        assertThat(TimelineText.certaintyNote(events.get(0))).isEmpty();
    }
}
