package app.briefingpack.analysis.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

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
