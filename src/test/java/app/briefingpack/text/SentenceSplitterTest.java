package app.briefingpack.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

    @Test
    void doesNotSplitAfterAbbreviationsInsideASentence() {
        assertThat(SentenceSplitter.get().split("He dropped his plan. U.S. Ambassador John Negroponte insisted, however, "
                + "that they should not be amnestied. Allawi agreed."))
                .containsExactly("He dropped his plan.",
                        "U.S. Ambassador John Negroponte insisted, however, that they should not be amnestied.",
                        "Allawi agreed.");
        assertThat(SentenceSplitter.get().split("They met Mr. Smith and Dr. Jones. Then they left."))
                .containsExactly("They met Mr. Smith and Dr. Jones.", "Then they left.");
    }

    @Test
    void aCapitalLetterThatAlsoAbbreviatesPageIsAnInitialBeforeAName() {
        assertThat(SentenceSplitter.get().split("Guests included Anna Berg, Thomas P. Whitfield and Lisa Moreau. They stayed."))
                .containsExactly("Guests included Anna Berg, Thomas P. Whitfield and Lisa Moreau.", "They stayed.");
        assertThat(SentenceSplitter.get().split("See p. 55 for the table."))
                .containsExactly("See p. 55 for the table.");
    }

    @Test
    void splitsAfterAnAbbreviationThatEndsASentence() {
        assertThat(SentenceSplitter.get().split("The plan came from the U.S. The others refused."))
                .containsExactly("The plan came from the U.S.", "The others refused.");
    }

    @Test
    void splitsAfterEtcAndBeforeADiscourseConnective() {
        assertThat(SentenceSplitter.get().split("They learn maths, music, art etc. Therefore schools matter."))
                .containsExactly("They learn maths, music, art etc.", "Therefore schools matter.");
        assertThat(SentenceSplitter.get().split("Fees, rents etc. Students pay them all. Costs rose etc. and fell."))
                .containsExactly("Fees, rents etc.", "Students pay them all.", "Costs rose etc. and fell.");
        assertThat(SentenceSplitter.get().split("It came from the U.S. Moreover, it was cheap."))
                .containsExactly("It came from the U.S.", "Moreover, it was cheap.");
    }

    @Test
    void keepsClosingQuotesWithTheirSentence() {
        assertThat(SentenceSplitter.get().split("He spoke of \u201cthe occupation.\u201d Just a day later, they met."))
                .containsExactly("He spoke of \u201cthe occupation.\u201d", "Just a day later, they met.");
    }

    @Test
    void firstIsTheFirstSentenceOrTheWholeText() {
        assertThat(SentenceSplitter.get().first("Capt. Jones met Gen. Smith in the U.S. on Monday. They talked."))
                .isEqualTo("Capt. Jones met Gen. Smith in the U.S. on Monday.");
        assertThat(SentenceSplitter.get().first("  no stop at all ")).isEqualTo("no stop at all");
        assertThat(SentenceSplitter.get().first("")).isEmpty();
    }
}
