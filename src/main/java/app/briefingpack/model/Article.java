package app.briefingpack.model;

import java.util.List;

/**
 * An article as read from its file: the output of the {@code ingest} stage.
 *
 * <p>All offsets later stages report (paragraphs, sentences, mentions, temporal expressions) are
 * character offsets into {@link #body()}. For a {@code .txt} file the body is exactly the file
 * content after any front-matter block; for Markdown and HTML it is the extracted plain text,
 * paragraphs separated by blank lines. {@link #bodyOffset()} maps body offsets back into the
 * decoded file for {@code .txt} input.
 *
 * @param source     the input file name (no directories), as shown to the user
 * @param metadata   title, author, date ...
 * @param body       the text all offsets refer to
 * @param bodyOffset where {@code body} starts in the decoded file (after the front matter)
 * @param paragraphs the article's own paragraphs, in order; boilerplate and the author bio are
 *                   left out, though they stay in {@code body}
 */
public record Article(String source, Metadata metadata, String body, int bodyOffset,
                      List<Paragraph> paragraphs) {

    public Article {
        paragraphs = List.copyOf(paragraphs);
        for (Paragraph p : paragraphs) {
            if (p.end() > body.length() || !body.substring(p.begin(), p.end()).equals(p.text()))
                throw new IllegalArgumentException("paragraph " + p.number() + " does not match the body");
        }
    }

    /**
     * The title to show: the metadata title, else one made from the file name
     * ({@code iraq-peace-settlement.txt} becomes "Iraq Peace Settlement").
     */
    public String displayTitle() {
        if (metadata.title() != null) return metadata.title();
        String base = source.replaceFirst("\\.[^.]*$", "").replaceAll("[-_.\\s]+", " ").strip();
        if (base.isEmpty()) return "Untitled article";
        StringBuilder title = new StringBuilder();
        for (String word : base.split(" ")) {
            if (title.length() > 0) title.append(' ');
            title.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
        }
        return title.toString();
    }

    public int wordCount() {
        int n = 0;
        for (Paragraph p : paragraphs) n += p.text().isBlank() ? 0 : p.text().strip().split("\\s+").length;
        return n;
    }
}
