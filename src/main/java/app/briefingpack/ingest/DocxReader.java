package app.briefingpack.ingest;

import app.briefingpack.model.BlockKind;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads a Word {@code .docx} file with the JDK alone: the zip's {@code word/document.xml} through
 * StAX, its styles for headings, quotes and lists, and {@code docProps/core.xml} for title, author
 * and date. Apache POI would do the same at some 20 MB of JAR.
 */
final class DocxReader {

    /** What the zip may expand to, in all: a larger one is a zip bomb, not a document. */
    static final long MAX_EXPANDED = 64L * 1024 * 1024;
    private static final int MAX_ENTRIES = 10_000;

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    /** The text and the core properties. */
    record Result(ExtractedText text, String title, String author, String date) {}

    /** A paragraph style: its name and outline level (0-based, -1 when none). */
    private record Style(String name, int outlineLevel, String basedOn) {}

    private DocxReader() {}

    static Result read(byte[] bytes, String name) throws InputException {
        Map<String, byte[]> parts = unzip(bytes, name);
        byte[] document = parts.get("word/document.xml");
        if (document == null) throw new InputException(name, "is not a Word document (no word/document.xml in it)");
        try {
            Map<String, Style> styles = parts.containsKey("word/styles.xml") ? styles(parts.get("word/styles.xml")) : Map.of();
            Map<String, String> core = parts.containsKey("docProps/core.xml") ? core(parts.get("docProps/core.xml")) : Map.of();
            String[] title = {core.get("title")};
            ExtractedText text = body(document, styles, title);
            return new Result(text, title[0], core.get("creator"), core.get("created"));
        } catch (XMLStreamException e) {
            throw new InputException(name, "is a damaged Word document (" + oneLine(e.getMessage()) + ")");
        }
    }

    /** The parts this reader needs, expanded with a limit on the total. */
    private static Map<String, byte[]> unzip(byte[] bytes, String name) throws InputException {
        Map<String, byte[]> parts = new HashMap<>();
        long total = 0;
        int entries = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            ZipEntry e;
            while ((e = zip.getNextEntry()) != null) {
                if (++entries > MAX_ENTRIES) throw new InputException(name, "is not a Word document (too many parts)");
                boolean wanted = e.getName().equals("word/document.xml") || e.getName().equals("word/styles.xml")
                        || e.getName().equals("docProps/core.xml");
                byte[] buf = new byte[64 * 1024];
                java.io.ByteArrayOutputStream out = wanted ? new java.io.ByteArrayOutputStream() : null;
                int n;
                while ((n = zip.read(buf)) > 0) {
                    total += n;
                    if (total > MAX_EXPANDED)
                        throw new InputException(name, "expands to over " + MAX_EXPANDED / (1024 * 1024)
                                + " MB: a zip bomb, not a Word document");
                    if (out != null) out.write(buf, 0, n);
                }
                if (out != null) parts.put(e.getName(), out.toByteArray());
            }
        } catch (IOException e) {
            throw new InputException(name, "is not a Word .docx file (not a readable zip archive)");
        }
        if (entries == 0) throw new InputException(name, "is not a Word .docx file (not a zip archive)");
        return parts;
    }

    private static XMLStreamReader xml(byte[] bytes) throws XMLStreamException {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false); // no entities, no external fetches
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        InputStream in = new ByteArrayInputStream(bytes);
        return f.createXMLStreamReader(in);
    }

    private static Map<String, Style> styles(byte[] bytes) throws XMLStreamException {
        Map<String, Style> out = new HashMap<>();
        XMLStreamReader r = xml(bytes);
        String id = null;
        String styleName = null;
        String basedOn = null;
        int level = -1;
        while (r.hasNext()) {
            int ev = r.next();
            if (ev == XMLStreamConstants.START_ELEMENT && W.equals(r.getNamespaceURI())) {
                switch (r.getLocalName()) {
                    case "style" -> {
                        id = r.getAttributeValue(W, "styleId");
                        styleName = null;
                        basedOn = null;
                        level = -1;
                    }
                    case "name" -> styleName = r.getAttributeValue(W, "val");
                    case "basedOn" -> basedOn = r.getAttributeValue(W, "val");
                    case "outlineLvl" -> level = parseInt(r.getAttributeValue(W, "val"));
                    default -> { }
                }
            } else if (ev == XMLStreamConstants.END_ELEMENT && W.equals(r.getNamespaceURI())
                    && r.getLocalName().equals("style") && id != null) {
                out.put(id, new Style(styleName == null ? id : styleName.toLowerCase(Locale.ROOT), level, basedOn));
            }
        }
        return out;
    }

    private static Map<String, String> core(byte[] bytes) throws XMLStreamException {
        Map<String, String> out = new HashMap<>();
        XMLStreamReader r = xml(bytes);
        while (r.hasNext()) {
            if (r.next() == XMLStreamConstants.START_ELEMENT) {
                String local = r.getLocalName();
                if (local.equals("title") || local.equals("creator") || local.equals("created")) {
                    String v = r.getElementText().strip();
                    if (!v.isEmpty()) out.put(local, v);
                }
            }
        }
        return out;
    }

    /** The body's paragraphs, typed by style, outline level and list numbering. */
    private static ExtractedText body(byte[] bytes, Map<String, Style> styles, String[] title) throws XMLStreamException {
        ExtractedText text = new ExtractedText();
        XMLStreamReader r = xml(bytes);
        StringBuilder para = new StringBuilder();
        String style = null;
        int outline = -1;
        int listLevel = -1;
        int listGroup = 0;
        int quoteGroup = 0;
        BlockKind last = null;
        boolean inText = false;
        while (r.hasNext()) {
            int ev = r.next();
            if (ev == XMLStreamConstants.START_ELEMENT && W.equals(r.getNamespaceURI())) {
                switch (r.getLocalName()) {
                    case "p" -> {
                        para.setLength(0);
                        style = null;
                        outline = -1;
                        listLevel = -1;
                    }
                    case "pStyle" -> style = r.getAttributeValue(W, "val");
                    case "outlineLvl" -> outline = parseInt(r.getAttributeValue(W, "val"));
                    case "ilvl" -> listLevel = Math.max(0, parseInt(r.getAttributeValue(W, "val")));
                    case "numId" -> listLevel = Math.max(listLevel, 0);
                    case "t" -> inText = true;
                    case "tab", "br", "cr" -> para.append(' ');
                    case "noBreakHyphen" -> para.append('-');
                    default -> { }
                }
            } else if (ev == XMLStreamConstants.CHARACTERS && inText) {
                para.append(r.getText());
            } else if (ev == XMLStreamConstants.END_ELEMENT && W.equals(r.getNamespaceURI())) {
                if (r.getLocalName().equals("t")) inText = false;
                if (!r.getLocalName().equals("p")) continue;
                String t = para.toString();
                if (t.isBlank()) continue;
                Style s = style == null ? null : resolve(style, styles);
                String sname = s == null ? (style == null ? "" : style.toLowerCase(Locale.ROOT)) : s.name();
                int level = outline >= 0 ? outline : s == null ? -1 : s.outlineLevel();
                if (sname.equals("title") && title[0] == null) {
                    title[0] = t.strip();
                    continue;
                }
                if (sname.equals("title")) continue;
                BlockKind kind;
                int lvl = 0;
                int group = 0;
                if (level >= 0 && level < 9 || sname.matches("heading ?\\d")) {
                    kind = BlockKind.HEADING;
                    int n = level >= 0 ? level + 1 : sname.charAt(sname.length() - 1) - '0';
                    lvl = Math.min(6, Math.max(2, n + 1)); // Heading 1 is a section under the title
                } else if (sname.contains("quote")) {
                    kind = BlockKind.QUOTE;
                    if (last != BlockKind.QUOTE) quoteGroup = text.newGroup();
                    group = quoteGroup;
                } else if (listLevel >= 0 || sname.startsWith("list")) {
                    kind = BlockKind.LIST_ITEM;
                    lvl = Math.max(0, listLevel) + 1;
                    if (last != BlockKind.LIST_ITEM) listGroup = text.newGroup();
                    group = listGroup;
                } else if (sname.equals("caption")) {
                    kind = BlockKind.CAPTION;
                } else if (sname.equals("subtitle")) {
                    kind = BlockKind.STANDFIRST;
                } else {
                    kind = BlockKind.PARAGRAPH;
                }
                text.add(t, kind, lvl, group);
                last = kind;
            }
        }
        return text;
    }

    /** A style with its name, following "based on" for an outline level it inherits (a few steps at most). */
    private static Style resolve(String id, Map<String, Style> styles) {
        Style s = styles.get(id);
        if (s == null) return null;
        Style base = s;
        for (int i = 0; i < 5 && base.outlineLevel() < 0 && base.basedOn() != null && styles.containsKey(base.basedOn()); i++)
            base = styles.get(base.basedOn());
        return new Style(s.name(), base.outlineLevel(), s.basedOn());
    }

    private static int parseInt(String s) {
        try {
            return s == null ? -1 : Integer.parseInt(s.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static String oneLine(String s) {
        return s == null ? "unreadable XML" : s.replaceAll("\\s+", " ").strip();
    }
}
