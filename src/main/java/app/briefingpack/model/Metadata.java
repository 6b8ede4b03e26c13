package app.briefingpack.model;

/**
 * What is known about an article besides its text. Every field but {@code language} may be
 * null: the program says "unknown" rather than invent.
 *
 * @param title       the headline, or null (the program then derives one)
 * @param author      the author's name
 * @param authorBio   the author bio line recognised in the text ("X is a historian ..."), kept
 *                    out of the body
 * @param publication where the article appeared
 * @param date        publication date, to the precision known
 * @param language    BCP 47 language tag, {@code en} by default
 * @param url         where the article came from
 */
public record Metadata(String title, String author, String authorBio, String publication,
                       PartialDate date, String language, String url) {

    public Metadata {
        if (language == null || language.isBlank()) language = "en";
    }

    public static Metadata empty() {
        return new Metadata(null, null, null, null, null, "en", null);
    }

    public Metadata withTitle(String newTitle) {
        return new Metadata(newTitle, author, authorBio, publication, date, language, url);
    }

    public Metadata withDate(PartialDate newDate) {
        return new Metadata(title, author, authorBio, publication, newDate, language, url);
    }
}
