package app.briefingpack.layout;

import java.util.Objects;

/**
 * A stretch of inline text with one style.
 *
 * @param text  the characters; line breaks and tabs count as spaces
 * @param style how it is set and tagged
 * @param url   the target of a {@link RunStyle#LINK}, else null
 * @param lang  BCP 47 language when it differs from the document's, else null
 */
public record Run(String text, RunStyle style, String url, String lang) {

    public Run {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(style, "style");
        if (style == RunStyle.LINK && (url == null || url.isBlank()))
            throw new IllegalArgumentException("a link run needs a url");
    }

    public static Run plain(String text) { return new Run(text, RunStyle.PLAIN, null, null); }

    public static Run emphasis(String text) { return new Run(text, RunStyle.EMPHASIS, null, null); }

    public static Run strong(String text) { return new Run(text, RunStyle.STRONG, null, null); }

    public static Run term(String text) { return new Run(text, RunStyle.TERM, null, null); }

    public static Run link(String text, String url) { return new Run(text, RunStyle.LINK, url, null); }

    public static Run noteRef(String text) { return new Run(text, RunStyle.NOTE_REF, null, null); }

    public Run withLang(String newLang) { return new Run(text, style, url, newLang); }
}
