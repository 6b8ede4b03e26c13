package app.briefingpack.analysis.time;

import app.briefingpack.model.PartialDate;
import app.briefingpack.model.TemporalExpression;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The tagger on the sample article: every expression the gold lists is found with its type and value. */
class TemporalTaggerSeedTest {

    @Test
    void findsTheGoldExpressionsOfTheSample() throws Exception {
        String body = SeedFixture.article(null).body();
        List<TemporalExpression> found = TemporalTagger.tag(body, new PartialDate(2005, 3, 0));
        List<Map<String, Object>> wanted = new java.util.ArrayList<>(SeedFixture.goldList("other_timex"));
        wanted.addAll(SeedFixture.goldList("timeline"));
        for (Map<String, Object> g : wanted) {
            String text = String.valueOf(g.get("text"));
            int at = body.indexOf(text);
            assertThat(at).as(text).isNotNegative();
            TemporalExpression t = found.stream().filter(x -> x.begin() < at + text.length() && x.end() > at)
                    .findFirst().orElseThrow(() -> new AssertionError("not found: " + text));
            assertThat(t.value()).as(text).isEqualTo(String.valueOf(g.get("value")));
            if (g.containsKey("type")) assertThat(t.type()).as(text).isEqualTo(g.get("type"));
        }
        for (TemporalExpression t : found) assertThat(body.substring(t.begin(), t.end())).isEqualTo(t.text());
    }
}
