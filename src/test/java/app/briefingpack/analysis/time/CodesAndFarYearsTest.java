package app.briefingpack.analysis.time;

import static org.assertj.core.api.Assertions.assertThat;

import app.briefingpack.model.PartialDate;
import app.briefingpack.model.TemporalExpression;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 22, item 14: codes are not years, and no year past 9999 is made up. */
class CodesAndFarYearsTest {

    private static final PartialDate DCT = new PartialDate(2020, 5, 4);

    @Test
    void lettersGluedBeforeFourDigitsMakeACodeNotAYear() {
        for (String code : List.of("ZX2100", "B1950", "AB1999")) {
            List<TemporalExpression> found = TemporalTagger.tag("The " + code + " engine was tested on Monday.", DCT);
            assertThat(found).as(code).extracting(TemporalExpression::text).containsExactly("Monday");
        }
        // a year standing alone, or after a hyphen, is still a year
        assertThat(TemporalTagger.tag("The engine was built in 1950.", DCT)).extracting(TemporalExpression::value)
                .containsExactly("1950");
        assertThat(TemporalTagger.tag("The mid-1990s were calm.", DCT)).extracting(TemporalExpression::value)
                .anyMatch(v -> v.startsWith("199"));
    }

    @Test
    void nothingIsDatedPastTheYear9999() {
        PartialDate far = new PartialDate(9999, 6, 1);
        List<TemporalExpression> found = TemporalTagger.tag("The next decade will be different. Next year too.", far);
        assertThat(found).extracting(TemporalExpression::value)
                .allMatch(v -> !v.matches("\\d{4}.*") || v.compareTo("9999") <= 0 && !v.startsWith("100") && !v.startsWith("000"));
        // within range, the same words are dated as before
        assertThat(TemporalTagger.tag("The next decade will be different.", DCT)).extracting(TemporalExpression::value)
                .containsExactly("203");
    }
}
