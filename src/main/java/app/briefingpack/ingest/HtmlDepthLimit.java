package app.briefingpack.ingest;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * Caps how deeply a page's elements nest, before the page is parsed.
 *
 * <p>Why before: an HTML tree builder rescans its stack of open elements for many tags, and CSS
 * selectors with a descendant or child combinator walk every element's ancestors, so the cost
 * of a page grows with elements × depth. 100,000 nested {@code <div>}s (1.1 MB, under the file
 * limit) never finished. Real articles nest 20–60 deep; past {@link #MAX_DEPTH} the start and
 * end tags are dropped and their text kept, as browsers cap nesting too (WebKit at 512).
 *
 * <p>One linear scan, no regular expressions: comments, doctype and processing instructions
 * are skipped whole, the content of raw-text elements (script, style, textarea, title) is not
 * scanned for tags, void elements and self-closing tags open no level, and elements whose end
 * tag may be left out ({@code p}, {@code li}, table rows and cells …) are not counted, so an old
 * page full of unclosed {@code <p>}s is never mistaken for a deep one.
 */
final class HtmlDepthLimit {

    /**
     * Twice the deepest real articles. Readability's cleaning walks the whole subtree of every
     * candidate element, so its cost is elements × depth too: 20,000 nested list items with a
     * paragraph each took over 20 s of reading at 256 levels.
     */
    static final int MAX_DEPTH = 128;

    private static final Set<String> VOID = Set.of("area", "base", "br", "col", "embed", "hr", "img", "input", "link",
            "meta", "param", "source", "track", "wbr", "basefont", "bgsound", "frame", "keygen", "image");
    /** End tag optional (HTML 13.1.2.4): left uncounted, never a source of runaway depth. */
    private static final Set<String> OPTIONAL_END = Set.of("p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th",
            "thead", "tbody", "tfoot", "colgroup", "caption", "rb", "rt", "rp", "rtc", "html", "head", "body");
    private static final Set<String> RAW_TEXT = Set.of("script", "style", "textarea", "title", "xmp", "noembed",
            "noframes", "iframe", "plaintext");

    /** The page with tags past the limit dropped, and how many were dropped. */
    record Limited(String html, int droppedTags) {}

    private HtmlDepthLimit() {}

    static Limited apply(String html) {
        StringBuilder out = null; // made only when something is dropped
        int copiedUpTo = 0;
        int depth = 0;
        int skipped = 0; // start tags dropped and not yet closed
        int dropped = 0;
        int n = html.length();
        int i = html.indexOf('<');
        while (i >= 0 && i < n - 1) {
            char next = html.charAt(i + 1);
            int end;
            if (html.startsWith("<!--", i)) {
                end = html.indexOf("-->", i + 4);
                end = end < 0 ? n : end + 3;
            } else if (next == '!' || next == '?') {
                end = tagEnd(html, i + 2);
            } else if (next == '/' && i + 2 < n && Character.isLetter(html.charAt(i + 2))) {
                int nameEnd = nameEnd(html, i + 2);
                String name = html.substring(i + 2, nameEnd).toLowerCase(Locale.ROOT);
                end = tagEnd(html, nameEnd);
                if (!VOID.contains(name) && !OPTIONAL_END.contains(name)) {
                    if (skipped > 0) {
                        skipped--;
                        out = drop(out, html, copiedUpTo, i);
                        copiedUpTo = end;
                        dropped++;
                    } else if (depth > 0) {
                        depth--;
                    }
                }
            } else if (Character.isLetter(next)) {
                int nameEnd = nameEnd(html, i + 1);
                String name = html.substring(i + 1, nameEnd).toLowerCase(Locale.ROOT);
                end = tagEnd(html, nameEnd);
                boolean selfClosing = end >= 2 && html.charAt(end - 2) == '/';
                if (RAW_TEXT.contains(name)) {
                    end = rawTextEnd(html, end, name);
                } else if (!VOID.contains(name) && !OPTIONAL_END.contains(name) && !selfClosing) {
                    if (depth >= MAX_DEPTH) {
                        skipped++;
                        out = drop(out, html, copiedUpTo, i);
                        copiedUpTo = end;
                        dropped++;
                    } else {
                        depth++;
                    }
                }
            } else {
                end = i + 1; // a lone '<' in text
            }
            i = end >= n ? -1 : html.indexOf('<', end);
        }
        if (out == null) return new Limited(html, 0);
        out.append(html, copiedUpTo, n);
        return new Limited(out.toString(), dropped);
    }

    /**
     * After parsing: the tree builder adds elements of its own (a table's {@code tbody}, rows and
     * cells around stray content), so the tree can still be deeper than the tags said. Elements
     * past {@link #MAX_DEPTH} are unwrapped: an element at that depth keeps, in order, the text
     * (and other leaves) of everything inside it. Iterative (no recursion on a deep tree) and
     * linear: each such element's children are replaced at once, not unwrapped one by one (jsoup
     * renumbers a node's later siblings on every move; 50,000 nested list items took minutes).
     * Returns the number of elements unwrapped.
     */
    static int flatten(Element root) {
        int unwrapped = 0;
        ArrayDeque<Element> stack = new ArrayDeque<>();
        ArrayDeque<Integer> depths = new ArrayDeque<>();
        stack.push(root);
        depths.push(0);
        while (!stack.isEmpty()) {
            Element element = stack.pop();
            int depth = depths.pop();
            if (depth == MAX_DEPTH) {
                unwrapped += flattenInside(element);
                continue;
            }
            List<Element> children = element.children();
            for (int c = children.size() - 1; c >= 0; c--) {
                stack.push(children.get(c));
                depths.push(depth + 1);
            }
        }
        return unwrapped;
    }

    /** Replaces the children of {@code element} by the leaves of its subtree, in order; returns the elements removed. */
    private static int flattenInside(Element element) {
        if (element.children().isEmpty()) return 0;
        List<Node> leaves = new ArrayList<>();
        int elements = 0;
        ArrayDeque<Node> stack = new ArrayDeque<>();
        for (int c = element.childNodeSize() - 1; c >= 0; c--) stack.push(element.childNode(c));
        while (!stack.isEmpty()) {
            Node node = stack.pop();
            if (node instanceof Element inner) {
                elements++;
                for (int c = inner.childNodeSize() - 1; c >= 0; c--) stack.push(inner.childNode(c));
            } else {
                leaves.add(node.clone()); // a leaf's clone has no parent to be removed from
            }
        }
        element.empty();
        element.appendChildren(leaves);
        return elements;
    }

    /** More children than this directly in {@code <body>} are first put into one {@code <div>}. */
    static final int MAX_BODY_CHILDREN = 1_000;

    /**
     * Readability, finding no better container, moves every child of {@code <body>} into a new
     * element one at a time, and jsoup renumbers a node's later siblings on each removal: with
     * 60,000 paragraphs straight in the body that was quadratic (minutes). The children are put
     * into one {@code <div>} here instead, removed last first (nothing to renumber), so
     * Readability finds that container. Returns whether it did.
     */
    static boolean wrapWideBody(Document doc) {
        Element body = doc.body();
        if (body == null || body.childNodeSize() <= MAX_BODY_CHILDREN) return false;
        List<Node> kids = new ArrayList<>(body.childNodes());
        for (int i = kids.size() - 1; i >= 0; i--) kids.get(i).remove();
        Element wrapper = new Element("div");
        wrapper.appendChildren(kids);
        body.appendChild(wrapper);
        return true;
    }

    private static StringBuilder drop(StringBuilder out, String html, int copiedUpTo, int tagStart) {
        if (out == null) out = new StringBuilder(html.length());
        out.append(html, copiedUpTo, tagStart);
        return out;
    }

    private static int nameEnd(String html, int from) {
        int j = from;
        while (j < html.length()) {
            char c = html.charAt(j);
            if (Character.isWhitespace(c) || c == '>' || c == '/') break;
            j++;
        }
        return j;
    }

    /** Just past the {@code >} that ends a tag, skipping quoted attribute values. */
    private static int tagEnd(String html, int from) {
        char quote = 0;
        for (int j = from; j < html.length(); j++) {
            char c = html.charAt(j);
            if (quote != 0) {
                if (c == quote) quote = 0;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>') {
                return j + 1;
            }
        }
        return html.length();
    }

    /** Just past the end tag of a raw-text element, whose content holds no tags. */
    private static int rawTextEnd(String html, int from, String name) {
        String close = "</" + name;
        int j = from;
        while (true) {
            j = html.indexOf("</", j);
            if (j < 0) return html.length();
            if (html.regionMatches(true, j, close, 0, close.length())) return tagEnd(html, j + close.length());
            j += 2;
        }
    }
}
