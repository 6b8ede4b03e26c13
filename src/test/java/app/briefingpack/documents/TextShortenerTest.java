package app.briefingpack.documents;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The brief shortens sentences only at clause boundaries and never leaves a fragment. */
class TextShortenerTest {

    @Test
    void longThesisIsCutAtTheColonIntoACompleteSentence() {
        String thesis = "It is now time for the United States to pursue the one policy option that has been missing from the "
                + "national discussion of Iraq: the negotiation of a peace settlement with the insurgents that would involve "
                + "the complete withdrawal of U.S. troops in return for the surrender of the insurgents.";
        assertThat(TextShortener.sentence(thesis, 200)).isEqualTo(
                "It is now time for the United States to pursue the one policy option that has been missing from the national discussion of Iraq.");
    }

    @Test
    void shortSentencesAreKeptWholeAndAbbreviationsDoNotEndThem() {
        assertThat(TextShortener.sentence("The U.S. Ambassador objected. Then the plan was dropped.", 200))
                .isEqualTo("The U.S. Ambassador objected.");
        assertThat(TextShortener.sentence("Negotiate now", 200)).isEqualTo("Negotiate now.");
    }

    @Test
    void aLeadingSubordinateClauseIsNeverLeftAlone() {
        String s = "Although the council voted against the plan last spring after a long and bitter public hearing, "
                + "the mayor still hopes to revive it before the budget deadline in the autumn.";
        // No cut can make a sentence of it: the whole sentence is kept rather than a fragment.
        assertThat(TextShortener.sentence(s, 80)).isEqualTo(s);
    }

    @Test
    void weakBoundariesCutBeforeWhichButAndBecause() {
        String s = "The council adopted the school budget plan after months of debate, which means that families "
                + "who rely on the early bus will need another way to reach school before the first bell.";
        assertThat(TextShortener.sentence(s, 90)).isEqualTo("The council adopted the school budget plan after months of debate.");
    }

    @Test
    void cutsNeverEndOnAFunctionWord() {
        for (String cut : TextShortener.cuts("The plan was agreed by the board and the mayor, but the council refused to fund it."))
            assertThat(cut).doesNotEndWith(" the.").doesNotEndWith(" and.").doesNotEndWith(" by.");
    }

    @Test
    void definitionsKeepTheFirstSenseAndClause() {
        assertThat(TextShortener.definition("a general pardon for offences, granted by a government; the act of forgetting", 90))
                .isEqualTo("a general pardon for offences, granted by a government");
        assertThat(TextShortener.definition("power to influence the actions of others (especially a government)", 90))
                .isEqualTo("power to influence the actions of others");
        assertThat(TextShortener.definition("conducted with or marked by hidden aims or methods, secret and quiet, as in war", 55))
                .isEqualTo("conducted with or marked by hidden aims or methods");
    }

    @Test
    void longQuotationsInQuestionsAreShortenedWithAnEllipsisAndTheQuestionKept() {
        String q = "The article argues: \u201CIt is now time for the United States to pursue the one policy option that has been "
                + "missing from the national discussion of Iraq: the negotiation of a peace settlement.\u201D In your own words, "
                + "what does the author want to happen?";
        String s = TextShortener.question(q, 70);
        assertThat(s).startsWith("The article argues: \u201CIt is now time for the United States to pursue the one policy")
                .contains(" \u2026\u201D In your own words, what does the author want to happen?");
        assertThat(s.length()).isLessThan(q.length());
        assertThat(TextShortener.question("Why does Porter call the insurgency nationalist?", 70))
                .isEqualTo("Why does Porter call the insurgency nationalist?");
    }
}
