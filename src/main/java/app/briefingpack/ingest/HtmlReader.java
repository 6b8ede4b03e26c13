package app.briefingpack.ingest;

import app.briefingpack.model.BlockKind;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads a web page as the reader view of a browser does: Mozilla Readability's scoring (its Java
 * port, Readability4J) chooses the article's element, by text and link density, paragraphs and
 * punctuation, with class and id words only as weights, so a "sidebar" class on {@code <body>}
 * cannot delete the page. {@link HtmlBlocks} then turns that element into typed text units, and
 * {@link PageMetadata} reads title, author, date and publication from the page's metadata.
 *
 * <p>Parsing is offline: jsoup never fetches anything when it parses a string, so no external
 * resource is loaded.
 */
final class HtmlReader {

    /** Elements that are never article prose, for the fallback when Readability finds nothing. */
    private static final String NOT_PROSE = "script, style, noscript, template, iframe, object, embed, button, "
            + "input, select, textarea, svg, canvas, nav, footer, aside, menu, dialog, "
            + "[role=navigation], [role=contentinfo], [aria-hidden=true], [hidden]";

    /** Never the article, wherever it stands: hidden, navigation, page-wide landmarks, dialogs. */
    private static final String FURNITURE = "[hidden], [aria-hidden=true], nav, [role=navigation], [role=contentinfo], "
            + "[role=complementary], [role=search], dialog, menu, body > footer, body > aside, button, input, select, textarea";

    /**
     * Below this many characters of text the visible page may be a "please enable JavaScript"
     * shell around a {@code <noscript>} article, or Readability found only a scrap. Characters,
     * not words: Chinese and Japanese have no spaces between words.
     */
    private static final int SHELL_CHARS = 250;

    /** What the page says about itself, besides the text. */
    record Result(ExtractedText text, String title, String author, String publication, String date, String url) {}

    private HtmlReader() {}

    static Result read(String html, String name, List<String> warnings) {
        HtmlDepthLimit.Limited limited = HtmlDepthLimit.apply(html);
        if (limited.droppedTags() > 0)
            warnings.add(name + ": elements nested deeper than " + HtmlDepthLimit.MAX_DEPTH + " levels were flattened ("
                    + limited.droppedTags() + " tags dropped, their text kept)");
        Document doc = Jsoup.parse(limited.html());
        int unwrapped = HtmlDepthLimit.flatten(doc);
        if (unwrapped > 0 && limited.droppedTags() == 0)
            warnings.add(name + ": elements nested deeper than " + HtmlDepthLimit.MAX_DEPTH + " levels were flattened ("
                    + unwrapped + " elements, their text kept)");
        HtmlDepthLimit.wrapWideBody(doc);
        PageMetadata meta = PageMetadata.of(doc);
        String bylineElement = PageMetadata.bylineElement(doc);
        String noscript = noscriptHtml(doc);

        String headline = PageMetadata.firstNonBlank(meta.title(), meta.h1());
        Extraction main = extract(doc, headline, meta.standfirst());
        if (size(main.text()) < SHELL_CHARS && !noscript.isBlank()) {
            // The article may stand inside <noscript> (the page shows it only without scripts),
            // while the visible page says "please enable JavaScript".
            Extraction inner = extract(Jsoup.parse(noscript), headline, meta.standfirst());
            if (size(inner.text()) > size(main.text())) main = inner;
        }
        String title = PageMetadata.firstNonBlank(meta.title(),
                PageMetadata.withoutSiteName(main.title(), meta.publication(), meta.h1()), meta.h1());
        String author = PageMetadata.firstNonBlank(meta.author(), Byline.clean(main.byline()), bylineElement);
        return new Result(main.text(), title, author, meta.publication(),
                meta.date() == null ? null : meta.date().strip(), meta.url());
    }

    /** The article's text units and what Readability made of title and byline. */
    private record Extraction(ExtractedText text, String title, String byline) {}

    private static Extraction extract(Document doc, String headline, String standfirst) {
        prepare(doc);
        Document spare = doc.clone(); // Readability changes the document it reads
        Element content = null;
        String title = null;
        String byline = null;
        try {
            ReaderView.Result article = ReaderView.parse(doc, spare);
            content = article.content();
            title = article.title();
            byline = article.byline();
        } catch (RuntimeException e) {
            // Readability gives up on some odd pages; the fallback below still reads them
        }
        ExtractedText text = units(content, headline, standfirst);
        if (size(text) < SHELL_CHARS) {
            // Readability found nothing, or a scrap: the largest block of paragraphs may be the article
            ExtractedText largest = units(largestTextBlock(spare), headline, standfirst);
            if (size(largest) > size(text)) text = largest;
        }
        return new Extraction(text, title, byline);
    }

    /**
     * What no reader shows or reads as the article goes before scoring: hidden elements,
     * navigation, and forms and advertisement slots that hold a small part of the page's text (a
     * search box, a sign-up or comment form; a page that is all one form keeps it). Embedded posts are marked here, as
     * Readability drops class names.
     */
    private static void prepare(Document doc) {
        doc.select(FURNITURE).remove();
        for (Element e : doc.select("[style]")) {
            if (HtmlBlocks.isHidden(e)) e.remove();
        }
        List<Element> small = new java.util.ArrayList<>(doc.select("form"));
        for (Element e : doc.select("[class], [id]")) {
            if (HtmlBlocks.isEmbed(e)) e.attr(HtmlBlocks.EMBED_MARK, "");
            else if (isAdvert(e)) small.add(e);
        }
        int pageChars = small.isEmpty() || doc.body() == null ? 0 : doc.body().text().length();
        for (Element e : small) {
            if (e.parent() != null && e.text().length() * 2 < pageChars) e.remove();
        }
    }

    /**
     * A class or id token that names an advertisement slot ("ad", "ads", "advert", "ad-slot",
     * "adsbygoogle", "sponsored"). Readability only weighs "-ad-", so an ad block beside the
     * article passes as a sibling paragraph. Whole tokens only: "has-ads" on {@code <body>} or
     * "header" are no ads; and an element holding half the page's text is never removed.
     */
    private static final Pattern ADVERT = Pattern.compile("(?i)(ads?|adverts?|advertisement|advertising|adsbygoogle"
            + "|sponsored|promoted)([-_](slot|unit|container|wrapper|box|banner|block|label|placeholder|inline))?"
            + "|(dfp|gpt|google)[-_]ads?");

    private static boolean isAdvert(Element e) {
        for (String token : e.classNames()) if (ADVERT.matcher(token).matches()) return true;
        return !e.id().isEmpty() && ADVERT.matcher(e.id()).matches();
    }

    private static ExtractedText units(Element content, String headline, String standfirst) {
        ExtractedText text = new ExtractedText();
        if (content == null) return text;
        if (standfirst != null && !content.text().contains(standfirst) && !content.text().isBlank())
            text.add(standfirst, BlockKind.STANDFIRST, 0, 0);
        HtmlBlocks.read(content, headline, text);
        if (text.blocks().stream().allMatch(b -> b.kind() == BlockKind.STANDFIRST)) return new ExtractedText();
        return text;
    }

    /**
     * The element whose paragraphs hold the most text, else the body: for pages Readability cannot
     * read. As in Readability's scoring, a paragraph counts fully for its parent and half for its
     * grandparent, so an article split into sections (each its own {@code <div>}) is found whole
     * in the element that holds the sections, not one section alone.
     */
    private static Element largestTextBlock(Document doc) {
        doc.select(NOT_PROSE).remove();
        java.util.Map<Element, Integer> scores = new java.util.IdentityHashMap<>();
        for (Element p : doc.body().select("p, pre")) {
            int chars = p.text().length();
            Element parent = p.parent();
            if (parent == null) continue;
            scores.merge(parent, chars, Integer::sum);
            if (parent.parent() != null) scores.merge(parent.parent(), chars / 2, Integer::sum);
        }
        Element best = doc.body();
        int bestChars = 0;
        for (var e : scores.entrySet()) {
            if (e.getValue() > bestChars) {
                bestChars = e.getValue();
                best = e.getKey();
            }
        }
        return bestChars > 200 ? best : doc.body();
    }

    /** The HTML inside the page's {@code <noscript>} elements (jsoup keeps it as text). */
    private static String noscriptHtml(Document doc) {
        StringBuilder sb = new StringBuilder();
        for (Element e : doc.select("body noscript")) sb.append(e.data().isEmpty() ? e.html() : e.data()).append('\n');
        return sb.toString();
    }

    private static int size(ExtractedText text) {
        int n = 0;
        for (TextBlock b : text.blocks()) n += b.text().length();
        return n;
    }
}
