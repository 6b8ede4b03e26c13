package app.briefingpack.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** The one reader of TIMEX3 values: forms, first days, certainty, and no exception on an impossible date. */
class TimexValueTest {

    @Test
    void readsEachFormAndItsFirstDay() {
        assertThat(TimexValue.parse("2005-03-03").start()).isEqualTo(LocalDate.of(2005, 3, 3));
        assertThat(TimexValue.parse("2005-03-03TMO").form()).isEqualTo(TimexValue.Form.DAY);
        assertThat(TimexValue.parse("2005-03").start()).isEqualTo(LocalDate.of(2005, 3, 1));
        assertThat(TimexValue.parse("2003-H2").start()).isEqualTo(LocalDate.of(2003, 7, 1));
        assertThat(TimexValue.parse("2005-Q2").start()).isEqualTo(LocalDate.of(2005, 4, 1));
        // winter starts in the December before its year, as the tagger writes it
        assertThat(TimexValue.parse("2004-WI").start()).isEqualTo(LocalDate.of(2003, 12, 1));
        assertThat(TimexValue.parse("2004-AU").part()).isEqualTo("FA");
        assertThat(TimexValue.parse("2005-W10").start()).isEqualTo(LocalDate.of(2005, 3, 7));
        assertThat(TimexValue.parse("2005-W10-WE").form()).isEqualTo(TimexValue.Form.WEEKEND);
        assertThat(TimexValue.parse("199").start()).isEqualTo(LocalDate.of(1990, 1, 1));
        assertThat(TimexValue.parse("199X").form()).isEqualTo(TimexValue.Form.DECADE);
        assertThat(TimexValue.parse("PAST_REF").form()).isEqualTo(TimexValue.Form.PAST);
    }

    @Test
    void aValueWithoutAYearHasNoFirstDay() {
        TimexValue v = TimexValue.parse("XXXX-02-29");
        assertThat(v.form()).isEqualTo(TimexValue.Form.DAY);
        assertThat(v.yearKnown()).isFalse();
        assertThat(v.start()).isNull();
        assertThat(TimexValue.parse("XXXX").start()).isNull();
        assertThat(TimexValue.parse("XXXX").certainty(null)).isEqualTo("year");
    }

    @Test
    void impossibleOrForeignValuesAreUnreadableNotErrors() {
        for (String v : new String[] {"2005-02-30", "2005-13", "2005-W54", "0000", "P1Y", "XXXX-WXX-2", "", null})
            assertThat(TimexValue.parse(v).form()).as(v).isEqualTo(TimexValue.Form.UNREADABLE);
        assertThat(TimexValue.parse("2005-02-30").start()).isNull();
    }

    @Test
    void certaintyAndFineness() {
        assertThat(TimexValue.parse("2005-03-03").certainty(null)).isEqualTo("day");
        assertThat(TimexValue.parse("2005-03").certainty(null)).isEqualTo("month");
        assertThat(TimexValue.parse("2005-SU").certainty(null)).isEqualTo("season");
        assertThat(TimexValue.parse("2005").certainty(null)).isEqualTo("year");
        assertThat(TimexValue.parse("2005").certainty("START")).isEqualTo("approximate");
        assertThat(TimexValue.parse("199").certainty(null)).isEqualTo("approximate");
        assertThat(TimexValue.parse("PAST_REF").certainty("APPROX")).isEqualTo("relative");
        assertThat(TimexValue.parse("2004").fineness()).isLessThan(TimexValue.parse("2004-01").fineness());
        assertThat(TimexValue.parse("2004-01").fineness()).isLessThan(TimexValue.parse("2004-01-01").fineness());
    }
}
