package app.briefingpack.ingest;

import app.briefingpack.lexicon.CmuDictionary;
import java.io.IOException;
import java.util.Locale;

/**
 * Joins the lines of a paragraph set on a page back into running text, undoing the hyphens the
 * typesetter added at line ends. A soft hyphen (U+00AD, how PDF marks a hyphen that is not part
 * of the word) always goes; a plain hyphen goes when the joined word is a word of the CMU
 * pronouncing dictionary ("com-" + "munity"), or when the part after it is no word by itself
 * ("ji-" + "hadists", names and coinages the dictionary lacks), so "well-" + "known" stays
 * "well-known".
 */
final class LineJoiner {

    private final StringBuilder text = new StringBuilder();

    /** Appends the next line of the paragraph. */
    LineJoiner add(String line) {
        String next = line.strip();
        if (next.isEmpty()) return this;
        int n = text.length();
        if (n == 0) {
            text.append(next);
        } else if (text.charAt(n - 1) == '\u00AD') {
            text.setLength(n - 1);
            text.append(next);
        } else if (endsWithWordHyphen(text) && Character.isLowerCase(next.codePointAt(0))) {
            String joined = lastWord(text.substring(0, n - 1)) + firstWord(next);
            if (isWord(joined) || !isWord(firstWord(next))) text.setLength(n - 1);
            text.append(next);
        } else {
            text.append(' ').append(next);
        }
        return this;
    }

    @Override
    public String toString() {
        // a soft hyphen left inside a line is invisible; it is no part of the text
        return text.toString().replace("\u00AD", "");
    }

    private static boolean endsWithWordHyphen(CharSequence s) {
        int n = s.length();
        return n >= 2 && (s.charAt(n - 1) == '-' || s.charAt(n - 1) == '\u2010') && Character.isLetter(s.charAt(n - 2));
    }

    private static String lastWord(String s) {
        int i = s.length();
        while (i > 0 && Character.isLetter(s.charAt(i - 1))) i--;
        return s.substring(i);
    }

    private static String firstWord(String s) {
        int i = 0;
        while (i < s.length() && Character.isLetter(s.charAt(i))) i++;
        return s.substring(0, i);
    }

    private static boolean isWord(String word) {
        if (word.length() < 2) return false;
        try {
            return CmuDictionary.get().phones(word.toLowerCase(Locale.ROOT)) != null;
        } catch (IOException | RuntimeException e) {
            return false; // no dictionary: keep the hyphen, which loses nothing
        }
    }
}
