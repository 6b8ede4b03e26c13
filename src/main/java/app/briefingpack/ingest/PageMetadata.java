package app.briefingpack.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a web page says about its article: JSON-LD (schema.org Article) first, then Open Graph and
 * other meta tags, then the page's own elements. Read before extraction changes the document.
 */
record PageMetadata(String title, String author, String date, String publication, String url, String standfirst,
                    String h1) {

    /** Made on the first page with JSON-LD: building a mapper loads some 200 classes. */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }

    /** Separators between a headline and the site or section name in a page title. */
    private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[|\\-–—·:»/\\\\]+\\s+");

    /** class or id words of a standfirst (dek): the page's own summary under the headline. */
    private static final Pattern STANDFIRST = Pattern.compile(
            "(^|[-_\\s])(standfirst|dek|deck|strapline|sub-?headline|subhead|subtitle|article-summary|summary|intro|lede-text)($|[-_\\s])",
            Pattern.CASE_INSENSITIVE);

    static PageMetadata of(Document doc) {
        JsonNode ld = articleLd(doc);
        String site = firstNonBlank(meta(doc, "og:site_name"), text(ld, "publisher", "name"), text(ld, "publisher"));
        String h1 = textOf(doc.selectFirst("article h1, main h1, h1"));
        String title = withoutSiteName(firstNonBlank(text(ld, "headline"), meta(doc, "dc.title"), meta(doc, "dcterm.title"),
                meta(doc, "og:title"), meta(doc, "twitter:title"), meta(doc, "parsely-title")), site, h1);
        String author = firstNonBlank(Byline.clean(ldAuthor(ld)), Byline.clean(meta(doc, "dc.creator")),
                Byline.clean(meta(doc, "dcterm.creator")), Byline.clean(meta(doc, "author")),
                Byline.clean(meta(doc, "article:author")),
                Byline.clean(meta(doc, "parsely-author")), Byline.clean(meta(doc, "sailthru.author")),
                Byline.clean(meta(doc, "byl")), Byline.clean(meta(doc, "byline")), Byline.clean(meta(doc, "citation_author")));
        String date = firstNonBlank(text(ld, "datePublished"), meta(doc, "article:published_time"),
                meta(doc, "datePublished"), meta(doc, "date"), meta(doc, "pubdate"), meta(doc, "dc.date"),
                meta(doc, "dc.date.issued"), meta(doc, "sailthru.date"),
                attr(doc.selectFirst("article time[datetime], time[pubdate][datetime], time[datetime]"), "datetime"));
        String url = firstNonBlank(attr(doc.selectFirst("link[rel=canonical]"), "href"), meta(doc, "og:url"));
        return new PageMetadata(title, author, date, site, url, standfirst(doc), h1);
    }

    /** An author from the page's byline element, for pages whose metadata names none. */
    static String bylineElement(Document doc) {
        for (Element e : doc.select("[rel=author], [itemprop=author], .author-name, .byline__name, .byline, .author")) {
            String name = Byline.clean(e.text());
            if (name != null && name.length() <= 80) return name;
        }
        return null;
    }

    /** "Headline | Site" becomes "Headline"; a title that is all site name is left as it is. */
    static String withoutSiteName(String title, String site, String h1) {
        if (title == null) return null;
        String t = title.replaceAll("\\s+", " ").strip();
        if (h1 != null) {
            String h = h1.replaceAll("\\s+", " ").strip();
            if (!h.isEmpty() && t.length() > h.length() && t.startsWith(h)
                    && TITLE_SEPARATOR.matcher(t.substring(h.length())).lookingAt())
                return h;
        }
        if (site != null && !site.isBlank()) {
            String s = site.strip().toLowerCase(Locale.ROOT);
            var m = TITLE_SEPARATOR.matcher(t);
            List<int[]> seps = new ArrayList<>();
            while (m.find()) seps.add(new int[] {m.start(), m.end()});
            if (!seps.isEmpty()) {
                int[] last = seps.get(seps.size() - 1);
                int[] first = seps.get(0);
                if (t.substring(last[1]).toLowerCase(Locale.ROOT).contains(s) && last[0] > 0) return t.substring(0, last[0]).strip();
                if (t.substring(0, first[0]).toLowerCase(Locale.ROOT).contains(s) && first[1] < t.length())
                    return t.substring(first[1]).strip();
            }
        }
        return t;
    }

    private static String standfirst(Document doc) {
        for (Element e : doc.select("[class], [id]")) {
            if (!STANDFIRST.matcher(e.className()).find() && !STANDFIRST.matcher(e.id()).find()) continue;
            if (!e.select("p").isEmpty() && e.select("p").size() > 1) continue;
            String text = e.text().strip();
            int words = text.isEmpty() ? 0 : text.split("\\s+").length;
            if (words >= 8 && words <= 80) return text;
        }
        return null;
    }

    /** The first schema.org object of an article type in the page's JSON-LD, or null. */
    private static JsonNode articleLd(Document doc) {
        for (Element script : doc.select("script[type=application/ld+json]")) {
            try {
                JsonNode found = findArticle(Json.MAPPER.readTree(script.data()), 0);
                if (found != null) return found;
            } catch (Exception e) {
                // a page's broken JSON-LD is the page's problem: its other metadata still counts
            }
        }
        return null;
    }

    private static JsonNode findArticle(JsonNode node, int depth) {
        if (node == null || depth > 4) return null;
        if (node.isArray()) {
            for (JsonNode n : node) {
                JsonNode f = findArticle(n, depth + 1);
                if (f != null) return f;
            }
            return null;
        }
        if (!node.isObject()) return null;
        JsonNode type = node.get("@type");
        if (type != null) {
            for (JsonNode t : type.isArray() ? type : List.of(type)) {
                String s = t.asText("");
                if (s.endsWith("Article") || s.equals("BlogPosting") || s.equals("Report") || s.equals("LiveBlogPosting"))
                    return node;
            }
        }
        return findArticle(node.get("@graph"), depth + 1);
    }

    private static String ldAuthor(JsonNode ld) {
        if (ld == null) return null;
        JsonNode a = ld.get("author");
        if (a == null) a = ld.get("creator");
        if (a == null) return null;
        List<String> names = new ArrayList<>();
        for (JsonNode n : a.isArray() ? a : List.of(a)) {
            String name = n.isTextual() ? n.asText() : n.path("name").asText("");
            if (!name.isBlank()) names.add(name.strip());
        }
        return names.isEmpty() ? null : String.join(", ", names);
    }

    private static String text(JsonNode ld, String... path) {
        if (ld == null) return null;
        JsonNode n = ld;
        for (String p : path) {
            n = n.get(p);
            if (n == null) return null;
            if (n.isArray() && !n.isEmpty()) n = n.get(0);
        }
        return n.isTextual() ? n.asText() : null;
    }

    /**
     * The content of the first meta tag with this name or property. Names are compared without
     * case and with ':' as '.' ("DC:Title" is "dc.title"); a property may list several names.
     */
    private static String meta(Document doc, String name) {
        String want = name.toLowerCase(Locale.ROOT).replace(':', '.');
        for (Element e : doc.select("meta[content]")) {
            String c = e.attr("content");
            if (c.isBlank()) continue;
            for (String attr : new String[] {"name", "property", "itemprop"}) {
                for (String n : e.attr(attr).toLowerCase(Locale.ROOT).replace(':', '.').split("\\s+"))
                    if (n.equals(want) || n.equals(want.replace("dcterm.", "dcterms.")))
                        return c;
            }
        }
        return null;
    }

    private static String attr(Element e, String name) {
        return e == null ? null : e.attr(name);
    }

    private static String textOf(Element e) {
        return e == null ? null : e.text();
    }

    static String firstNonBlank(String... values) {
        for (String v : values) if (v != null && !v.isBlank()) return v.replaceAll("\\s+", " ").strip();
        return null;
    }
}
