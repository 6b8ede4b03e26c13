package app.briefingpack.epub;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import app.briefingpack.layout.DocumentSpec;
import app.briefingpack.model.Article;
import app.briefingpack.speech.Narration;

/**
 * Writes narration.epub, an EPUB 3 read-along: the brief (from the same document blocks as
 * brief.pdf) as its first chapter, then the article with a media overlay on the narration's MP3,
 * so a reading system highlights each sentence (or word) as it is heard. Accessibility metadata
 * follows EPUB Accessibility 1.1; the style sheet only sets what reading systems' own large-print
 * and dyslexia settings can override (relative sizes, no fonts).
 */
public final class EpubWriter {

    static final String AUDIO = "narration.mp3";
    static final String ACTIVE_CLASS = "-epub-media-overlay-active";

    private EpubWriter() {
    }

    /**
     * @param brief     the brief's document blocks (as laid out for brief.pdf)
     * @param mp3       narration.mp3 as written to the pack
     * @param wordLevel overlays per word instead of per sentence
     */
    public static void write(Article article, DocumentSpec brief, Narration narration, byte[] mp3, boolean wordLevel,
                             OutputStream out) throws IOException {
        String title = article.displayTitle();
        String lang = article.metadata().language() == null ? "en" : article.metadata().language();
        BlockXhtml briefBody = new BlockXhtml("brief").blocks(brief.blocks());
        ReadAlong readAlong = new ReadAlong(title, lang, narration, AUDIO, wordLevel);
        String briefXhtml = Xml.xhtmlHead(lang, "Brief: " + title) + "<body>\n<section epub:type=\"frontmatter\""
                + " role=\"doc-introduction\" aria-label=\"Brief\">\n" + briefBody.xhtml() + "</section>\n</body>\n</html>\n";

        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        byte[] mimetype = "application/epub+zip".getBytes(StandardCharsets.US_ASCII);
        // The mimetype comes first and stored (no compression, no extra field), so that the file
        // starts with a fixed signature.
        putStored(zip, "mimetype", mimetype);
        put(zip, "META-INF/container.xml", CONTAINER);
        put(zip, "EPUB/package.opf", PackageDocument.opf(article, title, lang, identifier(article), modified(),
                readAlong.durationMs()));
        put(zip, "EPUB/nav.xhtml", PackageDocument.nav(title, lang, briefBody.headings(), readAlong.paragraphs()));
        put(zip, "EPUB/style.css", CSS);
        put(zip, "EPUB/brief.xhtml", briefXhtml);
        put(zip, "EPUB/" + ReadAlong.XHTML, readAlong.xhtml());
        put(zip, "EPUB/" + ReadAlong.SMIL, readAlong.smil());
        putStored(zip, "EPUB/" + AUDIO, mp3); // already compressed; deflating it gains nothing
        zip.finish();
    }

    /** An entry written as it is: a stored entry must declare its size and CRC before its bytes. */
    private static void putStored(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        ZipEntry e = entry(name);
        e.setMethod(ZipEntry.STORED);
        e.setSize(bytes.length);
        e.setCompressedSize(bytes.length);
        CRC32 crc = new CRC32();
        crc.update(bytes);
        e.setCrc(crc.getValue());
        zip.putNextEntry(e);
        zip.write(bytes);
        zip.closeEntry();
    }

    private static void put(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(entry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    /** Entries carry a fixed time, so the same article gives the same bytes but for dcterms:modified. */
    private static ZipEntry entry(String name) {
        ZipEntry e = new ZipEntry(name);
        e.setTime(315532800000L); // 1980-01-01, the earliest a ZIP can say
        return e;
    }

    /** The same article gives the same identifier: a name-based UUID of its title and text. */
    private static String identifier(Article a) {
        return "urn:uuid:" + UUID.nameUUIDFromBytes((a.displayTitle() + "\n" + a.body()).getBytes(StandardCharsets.UTF_8));
    }

    private static String modified() {
        return Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
    }

    private static final String CONTAINER = """
            <?xml version="1.0" encoding="UTF-8"?>
            <container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
              <rootfiles>
                <rootfile full-path="EPUB/package.opf" media-type="application/oebps-package+xml"/>
              </rootfiles>
            </container>
            """;

    /** Relative sizes only and no fonts: the reader's own settings decide type, size and spacing. */
    private static final String CSS = """
            body { line-height: 1.5; }
            h1, h2, h3 { line-height: 1.25; }
            table { border-collapse: collapse; }
            th, td { border: 1px solid; padding: 0.2em 0.4em; text-align: left; vertical-align: top; }
            .%s { background-color: #fff3a0; color: #000000; }
            """.formatted(ACTIVE_CLASS);

    static List<String> files() {
        return List.of("mimetype", "META-INF/container.xml", "EPUB/package.opf", "EPUB/nav.xhtml", "EPUB/style.css",
                "EPUB/brief.xhtml", "EPUB/" + ReadAlong.XHTML, "EPUB/" + ReadAlong.SMIL, "EPUB/" + AUDIO);
    }
}
