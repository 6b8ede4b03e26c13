package app.briefingpack.documents;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import app.briefingpack.text.Prose;
import app.briefingpack.text.SentenceSplitter;

/**
 * Shortens text for the brief without breaking grammar: a sentence is cut only at a clause
 * boundary (a colon, semicolon, dash or a comma before "which", "but", "and" ...) and only when
 * what is left is a main clause that can stand as a sentence; never mid-clause, and never leaving
 * a subordinate clause ("Although ...") on its own. When no such cut exists the first sentence is
 * kept whole: too long beats ungrammatical.
 */
public final class TextShortener {

    private TextShortener() {}

    /** Boundaries after which the rest of a sentence may be dropped, strongest first. */
    private static final Pattern STRONG = Pattern.compile("\\s*(?::|;|\\s[\u2014\u2013]\\s|\u2014|\\s--\\s)\\s*");
    private static final Pattern WEAK = Pattern.compile(
            ",\\s+(?=(?:which|who|whom|whose|while|whereas|although|though|but|because|since|as|and|so|so that|yet|even though|unless|until|after|before|when|where|if|thereby|including|such as)\\b)"
                    + "|\\s+(?=(?:because|although|whereas|even though|in return for|in exchange for|so that|unless)\\b)",
            Pattern.CASE_INSENSITIVE);
    /** Words that make what follows a subordinate clause: a sentence starting so cannot be cut short. */
    private static final Set<String> SUBORDINATORS = Set.of("although", "though", "while", "whereas", "if", "unless",
            "because", "since", "as", "when", "whenever", "after", "before", "until", "once", "despite", "even",
            "whether", "that", "which", "who", "what", "how", "why", "where", "given", "rather", "instead");
    /** A cut leaving one of these last is a dangling phrase, not a sentence. */
    private static final Set<String> FUNCTION_WORDS = Set.of("a", "an", "the", "and", "or", "but", "of", "to", "in",
            "on", "at", "by", "for", "with", "from", "that", "which", "who", "as", "than", "is", "are", "was", "were",
            "be", "been", "not", "its", "their", "his", "her", "our", "this", "these", "those", "into", "about");

    // The brief fitter lays a brief out a dozen times or more, and every layout condenses the same
    // texts again, so the patterns are compiled once rather than per call.
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern NOT_LETTER = Pattern.compile("[^a-z]");
    private static final Pattern NOT_LETTER_OR_APOSTROPHE = Pattern.compile("[^a-z']");
    private static final Pattern FINAL_STOP = Pattern.compile("[.!?][\u201D\u2019\"')]*$");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[,;:]+$");

    /** The text with runs of white space made single spaces and the ends stripped. */
    static String squeeze(String text) {
        return text == null ? "" : SPACES.matcher(text.strip()).replaceAll(" ");
    }

    /** The first sentence of the text (abbreviations such as "U.S." or "Dr." do not end it). */
    public static String firstSentence(String text) {
        return SentenceSplitter.get().first(squeeze(text));
    }

    /**
     * The text as one complete sentence of at most about {@code maxChars} characters when a clause
     * boundary allows it; otherwise its whole first sentence.
     */
    public static String sentence(String text, int maxChars) {
        String first = ensureStop(firstSentence(text));
        if (first.length() <= maxChars) return first;
        String best = null;
        String shortest = null;
        for (String candidate : cuts(first)) {
            if (candidate.length() <= maxChars && (best == null || candidate.length() > best.length())) best = candidate;
            if (shortest == null || candidate.length() < shortest.length()) shortest = candidate;
        }
        if (best != null) return best;
        return shortest != null ? shortest : first;
    }

    /**
     * {@code text} cut to at most {@code maxChars} at a word boundary, with an ellipsis: the last
     * resort for a text that has no sentence or clause short enough (a teacher's 2,000-character
     * title, a thesis with no full stop), so that one text cannot push the brief past its page.
     */
    public static String atMost(String text, int maxChars) {
        String squeezed = squeeze(text);
        if (squeezed.length() <= maxChars) return squeezed;
        int cut = squeezed.lastIndexOf(' ', maxChars - 1);
        if (cut < maxChars / 2) cut = maxChars - 1; // one enormous word: cut inside it
        if (Character.isHighSurrogate(squeezed.charAt(cut - 1))) cut--;
        return squeezed.substring(0, cut).strip() + "\u2026";
    }

    /** Whether the text would be shortened by {@link #sentence} at this limit. */
    public static boolean wouldShorten(String text, int maxChars) {
        return !sentence(text, maxChars).equals(ensureStop(squeeze(text)));
    }

    /** Complete sentences made by dropping the end of {@code s} at a clause boundary. */
    static List<String> cuts(String s) {
        List<String> out = new ArrayList<>();
        String body = FINAL_STOP.matcher(s).replaceAll("");
        char stop = s.endsWith("?") ? '?' : s.endsWith("!") ? '!' : '.';
        String firstWord = NOT_LETTER.matcher(SPACES.split(body, 2)[0].toLowerCase(Locale.ROOT)).replaceAll("");
        if (SUBORDINATORS.contains(firstWord)) return out; // "Although X, Y": X alone is no sentence
        for (Pattern p : List.of(STRONG, WEAK)) {
            Matcher m = p.matcher(body);
            while (m.find()) {
                String head = TRAILING_PUNCTUATION.matcher(body.substring(0, m.start()).strip()).replaceAll("");
                if (complete(head)) out.add(head + stop);
            }
            if (!out.isEmpty() && p == STRONG) break; // a colon or semicolon cut reads best
        }
        return out;
    }

    private static boolean complete(String head) {
        String[] words = SPACES.split(head);
        if (words.length < 5) return false;
        String last = NOT_LETTER_OR_APOSTROPHE.matcher(words[words.length - 1].toLowerCase(Locale.ROOT)).replaceAll("");
        if (FUNCTION_WORDS.contains(last)) return false;
        return balanced(head, '(', ')') && balanced(head, '\u201C', '\u201D') && count(head, '"') % 2 == 0;
    }

    private static boolean balanced(String s, char open, char close) { return count(s, open) == count(s, close); }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) == c) n++;
        return n;
    }

    static String ensureStop(String s) {
        return Prose.ensureStop(s);
    }

    /**
     * A short definition: the first sense (dictionaries separate senses with ";" or numbered
     * lists), its first clause, no parenthetical asides; at most about {@code maxChars}.
     */
    public static String definition(String def, int maxChars) {
        if (def == null) return null;
        String d = squeeze(def);
        d = FIRST_SENSE_NUMBER.matcher(d).replaceFirst("");
        d = SENSE_SEPARATOR.split(d)[0];
        d = ASIDE.matcher(d).replaceAll("").strip();
        if (d.length() > maxChars) {
            Matcher m = DEFINITION_CLAUSE.matcher(d);
            String best = null;
            while (m.find()) {
                String head = d.substring(0, m.start()).strip();
                if (head.length() <= maxChars && SPACES.split(head).length >= 3) best = head;
            }
            if (best != null) d = best;
        }
        return DEFINITION_END.matcher(d).replaceAll("");
    }

    private static final Pattern FIRST_SENSE_NUMBER = Pattern.compile("^\\(?1[.)]\\s*");
    private static final Pattern SENSE_SEPARATOR = Pattern.compile("\\s*(?:;|\\s\\|\\s|\\s2[.)]\\s)\\s*");
    private static final Pattern ASIDE = Pattern.compile("\\s*\\([^)]*\\)");
    private static final Pattern DEFINITION_CLAUSE = Pattern.compile(",\\s|\\s[\u2014\u2013]\\s|:\\s");
    private static final Pattern DEFINITION_END = Pattern.compile("[.;,:]+$");
    private static final Pattern QUOTE = Pattern.compile("\u201C([^\u201D]+)\u201D");
    private static final Pattern QUOTE_END = Pattern.compile("[,;:.\u2014\u2013-]+$");

    /**
     * A discussion question whose quoted lead-in (The article argues: "...") is longer than
     * {@code maxQuote} characters, with the quotation shortened at a word boundary and the
     * omission marked by an ellipsis, as quoting conventions allow. The question itself is never
     * touched.
     */
    public static String question(String text, int maxQuote) {
        if (text == null) return null;
        String t = squeeze(text);
        Matcher m = QUOTE.matcher(t);
        StringBuilder out = new StringBuilder();
        int at = 0;
        while (m.find()) {
            String q = m.group(1);
            if (q.length() <= maxQuote) continue;
            int cut = q.lastIndexOf(' ', maxQuote);
            if (cut < maxQuote / 2) continue;
            String head = QUOTE_END.matcher(q.substring(0, cut)).replaceAll("");
            out.append(t, at, m.start()).append('\u201C').append(head).append(" \u2026\u201D");
            at = m.end();
        }
        out.append(t.substring(at));
        return out.toString();
    }
}
