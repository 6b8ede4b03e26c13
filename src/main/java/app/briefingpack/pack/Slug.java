package app.briefingpack.pack;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Folder names for packs. A slug is lower-case ASCII letters, digits and single hyphens, so it
 * can never hold a path separator or {@code ..} and never escapes the output folder.
 */
public final class Slug {

    private static final int MAX_LENGTH = 80;

    private Slug() {}

    /** The slug of {@code text}, or {@code fallback} when nothing usable is left. */
    public static String of(String text, String fallback) {
        String s = text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("['’]", "")
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        if (s.length() > MAX_LENGTH) s = s.substring(0, MAX_LENGTH).replaceAll("-+[a-z0-9]*$", "");
        return s.isEmpty() ? fallback : s;
    }

    /**
     * The file's own base name when it is plain ASCII (letters, digits, dot, dash, underscore, not
     * starting with a dot), else its slug: used with {@code --folder-name file} so tools that look
     * for {@code NAME/briefing.json} find each pack under the document's own name.
     */
    public static String ofFileName(String baseName) {
        if (baseName.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,120}") && !baseName.contains("..")) return baseName;
        return of(baseName, "article");
    }
}
