package app.briefingpack.analysis.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;

/**
 * The lexicon features of the name-finder model: what the word lists and WordNet say about a
 * token, and that the shipped model is built with them (so it cannot load without the class).
 */
class LexiconFeaturesTest {

    @Test
    void aNameWordNetKnowsCarriesItsKindsAndAGivenNameIsMarked() {
        assertThat(LexiconFeatures.of("Clinton")).contains("lxn=noun.person", "lxn=noun.location");
        assertThat(LexiconFeatures.of("Michael")).contains("lxg");
        assertThat(LexiconFeatures.of("michael")).doesNotContain("lxg"); // given names are capitalised
    }

    @Test
    void aCommonNounForAPersonIsMarkedButANameIsNot() {
        assertThat(LexiconFeatures.of("spokesman")).contains("lxp");
        assertThat(LexiconFeatures.of("Senator")).contains("lxp");
        assertThat(LexiconFeatures.of("Iraq")).doesNotContain("lxp").contains("lxn=noun.location");
    }

    @Test
    void howCommonTheWordIsComesInBandsWithItsCapital() {
        assertThat(LexiconFeatures.of("the")).contains("lxf=7", "lxf=l7");
        assertThat(LexiconFeatures.of("The")).contains("lxf=C7");
        assertThat(LexiconFeatures.of("Xqzvtrel")).contains("lxf=0", "lxf=C0");
    }

    @Test
    void punctuationAndNumbersHaveNoLexiconFeatures() {
        assertThat(LexiconFeatures.of(",")).isEmpty();
        assertThat(LexiconFeatures.of("1958")).isEmpty();
    }

    @Test
    void featuresAreTheSameFromTheCacheAndForEveryWindowPosition() {
        var generator = new LexiconFeatures.Factory().create();
        String[] tokens = {"Senator", "Barbara", "Mikulski", "said"};
        List<String> first = new ArrayList<>();
        List<String> again = new ArrayList<>();
        generator.createFeatures(first, tokens, 1, new String[4]);
        generator.createFeatures(again, tokens, 1, new String[4]);
        assertThat(first).isEqualTo(again).isEqualTo(LexiconFeatures.of("Barbara"));
    }

    @Test
    void theShippedModelIsBuiltWithTheLexiconFeatures() throws Exception {
        String descriptor = null;
        try (InputStream raw = NameModel.class.getResourceAsStream(NameModel.RESOURCE);
             ZipInputStream zip = new ZipInputStream(raw)) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                if (e.getName().endsWith(".featuregen")) descriptor = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
        assertThat(descriptor).contains(LexiconFeatures.Factory.class.getName());
    }
}
