package app.briefingpack.analysis.time;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Sentence boundaries of a paragraph with {@link BreakIterator}, mended where news abbreviations
 * fool it: a break right after "U.S.", "Mr." or "Sept." followed by a capital is not the end of
 * a sentence.
 */
final class SentenceSpans {

    /** A sentence as [begin, end) into the text given to {@link #of}. */
    record Span(int begin, int end) {}

    private static final Pattern ABBREVIATION = Pattern.compile(
            "(?:\\b\\p{L}\\.(?:\\p{L}\\.)+|\\b(?:Mr|Mrs|Ms|Dr|Gen|Col|Lt|Sgt|Rep|Sen|Gov|St|Jr|Sr|Prof|No|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.)\\s*$");

    private SentenceSpans() {}

    static List<Span> of(String text) {
        BreakIterator it = BreakIterator.getSentenceInstance(Locale.ENGLISH);
        it.setText(text);
        List<Span> out = new ArrayList<>();
        int start = it.first();
        int begin = start;
        for (int end = it.next(); end != BreakIterator.DONE; end = it.next()) {
            String upToHere = text.substring(Math.max(begin, end - 12), end);
            if (end < text.length() && ABBREVIATION.matcher(upToHere).find()) continue;
            addTrimmed(text, begin, end, out);
            begin = end;
        }
        if (begin < text.length()) addTrimmed(text, begin, text.length(), out);
        return out;
    }

    private static void addTrimmed(String text, int b, int e, List<Span> out) {
        while (b < e && Character.isWhitespace(text.charAt(b))) b++;
        while (e > b && Character.isWhitespace(text.charAt(e - 1))) e--;
        if (e > b) out.add(new Span(b, e));
    }
}
