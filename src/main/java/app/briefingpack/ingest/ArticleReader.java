package app.briefingpack.ingest;

import app.briefingpack.model.Article;
import app.briefingpack.model.Metadata;
import app.briefingpack.model.PartialDate;
import app.briefingpack.text.TextCleaner;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an article file ({@code .txt}, {@code .md}, {@code .html}, {@code .docx}, {@code .pdf}) with its metadata into an
 * {@link Article}: the {@code ingest} stage's public entry point.
 *
 * <p>Metadata comes from YAML front matter between {@code ---} lines and from a sidecar file
 * beside the article (same base name, {@code .yaml} or {@code .yml}); the sidecar wins.
 */
public final class ArticleReader {

    /** The file endings read as articles. */
    public static final List<String> EXTENSIONS = List.of("txt", "text", "md", "markdown", "html", "htm", "docx", "doc", "pdf");

    private static final Pattern FRONT_MATTER = Pattern.compile("\\A---[ \\t]*\\r?\\n(.*?)^---[ \\t]*(\\r?\\n|\\z)",
            Pattern.DOTALL | Pattern.MULTILINE);
    private static final Pattern ISO_PREFIX = Pattern.compile("^\\d{4}(-\\d{2}(-\\d{2})?)?");

    /** Share of characters that may be control characters before a file counts as binary. */
    private static final double MAX_CONTROL_SHARE = 0.05;

    private ArticleReader() {}

    /** True when {@code file}'s name ends in one of {@link #EXTENSIONS}. */
    public static boolean isArticleFile(Path file) {
        return EXTENSIONS.contains(extension(file));
    }

    /** Reads {@code file}; the sidecar, if any, is looked for beside it. */
    public static ReadResult read(Path file, ReadOptions options) throws InputException {
        String name = file.getFileName().toString();
        List<String> warnings = new ArrayList<>();
        if (!Files.exists(file)) throw new InputException(name, "no such file");
        if (Files.isDirectory(file)) throw new InputException(name, "is a folder, not an article file");
        if (!Files.isRegularFile(file)) // a pipe or device would block the read forever
            throw new InputException(name, "is not a regular file (a pipe, device or socket); only files are read");
        if (!isArticleFile(file))
            throw new InputException(name, "is not an article file (expected ." + String.join(", .", EXTENSIONS) + ")");
        String ext = extension(file);
        if (ext.equals("doc"))
            throw new InputException(name, "is an old Word .doc file: save it as .docx (or PDF) and read that");
        byte[] bytes = readLimited(file, name, options.maxBytes());
        if (ext.equals("docx")) {
            Article document = readDocx(file, name, bytes, warnings);
            refuseIfTooLong(document, name, options.maxWords());
            return new ReadResult(document, warnings);
        }
        if (ext.equals("pdf")) {
            Article document = readPdf(file, name, bytes, warnings);
            refuseIfTooLong(document, name, options.maxWords());
            return new ReadResult(document, warnings);
        }
        String text = TextDecoder.decode(bytes, name, warnings);
        if (text.isBlank()) throw new InputException(name, "is empty");
        text = cleanControls(text, name, warnings);

        Map<String, String> meta = new HashMap<>();
        int bodyOffset = 0;
        Matcher fm = FRONT_MATTER.matcher(text);
        if (fm.find()) {
            meta.putAll(MetadataYaml.parse(fm.group(1), name + " (front matter)", 2, warnings));
            bodyOffset = fm.end();
        }
        meta.putAll(readSidecar(file, warnings));
        String body = text.substring(bodyOffset);
        if (body.isBlank()) throw new InputException(name, "has metadata but no article text");

        Article article;
        if (ext.equals("md") || ext.equals("markdown")) {
            MarkdownReader.Result md = MarkdownReader.read(body);
            putIfPresent(meta, "title", md.title());
            article = assemble(name, meta, md.text().body(), 0, md.text().blocks(), warnings);
        } else if (ext.equals("html") || ext.equals("htm")) {
            HtmlReader.Result html = HtmlReader.read(body, name, warnings);
            putIfPresent(meta, "title", html.title());
            putIfPresent(meta, "author", html.author());
            putIfPresent(meta, "publication", html.publication());
            putIfPresent(meta, "url", html.url());
            putDocumentDate(meta, html.date(), name, "page", warnings);
            if (html.text().blocks().isEmpty()) throw new InputException(name, "has no article text in its HTML");
            article = assemble(name, meta, html.text().body(), 0, html.text().blocks(), warnings);
        } else {
            PlainTextReader.Structured plain = PlainTextReader.structure(body, PlainTextReader.paragraphs(body));
            body = plain.body(); // list and quote markers blanked, offsets unchanged
            List<TextBlock> blocks = new ArrayList<>(plain.blocks());
            // ">\n>\n": quote or list markers and nothing else
            if (blocks.isEmpty()) throw new InputException(name, "has no article text, only list or quote markers");
            if (!meta.containsKey("title") && PlainTextReader.looksLikeHeadline(blocks.get(0), blocks.size())) {
                meta.put("title", blocks.remove(0).text().strip());
            }
            // A short line without closing punctuation between paragraphs is a subhead.
            for (int i = 1; i < blocks.size() - 1; i++) {
                if (blocks.get(i).kind() == app.briefingpack.model.BlockKind.PARAGRAPH
                        && PlainTextReader.looksLikeHeadline(blocks.get(i), blocks.size())
                        && !PlainTextReader.looksLikeHeadline(blocks.get(i + 1), blocks.size()))
                    blocks.set(i, blocks.get(i).as(app.briefingpack.model.BlockKind.HEADING, 2));
            }
            article = assemble(name, meta, body, bodyOffset, blocks, warnings);
        }
        refuseIfTooLong(article, name, options.maxWords());
        return new ReadResult(article, warnings);
    }

    /**
     * Longest run of characters without a space kept in an article: no word or web address is
     * this long (five pages of text). A longer run (a 1.9 MB "word", a pasted data blob) costs
     * every later stage dearly and is no prose, so the article is refused.
     */
    static final int MAX_RUN_CHARS = 10_000;

    /**
     * Characters of text allowed per word of the word limit: prose averages about 6 per word
     * with its space. The word limit alone lets in 1.7 MB of text in 1,700 space-free "words".
     */
    static final int CHARS_PER_WORD = 12;

    /** Counts words the way a reader would (runs of non-blanks); also the characters and the longest run. */
    private static void refuseIfTooLong(Article article, String name, int maxWords) throws InputException {
        long words = 0;
        long chars = 0;
        int longest = 0;
        int longestIn = 0;
        for (var paragraph : article.paragraphs()) {
            String text = paragraph.text();
            chars += text.length();
            int run = 0;
            for (int i = 0; i < text.length(); i++) {
                boolean blank = Character.isWhitespace(text.charAt(i));
                if (!blank && run == 0) words++;
                run = blank ? 0 : run + 1;
                if (run > longest) {
                    longest = run;
                    longestIn = paragraph.number();
                }
            }
        }
        if (words > maxWords)
            throw new InputException(name, String.format(Locale.ROOT,
                    "the article has %,d words, over the %,d-word limit (see --max-words)", words, maxWords));
        if (longest > MAX_RUN_CHARS)
            throw new InputException(name, String.format(Locale.ROOT, "paragraph %d has %,d characters without a space,"
                    + " more than any word or web address (at most %,d); is this the article?", longestIn, longest, MAX_RUN_CHARS));
        if (chars > (long) maxWords * CHARS_PER_WORD)
            throw new InputException(name, String.format(Locale.ROOT, "the article has %,d characters of text, more than"
                    + " %,d words of prose make (%,d at most; see --max-words)", chars, maxWords, (long) maxWords * CHARS_PER_WORD));
    }

    private static Article readDocx(Path file, String name, byte[] bytes, List<String> warnings) throws InputException {
        DocxReader.Result doc = DocxReader.read(bytes, name);
        if (doc.text().blocks().isEmpty()) throw new InputException(name, "has no text");
        return fromDocument(file, name, doc.text(), doc.title(), doc.author(), doc.date(), warnings);
    }

    private static Article readPdf(Path file, String name, byte[] bytes, List<String> warnings) throws InputException {
        PdfReader.Result pdf = PdfReader.read(bytes, name);
        return fromDocument(file, name, pdf.text(), pdf.title(), pdf.author(), pdf.date(), warnings);
    }

    /** A Word or PDF document: the sidecar's metadata first, then the document's own properties. */
    private static Article fromDocument(Path file, String name, ExtractedText text, String title, String author,
                                        String date, List<String> warnings) throws InputException {
        Map<String, String> meta = new HashMap<>(readSidecar(file, warnings));
        putIfPresent(meta, "title", title);
        putIfPresent(meta, "author", author);
        putDocumentDate(meta, date, name, "document", warnings);
        return assemble(name, meta, text.body(), 0, text.blocks(), warnings);
    }

    /**
     * A date the page or document states about itself: its YYYY-MM-DD start. That metadata is not
     * the teacher's to fix, so a date in another form, or one that does not exist, is ignored with
     * a warning, never an error.
     */
    private static void putDocumentDate(Map<String, String> meta, String date, String name, String what, List<String> warnings) {
        if (date == null || meta.containsKey("date")) return;
        Matcher iso = ISO_PREFIX.matcher(date.strip());
        if (iso.find() && PartialDate.parse(iso.group()).isPresent()) meta.put("date", iso.group());
        else warnings.add(name + ": ignoring the " + what + "'s date '" + MetadataYaml.oneLine(date) + "' ("
                + (iso.find(0) ? "no such date" : "not YYYY-MM-DD") + ")");
    }

    private static Article assemble(String name, Map<String, String> meta, String body, int bodyOffset,
                                    List<TextBlock> blocks, List<String> warnings) throws InputException {
        if (blocks.isEmpty()) throw new InputException(name, "has no article text");
        String[] cleanBody = {body};
        blocks = cleanDecoded(name, meta, cleanBody, blocks, warnings);
        body = cleanBody[0];
        PartialDate date = null;
        if (meta.containsKey("date")) {
            date = PartialDate.parse(meta.get("date")).orElseThrow(() ->
                    new InputException(name, "unknown date format '" + meta.get("date") + "' (use YYYY, YYYY-MM or YYYY-MM-DD)"));
        }
        Metadata metadata = new Metadata(MetadataLimits.cut(name, "title", meta.get("title"), warnings),
                MetadataLimits.cut(name, "author", meta.get("author"), warnings), null,
                MetadataLimits.cut(name, "publication", meta.get("publication"), warnings), date,
                MetadataLimits.cut(name, "language", meta.get("language"), warnings),
                MetadataLimits.cut(name, "url", meta.get("url"), warnings));
        return ArticleAssembler.assemble(name, metadata, body, bodyOffset, blocks, warnings);
    }

    private static Map<String, String> readSidecar(Path file, List<String> warnings) throws InputException {
        String base = baseName(file);
        for (String ext : List.of(".yaml", ".yml")) {
            Path sidecar = file.resolveSibling(base + ext);
            if (Files.isRegularFile(sidecar)) {
                String sidecarName = sidecar.getFileName().toString();
                byte[] bytes = readLimited(sidecar, sidecarName, 64 * 1024);
                String yaml = TextDecoder.decode(bytes, sidecarName, warnings);
                return MetadataYaml.parse(yaml, sidecarName, 1, warnings);
            }
        }
        return Map.of();
    }

    /** Reads at most {@code limit} bytes, refusing larger files before reading them whole. */
    private static byte[] readLimited(Path file, String name, long limit) throws InputException {
        try {
            long size = Files.size(file);
            if (size > limit)
                throw new InputException(name, "is " + humanSize(size) + ", over the " + humanSize(limit) + " limit (see --max-size)");
            try (InputStream in = Files.newInputStream(file)) {
                byte[] bytes = in.readNBytes((int) limit + 1);
                if (bytes.length > limit)
                    throw new InputException(name, "is over the " + humanSize(limit) + " limit (see --max-size)");
                return bytes;
            }
        } catch (NoSuchFileException e) {
            throw new InputException(name, "no such file");
        } catch (IOException e) {
            throw new InputException(name, "cannot be read: " + e.getMessage());
        }
    }

    /**
     * Cleans the decoded file ({@link TextCleaner#clean}: lengths stay the same, so offsets into
     * the body still match the file). A file that is mostly control characters is binary, not an
     * article.
     */
    private static String cleanControls(String text, String name, List<String> warnings) throws InputException {
        TextCleaner.Cleaned cleaned = TextCleaner.clean(text);
        if (cleaned.controls() > Math.max(8, text.length() * MAX_CONTROL_SHARE))
            throw new InputException(name, "is a binary file (mostly control characters), not an article");
        warnAbout(cleaned, name, "", warnings);
        return cleaned.text();
    }

    private static void warnAbout(TextCleaner.Cleaned cleaned, String name, String how, List<String> warnings) {
        if (cleaned.controls() > 0)
            warnings.add(name + ": replaced " + cleaned.controls() + " control character(s)" + how + " with spaces");
        if (cleaned.privateUse() > 0)
            warnings.add(name + ": replaced " + cleaned.privateUse() + " private-use character(s)" + how
                    + " (no standard meaning) with \uFFFD");
    }

    /**
     * Every reader's text cleaned once more after its own decoding: HTML and Markdown character
     * references ({@code &#xFEFF;}, {@code &#27;}) make characters the file's bytes did not have.
     */
    private static List<TextBlock> cleanDecoded(String name, Map<String, String> meta, String[] body, List<TextBlock> blocks,
                                                List<String> warnings) {
        TextCleaner.Cleaned cleanBody = TextCleaner.clean(body[0]);
        body[0] = cleanBody.text();
        warnAbout(cleanBody, name, " written as character references", warnings);
        List<TextBlock> clean = new ArrayList<>(blocks.size());
        for (TextBlock b : blocks)
            clean.add(new TextBlock(TextCleaner.clean(b.text()).text(), b.begin(), b.end(), b.kind(), b.level(), b.group()));
        meta.replaceAll((key, value) -> TextCleaner.cleanValue(value).text());
        meta.values().removeIf(String::isEmpty);
        return clean;
    }

    private static void putIfPresent(Map<String, String> meta, String key, String value) {
        if (value != null && !value.isBlank()) meta.putIfAbsent(key, value);
    }

    static String extension(Path file) {
        String n = file.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot < 0 ? "" : n.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    static String baseName(Path file) {
        String n = file.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot <= 0 ? n : n.substring(0, dot);
    }

    private static String humanSize(long bytes) {
        if (bytes >= 1024 * 1024) return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
        if (bytes >= 1024) return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
        return bytes + " bytes";
    }
}
