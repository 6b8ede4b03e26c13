package app.briefingpack.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * What reading one PDF may cost, so that a hostile file cannot run for minutes or fill memory:
 * time and memory stay linear in what an article can hold. Pages, decoded content-stream bytes,
 * content operators and glyphs are counted as they are read; the first count over its limit ends
 * the read with one line naming the file.
 */
final class PdfBudget {

    static final int MAX_PAGES = 300;
    /** Decoded content streams in all: a flate bomb expands a few KB into gigabytes. */
    static final long MAX_CONTENT_BYTES = 128L * 1024 * 1024;
    static final long MAX_OPERATORS = 8_000_000;
    static final long MAX_GLYPHS = 2_000_000;

    /**
     * Unchecked so that it passes through PDFBox, which forgives some IOExceptions inside a page
     * (a broken form XObject) and goes on; caught by {@link PdfReader}.
     */
    static final class Exceeded extends RuntimeException {
        Exceeded(String problem) {
            super(problem);
        }
    }

    private long contentBytes;
    private long operators;
    private long glyphs;

    /** Decodes the page's content once, counting, before PDFBox parses it. */
    void checkContent(PDPage page) throws IOException {
        if (!page.hasContents()) return;
        byte[] buf = new byte[64 * 1024];
        try (InputStream in = page.getContents()) {
            for (int n; (n = in.read(buf)) > 0; ) {
                contentBytes += n;
                if (contentBytes > MAX_CONTENT_BYTES)
                    throw new Exceeded("its pages' content expands to over " + MAX_CONTENT_BYTES / (1024 * 1024)
                            + " MB: too large to be an article");
            }
        }
    }

    void operator() {
        if (++operators > MAX_OPERATORS)
            throw new Exceeded(String.format(Locale.ROOT, "has over %,d drawing operations: too complex to be an article",
                    MAX_OPERATORS));
    }

    void glyph() {
        if (++glyphs > MAX_GLYPHS)
            throw new Exceeded(String.format(Locale.ROOT, "has over %,d characters of text: too long for an article",
                    MAX_GLYPHS));
    }
}
