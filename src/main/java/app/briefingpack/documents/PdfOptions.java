package app.briefingpack.documents;

import app.briefingpack.layout.Paper;

/**
 * What the user chose for the PDFs.
 *
 * @param paper the paper size, or null for the layout file's default (Letter in the bundled files)
 * @param theme the theme name: "standard", "large-print" or one from the teacher's layout directory
 */
public record PdfOptions(Paper paper, String theme) {
    public PdfOptions {
        if (theme == null || theme.isBlank()) theme = "standard";
    }

    public static PdfOptions defaults() { return new PdfOptions(null, "standard"); }

    public Paper paperOr(Paper fallback) { return paper != null ? paper : fallback; }
}
