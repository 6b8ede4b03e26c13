package app.briefingpack.ingest;

import org.commonmark.node.AbstractVisitor;
import app.briefingpack.model.BlockKind;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;

/**
 * Reads CommonMark: the first level-1 heading is the title; the other headings, paragraphs, block
 * quotes and list items are the body, each typed as such. Raw HTML, code blocks and images are
 * not article prose.
 */
final class MarkdownReader {

    private static final Parser PARSER = Parser.builder().build();

    /** The extracted text and the headline, if the document has a level-1 heading. */
    record Result(ExtractedText text, String title) {}

    /**
     * commonmark-java takes time quadratic in the number of lines of one paragraph for some
     * lines (e.g. thousands of lines starting "--- "): 160,000 such lines took 9 s. No article
     * paragraph has this many lines, so lines beyond it are joined to the line before.
     */
    static final int MAX_LINES_PER_BLOCK = 200;

    private MarkdownReader() {}

    static Result read(String markdown) {
        ExtractedText text = new ExtractedText();
        String[] title = {null};
        PARSER.parse(foldLongBlocks(markdown)).accept(new AbstractVisitor() {
            /** The kind, level and group of the quote or list being read, if any. */
            private BlockKind kind = BlockKind.PARAGRAPH;
            private int level;
            private int group;

            @Override
            public void visit(Heading heading) {
                String t = inlineText(heading).strip();
                if (heading.getLevel() == 1 && title[0] == null) title[0] = t;
                else if (kind == BlockKind.PARAGRAPH) text.add(t, BlockKind.HEADING, Math.max(2, heading.getLevel()), 0);
                else text.add(t, kind, level, group);
            }

            @Override
            public void visit(org.commonmark.node.Paragraph paragraph) {
                text.add(inlineText(paragraph), kind, level, group);
            }

            @Override
            public void visit(BlockQuote quote) {
                if (kind != BlockKind.PARAGRAPH) {
                    visitChildren(quote);
                    return;
                }
                within(BlockKind.QUOTE, 0, () -> visitChildren(quote));
            }

            @Override
            public void visit(BulletList list) {
                list(list);
            }

            @Override
            public void visit(OrderedList list) {
                list(list);
            }

            private void list(Node list) {
                if (kind == BlockKind.QUOTE) {
                    visitChildren(list);
                    return;
                }
                int depth = kind == BlockKind.LIST_ITEM ? level + 1 : 1;
                within(BlockKind.LIST_ITEM, depth, () -> visitChildren(list));
            }

            private void within(BlockKind k, int l, Runnable body) {
                BlockKind oldKind = kind;
                int oldLevel = level;
                int oldGroup = group;
                kind = k;
                level = l;
                group = text.newGroup();
                body.run();
                kind = oldKind;
                level = oldLevel;
                group = oldGroup;
            }

            @Override
            public void visit(HtmlBlock html) { /* not prose */ }

            @Override
            public void visit(FencedCodeBlock code) { /* not prose */ }

            @Override
            public void visit(IndentedCodeBlock code) { /* not prose */ }
        });
        return new Result(text, title[0]);
    }

    /** Joins lines past {@link #MAX_LINES_PER_BLOCK} in a run of non-blank lines; code fences are kept. */
    static String foldLongBlocks(String markdown) {
        StringBuilder out = new StringBuilder(markdown.length());
        int run = 0;
        int at = 0;
        int n = markdown.length();
        while (at < n) {
            int nl = markdown.indexOf('\n', at);
            int end = nl < 0 ? n : nl;
            String line = markdown.substring(at, end);
            String trimmed = line.stripLeading();
            boolean fence = trimmed.startsWith("```") || trimmed.startsWith("~~~");
            if (line.isBlank() || fence) run = 0;
            else run++;
            if (run > MAX_LINES_PER_BLOCK && out.length() > 0 && out.charAt(out.length() - 1) == '\n') {
                out.setCharAt(out.length() - 1, ' ');
            }
            out.append(line);
            if (nl >= 0) out.append('\n');
            at = end + 1;
        }
        return out.toString();
    }

    private static String inlineText(Node parent) {
        StringBuilder sb = new StringBuilder();
        appendInline(parent, sb);
        return sb.toString();
    }

    private static void appendInline(Node parent, StringBuilder sb) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Text t) sb.append(t.getLiteral());
            else if (n instanceof Code c) sb.append(c.getLiteral());
            else if (n instanceof SoftLineBreak || n instanceof HardLineBreak) sb.append(' ');
            else if (n instanceof HtmlInline || n instanceof Image) continue;
            else appendInline(n, sb);
        }
    }
}
