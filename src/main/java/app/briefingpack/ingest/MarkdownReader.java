package app.briefingpack.ingest;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
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
 * Reads CommonMark: the first level-1 heading is the title, paragraphs (also inside block quotes
 * and list items) are the body. Raw HTML, code blocks and images are not article prose.
 */
final class MarkdownReader {

    private static final Parser PARSER = Parser.builder().build();

    /** The extracted text and the headline, if the document has a level-1 heading. */
    record Result(ExtractedText text, String title) {}

    private MarkdownReader() {}

    static Result read(String markdown) {
        ExtractedText text = new ExtractedText();
        String[] title = {null};
        PARSER.parse(markdown).accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                if (heading.getLevel() == 1 && title[0] == null) title[0] = inlineText(heading).strip();
            }

            @Override
            public void visit(org.commonmark.node.Paragraph paragraph) {
                text.add(inlineText(paragraph));
            }

            @Override
            public void visit(BlockQuote quote) {
                visitChildren(quote);
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
