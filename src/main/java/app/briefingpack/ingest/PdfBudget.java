package app.briefingpack.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.zip.InflaterInputStream;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDStream;

/**
 * What reading one PDF may cost, so that a hostile file cannot run for minutes or fill memory:
 * time and memory stay linear in what an article can hold. Pages, decoded content-stream bytes,
 * content operators and glyphs are counted as they are read; the first count over its limit ends
 * the read with one line naming the file.
 */
final class PdfBudget {

    static final int MAX_PAGES = 300;
    /** Decoded content streams in all: a flate bomb expands a few KB into gigabytes. */
    static final long MAX_CONTENT_BYTES = 256L * 1024 * 1024;
    /** One page's decoded content, which PDFBox holds in memory while it reads the page. */
    static final long MAX_PAGE_CONTENT_BYTES = 16L * 1024 * 1024;
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

    /**
     * Measures the page's decoded content before PDFBox parses it: PDFBox decodes a content
     * stream whole into memory, so a flate bomb would fill the heap before any count could stop
     * it. Flate streams (nearly all) are measured here with a bounded inflater; others through
     * PDFBox, whose other filters expand far less.
     */
    void checkContent(PDPage page) throws IOException {
        if (!page.hasContents()) return;
        long pageBytes = 0;
        for (var it = page.getContentStreams(); it.hasNext(); ) {
            PDStream stream = it.next();
            List<COSName> filters = stream.getFilters();
            long limit = Math.min(MAX_PAGE_CONTENT_BYTES - pageBytes, MAX_CONTENT_BYTES - contentBytes) + 1;
            long n;
            if (filters.isEmpty()) {
                n = stream.getCOSObject().getLength();
            } else if (filters.equals(List.of(COSName.FLATE_DECODE))) {
                try (InputStream in = new InflaterInputStream(stream.getCOSObject().createRawInputStream())) {
                    n = count(in, limit);
                } catch (IOException damaged) {
                    n = 0; // PDFBox repairs what it can, or reports the damage
                }
            } else {
                try (InputStream in = stream.createInputStream()) {
                    n = count(in, limit);
                }
            }
            pageBytes += n;
            contentBytes += n;
            if (pageBytes > MAX_PAGE_CONTENT_BYTES)
                throw new Exceeded("a page's content expands to over " + MAX_PAGE_CONTENT_BYTES / (1024 * 1024)
                        + " MB: too large to be an article page");
            if (contentBytes > MAX_CONTENT_BYTES)
                throw new Exceeded("its pages' content expands to over " + MAX_CONTENT_BYTES / (1024 * 1024)
                        + " MB: too large to be an article");
        }
    }

    private static long count(InputStream in, long limit) throws IOException {
        byte[] buf = new byte[64 * 1024];
        long n = 0;
        for (int r; n < limit && (r = in.read(buf)) > 0; ) n += r;
        return n;
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
