package app.briefingpack.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * Marks stretches of Arabic and Hebrew text inside runs with their language, so a screen reader
 * switches voice (PDF/UA: a change of natural language is declared with Lang). Articles quote
 * names and phrases in these scripts; an English voice would spell them out or skip them.
 *
 * <p>A stretch starts at a letter of the script and goes on over spaces, digits and punctuation
 * as long as the next letter is of the same script; neutral characters at its ends stay outside.
 */
public final class ScriptRuns {

    private ScriptRuns() {}

    /** The runs with every Arabic or Hebrew stretch split out as a run of its own, with its language. */
    public static List<Run> withScriptLanguages(List<Run> runs) {
        if (runs.stream().noneMatch(r -> r.lang() == null && hasRightToLeftLetter(r.text()))) return runs;
        List<Run> out = new ArrayList<>(runs.size());
        for (Run run : runs) {
            if (run.lang() != null || !hasRightToLeftLetter(run.text())) {
                out.add(run);
                continue;
            }
            split(run, out);
        }
        return out;
    }

    /** The language of the script {@code cp} is written in, when it is one we tag, else null. */
    static String languageOf(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        if (script == Character.UnicodeScript.ARABIC) return "ar";
        if (script == Character.UnicodeScript.HEBREW) return "he";
        return null;
    }

    /** True for letters of a script (Common and Inherited characters are neutral). */
    private static boolean isStrong(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return Character.isLetter(cp) && script != Character.UnicodeScript.COMMON
                && script != Character.UnicodeScript.INHERITED;
    }

    private static boolean hasRightToLeftLetter(String text) {
        if (!RightToLeft.mayHave(text)) return false; // the common case, cheaply
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (isStrong(cp) && languageOf(cp) != null) return true;
            i += Character.charCount(cp);
        }
        return false;
    }

    private static void split(Run run, List<Run> out) {
        String text = run.text();
        int plainFrom = 0;   // start of text not yet emitted
        int stretchStart = -1;
        int stretchEnd = -1; // after the last strong letter of the open stretch
        String stretchLang = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp);
            boolean strong = isStrong(cp);
            String lang = strong ? languageOf(cp) : null;
            if (strong) {
                if (stretchLang != null && !stretchLang.equals(lang)) {
                    emit(run, text, plainFrom, stretchStart, stretchEnd, stretchLang, out);
                    plainFrom = stretchEnd;
                    stretchLang = null;
                }
                if (lang != null && stretchLang == null) {
                    stretchLang = lang;
                    stretchStart = i;
                }
                if (lang != null) stretchEnd = next;
            } else if (stretchLang != null && Character.getType(cp) == Character.NON_SPACING_MARK) {
                stretchEnd = next; // vowel marks belong to the letter before them
            }
            i = next;
        }
        if (stretchLang != null) {
            emit(run, text, plainFrom, stretchStart, stretchEnd, stretchLang, out);
            plainFrom = stretchEnd;
        }
        if (plainFrom < text.length()) out.add(new Run(text.substring(plainFrom), run.style(), run.url(), null));
    }

    private static void emit(Run run, String text, int plainFrom, int start, int end, String lang, List<Run> out) {
        if (start > plainFrom) out.add(new Run(text.substring(plainFrom, start), run.style(), run.url(), null));
        out.add(new Run(text.substring(start, end), run.style(), run.url(), lang));
    }
}
