package app.briefingpack.speech;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.sun.speech.freetts.lexicon.Lexicon;

/**
 * The editable pronunciation file ({@code layouts/pronunciation.lex}, format in
 * {@code docs/narration.md}): words with their phones in FreeTTS's CMU phone set, and "say as"
 * rewrites for tokens such as {@code AFP = A F P}. Phones go into the voice's lexicon addenda,
 * which FreeTTS consults before its dictionary and its letter-to-sound rules.
 *
 * @param phones lower-case word (apostrophes removed, as FreeTTS looks words up) → phones
 * @param sayAs  token exactly as written → the words to say instead
 */
public record PronunciationLexicon(Map<String, List<String>> phones, Map<String, String> sayAs) {

    /** Classpath location of the lexicon shipped in the JAR (copied from {@code layouts/}). */
    public static final String BUNDLED = "/briefingpack/layouts/pronunciation.lex";

    /** The phones kevin16's diphone database has (FreeTTS's en/us phoneset, silences excluded). */
    static final Set<String> PHONES = Set.of("aa", "ae", "ah", "ao", "aw", "ax", "axr", "ay", "b", "ch",
            "d", "dh", "eh", "el", "em", "en", "er", "ey", "f", "g", "hh", "ih", "iy", "jh", "k", "l", "m",
            "n", "ng", "ow", "oy", "p", "r", "s", "sh", "t", "th", "uh", "uw", "v", "w", "y", "z", "zh");
    private static final Set<String> VOWELS = Set.of("aa", "ae", "ah", "ao", "aw", "ax", "axr", "ay",
            "eh", "el", "em", "en", "er", "ey", "ih", "iy", "ow", "oy", "uh", "uw");

    public PronunciationLexicon {
        phones = Map.copyOf(phones);
        sayAs = Map.copyOf(sayAs);
    }

    /** The lexicon bundled in the JAR. */
    public static PronunciationLexicon bundled() {
        try (InputStream in = PronunciationLexicon.class.getResourceAsStream(BUNDLED)) {
            if (in == null) throw new IllegalStateException("missing resource " + BUNDLED);
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), BUNDLED);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A mistake in a lexicon file, said the way the layout files' are: the file (as the user named
     * it), the line and what is wrong, on one line. An {@link IllegalArgumentException} so that
     * callers parsing bundled text need not declare it.
     */
    public static final class LexiconException extends IllegalArgumentException {
        LexiconException(String message) {
            super(message);
        }
    }

    /** Reads a teacher's lexicon file; errors name the file and the line. */
    public static PronunciationLexicon load(Path file) throws IOException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            throw new LexiconException(file + ": is not UTF-8 text (save it as UTF-8)");
        }
        return parse(text, file.toString());
    }

    /** Parses lexicon text; throws {@link LexiconException} naming {@code source} and the line. */
    public static PronunciationLexicon parse(String text, String source) {
        Map<String, List<String>> phones = new LinkedHashMap<>();
        Map<String, String> sayAs = new LinkedHashMap<>();
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int hash = line.indexOf('#');
            if (hash >= 0) line = line.substring(0, hash);
            line = line.strip();
            if (line.isEmpty()) continue;
            String where = source + " line " + (i + 1) + ": ";
            int eq = line.indexOf('=');
            if (eq >= 0) {
                String token = line.substring(0, eq).strip();
                String words = line.substring(eq + 1).strip();
                if (token.isEmpty() || words.isEmpty() || token.contains(" "))
                    throw new LexiconException(where + "expected TOKEN = words to say");
                sayAs.put(token, words);
                continue;
            }
            String[] parts = line.split("\\s+");
            if (parts.length < 2) throw new LexiconException(where + "expected a word followed by its phones");
            String word = lookupForm(parts[0]);
            if (!word.matches("[a-z][a-z0-9-]*"))
                throw new LexiconException(where + "a word is letters only: " + parts[0]);
            List<String> ps = new ArrayList<>();
            boolean vowel = false;
            for (int k = 1; k < parts.length; k++) {
                String p = phone(parts[k], where);
                vowel |= VOWELS.contains(p.replace("1", ""));
                ps.add(p);
            }
            if (!vowel) throw new LexiconException(where + "no vowel in the phones of " + parts[0]);
            phones.put(word, List.copyOf(ps));
        }
        return new PronunciationLexicon(phones, sayAs);
    }

    /** The form FreeTTS looks a written word up by: lower case, inner apostrophes dropped. */
    static String lookupForm(String written) {
        return written.toLowerCase(Locale.ROOT).replace("'", "").replace("\u2019", "");
    }

    /**
     * One phone in FreeTTS's notation. CMU dictionary notation is accepted too ({@code AA1},
     * {@code AH0}): FreeTTS marks only primary stress, so 0 and 2 are dropped.
     */
    private static String phone(String raw, String where) {
        String p = raw.toLowerCase(Locale.ROOT);
        String stress = "";
        if (p.endsWith("0") || p.endsWith("1") || p.endsWith("2")) {
            stress = p.endsWith("1") ? "1" : "";
            p = p.substring(0, p.length() - 1);
        }
        if (!PHONES.contains(p)) throw new LexiconException(where + "unknown phone '" + raw
                + "'; the phones are " + String.join(" ", PHONES.stream().sorted().toList()));
        if (!stress.isEmpty() && !VOWELS.contains(p))
            throw new LexiconException(where + "stress mark on a consonant: " + raw);
        return p + stress;
    }

    /** This lexicon with {@code other}'s entries added, replacing entries for the same word. */
    public PronunciationLexicon overriddenBy(PronunciationLexicon other) {
        Map<String, List<String>> ps = new LinkedHashMap<>(phones);
        ps.putAll(other.phones);
        Map<String, String> say = new LinkedHashMap<>(sayAs);
        say.putAll(other.sayAs);
        return new PronunciationLexicon(ps, say);
    }

    /** Adds every word to FreeTTS's lexicon addenda (after {@code allocate()}, which loads it). */
    void applyTo(Lexicon lexicon) {
        phones.forEach((word, ps) -> lexicon.addAddendum(word, null, ps.toArray(String[]::new)));
    }

    /** Takes this lexicon's words out of the addenda again, so another lexicon can be applied. */
    void removeFrom(Lexicon lexicon) {
        phones.keySet().forEach(word -> lexicon.removeAddendum(word, null));
    }
}
