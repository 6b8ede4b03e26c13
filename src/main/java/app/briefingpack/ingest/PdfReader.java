package app.briefingpack.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Calendar;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.xml.DomXmpParser;

/**
 * Reads a PDF article with PDFBox: a tagged PDF through its structure tree ({@link PdfTaggedText}),
 * any other from where its text is drawn ({@link PdfLayoutText}); title, author and date from
 * the document information dictionary, else its XMP metadata. A PDF with no text layer, one that
 * needs a password, and a file that is not a readable PDF each get one line; reading is bounded
 * by {@link PdfBudget}.
 */
final class PdfReader {

    /** The text and the document's own metadata (null when it gives none). */
    record Result(ExtractedText text, String title, String author, String date) {}

    /** Titles that name the file or the program rather than the article. */
    private static final Pattern FILE_TITLE = Pattern.compile(
            "(?i)^(microsoft (word|powerpoint) - .*|untitled.*|.*\\.(docx?|pdf|indd|qxd|rtf|txt|html?|odt))$");

    private PdfReader() {}

    static Result read(byte[] bytes, String name) throws InputException {
        if (!hasPdfHeader(bytes)) throw new InputException(name, "is not a PDF file (it does not start with %PDF)");
        PdfBudget budget = new PdfBudget();
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            int pages = doc.getNumberOfPages();
            if (pages == 0) throw new InputException(name, "is a PDF with no pages");
            if (pages > PdfBudget.MAX_PAGES)
                throw new InputException(name, String.format(Locale.ROOT, "has %,d pages, over the %d-page limit for an article",
                        pages, PdfBudget.MAX_PAGES));
            PdfTaggedText.Result tagged = PdfTaggedText.read(doc, budget);
            ExtractedText text;
            String shownTitle;
            String shownAuthor = null;
            if (tagged.blocks() > 0) {
                text = tagged.text();
                shownTitle = tagged.title();
            } else {
                PdfLayoutText.Result layout = PdfLayoutText.read(doc, budget);
                text = layout.text();
                shownTitle = layout.title();
                shownAuthor = layout.author();
            }
            if (text.blocks().isEmpty() && shownTitle == null)
                throw new InputException(name, "has no text: a scanned PDF needs OCR first");
            if (text.blocks().isEmpty())
                throw new InputException(name, "has a title but no article text: a scanned PDF needs OCR first");
            String[] meta = metadata(doc);
            // the title as printed on the page beats the file's Title entry, which is often a file or site name
            // the author as the file's properties name them, else as printed under the title
            return new Result(text, shownTitle != null ? shownTitle : meta[0], meta[1] != null ? meta[1] : shownAuthor, meta[2]);
        } catch (InvalidPasswordException e) {
            throw new InputException(name, "is password-protected: open it, print it to a new PDF without a password, and read that");
        } catch (PdfBudget.Exceeded e) {
            throw new InputException(name, e.getMessage());
        } catch (IOException | RuntimeException e) {
            throw new InputException(name, "is not a readable PDF (" + oneLine(e.getMessage()) + ")");
        }
    }

    /** A PDF's header may follow up to 1 KB of other bytes (ISO 32000-1, annex H). */
    private static boolean hasPdfHeader(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 1024), StandardCharsets.ISO_8859_1);
        return head.contains("%PDF-");
    }

    /** Title, author and YYYY-MM-DD date: the information dictionary first, then XMP's Dublin Core. */
    private static String[] metadata(PDDocument doc) {
        String title = null, author = null, date = null;
        PDDocumentInformation info = doc.getDocumentInformation();
        if (info != null) {
            title = usable(info.getTitle());
            author = usable(info.getAuthor());
            date = isoDate(info.getCreationDate());
        }
        if (title == null || author == null || date == null) {
            DublinCoreSchema dc = dublinCore(doc);
            if (dc != null) {
                if (title == null) title = dcTitle(dc);
                List<String> creators = dc.getCreators();
                if (author == null && creators != null && !creators.isEmpty()) author = usable(String.join(", ", creators));
                if (date == null) date = firstDate(dc);
            }
        }
        if (title != null && FILE_TITLE.matcher(title).matches()) title = null;
        return new String[] {title, author, date};
    }

    private static DublinCoreSchema dublinCore(PDDocument doc) {
        PDMetadata metadata = doc.getDocumentCatalog().getMetadata();
        if (metadata == null) return null;
        try {
            byte[] xml = metadata.toByteArray();
            if (xml.length > 1024 * 1024) return null;
            XMPMetadata xmp = new DomXmpParser().parse(xml);
            return xmp.getDublinCoreSchema();
        } catch (Exception e) {
            return null; // broken XMP: the article is still read, without it
        }
    }

    private static String dcTitle(DublinCoreSchema dc) {
        try {
            return usable(dc.getTitle());
        } catch (Exception e) {
            return null;
        }
    }

    private static String firstDate(DublinCoreSchema dc) {
        try {
            List<Calendar> dates = dc.getDates();
            return dates == null || dates.isEmpty() ? null : isoDate(dates.get(0));
        } catch (Exception e) {
            return null; // a malformed date in the XMP is no date
        }
    }

    private static String usable(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String isoDate(Calendar c) {
        if (c == null) return null;
        return String.format(Locale.ROOT, "%04d-%02d-%02d", c.get(Calendar.YEAR), c.get(Calendar.MONTH) + 1,
                c.get(Calendar.DAY_OF_MONTH));
    }

    private static String oneLine(String s) {
        return s == null ? "damaged" : s.replaceAll("\\s+", " ").strip();
    }
}
