package app.briefingpack.speech;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Splits a paragraph into sentences when the briefing carries none. The JDK's sentence
 * iterator breaks after any period followed by a capital, so "U.S. Ambassador John Negroponte"
 * would become two sentences; breaks after an abbreviation are undone unless the next word is
 * one that usually opens a sentence.
 */
final class SentenceSplitter {

    private static final Pattern ENDS_WITH_ABBREVIATION = Pattern.compile(
            "(?:^|[\\s(\"“])(?:(?:\\p{L}\\.){2,}|\\p{Lu}\\.|(?:Mr|Mrs|Ms|Dr|St|Prof|Gen|Sen|Rep|Gov|Lt|Col|Capt|Sgt|"
                    + "Adm|Rev|Jr|Sr|No|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|vs|etc|Inc|Corp|Co)\\.)[\"”’']?\\s*$");
    private static final Pattern TITLE_END = Pattern.compile("(?:Mr|Mrs|Ms|Dr|Prof|Gen|Sen|Rep|Gov|Lt|Col|Capt|Sgt|Adm|Rev|St)\\.\\s*$");
    private static final Set<String> SENTENCE_OPENERS = Set.of("the", "a", "an", "but", "and", "it", "this",
            "that", "these", "those", "they", "he", "she", "we", "i", "in", "if", "yet", "so", "there", "its",
            "his", "her", "their", "our", "when", "while", "after", "however", "then", "for", "as", "at", "on");

    private SentenceSplitter() {
    }

    static List<String> split(String paragraph) {
        BreakIterator it = BreakIterator.getSentenceInstance(Locale.ENGLISH);
        it.setText(paragraph);
        List<String> out = new ArrayList<>();
        int start = it.first();
        for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
            String piece = paragraph.substring(start, end);
            if (!out.isEmpty() && continuesAfterAbbreviation(out.get(out.size() - 1), piece)) {
                out.set(out.size() - 1, out.get(out.size() - 1) + piece);
            } else {
                out.add(piece);
            }
        }
        return out.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static boolean continuesAfterAbbreviation(String previous, String next) {
        if (!ENDS_WITH_ABBREVIATION.matcher(previous).find()) return false;
        if (TITLE_END.matcher(previous).find()) return true;
        String first = next.strip().split("[\\s,;:]+", 2)[0].replaceAll("[^\\p{L}]", "").toLowerCase(Locale.ROOT);
        return !SENTENCE_OPENERS.contains(first);
    }
}
