package app.briefingpack.braille;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.liblouis.CompilationException;
import org.liblouis.TranslationException;
import org.liblouis.Translator;

/**
 * Unified English Braille through liblouis (native, loaded through JNA from the JAR), written in
 * North American ASCII braille, the character set of BRF files. One translator per grade, made
 * once per JVM: compiling the contracted table is the costly part.
 */
public final class UebTranslator {

    /** liblouis keeps global state (its table cache), so calls into it take turns. */
    private static final Object LOUIS = new Object();
    private static final Map<Integer, UebTranslator> BY_GRADE = new ConcurrentHashMap<>();
    /** Long texts go to liblouis in pieces of about this many characters, cut at spaces. */
    private static final int PIECE = 4000;

    private final int grade;
    private final Translator translator;

    private UebTranslator(int grade, Translator translator) {
        this.grade = grade;
        this.translator = translator;
    }

    /** The translator for grade 1 or 2, loading liblouis and compiling its table on first use. */
    public static UebTranslator forGrade(int grade) throws BrailleException {
        UebTranslator t = BY_GRADE.get(grade);
        if (t != null) return t;
        synchronized (LOUIS) {
            t = BY_GRADE.get(grade);
            if (t != null) return t;
            // en-us-brf.dis maps dot patterns to North American ASCII braille; the UEB table translates.
            String tables = "en-us-brf.dis,en-ueb-g" + grade + ".ctb";
            try {
                t = new UebTranslator(grade, new Translator(tables));
            } catch (CompilationException e) {
                throw new BrailleException("liblouis could not compile " + tables + ": " + e.getMessage(), e);
            } catch (LinkageError e) {
                // No native liblouis for this operating system and processor in the JAR.
                throw new BrailleException("liblouis is not available on " + System.getProperty("os.name") + " "
                        + System.getProperty("os.arch") + " (" + e.getMessage() + ")", e);
            }
            BY_GRADE.put(grade, t);
            return t;
        }
    }

    public int grade() { return grade; }

    /** The print text in braille (BRF characters, spaces between words), one line without breaks. */
    public String translate(String print) throws BrailleException {
        StringBuilder out = new StringBuilder();
        for (String piece : pieces(print)) {
            if (out.length() > 0) out.append(' ');
            synchronized (LOUIS) {
                try {
                    out.append(translator.translate(piece, null, null, null).getBraille());
                } catch (TranslationException | org.liblouis.DisplayException e) {
                    throw new BrailleException("liblouis could not translate a text to braille: " + e.getMessage(), e);
                }
            }
        }
        return out.toString();
    }

    /** Braille (BRF characters) back to print, as liblouis reads it. */
    public String backTranslate(String brf) throws BrailleException {
        synchronized (LOUIS) {
            try {
                return translator.backTranslate(brf);
            } catch (TranslationException e) {
                throw new BrailleException("liblouis could not back-translate: " + e.getMessage(), e);
            }
        }
    }

    private static java.util.List<String> pieces(String text) {
        java.util.List<String> pieces = new java.util.ArrayList<>();
        int at = 0;
        while (text.length() - at > PIECE) {
            int cut = text.lastIndexOf(' ', at + PIECE);
            if (cut <= at) cut = at + PIECE;
            if (Character.isHighSurrogate(text.charAt(cut - 1))) cut--; // never split a character
            pieces.add(text.substring(at, cut));
            at = cut;
            while (at < text.length() && text.charAt(at) == ' ') at++;
        }
        if (at < text.length()) pieces.add(text.substring(at));
        return pieces;
    }
}
