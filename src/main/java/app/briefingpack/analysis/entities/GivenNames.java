package app.briefingpack.analysis.entities;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;

import app.briefingpack.lexicon.WordFrequency;

/**
 * Given names: the 9,000 names the US Social Security Administration counted for at least 1,000
 * births between 1920 and 2010 (public domain; tools/given-names/make.py). A capitalised run
 * that starts with one ("Neal Horsley") is likely a person; one that does not ("Bear Stearns",
 * "Kirschner Medical") needs more evidence. Names that are also everyday words ("Little",
 * "Will", "May") say nothing. Loaded once, on first use.
 */
final class GivenNames {

    static final String RESOURCE = "/briefingpack/lexicon/given-names.txt.gz";

    /** Zipf value from which a word is too common in lower case to mark a name ("little", "will"). */
    static final double EVERYDAY_WORD = 5.0;

    /** Short forms and the full names they stand for (see the file's header). */
    static final String SHORT_FORMS = "/briefingpack/lexicon/short-given-names.txt";

    private static final class Holder {
        static final Set<String> NAMES = load();
        static final Map<String, Set<String>> FULL_NAMES = loadShortForms();
    }

    private GivenNames() {
    }

    /** Whether the name is on the list at all, everyday word or not ("Michael", "James", "Will"). */
    static boolean listed(String word) {
        return Holder.NAMES.contains(word);
    }

    static boolean contains(String word) {
        return Holder.NAMES.contains(word)
                && WordFrequency.get().zipf(word.toLowerCase(Locale.ROOT)) < EVERYDAY_WORD;
    }

    /** Whether one given name is a short form of the other: "Chris" and "Christopher", "Tom" and "Thomas". */
    static boolean sameName(String a, String b) {
        return Holder.FULL_NAMES.getOrDefault(a, Set.of()).contains(b) || Holder.FULL_NAMES.getOrDefault(b, Set.of()).contains(a);
    }

    private static Map<String, Set<String>> loadShortForms() {
        Map<String, Set<String>> full = new HashMap<>();
        try (InputStream raw = GivenNames.class.getResourceAsStream(SHORT_FORMS)) {
            if (raw == null) throw new IOException("short-name list " + SHORT_FORMS + " is not on the classpath");
            BufferedReader in = new BufferedReader(new InputStreamReader(raw, StandardCharsets.UTF_8));
            for (String line; (line = in.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] words = line.strip().split("\\s+");
                full.put(words[0], Set.of(java.util.Arrays.copyOfRange(words, 1, words.length)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return full;
    }

    private static Set<String> load() {
        Set<String> names = new HashSet<>(16_000);
        try (InputStream raw = GivenNames.class.getResourceAsStream(RESOURCE)) {
            if (raw == null) throw new IOException("name list " + RESOURCE + " is not on the classpath");
            BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.UTF_8));
            for (String line; (line = in.readLine()) != null; ) {
                if (!line.isBlank() && !line.startsWith("#")) names.add(line.strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }
}
