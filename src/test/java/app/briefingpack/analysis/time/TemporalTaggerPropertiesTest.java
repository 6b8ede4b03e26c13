package app.briefingpack.analysis.time;

import app.briefingpack.model.PartialDate;
import app.briefingpack.model.TemporalExpression;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Any mix of temporal words, with or without a document date: no exception, spans in order and true to the text. */
class TemporalTaggerPropertiesTest {

    private static final List<String> WORDS = List.of("the", "last", "next", "this", "that", "a", "day", "week",
            "weekend", "month", "year", "quarter", "half", "of", "before", "after", "earlier", "later", "ago", "from",
            "now", "early", "late", "mid", "-", "March", "May", "Sept.", "3", "31", "2004", "1990s", "'", "s", "Friday",
            "Fridays", "summer", "fall", "third", "first", "two", "several", "each", "every", "p.m.", "10", ":", "30",
            "yesterday", "today", "tonight", "recent", "weeks", "years", "fiscal", "Christmas", "New", "Year", "Day",
            ",", ".", "will", "was", "end", "beginning", "in", "on", "per", "daily", "same", "following", "previous");

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.of(WORDS).list().ofMaxSize(40).map(l -> String.join(" ", l));
    }

    @Property(tries = 2000)
    void spansAreOrderedAndMatchTheText(@ForAll("texts") String text) {
        for (PartialDate date : new PartialDate[]{null, new PartialDate(2005, 3, 0), new PartialDate(1998, 2, 13), new PartialDate(2000, 0, 0)}) {
            List<TemporalExpression> found = TemporalTagger.tag(text, date);
            int last = 0;
            for (TemporalExpression t : found) {
                assertThat(t.begin()).isGreaterThanOrEqualTo(last);
                assertThat(t.end()).isGreaterThan(t.begin());
                assertThat(text.substring(t.begin(), t.end())).isEqualTo(t.text());
                assertThat(t.type()).isIn("DATE", "TIME", "DURATION", "SET");
                assertThat(t.value()).isNotBlank();
                // with no date and no year in the text, no year may appear in a value
                if (date == null && !text.matches("(?s).*\\d{4}.*")) assertThat(t.value()).doesNotMatch("^\\d{3,4}.*");
                last = t.end();
            }
        }
    }
}
