package app.briefingpack.layout;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Where an English word may be hyphenated: Liang's algorithm (as in TeX) over the American English
 * patterns of the hyph-utf8 project ({@code hyph-en-us.tex}, shipped as a resource with its
 * copyright notice; see NOTICE), with its exception list, and TeX's minimums of two letters before
 * and three after a break. Only a word that does not fit its line is hyphenated.
 */
final class Hyphenator {

    static final String RESOURCE = "/briefingpack/hyphenation/hyph-en-us.tex";
    private static final int LEFT_MIN = 2;
    private static final int RIGHT_MIN = 3;

    /** Loaded once, on first use; read-only afterwards. */
    private static final class Patterns {
        static final Hyphenator EN_US = load();
    }

    /** Pattern letters ("ach") → inter-letter values (length letters + 1). */
    private final Map<String, int[]> patterns;
    /** Exception words (lower case) → break positions. */
    private final Map<String, boolean[]> exceptions;
    private final int longest;

    private Hyphenator(Map<String, int[]> patterns, Map<String, boolean[]> exceptions) {
        this.patterns = patterns;
        this.exceptions = exceptions;
        this.longest = patterns.keySet().stream().mapToInt(String::length).max().orElse(0);
    }

    static Hyphenator english() {
        return Patterns.EN_US;
    }

    /**
     * For a run of letters, {@code result[i]} is true when it may be broken before character
     * {@code i} (with a hyphen added). Text that is not all ASCII letters gets no break points.
     */
    boolean[] points(String word) {
        boolean[] out = new boolean[word.length() + 1];
        if (word.length() < LEFT_MIN + RIGHT_MIN || !word.chars().allMatch(c -> c < 128 && Character.isLetter(c))) return out;
        String w = word.toLowerCase(Locale.ROOT);
        boolean[] exception = exceptions.get(w);
        if (exception != null) return exception.clone();
        String dotted = "." + w + ".";
        int[] values = new int[dotted.length() + 1];
        for (int start = 0; start < dotted.length(); start++) {
            for (int end = start + 1; end <= Math.min(dotted.length(), start + longest); end++) {
                int[] v = patterns.get(dotted.substring(start, end));
                if (v == null) continue;
                for (int k = 0; k < v.length; k++) values[start + k] = Math.max(values[start + k], v[k]);
            }
        }
        // values[j] sits before dotted[j]; dotted[j] is word[j - 1], so a break before word[i] is values[i + 1].
        for (int i = LEFT_MIN; i <= w.length() - RIGHT_MIN; i++) out[i] = values[i + 1] % 2 == 1;
        return out;
    }

    private static Hyphenator load() {
        try (InputStream in = Hyphenator.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("missing resource " + RESOURCE);
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads the {@code \patterns{...}} and {@code \hyphenation{...}} groups of a TeX pattern file. */
    static Hyphenator parse(String tex) {
        Map<String, int[]> patterns = new HashMap<>();
        Map<String, boolean[]> exceptions = new HashMap<>();
        String group = null;
        for (String raw : tex.split("\\R")) {
            int comment = raw.indexOf('%');
            String line = (comment >= 0 ? raw.substring(0, comment) : raw).strip();
            if (line.startsWith("\\patterns{")) { group = "patterns"; line = line.substring(10); }
            else if (line.startsWith("\\hyphenation{")) { group = "hyphenation"; line = line.substring(13); }
            for (String token : line.split("\\s+")) {
                if (token.isEmpty()) continue;
                if (token.equals("}")) { group = null; continue; }
                if ("patterns".equals(group)) addPattern(token, patterns);
                else if ("hyphenation".equals(group)) addException(token, exceptions);
            }
        }
        return new Hyphenator(Map.copyOf(patterns), Map.copyOf(exceptions));
    }

    private static void addPattern(String token, Map<String, int[]> patterns) {
        StringBuilder letters = new StringBuilder();
        int[] values = new int[token.length() + 1];
        for (char c : token.toCharArray()) {
            if (Character.isDigit(c)) values[letters.length()] = c - '0';
            else letters.append(c);
        }
        int[] v = new int[letters.length() + 1];
        System.arraycopy(values, 0, v, 0, v.length);
        patterns.put(letters.toString(), v);
    }

    private static void addException(String token, Map<String, boolean[]> exceptions) {
        String word = token.replace("-", "").toLowerCase(Locale.ROOT);
        boolean[] at = new boolean[word.length() + 1];
        int letters = 0;
        for (char c : token.toCharArray()) {
            if (c == '-') at[letters] = true;
            else letters++;
        }
        exceptions.put(word, at);
    }
}
