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

    @Test
    void theYearBeforeCountsFromTheLastYearNamed() {
        List<TemporalExpression> found = TemporalTagger.tag(
                "Revenue fell to $300 million last year, from $450 million the year before.", DCT);
        assertThat(found).extracting(TemporalExpression::text).containsExactly("last year", "the year before");
        assertThat(found).extracting(TemporalExpression::value).containsExactly("1997", "1996");
        // another anchor follows: "the day before the crash" is no date counted from the text's dates
        assertThat(TemporalTagger.tag("On March 3 he left; the day before the crash he slept.", DCT))
                .extracting(TemporalExpression::text).containsExactly("March 3");
    }

    @Test
    void aMonthAbbreviationAtTheEndOfTheTextIsNoMonthAndNoCrash() {
        // found by ArticleFuzzTest: "Jan" as the last token made the month rule read past the end
        assertThat(TemporalTagger.tag("The award went to Jan", DCT)).isEmpty();
        assertThat(TemporalTagger.tag("They met on Jan 5 and again in Feb", DCT)).hasSize(1);
    }

    @Test
    void todaysWorldIsNoDay() {
        assertThat(TemporalTagger.tag("The case is for today's youth what the war was for their parents.", DCT)).isEmpty();
        assertThat(TemporalTagger.tag("It ran in today's editions.", DCT))
                .extracting(TemporalExpression::value).containsExactly("1998-02-13");
    }

    @Test
    void typographicApostrophesAndHyphensReadAsPlainOnes() {
        // news is typeset: "Wednesday’s ruling" is as past as "Wednesday's ruling"
        List<TemporalExpression> found = TemporalTagger.tag(
                "Wednesday\u2019s ruling recalled the \u201990s and the year\u2011end rally.", DCT);
        assertThat(found).extracting(TemporalExpression::text)
                .containsExactly("Wednesday", "the \u201990s", "the year\u2011end");
        assertThat(found).extracting(TemporalExpression::value).containsExactly("1998-02-11", "199", "1998");
        assertThat(TemporalTagger.tag("It was for today\u2019s youth.", DCT)).isEmpty();
        assertThat(TemporalTagger.tag("They met on March\u00A03 at 10\u00A0p.m.", DCT))
                .extracting(TemporalExpression::value).containsExactly("1998-03-03", "1998-03-03T22:00");
    }

    @Test
    void aCapitalisedUnitIsATitle() {
        assertThat(TemporalTagger.tag("He said on CBS's ``60 Minutes'' that he would stay.", DCT)).isEmpty();
        assertThat(TemporalTagger.tag("Baker said on ABC's \"This Week With David Brinkley\" that talks go on.", DCT)).isEmpty();
        assertThat(TemporalTagger.tag("This week, talks go on.", DCT))
                .extracting(TemporalExpression::value).containsExactly("1998-W07");
        assertThat(TemporalTagger.tag("The talks lasted 60 minutes.", DCT))
                .extracting(TemporalExpression::value).containsExactly("PT60M");
    }

    @Test
    void aDatelineDaysBeforeTheDocumentDateIsTheStorysToday() {
        // filed on Friday the 13th, written on Wednesday the 11th: "yesterday" is the 10th
        List<TemporalExpression> found = TemporalTagger.tag(
                "BRUSSELS, February 11 (Xinhua) -- NATO said yesterday it would meet today.", DCT);
        assertThat(found).extracting(TemporalExpression::text).containsExactly("February 11", "yesterday", "today");
        assertThat(found).extracting(TemporalExpression::value).containsExactly("1998-02-11", "1998-02-10", "1998-02-11");
        // no dateline: a sentence that mentions a date does not move "today"
        assertThat(TemporalTagger.tag("On February 11, NATO said it would meet today.", DCT))
                .extracting(TemporalExpression::value).containsExactly("1998-02-11", "1998-02-13");
        // a dateline weeks away is another story's, not this one's
        assertThat(TemporalTagger.tag("BRUSSELS, January 2 (Xinhua) -- NATO met today.", DCT))
                .extracting(TemporalExpression::value).containsExactly("1998-01-02", "1998-02-13");
    }

    @Test
    void theSecondDayOfAPairIsADateInTheSameMonth() {
        List<TemporalExpression> found = TemporalTagger.tag("The summit is on April 24 and 25.", DCT);
        assertThat(found).extracting(TemporalExpression::text).containsExactly("April 24", "25");
        assertThat(found).extracting(TemporalExpression::value).containsExactly("1998-04-24", "1998-04-25");
        assertThat(TemporalTagger.tag("Shares rose on April 24 and 25 traders sold.", DCT))
                .extracting(TemporalExpression::text).containsExactly("April 24");
        assertThat(TemporalTagger.tag("It ran on April 24 and 25.", null))
                .extracting(TemporalExpression::value).containsExactly("XXXX-04-24", "XXXX-04-25");
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
            "The meeting started at 10 p.m. Wednesday.    | 10 p.m. Wednesday      | TIME     | 1998-02-11T22:00",
            "The meeting starts at 10 p.m. Wednesday.     | 10 p.m. Wednesday      | TIME     | 1998-02-18T22:00",
            "He spoke Tuesday.                            | Tuesday                | DATE     | 1998-02-10",
            "He will speak Tuesday.                       | Tuesday                | DATE     | 1998-02-17",
            "Profits grew in fiscal 1997.                 | fiscal 1997            | DATE     | 1997",
            "They met at Christmas.                       | Christmas              | DATE     | 1997-12-25",
            "They will meet on New Year's Day 1999.       | New Year's Day 1999    | DATE     | 1999-01-01",
            "He came home for Thanksgiving 1997.          | Thanksgiving 1997      | DATE     | 1997-11-27",
            "It opened in July last year.                 | July last year         | DATE     | 1997-07",
            "For the year, sales rose.                    | the year               | DATE     | 1998",
            "Profit rose in the year to date.              | the year               | DURATION | P1Y",
            "The dividend will be paid Dec. 14.           | Dec. 14                | DATE     | 1998-12-14",
            "Directors declared a dividend payable Dec. 7.| Dec. 7                 | DATE     | 1998-12-07",
            "The offer had been due to expire Friday.     | Friday                 | DATE     | 1998-02-13",
            "It had been scheduled to expire at midnight Friday. | midnight Friday | TIME   | 1998-02-13T24",
            "Trading is to resume Tuesday.                | Tuesday                | DATE     | 1998-02-17",
            "He said the father would arrive Tuesday.     | Tuesday                | DATE     | 1998-02-17",
            "On Tuesday, when he set aside vacation plans, he left. | Tuesday     | DATE     | 1998-02-10",
            "Relatives have until 9 a.m. Tuesday to sign. | 9 a.m. Tuesday         | TIME     | 1998-02-17T09:00",
            "He has come as early as Tuesday.             | Tuesday                | DATE     | 1998-02-17",
            "Sales fell in this year's third quarter.     | this year's third quarter | DATE  | 1998-Q3",
            "It posted the third-quarter loss.            | third-quarter          | DATE     | 1997-Q3",
            "It ruled for much of the 20th century.       | the 20th century       | DATE     | 19",
            "Sales fell in the past two quarters.         | the past two quarters  | DURATION | P2Q",
            "He served 2 1/2 years in prison.             | 2 1/2 years            | DURATION | P2Y6M",
            "Prices rose over the past year.              | the past year          | DURATION | P1Y",
            "Prices rose over the past decade.            | the past decade        | DURATION | P10Y",
            "Prices rose in the past few weeks.           | the past few weeks     | DATE     | PAST_REF",
            "The hearing is in the week of March 2.       | the week of March 2    | DATE     | 1998-W10",
            "The talks lasted five and a half hours.      | five and a half hours  | DURATION | PT5H30M",
            "The offer was extended to March 30.          | March 30               | DATE     | 1998-03-30",
            "It expects to close the deal by year-end.    | year-end               | DATE     | 1998",
            "Shares rose 5% since year-end.               | year-end               | DATE     | 1997",
            "Sales for the full year rose.                | the full year          | DATE     | 1998",
            "Now officials are investigating.             | Now                    | DATE     | PRESENT_REF",
            "Sales peaked in June.                        | June                   | DATE     | 1997-06",
            "Profit in the year-ago third quarter fell.   | the year-ago third quarter | DATE | 1996-Q3",
            "The year-ago results were restated.          | year-ago               | DATE     | 1997",
            "A service planned at the church for Saturday was canceled. | Saturday | DATE   | 1998-02-07",
            "On Thursday, he set aside plans for the hastily planned trip. | Thursday | DATE | 1998-02-12",
            "The talks are planned for Saturday.          | Saturday               | DATE     | 1998-02-14",
            "Protesters planned a rally on Saturday.      | Saturday               | DATE     | 1998-02-14",
            "He was shot last Oct. 23 at home.            | last Oct. 23           | DATE     | 1997-10-23",
            "The vote is next Feb. 2.                     | next Feb. 2            | DATE     | 1999-02-02",
            "He appears at midday.                        | midday                 | TIME     | 1998-02-13T12:00",
            "Net rose 5% in the latest period.            | the latest period      | DATE     | 1997-Q4",
            "It created a new office, effective June 1.   | June 1                 | DATE     | 1998-06-01",
            "It rained this past weekend.                 | this past weekend      | DATE     | 1998-W06-WE",
            "He arrived this past Sunday.                 | this past Sunday       | DATE     | 1998-02-08",
            "The two-day summit ended.                    | two-day                | DURATION | P2D",
            "The year 2021 was hard.                      | The year 2021          | DATE     | 2021",
            "Early voting ends Saturday.                  | Saturday               | DATE     | 1998-02-14",
            "He fled Thursday, and the police will search. | Thursday              | DATE     | 1998-02-12",
            "He moved in the late 1990s.                  | the late 1990s         | DATE     | 199",
            "Sales rose in the latest fiscal year.        | the latest fiscal year | DATE     | 1997",
            "The trial opens Monday.                      | Monday                 | DATE     | 1998-02-16",
            "The strike begins on Monday 16 February.     | Monday 16 February     | DATE     | 1998-02-16",
            "The talks lasted the two days.               | the two days           | DURATION | P2D",
            "His relatives could not be located Wednesday. | Wednesday             | DATE     | 1998-02-11",
    })
    void normalisesAgainstTheDocumentDate(String sentence, String text, String type, String value) {
        TemporalExpression t = only(sentence, DCT);
        assertThat(t.text()).isEqualTo(text);
        assertThat(t.type()).isEqualTo(type);
        assertThat(t.value()).isEqualTo(value);
    }

    @Test
    void agesRatesAndFractionsAreNotTimes() {
        assertThat(TemporalTagger.tag("Mr. Reupke, 52 years old, resigned.", DCT)).isEmpty();
        assertThat(TemporalTagger.tag("The stock pays $1.76 a year and carries 700 seats a week.", DCT)).isEmpty();
        assertThat(TemporalTagger.tag("Iraq imports about three-quarters of its food.", DCT)).isEmpty();
        TemporalExpression twice = only("He swims twice a week.", DCT);
        assertThat(twice.type()).isEqualTo("SET");
        assertThat(twice.value()).isEqualTo("P1W");
        assertThat(only("It rose 5% from a year ago.", DCT).value()).isEqualTo("1997");
    }

    @Test
    void namesThatHoldATimeWordAreNotTimes() {
        assertThat(TemporalTagger.tag("Protesters joined the annual March for Life.", DCT)).isEmpty();
        assertThat(TemporalTagger.tag("They led the ``Spring of Life'' protests.", DCT)).isEmpty();
        assertThat(TemporalTagger.tag("It was a poster from the film High Noon.", DCT)).isEmpty();
        assertThat(TemporalTagger.tag("He was soon released.", DCT)).isEmpty();
        assertThat(TemporalTagger.tag("Summer Smith spoke to Mr. Spring about the 1040 form in Room 1204.", DCT)).isEmpty();
        assertThat(only("The Normans came in 1066.", DCT).value()).isEqualTo("1066");
        assertThat(only("Talks resume in March for the third time.", DCT).value()).isEqualTo("1998-03");
        assertThat(only("The vote is on Election Day.", DCT).value()).isEqualTo("1998-11-03");
    }

    @Test
    void clockTimesAndPossessiveWeekdaysFallOnTheDayTheStoryTells() {
        List<TemporalExpression> found = TemporalTagger.tag(
                "Slepian was killed on Oct. 23, 1997. He was shot at 10 p.m. in his kitchen.", DCT);
        assertThat(found).extracting(TemporalExpression::value).containsExactly("1997-10-23", "1997-10-23T22:00");
        List<TemporalExpression> blast = TemporalTagger.tag("The blast came at 10:35 a.m. (0735 GMT) Friday.", new PartialDate(1998, 2, 14));
        assertThat(blast).extracting(TemporalExpression::text).containsExactly("10:35 a.m.", "Friday");
        assertThat(blast).extracting(TemporalExpression::value).containsExactly("1998-02-13T10:35", "1998-02-13");
        // the clause is about the future, but Wednesday's ruling has been made
        assertThat(only("They would look for ways around Wednesday's ruling.", DCT).value()).isEqualTo("1998-02-11");
    }

    @Test
    void offsetsCountFromTheLastDayNamedAndDecadesAgoAreYears() {
        List<TemporalExpression> found = TemporalTagger.tag(
                "On March 3 he left. Profits rose in the first half of the year. Two days later he resigned.", DCT);
        assertThat(found).extracting(TemporalExpression::value).containsExactly("1998-03-03", "1998-H1", "1998-03-05");
        assertThat(only("A decade ago it was smaller.", DCT).value()).isEqualTo("1988");
        List<TemporalExpression> died = TemporalTagger.tag("He died at 9:30 a.m. ET on Tuesday.", DCT);
        assertThat(died).extracting(TemporalExpression::text).containsExactly("9:30 a.m. ET", "Tuesday");
        assertThat(died.get(0).value()).isEqualTo("1998-02-10T09:30");
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
