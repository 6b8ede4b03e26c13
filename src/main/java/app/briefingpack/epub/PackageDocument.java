package app.briefingpack.epub;

import java.util.List;

import app.briefingpack.model.Article;
import app.briefingpack.model.Metadata;

/** The package document (metadata, manifest, spine) and the navigation document of the book. */
final class PackageDocument {

    static final String CONFORMS_TO = "EPUB Accessibility 1.1 - WCAG 2.2 Level AA";

    private PackageDocument() {
    }

    static String opf(Article article, String title, String lang, String identifier, String modified, long overlayMs) {
        Metadata m = article.metadata();
        String duration = Xml.duration(overlayMs * 16, 16000);
        StringBuilder s = new StringBuilder();
        s.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<package xmlns=\"http://www.idpf.org/2007/opf\" version=\"3.0\" unique-identifier=\"uid\" xml:lang=\"")
                .append(Xml.text(lang)).append("\">\n")
                .append("<metadata xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n")
                .append("<dc:identifier id=\"uid\">").append(identifier).append("</dc:identifier>\n")
                .append("<dc:title>").append(Xml.text(title)).append("</dc:title>\n")
                .append("<dc:language>").append(Xml.text(lang)).append("</dc:language>\n");
        if (m.author() != null && !m.author().isBlank())
            s.append("<dc:creator>").append(Xml.text(m.author().strip())).append("</dc:creator>\n");
        if (m.publication() != null && !m.publication().isBlank())
            s.append("<dc:source>").append(Xml.text(m.publication().strip())).append("</dc:source>\n");
        s.append("<meta property=\"dcterms:modified\">").append(modified).append("</meta>\n")
                .append("<meta property=\"schema:accessMode\">textual</meta>\n")
                .append("<meta property=\"schema:accessMode\">auditory</meta>\n")
                .append("<meta property=\"schema:accessModeSufficient\">textual</meta>\n")
                .append("<meta property=\"schema:accessibilityFeature\">synchronizedAudioText</meta>\n")
                .append("<meta property=\"schema:accessibilityFeature\">structuralNavigation</meta>\n")
                .append("<meta property=\"schema:accessibilityFeature\">tableOfContents</meta>\n")
                .append("<meta property=\"schema:accessibilityFeature\">readingOrder</meta>\n")
                .append("<meta property=\"schema:accessibilityFeature\">displayTransformability</meta>\n")
                .append("<meta property=\"schema:accessibilityHazard\">none</meta>\n")
                .append("<meta property=\"schema:accessibilitySummary\">The article as text, read aloud in sync: each"
                        + " sentence is highlighted as the narration speaks it. A one-page brief comes first. Headings,"
                        + " lists and tables are marked up; the contents list every paragraph. Text can be resized"
                        + " and restyled.</meta>\n")
                .append("<meta property=\"dcterms:conformsTo\">").append(CONFORMS_TO).append("</meta>\n")
                .append("<meta property=\"a11y:certifiedBy\">Briefing Pack (automated checks)</meta>\n")
                .append("<meta property=\"media:active-class\">").append(EpubWriter.ACTIVE_CLASS).append("</meta>\n")
                .append("<meta property=\"media:duration\" refines=\"#overlay\">").append(duration).append("</meta>\n")
                .append("<meta property=\"media:duration\">").append(duration).append("</meta>\n")
                .append("</metadata>\n<manifest>\n")
                .append("<item id=\"nav\" href=\"nav.xhtml\" media-type=\"application/xhtml+xml\" properties=\"nav\"/>\n")
                .append("<item id=\"css\" href=\"style.css\" media-type=\"text/css\"/>\n")
                .append("<item id=\"brief\" href=\"brief.xhtml\" media-type=\"application/xhtml+xml\"/>\n")
                .append("<item id=\"article\" href=\"").append(ReadAlong.XHTML)
                .append("\" media-type=\"application/xhtml+xml\" media-overlay=\"overlay\"/>\n")
                .append("<item id=\"overlay\" href=\"").append(ReadAlong.SMIL).append("\" media-type=\"application/smil+xml\"/>\n")
                .append("<item id=\"audio\" href=\"").append(EpubWriter.AUDIO).append("\" media-type=\"audio/mpeg\"/>\n")
                .append("</manifest>\n<spine>\n<itemref idref=\"brief\"/>\n<itemref idref=\"article\"/>\n</spine>\n</package>\n");
        return s.toString();
    }

    /** The table of contents: the brief and its sections, the article and each of its paragraphs; landmarks. */
    static String nav(String title, String lang, List<BlockXhtml.Anchor> briefHeadings, List<Integer> paragraphs) {
        StringBuilder s = new StringBuilder(Xml.xhtmlHead(lang, "Contents: " + title));
        s.append("<body>\n<nav epub:type=\"toc\" role=\"doc-toc\" id=\"toc\" aria-labelledby=\"toc-title\">\n")
                .append("<h1 id=\"toc-title\">Contents</h1>\n<ol>\n<li><a href=\"brief.xhtml\">Brief</a>");
        List<BlockXhtml.Anchor> sections = briefHeadings.stream().filter(h -> h.level() == 2).toList();
        if (!sections.isEmpty()) {
            s.append("\n<ol>\n");
            for (BlockXhtml.Anchor h : sections)
                s.append("<li><a href=\"brief.xhtml#").append(h.id()).append("\">").append(Xml.text(h.text())).append("</a></li>\n");
            s.append("</ol>\n");
        }
        s.append("</li>\n<li><a href=\"").append(ReadAlong.XHTML).append("\">Article: ").append(Xml.text(title)).append("</a>");
        if (!paragraphs.isEmpty()) {
            s.append("\n<ol>\n");
            for (int p : paragraphs)
                s.append("<li><a href=\"").append(ReadAlong.XHTML).append("#para-").append(p).append("\">Paragraph ")
                        .append(p).append("</a></li>\n");
            s.append("</ol>\n");
        }
        s.append("</li>\n</ol>\n</nav>\n")
                .append("<nav epub:type=\"landmarks\" id=\"landmarks\" hidden=\"hidden\">\n<h2>Landmarks</h2>\n<ol>\n")
                .append("<li><a epub:type=\"frontmatter\" href=\"brief.xhtml\">Brief</a></li>\n")
                .append("<li><a epub:type=\"bodymatter\" href=\"").append(ReadAlong.XHTML).append("\">Article</a></li>\n")
                .append("</ol>\n</nav>\n</body>\n</html>\n");
        return s.toString();
    }
}
