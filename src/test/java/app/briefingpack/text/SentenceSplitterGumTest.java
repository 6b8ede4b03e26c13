package app.briefingpack.text;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * Sentence-boundary accuracy on running news prose with expert sentence annotation: the plain
 * paragraphs of GUM's Wikinews documents (24 documents, about 600 sentences; texts CC BY 2.5,
 * annotation CC BY 4.0; made by src/test/resources/text/gum-news-sentences.py). Scored two ways:
 * paragraphs split exactly right, and precision and recall of the boundaries inside paragraphs.
 */
class SentenceSplitterGumTest {

    @Test
    void theSplitterFindsGumsSentenceBoundariesInNews() throws IOException {
        List<SentenceSplitterGoldenRulesTest.Case> paragraphs = SentenceSplitterGoldenRulesTest.load("gum-news-sentences.tsv");
        assertTrue(paragraphs.size() >= 200, "paragraphs: " + paragraphs.size());
        int exact = 0;
        int found = 0;
        int gold = 0;
        int right = 0;
        List<String> misses = new ArrayList<>();
        for (SentenceSplitterGoldenRulesTest.Case c : paragraphs) {
            List<String> got = SentenceSplitter.get().split(c.text());
            if (got.equals(c.expected())) exact++;
            else misses.add(String.join(" | ", got));
            Set<Integer> want = boundaries(c.text(), c.expected());
            Set<Integer> have = boundaries(c.text(), got);
            gold += want.size();
            found += have.size();
            for (int b : have) if (want.contains(b)) right++;
        }
        double accuracy = (double) exact / paragraphs.size();
        double precision = found == 0 ? 1 : (double) right / found;
        double recall = gold == 0 ? 1 : (double) right / gold;
        System.out.printf("GUM news (%d paragraphs, %d boundaries inside them): paragraphs exact %.3f, boundary P %.3f R %.3f%n",
                paragraphs.size(), gold, accuracy, precision, recall);
        misses.stream().limit(15).forEach(m -> System.out.println("  miss: " + m));
        // Floors a little under the figures measured when the test was written (0.94, 0.97, 0.93).
        assertTrue(accuracy >= 0.90, "paragraphs split exactly right: " + accuracy);
        assertTrue(precision >= 0.95, "boundary precision: " + precision);
        assertTrue(recall >= 0.90, "boundary recall: " + recall);
    }

    /** Where each sentence but the last ends, as an offset into the paragraph (blanks skipped). */
    private static Set<Integer> boundaries(String text, List<String> sentences) {
        Set<Integer> out = new HashSet<>();
        int at = 0;
        for (int i = 0; i + 1 < sentences.size(); i++) {
            int found = text.indexOf(sentences.get(i), at);
            if (found < 0) break;
            at = found + sentences.get(i).length();
            out.add(at);
        }
        return out;
    }
}
