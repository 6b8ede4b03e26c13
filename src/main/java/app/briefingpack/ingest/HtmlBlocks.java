package app.briefingpack.ingest;

import app.briefingpack.model.BlockKind;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Turns the article's element into typed text units: headings with their level, paragraphs,
 * block quotes, list items, figure captions, embedded posts, table cells. Text between block
 * elements (a {@code <div>} of {@code <br>}-separated lines, {@code <span>}s) is a paragraph of
 * its own, so nothing the article holds is lost for want of a {@code <p>}.
 */
final class HtmlBlocks {

    /** Elements that end the running paragraph: what a browser lays out as a block. */
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "header", "footer",
            "aside", "pre", "address", "center", "details", "summary", "dd", "dt", "dl", "li", "tr", "td", "th",
            "table", "tbody", "thead", "tfoot", "figure", "hr", "br", "form", "fieldset", "nav", "h1", "h2", "h3",
            "h4", "h5", "h6", "blockquote", "ul", "ol", "figcaption", "caption", "picture", "video", "audio");

    private static final Set<String> NOT_TEXT = Set.of("script", "style", "noscript", "template", "button", "input",
            "select", "textarea", "svg", "canvas", "iframe", "object", "embed", "img", "video", "audio",
            "picture", "source", "head", "title", "meta", "link");

    /** class words of embedded social-media posts. */
    private static final Pattern EMBED = Pattern.compile(
            "(^|\\s)(twitter-tweet|twitter-video|instagram-media|tiktok-embed|fb-post|reddit-card|bluesky-embed|"
                    + "mastodon-embed|threads-post)($|\\s)", Pattern.CASE_INSENSITIVE);

    private static final Pattern HIDDEN_STYLE = Pattern.compile("(display\\s*:\\s*none|visibility\\s*:\\s*hidden)",
            Pattern.CASE_INSENSITIVE);

    private final ExtractedText out;
    private final String headline;
    private final StringBuilder run = new StringBuilder();
    private Ctx runCtx = Ctx.BODY;

    /** The kind, level and group that text met now belongs to. */
    private record Ctx(BlockKind kind, int level, int group) {
        static final Ctx BODY = new Ctx(BlockKind.PARAGRAPH, 0, 0);
    }

    private HtmlBlocks(ExtractedText out, String headline) {
        this.out = out;
        this.headline = headline == null ? "" : normal(headline);
    }

    /** Appends the text units of {@code root} to {@code out}; a heading that repeats the headline is left out. */
    static void read(Element root, String headline, ExtractedText out) {
        HtmlBlocks walker = new HtmlBlocks(out, headline);
        walker.walkChildren(root, Ctx.BODY);
        walker.flush();
    }

    private void walkChildren(Element el, Ctx ctx) {
        for (Node child : el.childNodes()) {
            if (child instanceof TextNode t) append(t.getWholeText(), ctx);
            else if (child instanceof Element e) walk(e, ctx);
        }
    }

    private void walk(Element el, Ctx ctx) {
        String tag = el.normalName();
        if (NOT_TEXT.contains(tag) || isHidden(el)) return;
        if (el.hasAttr(EMBED_MARK) || isEmbed(el)) {
            flush();
            emit(el.text(), new Ctx(BlockKind.EMBED, 0, 0));
            return;
        }
        switch (tag) {
            case "h1", "h2", "h3", "h4", "h5", "h6" -> {
                flush();
                String text = el.text();
                if (ctx.kind() == BlockKind.PARAGRAPH && !normal(text).equals(headline))
                    emit(text, new Ctx(BlockKind.HEADING, Math.max(2, tag.charAt(1) - '0'), 0));
                else if (ctx.kind() != BlockKind.PARAGRAPH) emit(text, ctx);
            }
            case "blockquote" -> {
                flush();
                Ctx quote = ctx.kind() == BlockKind.PARAGRAPH ? new Ctx(BlockKind.QUOTE, 0, out.newGroup()) : ctx;
                walkChildren(el, quote);
                flush();
            }
            case "ul", "ol" -> {
                flush();
                int level = ctx.kind() == BlockKind.LIST_ITEM ? ctx.level() + 1 : 1;
                Ctx item = ctx.kind() == BlockKind.PARAGRAPH || ctx.kind() == BlockKind.LIST_ITEM
                        ? new Ctx(BlockKind.LIST_ITEM, level, out.newGroup()) : ctx;
                for (Element li : el.children()) {
                    if (li.normalName().equals("li")) {
                        walkChildren(li, item);
                        flush();
                    } else {
                        walk(li, ctx);
                    }
                }
                flush();
            }
            case "figcaption", "caption" -> {
                flush();
                emit(el.text(), new Ctx(BlockKind.CAPTION, 0, 0));
            }
            // A formula is part of its sentence: its spoken form (alttext) where the page gives one, else its symbols.
            case "math" -> append(" " + mathText(el) + " ", ctx);
            case "br", "hr" -> flush();
            default -> {
                boolean block = BLOCKS.contains(tag);
                if (block) flush();
                walkChildren(el, ctx);
                if (block) flush();
            }
        }
    }

    /** A formula's spoken form where the page gives one (alttext), else its symbols one by one ("a x 2 = 0"). */
    private static String mathText(Element math) {
        if (!math.attr("alttext").isBlank()) return math.attr("alttext");
        var tokens = math.select("mi, mn, mo, mtext, ms");
        return tokens.isEmpty() ? math.text() : String.join(" ", tokens.eachText());
    }

    /** An attribute that marks an embedded post for this walker, set before Readability drops class names. */
    static final String EMBED_MARK = "data-briefing-embed";

    static boolean isEmbed(Element el) {
        return EMBED.matcher(el.className()).find();
    }

    /** Hidden by the page: a reader never sees it. */
    static boolean isHidden(Element el) {
        if (el.hasAttr("hidden") || "true".equals(el.attr("aria-hidden"))) return true;
        String style = el.attr("style");
        return !style.isEmpty() && HIDDEN_STYLE.matcher(style).find();
    }

    private void append(String text, Ctx ctx) {
        if (run.length() == 0 || run.toString().isBlank()) runCtx = ctx;
        run.append(text);
    }

    private void flush() {
        if (!run.toString().isBlank()) emit(run.toString(), runCtx);
        run.setLength(0);
    }

    private void emit(String text, Ctx ctx) {
        out.add(text, ctx.kind(), ctx.level(), ctx.group());
    }

    private static String normal(String s) {
        return s.replaceAll("[\\s\\u00A0]+", " ").strip().toLowerCase(java.util.Locale.ROOT);
    }
}
