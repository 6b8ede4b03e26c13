package app.briefingpack.ingest;

import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Reads a web page: keeps the article's own text and drops navigation, scripts, styles, forms,
 * share buttons, comments and footers. Parsing is offline: jsoup never fetches anything when it
 * parses a string, so no external resource is loaded.
 */
final class HtmlReader {

    /** Elements that are never article prose. */
    private static final String NOT_PROSE = "script, style, noscript, template, iframe, object, embed, form, button, "
            + "input, select, textarea, svg, canvas, nav, header, footer, aside, menu, dialog, "
            + "[role=navigation], [role=banner], [role=contentinfo], [role=complementary], [aria-hidden=true], [hidden]";

    /** class or id words that mark page furniture rather than the article. */
    private static final Pattern FURNITURE = Pattern.compile(
            "(^|[-_\\s])(nav|navbar|menu|breadcrumbs?|share|sharing|social|comments?|cookies?|consent|newsletter|"
                    + "subscribe|subscription|related|recommended|promo|advert|ads?|sidebar|footer|header|masthead|"
                    + "byline-share|tags|pagination|popup|modal)($|[-_\\s])",
            Pattern.CASE_INSENSITIVE);

    /** What the page says about itself, besides the text. */
    record Result(ExtractedText text, String title, String author, String publication, String date, String url) {}

    private HtmlReader() {}

    static Result read(String html) {
        Document doc = Jsoup.parse(html);
        String title = firstNonBlank(meta(doc, "og:title"), textOf(doc.selectFirst("article h1, main h1, h1")), doc.title());
        String author = firstNonBlank(meta(doc, "author"), meta(doc, "article:author"),
                textOf(doc.selectFirst("[rel=author], .author-name, .byline__name")));
        String publication = meta(doc, "og:site_name");
        String date = firstNonBlank(meta(doc, "article:published_time"), meta(doc, "date"),
                attr(doc.selectFirst("article time[datetime], time[datetime]"), "datetime"));
        String url = firstNonBlank(attr(doc.selectFirst("link[rel=canonical]"), "href"), meta(doc, "og:url"));

        doc.select(NOT_PROSE).remove();
        for (Element e : doc.body().select("[class], [id]")) {
            if (e.parent() != null && (FURNITURE.matcher(e.className()).find() || FURNITURE.matcher(e.id()).find())
                    && !e.tagName().equals("article") && !e.tagName().equals("main"))
                e.remove();
        }
        Element root = mainContent(doc);
        ExtractedText text = new ExtractedText();
        for (Element block : root.select("p, li, blockquote:not(:has(p)), pre")) {
            if (block.parents().is("li") && block.tagName().equals("p")) continue; // the li holds it
            if (block.tagName().equals("li") && block.selectFirst("p") != null) {
                text.add(block.select("p").eachText().stream().reduce((a, b) -> a + " " + b).orElse(""));
                continue;
            }
            text.add(block.text());
        }
        return new Result(text, title, author, publication, date == null ? null : date.strip(), url);
    }

    /** The {@code <article>} or {@code <main>} element, else the element holding the most paragraph text. */
    private static Element mainContent(Document doc) {
        Element explicit = doc.selectFirst("article, main, [role=main]");
        if (explicit != null && !explicit.select("p").isEmpty()) return explicit;
        Element best = doc.body();
        int bestChars = 0;
        for (Element candidate : doc.body().select("div, section, td")) {
            int chars = 0;
            for (Element p : candidate.children()) if (p.tagName().equals("p")) chars += p.text().length();
            if (chars > bestChars) {
                bestChars = chars;
                best = candidate;
            }
        }
        return bestChars > 200 ? best : doc.body();
    }

    private static String meta(Document doc, String name) {
        Elements e = doc.select("meta[name=" + name + "], meta[property=" + name + "]");
        return e.isEmpty() ? null : e.first().attr("content");
    }

    private static String attr(Element e, String name) {
        return e == null ? null : e.attr(name);
    }

    private static String textOf(Element e) {
        return e == null ? null : e.text();
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) if (v != null && !v.isBlank()) return v.strip();
        return null;
    }
}
