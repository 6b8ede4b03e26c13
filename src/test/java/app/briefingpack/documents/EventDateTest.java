package app.briefingpack.documents;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import app.briefingpack.model.PartialDate;

/** TIMEX3 values shown as people say dates, placed only as far as the value allows. */
class EventDateTest {

    private static final PartialDate MARCH_2005 = PartialDate.parse("2005-03").orElseThrow();

    private static EventDate d(String value, String mod, String text) {
        return EventDate.of(value, mod, text, MARCH_2005);
    }

    @Test
    void displaysDatesTheWayPeopleWriteThem() {
        assertThat(d("2005-03-03", null, "on March 3").display()).isEqualTo("3 March 2005");
        assertThat(d("2003-H2", null, "During the last half of 2003").display()).isEqualTo("Second half of 2003");
        assertThat(d("2003-H2", null, null).phrase()).isEqualTo("the second half of 2003");
        assertThat(d("2004", "START", "By early 2004").display()).isEqualTo("Early 2004");
        assertThat(d("2004-07", null, "Last July").display()).isEqualTo("July 2004");
        assertThat(d("PAST_REF", null, "In recent weeks").display()).isEqualTo("In recent weeks (before March 2005)");
        assertThat(d("XXXX-03-03", null, "on March 3").display()).isEqualTo("March 3 (year not stated)");
        assertThat(d("2005-Q1", null, null).display()).isEqualTo("First quarter of 2005");
        assertThat(d("2004-SU", null, null).display()).isEqualTo("Summer 2004");
        assertThat(d("2004-07", "APPROX", null).display()).isEqualTo("About July 2004");
        assertThat(d("2005-W10", null, null).display()).isEqualTo("Week 10 of 2005");
        assertThat(d("199", null, "in the 1990s").display()).isEqualTo("The 1990s");
        assertThat(d("XXXX-WXX-2", null, "Tuesday").display()).isEqualTo("Tuesday (exact date not stated)");
    }

    @Test
    void spansCoverTheMonthsTheyMean() {
        EventDate h2 = d("2003-H2", null, null);
        assertThat(h2.start()).isEqualTo(2003 * 12 + 6.0);
        assertThat(h2.end()).isEqualTo(2004 * 12.0);
        assertThat(h2.precision()).isEqualTo("span");
        EventDate early = d("2004", "START", null);
        assertThat(early.start()).isEqualTo(2004 * 12.0);
        assertThat(early.end()).isEqualTo(2004 * 12 + 4.0);
        EventDate winter = d("2004-WI", null, null); // December 2003 to February 2004
        assertThat(winter.display()).isEqualTo("Winter 2004");
        assertThat(winter.start()).isEqualTo(2003 * 12 + 11.0);
        assertThat(winter.end()).isEqualTo(2004 * 12 + 2.0);
        EventDate day = d("2005-03-03", null, null);
        assertThat(day.precision()).isEqualTo("day");
        assertThat(day.end() - day.start()).isEqualTo(1.0 / 31, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void noYearIsEverInvented() {
        EventDate noYear = d("XXXX-03-03", null, "on March 3");
        assertThat(noYear.placed()).isFalse();
        assertThat(noYear.yearUnknown()).isTrue();
        assertThat(noYear.display()).doesNotContain("2005");
        EventDate relative = EventDate.of("PAST_REF", null, "In recent weeks", null);
        assertThat(relative.placed()).isFalse();
        assertThat(relative.approximate()).isTrue();
        assertThat(relative.display()).isEqualTo("In recent weeks (before the article was written)");
        assertThat(d("2005-02-30", null, "on February 30").placed()).isFalse();
    }
}
