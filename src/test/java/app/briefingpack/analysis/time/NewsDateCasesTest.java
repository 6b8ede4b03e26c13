package app.briefingpack.analysis.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import app.briefingpack.model.PartialDate;
import app.briefingpack.model.TemporalExpression;

/** Dates in news prose that were read wrongly on articles written for other tests (issue #16). */
class NewsDateCasesTest {

    private static final PartialDate FRIDAY = new PartialDate(2024, 3, 15);

    private static List<String> values(String text, PartialDate date) {
        return TemporalTagger.tag(text, date).stream().map(TemporalExpression::value).toList();
    }

    @Test
    void lateThursdayInAFridayStoryIsTheDayBefore() {
        assertThat(values("The ministry announced the cuts late Thursday, officials said.", FRIDAY)).containsExactly("2024-03-14");
        assertThat(values("The board announced late Thursday that it would sell the plant.", FRIDAY)).containsExactly("2024-03-14");
    }

    @Test
    void aQuarterOfSomethingIsAFractionNotAQuarterOfTheYear() {
        assertThat(TemporalTagger.tag("Farms pump about a quarter of the groundwater in the basin.", FRIDAY)).isEmpty();
        assertThat(TemporalTagger.tag("Nearly a quarter of the wells have failed.", FRIDAY)).isEmpty();
        assertThat(values("Sales rose in the first quarter of 2023.", FRIDAY)).containsExactly("2023-Q1");
    }

    @Test
    void ofThatYearIsTheYearLastNamed() {
        assertThat(values("The firm was founded in 2001. It listed its shares in 2008, and in July of that year they fell.", FRIDAY))
                .containsExactly("2001", "2008", "2008-07");
    }

    @Test
    void nextSpringIsTheComingOne() {
        assertThat(values("The council will vote on the plan next spring.", FRIDAY)).containsExactly("2025-SP");
        assertThat(values("The council will vote on the plan next spring.", new PartialDate(2024, 10, 2))).containsExactly("2025-SP");
        assertThat(values("The council will vote on the plan next spring.", new PartialDate(2024, 1, 20))).containsExactly("2024-SP");
    }

    @Test
    void theEventIsTheClauseTheDateBelongsTo() {
        String s = "The well, drilled in 1958, went dry last summer.";
        int at = s.indexOf("1958");
        assertThat(EventLabeler.label(s, at, at + 4, List.of())).isEqualTo("The well was drilled");
        String r = "The well, which was drilled in 1958, went dry last summer.";
        int at2 = r.indexOf("1958");
        assertThat(EventLabeler.label(r, at2, at2 + 4, List.of())).isEqualTo("The well was drilled");
    }
}
