package app.briefingpack.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The shared list of abbreviations ({@code abbreviations.txt} beside this class): words whose
 * period seldom ends a sentence. Three kinds, because they continue differently: titles before a
 * name ("Gov. Newsom"), words before a number ("No. 10") and the rest ("Calif.", "Inc.", "Nov.").
 */
public final class Abbreviations {

    enum Kind { TITLE, NUMBER, OTHER }

    private final Set<String> titles = new HashSet<>();
    private final Set<String> numbers = new HashSet<>();
    private final Set<String> others = new HashSet<>();

    private Abbreviations(InputStream in) throws IOException {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) continue;
                if (line.startsWith("title:")) titles.add(key(line.substring(6).strip()));
                else if (line.startsWith("number:")) numbers.add(key(line.substring(7).strip()));
                else others.add(key(line));
            }
        }
    }

    /** Entries in lower case match any case; others match as written. */
    private static String key(String word) {
        return word.equals(word.toLowerCase(Locale.ROOT)) ? "~" + word : word;
    }

    private static boolean in(Set<String> set, String word) {
        return set.contains(word) || set.contains("~" + word.toLowerCase(Locale.ROOT));
    }

    Kind kind(String word) {
        if (in(titles, word)) return Kind.TITLE;
        // a rank of two titles joined by a hyphen: "Lt-Gen", "Maj-Gen"
        int hyphen = word.lastIndexOf('-');
        if (hyphen > 0 && in(titles, word.substring(0, hyphen)) && in(titles, word.substring(hyphen + 1))) return Kind.TITLE;
        if (in(numbers, word)) return Kind.NUMBER;
        if (in(others, word)) return Kind.OTHER;
        return null;
    }

    /** Whether {@code word} (without its period: "Mrs", "Gen") is listed as a title before a name. */
    public boolean isTitle(String word) {
        return kind(word) == Kind.TITLE;
    }

    /** Every entry, as written in the list (lower-case entries stand for any case). */
    public Set<String> all() {
        Set<String> out = new HashSet<>();
        for (Set<String> s : java.util.List.of(titles, numbers, others)) for (String w : s) out.add(w.replace("~", ""));
        return out;
    }

    private static final class Holder {
        static final Abbreviations INSTANCE;
        static {
            try (InputStream in = Abbreviations.class.getResourceAsStream("abbreviations.txt")) {
                if (in == null) throw new IOException("abbreviations.txt is not on the classpath");
                INSTANCE = new Abbreviations(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    public static Abbreviations get() {
        return Holder.INSTANCE;
    }
}
