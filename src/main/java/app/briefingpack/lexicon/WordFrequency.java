package app.briefingpack.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * How common an English word is in print: counts from the Google Books n-gram data intersected
 * with SCOWL, as published with SymSpell (MIT licence; see NOTICE). The resource keeps the
 * 29,453 words of Zipf value 3 or more (of 82,765) and, on its first line, the count of all
 * words, so it loads quickly and still gives true Zipf values. WordNet's
 * own counts come from a corpus of 200,000 words, too small to tell "inconvenience" (everyday)
 * from "subsidence" (rare); this list can. Loaded once, on first use.
 */
public final class WordFrequency {

    static final String RESOURCE = "/briefingpack/lexicon/word-frequency-en.txt.gz";

    private final Map<String, Long> counts;
    private final double total;

    private WordFrequency() {
        Map<String, Long> map = new HashMap<>(120_000);
        long sum = 0;
        try (InputStream raw = WordFrequency.class.getResourceAsStream(RESOURCE)) {
            if (raw == null) throw new IOException("word list " + RESOURCE + " is not on the classpath");
            BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.UTF_8));
            for (String line; (line = in.readLine()) != null; ) {
                int space = line.indexOf(' ');
                if (space <= 0) continue;
                long n = Long.parseLong(line.substring(space + 1).strip());
                if (line.startsWith("#total ")) sum = n;
                else map.merge(line.substring(0, space), n, Long::sum);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the word-frequency list", e);
        }
        counts = map;
        total = sum;
    }

    private static final class Holder {
        static final WordFrequency INSTANCE = new WordFrequency();
    }

    public static WordFrequency get() {
        return Holder.INSTANCE;
    }

    /**
     * The Zipf value of the word: log10 of its occurrences per billion words. About 7 for "the",
     * 4 and more for everyday words ("pollution", "recipe"); 0 for a word under 3 ("subsidence")
     * or not in the list.
     */
    public double zipf(String word) {
        Long n = counts.get(word.toLowerCase(Locale.ROOT));
        return n == null ? 0 : Math.log10(n / total * 1e9);
    }
}
