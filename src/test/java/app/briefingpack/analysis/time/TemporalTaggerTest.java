package app.briefingpack.analysis.time;

import app.briefingpack.model.PartialDate;
import app.briefingpack.model.TemporalExpression;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class TemporalTaggerTest {

    private static final PartialDate DCT = new PartialDate(1998, 2, 13); // a Friday

    private static TemporalExpression only(String text, PartialDate date) {
        List<TemporalExpression> found = TemporalTagger.tag(text, date);
        assertThat(found).as(text).hasSize(1);
        TemporalExpression t = found.get(0);
        assertThat(text.substring(t.begin(), t.end())).isEqualTo(t.text());
        return t;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "He left on March 3, 2005.                    | March 3, 2005          | DATE     | 2005-03-03",
            "It was signed 3 March 2005.                  | 3 March 2005           | DATE     | 2005-03-03",
            "Prices fell yesterday.                       | yesterday              | DATE     | 1998-02-12",
            "The vote is tomorrow.                        | tomorrow               | DATE     | 1998-02-14",
            "Sales rose in the third quarter.             | the third quarter      | DATE     | 1997-Q3",
            "Sales will rise in the third quarter.        | the third quarter      | DATE     | 1998-Q3",
            "Output fell in the second half of 2003.      | the second half of 2003| DATE     | 2003-H2",
            "They met last July.                          | last July              | DATE     | 1997-07",
            "The talks resume next week.                  | next week              | DATE     | 1998-W08",
            "He resigned two years ago.                   | two years ago          | DATE     | 1996",
            "Five months ago they left.                   | Five months ago        | DATE     | 1997-09",
            "Music of the 1990s was loud.                 | the 1990s              | DATE     | 199",
            "It happened in the summer of 2004.           | the summer of 2004     | DATE     | 2004-SU",
            "The plan ran for three years.                | three years            | DURATION | P3Y",
            "It takes a few days.                         | a few days             | DURATION | PXD",
            "The talks lasted two hours.                  | two hours              | DURATION | PT2H",
            "They meet each week.                         | each week              | SET      | P1W",
            "They meet every Thursday.                    | every Thursday         | SET      | XXXX-WXX-4",
            "Recently, prices rose.                       | Recently               | DATE     | PAST_REF",
            "The deal will close soon.                    | soon                   | DATE     | FUTURE_REF",
            "The market is calm now.                      | now                    | DATE     | PRESENT_REF",
            "The meeting starts at 10 p.m. Wednesday.     | 10 p.m. Wednesday      | TIME     | 1998-02-11T22:00",
            "He spoke Tuesday.                            | Tuesday                | DATE     | 1998-02-10",
            "He will speak Tuesday.                       | Tuesday                | DATE     | 1998-02-17",
            "Profits grew in fiscal 1997.                 | fiscal 1997            | DATE     | 1997",
            "They met at Christmas.                       | Christmas              | DATE     | 1997-12-25",
            "They will meet on New Year's Day 1999.       | New Year's Day 1999    | DATE     | 1999-01-01",
            "He came home for Thanksgiving 1997.          | Thanksgiving 1997      | DATE     | 1997-11-27",
            "It opened in July last year.                 | July last year         | DATE     | 1997-07",
            "For the year, sales rose.                    | the year               | DATE     | 1998",
            "Profit rose in the year to date.              | the year               | DURATION | P1Y",
    })
    void normalisesAgainstTheDocumentDate(String sentence, String text, String type, String value) {
        TemporalExpression t = only(sentence, DCT);
        assertThat(t.text()).isEqualTo(text);
        assertThat(t.type()).isEqualTo(type);
        assertThat(t.value()).isEqualTo(value);
    }

    @Test
    void modifiersKeepTheValueAndSayWhichPart() {
        TemporalExpression t = only("By early 2004, the groups had grown.", DCT);
        assertThat(t.text()).isEqualTo("early 2004");
        assertThat(t.value()).isEqualTo("2004");
        assertThat(t.mod()).isEqualTo("START");
        List<TemporalExpression> two = TemporalTagger.tag("Talks ended in 2004 and began late 1999.", DCT);
        assertThat(two).extracting(TemporalExpression::text).containsExactly("2004", "late 1999");
        assertThat(two.get(1).mod()).isEqualTo("END");
    }

    @Test
    void anaphoraResolvesAgainstTheLastDateMentioned() {
        List<TemporalExpression> found = TemporalTagger.tag(
                "The strike began on June 9, 1997. A day before that, talks failed. The following month, it ended.", DCT);
        assertThat(found).extracting(TemporalExpression::value).containsExactly("1997-06-09", "1997-06-08", "1997-07");
    }

    @Test
    void aYearEarlierDoesNotChain() {
        List<TemporalExpression> found = TemporalTagger.tag(
                "Third-quarter profit rose, up from a year earlier. Sales were flat from a year earlier.", new PartialDate(1989, 10, 26));
        assertThat(found).extracting(TemporalExpression::value).containsExactly("1989-Q3", "1988-Q3", "1988-Q3");
    }

    @Test
    void withoutADocumentDateNoYearIsInvented() {
        assertThat(only("He spoke on March 3.", null).value()).isEqualTo("XXXX-03-03");
        assertThat(only("He spoke last July.", null).value()).isEqualTo("XXXX-07");
        assertThat(only("He spoke yesterday.", null).value()).isEqualTo("PAST_REF");
        assertThat(only("He spoke in 2004.", null).value()).isEqualTo("2004");
        assertThat(only("He spoke on Tuesday.", null).value()).isEqualTo("XXXX-WXX-2");
    }

    @Test
    void theModalMayAndAmountsAreNotDates() {
        assertThat(TemporalTagger.tag("Prices may rise. He paid $2004 for 1,998 shares; 2004% more.", DCT)).isEmpty();
        assertThat(TemporalTagger.tag("They march in August.", DCT)).extracting(TemporalExpression::text).containsExactly("August");
    }

    @Test
    void aMonthOnlyDocumentDateGivesNoInventedDay() {
        assertThat(only("Prices fell yesterday.", new PartialDate(2005, 3, 0)).value()).isEqualTo("2005-03");
        assertThat(only("He spoke on March 3.", new PartialDate(2005, 3, 0)).value()).isEqualTo("2005-03-03");
    }

    @Test
    void pathologicalInputFinishesInLinearTime() {
        String digits = "9".repeat(100_000);
        String months = "March ".repeat(50_000);
        String mixed = "the last half of the early 2004 year-earlier a day before that ".repeat(5_000);
        String numbers = "1 2 3 4 5 6 7 8 9 10 ".repeat(10_000);
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            assertThat(TemporalTagger.tag(digits, DCT)).isEmpty();
            assertThat(TemporalTagger.tag(months, DCT)).hasSize(50_000);
            assertThat(TemporalTagger.tag(mixed, DCT)).isNotEmpty();
            assertThat(TemporalTagger.tag(numbers, null)).isEmpty();
            assertThat(TemporalTagger.tag("", DCT)).isEmpty();
        });
    }

    @Test
    void offsetsAreCharOffsetsIntoTheBody() {
        String body = "Émigrés 😀 returned on March 3, 2005, and again in May 2005.";
        for (TemporalExpression t : TemporalTagger.tag(body, DCT)) assertThat(body.substring(t.begin(), t.end())).isEqualTo(t.text());
        assertThat(TemporalTagger.tag(body, DCT)).extracting(TemporalExpression::value).containsExactly("2005-03-03", "2005-05");
    }
}
