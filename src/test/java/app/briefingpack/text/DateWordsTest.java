package app.briefingpack.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DateWordsTest {

    @Test
    void printedAndSpokenDatesWriteTheSameMonthTheirOwnWay() {
        assertThat(DateWords.month(3)).isEqualTo("March");
        assertThat(DateWords.dayMonthYear(2005, 3, 3)).isEqualTo("3 March 2005");
        assertThat(DateWords.dayMonthYear(2005, 3, 0)).isEqualTo("March 2005");
        assertThat(DateWords.monthDayYear(2005, 12, 31)).isEqualTo("December 31, 2005");
        assertThat(DateWords.monthDayYear(2005, 12, 0)).isEqualTo("December 2005");
    }
}
