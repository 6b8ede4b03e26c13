package app.briefingpack.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;

class WordNetTest {

    private final WordNet wordNet = WordNet.get();

    @Test
    void findsWordsAndTheirBaseForms() {
        assertThat(wordNet.lookup(POS.NOUN, "insurgency").map(IndexWord::getLemma)).contains("insurgency");
        assertThat(wordNet.lookup(POS.NOUN, "negotiations").map(IndexWord::getLemma)).contains("negotiation");
        assertThat(wordNet.lookup(POS.NOUN, "findings").map(IndexWord::getLemma)).contains("finding");
        assertThat(wordNet.lookup(POS.NOUN, "cease-fire")).isPresent();
    }

    @Test
    void doesNotMistakeAPieceOfAWordForIt() {
        // The morphological processor splits at the apostrophe; "ba" is barium.
        assertThat(wordNet.lookup(POS.NOUN, "Ba'athist")).isEmpty();
        assertThat(wordNet.lookup(POS.NOUN, "cordon and search")).isEmpty();
    }

    @Test
    void tellsIndividualsFromClassesOfPeople() {
        assertThat(wordNet.namedSenses("Bush")).anyMatch(WordNet::isInstance);
        assertThat(wordNet.namedSenses("Iraqis")).isNotEmpty().noneMatch(WordNet::isInstance);
        assertThat(wordNet.namedSenses("bush")).isEqualTo(wordNet.namedSenses("Bush"));
        assertThat(wordNet.isCommonWord("deeper")).isTrue();
        assertThat(wordNet.isCommonWord("iraq")).isFalse();
        assertThat(wordNet.isPersonNoun("spokesman")).isTrue();
        assertThat(wordNet.useCount("continue")).isGreaterThan(wordNet.useCount("demobilization"));
    }
}
