package app.briefingpack.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;

/**
 * The one sentence splitter of the program: analysis, questions, documents and narration all cut
 * sentences here, so a sentence is the same wherever it is shown or spoken.
 *
 * <p>ICU4J's sentence {@link BreakIterator} (Unicode UAX #29) finds the candidate breaks: it
 * keeps decimals ("$100.00") whole, runs on after a period followed by a lowercase word
 * ("'This is great.' she said"), and keeps closing quotes and brackets with the sentence they
 * close. It breaks after every abbreviation followed by a capital, though, so each candidate
 * break after an entry of the shared {@link Abbreviations} list, an initial ("Jonas E. Smith") or
 * a dotted acronym ("U.S.", "p.m.") is undone unless the next word usually opens a sentence
 * ("… in the U.S. How about you?"). Measured against OpenNLP's sentence model on pySBD's English
 * "Golden Rules" (see {@code SentenceSplitterGoldenRulesTest}), this combination is the better.
 */
public final class SentenceSplitter {

    /** A sentence as [begin, end) into the text that was split; blanks around it excluded. */
    public record Span(int begin, int end) {
        public String of(String text) {
            return text.substring(begin, end);
        }
    }

    /** The word before a candidate break: letters and dots, as "U.S." or "Gov." or "E.". */
    private static final Pattern LAST_WORD = Pattern.compile("([\\p{L}][\\p{L}.]*)\\.[\"'”’)\\]]*\\s*$");
    private static final Pattern EXCLAIMED = Pattern.compile("[!?]\\s*$");
    private static final Pattern CLOSED_AFTER_STOP = Pattern.compile("\\.[\"'”’)\\]]+\\s*$");
    private static final Pattern DOTTED = Pattern.compile("(?:\\p{L}\\.)+\\p{L}");
    /** Capitalised words that open sentences far more often than they follow an abbreviation. */
    private static final java.util.Set<String> OPENERS = java.util.Set.of("the", "a", "an", "but", "and", "it", "this",
            "that", "these", "those", "they", "he", "she", "we", "i", "you", "in", "if", "yet", "so", "there", "its",
            "his", "her", "their", "our", "my", "your", "when", "while", "after", "however", "then", "for", "as", "at",
            "on", "how", "what", "why", "where", "who", "which", "some", "many", "most", "no", "not", "one", "to",
            "with", "by", "from", "since", "because", "although", "though", "still", "also", "now", "today",
            "meanwhile", "instead", "even", "both", "each", "all", "is", "was", "are", "were", "do", "does", "did",
            "can", "will", "would", "should", "could", "let", "please", "here", "officials", "critics", "police",
            "therefore", "thus", "hence", "moreover", "furthermore", "consequently", "besides", "nevertheless",
            "finally", "firstly", "secondly", "thirdly", "additionally", "similarly", "overall", "indeed");

    private static final Pattern TIME_FOLLOWERS = Pattern.compile("(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|"
            + "January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|"
            + "Jun|Jul|Aug|Sept?|Oct|Nov|Dec|[ECMP][SD]?T|GMT|UTC|BST|CET|local|tomorrow|today|tonight");

    private static final SentenceSplitter INSTANCE = new SentenceSplitter(Abbreviations.get());

    private final Abbreviations abbreviations;

    private SentenceSplitter(Abbreviations abbreviations) {
        this.abbreviations = abbreviations;
    }

    /** The shared splitter (the abbreviation list is read once). */
    public static SentenceSplitter get() {
        return INSTANCE;
    }

    /** The first sentence of the text, trimmed; the whole text when it has one sentence or none. */
    public String first(String text) {
        List<Span> spans = spans(text);
        return spans.isEmpty() ? text.strip() : spans.get(0).of(text);
    }

    /** The sentences of a paragraph, trimmed, in order. */
    public List<String> split(String text) {
        return spans(text).stream().map(s -> s.of(text)).toList();
    }

    /** Where the sentences of a paragraph are; never empty spans, never overlapping. */
    public List<Span> spans(String text) {
        if (text == null || text.isBlank()) return new ArrayList<>();
        BreakIterator it = BreakIterator.getSentenceInstance(ULocale.ENGLISH);
        it.setText(text);
        List<Integer> breaks = new ArrayList<>();
        for (int end = it.next(); end != BreakIterator.DONE; end = it.next()) breaks.add(end);
        return join(text, breaks);
    }

    /**
     * Sentences from candidate breaks (offsets after each sentence, ascending), undoing those
     * that follow an abbreviation the next word continues. Package-private so the measurement
     * can mend another segmenter's breaks with the same list.
     */
    List<Span> join(String text, List<Integer> breaks) {
        List<Span> out = new ArrayList<>();
        int begin = 0;
        for (int end : breaks) {
            if (end <= begin) continue;
            if (end < text.length() && runsOn(text, begin, end)) continue;
            add(text, begin, end, out);
            begin = end;
        }
        if (begin < text.length()) add(text, begin, text.length(), out);
        return out;
    }

    /** Whether the candidate break at {@code end} follows an abbreviation the next word continues. */
    boolean runsOn(String text, int begin, int end) {
        String before = text.substring(Math.max(begin, end - 24), end);
        String next = nextWord(text, end);
        if (next.isEmpty()) return false;
        // "She works at Yahoo! in the accounting department": a lower-case word never opens a sentence.
        if (Character.isLowerCase(next.charAt(0)) && EXCLAIMED.matcher(before).find()) return true;
        Matcher m = LAST_WORD.matcher(before);
        if (!m.find()) return false;
        // A quote or bracket closed after the period ends the sentence: "… said Dr." is rare.
        if (CLOSED_AFTER_STOP.matcher(before).find()) return false;
        String word = m.group(1);
        boolean digitNext = Character.isDigit(next.charAt(0));
        boolean opener = OPENERS.contains(next.toLowerCase(Locale.ROOT)) && Character.isUpperCase(next.charAt(0));
        Abbreviations.Kind kind = abbreviations.kind(word);
        if (kind == Abbreviations.Kind.TITLE) return true;
        // "Jonas E. Smith", "Albert I. Jones": one capital letter is an initial ("you and I. Did" is not: "Did" opens),
        // also where the letter is an abbreviation for numbers ("James P. Hogan", not "p. 55")
        boolean initial = word.length() == 1 && Character.isUpperCase(word.charAt(0));
        if (kind == Abbreviations.Kind.NUMBER && !(initial && Character.isUpperCase(next.charAt(0)))) return digitNext;
        // "10 p.m. Friday" runs on; "at 6 P.M. Mr. Smith then went" starts again.
        if (word.equalsIgnoreCase("a.m") || word.equalsIgnoreCase("p.m")) return digitNext || TIME_FOLLOWERS.matcher(next).matches();
        boolean dotted = DOTTED.matcher(word).matches();
        if (kind == null && !dotted && !initial) return false;
        // "tables, chairs, etc. Students ...": a list's "etc." runs on only into lower case
        if (word.equalsIgnoreCase("etc")) return digitNext;
        return digitNext || !opener;
    }

    private static String nextWord(String text, int from) {
        int i = from;
        while (i < text.length() && !Character.isLetterOrDigit(text.charAt(i))) i++;
        int j = i;
        while (j < text.length() && Character.isLetterOrDigit(text.charAt(j))) j++;
        return text.substring(i, j);
    }

    private static void add(String text, int b, int e, List<Span> out) {
        while (b < e && Character.isWhitespace(text.charAt(b))) b++;
        while (e > b && Character.isWhitespace(text.charAt(e - 1))) e--;
        if (e > b) out.add(new Span(b, e));
    }
}
