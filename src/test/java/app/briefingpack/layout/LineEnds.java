package app.briefingpack.layout;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

import app.briefingpack.lexicon.CmuDictionary;

/**
 * Checks where printed lines end: a line that ends inside a word must end with the break hyphen
 * (U+00AD, drawn as "-") at a point the hyphenation patterns allow. A line ending in letters
 * whose next line, in the same block, starts with lower-case letters that join it into a
 * dictionary word, when the two halves are not both words themselves, is a word broken without a
 * hyphen ("Parag" / "raph", "inconvenienc" / "e").
 */
final class LineEnds {

    private LineEnds() {}

    static final char BREAK_HYPHEN = '\u00AD';

    /** Whether a lower-case word is in the CMU pronouncing dictionary (134,000 words, shipped with FreeTTS). */
    static Predicate<String> dictionary() throws IOException {
        CmuDictionary cmu = CmuDictionary.get();
        return w -> cmu.phones(w) != null;
    }

    /** What is wrong with the line ends of the blocks, one entry per fault ({@code where} names the file). */
    static List<String> faults(String where, List<PrintedLines.Block> blocks, Predicate<String> isWord) {
        List<String> out = new ArrayList<>();
        for (PrintedLines.Block b : blocks) {
            for (int i = 0; i + 1 < b.lines().size(); i++) {
                String fault = fault(b.lines(), i, isWord);
                if (fault != null) out.add(where + " (" + b.type() + "): " + fault);
            }
        }
        return out;
    }

    /** The fault at the end of {@code line} before {@code next}, or null. */
    static String fault(String line, String next, Predicate<String> isWord) {
        return fault(List.of(line, next), 0, isWord);
    }

    /** The fault at the end of line {@code i}, or null. */
    private static String fault(List<String> lines, int i, Predicate<String> isWord) {
        String line = lines.get(i), next = lines.get(i + 1);
        if (line.isEmpty() || next.isEmpty()) return null;
        String head = leadingLetters(next);
        if (line.charAt(line.length() - 1) == BREAK_HYPHEN) {
            String tail = trailingLetters(line.substring(0, line.length() - 1));
            // The whole word, which a narrow column may have broken over several lines.
            int start = i;
            while (start > 0 && isWordPart(lines.get(start)) && endsWithHyphen(lines.get(start - 1))) {
                start--;
                tail = trailingLetters(strip(lines.get(start))) + tail;
            }
            String word = tail;
            int j = i + 1;
            while (j + 1 < lines.size() && isWordPart(lines.get(j)) && endsWithHyphen(lines.get(j))) word += strip(lines.get(j++));
            word += leadingLetters(lines.get(j));
            // A URL, number or made-up string is cut between characters; only words have patterns.
            if (tail.isEmpty() || word.length() == tail.length() || !ascii(word)) return null;
            if (Hyphenator.english().points(word)[tail.length()]) return null;
            return "\"" + tail + "-" + word.substring(tail.length()) + "\" is hyphenated where the patterns allow no break";
        }
        String tail = trailingLetters(line);
        if (tail.isEmpty() || head.isEmpty() || !Character.isLowerCase(head.charAt(0))) return null;
        String joined = (tail + head).toLowerCase(Locale.ROOT);
        if (isWord.test(joined) && !(isWord.test(tail.toLowerCase(Locale.ROOT)) && isWord.test(head)))
            return "\"" + tail + "|" + head + "\" is broken without a hyphen";
        return null;
    }

    private static boolean endsWithHyphen(String line) {
        return !line.isEmpty() && line.charAt(line.length() - 1) == BREAK_HYPHEN;
    }

    /** A line that is nothing but letters and a break hyphen: the middle of a word. */
    private static boolean isWordPart(String line) {
        String s = strip(line);
        return !s.isEmpty() && s.chars().allMatch(Character::isLetter);
    }

    private static String strip(String line) {
        return endsWithHyphen(line) ? line.substring(0, line.length() - 1) : line;
    }

    private static String trailingLetters(String s) {
        int i = s.length();
        while (i > 0 && Character.isLetter(s.charAt(i - 1))) i--;
        return s.substring(i);
    }

    private static String leadingLetters(String s) {
        int i = 0;
        while (i < s.length() && Character.isLetter(s.charAt(i))) i++;
        return s.substring(0, i);
    }

    private static boolean ascii(String s) {
        return s.chars().allMatch(c -> c < 128);
    }
}
