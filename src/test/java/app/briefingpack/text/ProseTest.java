package app.briefingpack.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProseTest {

    @Test
    void ensureStopAddsAFullStopOnlyWhereASentenceIsOpen() {
        assertThat(Prose.ensureStop("They met")).isEqualTo("They met.");
        assertThat(Prose.ensureStop("They met.")).isEqualTo("They met.");
        assertThat(Prose.ensureStop("Did they meet?")).isEqualTo("Did they meet?");
        assertThat(Prose.ensureStop("He said \u201cwe will.\u201d")).isEqualTo("He said \u201cwe will.\u201d");
        assertThat(Prose.ensureStop("And then\u2026")).isEqualTo("And then\u2026");
        assertThat(Prose.ensureStop("(as agreed.)")).isEqualTo("(as agreed.)");
        assertThat(Prose.ensureStop("")).isEmpty();
    }

    @Test
    void capitaliseRaisesOnlyTheFirstLetter() {
        assertThat(Prose.capitalise("early July 2004")).isEqualTo("Early July 2004");
        assertThat(Prose.capitalise("")).isEmpty();
    }
}
