package app.briefingpack.analysis.glossary;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import app.briefingpack.analysis.Analyser;
import app.briefingpack.lexicon.WordFrequency;
import app.briefingpack.ingest.ArticleReader;
import app.briefingpack.ingest.ReadOptions;
import app.briefingpack.model.GlossaryEntry;

/** Key terms on the news articles written for the tests (src/test/resources/analysis/people). */
class GlossaryDevSetTest {

    private static List<GlossaryEntry> glossary(String file) throws Exception {
        var read = ArticleReader.read(Path.of("src/test/resources/analysis/people", file), ReadOptions.defaults());
        return new Analyser().analyse(read.article()).glossary();
    }

    @Test
    void everydayWordsAreNoKeyTerms() throws Exception {
        assertThat(glossary("beijing-congress.txt")).extracting(GlossaryEntry::term).doesNotContain("pollution");
        assertThat(glossary("heritage-feature.txt")).extracting(GlossaryEntry::term).doesNotContain("recipe", "notebook");
        assertThat(glossary("court-ruling.txt")).extracting(GlossaryEntry::term).doesNotContain("provider", "nationwide");
        assertThat(glossary("oil-merger.txt")).extracting(GlossaryEntry::term).doesNotContain("shareholder");
    }

    @Test
    void theSenseIsTheOneTheArticleUses() throws Exception {
        // the tagger reads "Her neighbour" as a verb; after a possessive it is the noun
        assertThat(glossary("valley-drought.txt")).filteredOn(g -> g.term().equals("neighbour"))
                .allSatisfy(g -> assertThat(g.definition()).contains("person"));
        // a named group is people, not the river of the same name
        assertThat(glossary("flood-aid.txt")).filteredOn(g -> g.term().equals("Republican"))
                .singleElement().satisfies(g -> assertThat(g.definition()).contains("Party"));
        assertThat(glossary("valley-drought.txt")).extracting(GlossaryEntry::term).contains("aquifer");
        // "in the constellation Leo": Leo is one of the star groups, so not "an arrangement of parts"
        assertThat(glossary("telescope-science.txt")).filteredOn(g -> g.term().equals("constellation"))
                .singleElement().satisfies(g -> assertThat(g.definition()).contains("stars"));
    }

    @Test
    void aWordInLowerCaseHasNoSenseWordNetWritesWithACapital() {
        var article = app.briefingpack.analysis.TestArticles.of("terms.txt", app.briefingpack.model.Metadata.empty(),
                "Over half of the people aged 15 to 29 hold a tertiary qualification, the census found.\n\n"
                        + "The strike is expected to avert an exodus of skilled workers from the two shipyards.");
        List<GlossaryEntry> terms = new Analyser().analyse(article).glossary();
        // not "from 63 million to 2 million years ago" (the Tertiary) nor the second book of the Old Testament
        assertThat(terms).filteredOn(g -> g.term().equals("tertiary")).singleElement()
                .satisfies(g -> assertThat(g.definition()).doesNotContain("million years"));
        assertThat(terms).filteredOn(g -> g.term().equals("exodus")).singleElement()
                .satisfies(g -> assertThat(g.definition()).contains("journey"));
    }

    @Test
    void aBritishSpellingOfAnEverydayWordIsNoKeyTerm() throws Exception {
        assertThat(glossary("valley-drought.txt")).extracting(GlossaryEntry::term).doesNotContain("neighbour");
    }

    @Test
    void frequencyListTellsEverydayWordsFromRareOnes() {
        WordFrequency f = WordFrequency.get();
        assertThat(f.zipf("the")).isGreaterThan(7);
        assertThat(f.zipf("pollution")).isGreaterThan(GlossaryBuilder.EVERYDAY_ZIPF);
        assertThat(f.zipf("subsidence")).isLessThan(GlossaryBuilder.EVERYDAY_ZIPF);
        assertThat(f.zipf("xqzvw")).isZero();
    }
}
