package app.briefingpack.analysis.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;

class WordClustersTest {

    private final WordClusters clusters = WordClusters.get();

    @Test
    void theWholeListIsReadAndLookedUpInTheFormItWasMadeWith() {
        assertTrue(clusters.size() > 590_000, "clusters read: " + clusters.size());
        assertEquals(clusters.path("london"), clusters.path("London"), "lower case");
        assertEquals(clusters.path("0"), clusters.path("1958"), "a run of digits is one 0");
        assertNull(clusters.path("qzxwvbkj"), "a word the clusters do not know");
        assertNotNull(clusters.path("Mikulski"), "a surname no training text has");
        assertNotNull(clusters.path("Koželuh"), "letters outside ASCII");
    }

    @Test
    void theBuildsTableGivesEveryWordOfTheListItsPath() throws Exception {
        Path list = Path.of("src/main/resources/briefingpack/lexicon/brown-clusters.txt.gz");
        int words = 0;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(list)), StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                int tab = line.indexOf('\t');
                if (tab < 0) continue;
                String word = line.substring(0, tab);
                String path = line.substring(tab + 1);
                words++;
                // a few list words keep capitals ("Γ"); a lookup lower-cases, so they are never found
                if (!word.equals(word.toLowerCase(Locale.ROOT))) continue;
                if (!path.equals(clusters.path(word))) assertEquals(path, clusters.path(word), word);
            }
        }
        assertEquals(words, clusters.size(), "the table holds the list's words and no others");
    }

    @Test
    void aListOutOfOrderIsRefused() {
        byte[] list = "# comment\nbeta\t10\nalpha\t11\n".getBytes(StandardCharsets.UTF_8);
        IOException e = assertThrows(IOException.class,
                () -> WordClustersWriter.table(list, "list.txt"));
        assertTrue(e.getMessage().contains("not in byte order at \"alpha\""), e.getMessage());
    }

    @Test
    void surnamesShareAClassThatVerbsAndCitiesDoNotShare() {
        String surname = clusters.path("Obama");
        assertEquals(surname, clusters.path("Mikulski"));
        assertNotEquals(surname, clusters.path("said"));
        assertNotEquals(surname, clusters.path("London"));
    }

    @Test
    void theFeaturesAreThePathPrefixesOfTheTokenAndItsNeighbours() throws Exception {
        var generator = new WordClusterFeatures().create();
        List<String> features = new ArrayList<>();
        generator.createFeatures(features, new String[] {"Senator", "Mikulski", "qzxwvbkj"}, 1, new String[3]);
        String path = clusters.path("Mikulski");
        assertTrue(features.contains("bc0_4=" + path.substring(0, 4)), features.toString());
        assertTrue(features.contains("bc0_20=" + path), features.toString());
        assertTrue(features.contains("bc-1_6=" + clusters.path("senator").substring(0, 6)), features.toString());
        assertTrue(features.contains("bc1=none"), features.toString());
    }
}
