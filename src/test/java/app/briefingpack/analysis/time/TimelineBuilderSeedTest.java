package app.briefingpack.analysis.time;

import app.briefingpack.model.Article;
import app.briefingpack.model.PartialDate;
import app.briefingpack.model.TemporalExpression;
import app.briefingpack.model.TimelineEvent;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Acceptance on the sample article against the hand-written gold in shared/spec/seed-gold.yaml. */
class TimelineBuilderSeedTest {

    private static final PartialDate MARCH_2005 = new PartialDate(2005, 3, 0);

    @Test
    void timelineHasTheGoldEventsInOrderWithTheirValues() throws Exception {
        List<Map<String, Object>> gold = SeedFixture.goldList("timeline");
        Article article = SeedFixture.article(MARCH_2005);
        List<TimelineEvent> events = TimelineBuilder.build(article, TemporalTagger.tag(article.body(), MARCH_2005));

        assertThat(events).extracting(TimelineEvent::value)
                .containsExactlyElementsOf(gold.stream().map(g -> String.valueOf(g.get("value"))).toList());
        for (int i = 0; i < gold.size(); i++) {
            Map<String, Object> g = gold.get(i);
            TimelineEvent e = events.get(i);
            // the gold span may include a preposition ("on March 3"); the tagger follows TimeBank and leaves it out
            assertThat(String.valueOf(g.get("text")).toLowerCase()).contains(e.expression().text().toLowerCase());
            assertThat(e.expression().mod()).isEqualTo(g.get("mod"));
            assertThat(e.sentence()).contains(e.expression().text());
            assertThat(e.label()).isNotBlank().doesNotContain(e.expression().text());
            assertThat(e.label()).as("a label is never cut off").doesNotContain("\u2026");
            assertThat(e.paragraph()).isPositive();
        }
    }

    @Test
    void eventsSayHowPreciseTheirDatesAre() throws Exception {
        Article article = SeedFixture.article(MARCH_2005);
        List<TimelineEvent> events = TimelineBuilder.build(article, TemporalTagger.tag(article.body(), MARCH_2005));
        assertThat(events).extracting(TimelineEvent::certainty)
                .containsExactly("season", "approximate", "year", "month", "relative", "day", "day", "month");
        // "the last half of 2003" and "in 2004" state their year; "Last July" and "on March 3" borrow the article's
        assertThat(events).extracting(TimelineEvent::underspecified)
                .containsExactly(false, false, false, true, true, true, true, true);
    }

    @Test
    void labelsSayWhoDidWhat() throws Exception {
        Article article = SeedFixture.article(MARCH_2005);
        List<TimelineEvent> events = TimelineBuilder.build(article, TemporalTagger.tag(article.body(), MARCH_2005),
                List.of("Ahmed Chalabi", "Ayad Allawi"));
        assertThat(events.get(6).label()).startsWith("Ahmed Chalabi told Agence-France Presse");
        assertThat(events.get(0).label()).startsWith("Tens of thousands of young men").contains("joined the insurgency");
        assertThat(events.get(2).label()).containsIgnoringCase("Sunni clerics joined the resistance");
        assertThat(events.get(3).label()).startsWith("Interim Prime Minister Ayad Allawi declared");
    }

    @Test
    void withoutADocumentDateMarch3StaysWithoutAYear() throws Exception {
        Article article = SeedFixture.article(null);
        List<TemporalExpression> exprs = TemporalTagger.tag(article.body(), null);
        assertThat(exprs).filteredOn(t -> t.text().equals("March 3")).singleElement()
                .extracting(TemporalExpression::value).isEqualTo("XXXX-03-03");
        assertThat(exprs).noneMatch(t -> t.value().contains("2005"));
        List<TimelineEvent> events = TimelineBuilder.build(article, exprs);
        TimelineEvent march3 = events.stream().filter(e -> e.value().equals("XXXX-03-03")).findFirst().orElseThrow();
        assertThat(march3.underspecified()).isTrue();
        // what the text pins down keeps its year and comes first; the rest follows in the text's order
        assertThat(events).extracting(TimelineEvent::value)
                .containsExactly("2003-H2", "2004", "2004", "PAST_REF", "XXXX-03-03", "XXXX-03-02", "XXXX-07", "XXXX-05");
    }

    @Test
    void aHugeArticleOfDatesStaysFast() {
        String body = "On March 3, 2005 they met and in May 2004 they left. ".repeat(5_000) + "He spoke " + "March 3 ".repeat(5_000);
        Article article = new Article("big.txt", app.briefingpack.model.Metadata.empty(), body, 0,
                List.of(new app.briefingpack.model.Paragraph(1, body, 0, body.length())));
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(10), () -> {
            List<TimelineEvent> events = TimelineBuilder.build(article, TemporalTagger.tag(body, null));
            // the repeated sentences merge into one event per value
            assertThat(events).extracting(TimelineEvent::value).contains("2005-03-03", "2004-05", "XXXX-03-03");
        });
    }
}
