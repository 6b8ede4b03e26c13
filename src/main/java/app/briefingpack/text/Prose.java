package app.briefingpack.text;

import java.util.regex.Pattern;

/** Small helpers for prose every stage writes: a capital first letter, a final stop. */
public final class Prose {

    /** Ends with ., !, ? or … and any closing quotes or brackets. */
    private static final Pattern ENDS_WITH_STOP = Pattern.compile("(?s).*[.!?\u2026][\"'\u201D\u2019)\\]]*$");

    private Prose() {}

    /** The text with its first character in upper case. */
    public static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** Whether the text ends a sentence (a stop, then any closing quotes or brackets). */
    public static boolean endsWithStop(String s) {
        return ENDS_WITH_STOP.matcher(s).matches();
    }

    /** The text with a full stop added unless it already ends a sentence; empty stays empty. */
    public static String ensureStop(String s) {
        return s.isEmpty() || endsWithStop(s) ? s : s + ".";
    }
}
