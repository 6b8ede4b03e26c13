package app.briefingpack.analysis.readability;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SyllableCounterTest {

    private final SyllableCounter counter = SyllableCounter.get();

    @Test
    void countsFromTheCmuDictionary() {
        assertThat(counter.count("insurgency")).isEqualTo(4);
        assertThat(counter.count("settlement")).isEqualTo(3);
        assertThat(counter.count("peace")).isEqualTo(1);
        assertThat(counter.count("demobilization")).isEqualTo(6);
        assertThat(counter.count("the one policy option")).isEqualTo(7);
    }

    @Test
    void fallsBackToVowelGroupsForUnknownWords() {
        assertThat(SyllableCounter.byVowelGroups("zorbulate")).isEqualTo(3);
        assertThat(SyllableCounter.byVowelGroups("brrr")).isEqualTo(1);
        assertThat(counter.count("glorptastic")).isEqualTo(3);
    }
}
