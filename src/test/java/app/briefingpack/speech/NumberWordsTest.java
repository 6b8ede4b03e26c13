package app.briefingpack.speech;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NumberWordsTest {

    @Test
    void cardinals() {
        assertThat(NumberWords.cardinal(0)).isEqualTo("zero");
        assertThat(NumberWords.cardinal(35)).isEqualTo("thirty-five");
        assertThat(NumberWords.cardinal(100)).isEqualTo("one hundred");
        assertThat(NumberWords.cardinal(1_036)).isEqualTo("one thousand thirty-six");
        assertThat(NumberWords.cardinal(2_500_000)).isEqualTo("two million five hundred thousand");
        assertThat(NumberWords.cardinal(-4)).isEqualTo("minus four");
    }

    @Test
    void ordinals() {
        assertThat(NumberWords.ordinal(1)).isEqualTo("first");
        assertThat(NumberWords.ordinal(3)).isEqualTo("third");
        assertThat(NumberWords.ordinal(12)).isEqualTo("twelfth");
        assertThat(NumberWords.ordinal(20)).isEqualTo("twentieth");
        assertThat(NumberWords.ordinal(31)).isEqualTo("thirty-first");
        assertThat(NumberWords.ordinal(100)).isEqualTo("one hundredth");
    }

    @Test
    void yearsAndDecades() {
        assertThat(NumberWords.year(2003)).isEqualTo("two thousand three");
        assertThat(NumberWords.year(1990)).isEqualTo("nineteen ninety");
        assertThat(NumberWords.year(1905)).isEqualTo("nineteen oh five");
        assertThat(NumberWords.year(1800)).isEqualTo("eighteen hundred");
        assertThat(NumberWords.year(2015)).isEqualTo("twenty fifteen");
        assertThat(NumberWords.year(2000)).isEqualTo("two thousand");
        assertThat(NumberWords.decade(1990)).isEqualTo("nineteen nineties");
        assertThat(NumberWords.decade(60)).isEqualTo("sixties");
    }
}
