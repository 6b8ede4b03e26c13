package app.briefingpack.epub;

import java.util.ArrayList;
import java.util.List;

import app.briefingpack.layout.Block;
import app.briefingpack.layout.Columns;
import app.briefingpack.layout.Figure;
import app.briefingpack.layout.Heading;
import app.briefingpack.layout.ListBlock;
import app.briefingpack.layout.Run;
import app.briefingpack.layout.Table;
import app.briefingpack.layout.TextParagraph;

/**
 * Writes a document's semantic blocks (the ones the PDFs are laid out from) as XHTML: headings,
 * paragraphs, lists and tables keep their meaning, so a reading system can navigate them and
 * restyle them at will; drawings become their text alternative. Collects the headings for the
 * navigation document.
 */
final class BlockXhtml {

    /** A heading written, for the table of contents. */
    record Anchor(int level, String id, String text) {
    }

    private final StringBuilder out = new StringBuilder();
    private final List<Anchor> headings = new ArrayList<>();
    private final String idPrefix;

    BlockXhtml(String idPrefix) {
        this.idPrefix = idPrefix;
    }

    BlockXhtml blocks(List<Block> blocks) {
        for (Block b : blocks) block(b);
        return this;
    }

    String xhtml() {
        return out.toString();
    }

    List<Anchor> headings() {
        return headings;
    }

    private void block(Block b) {
        if (b instanceof Heading h) {
            int level = Math.max(1, Math.min(6, h.level()));
            String id = idPrefix + "-h" + (headings.size() + 1);
            headings.add(new Anchor(level, id, h.text()));
            out.append("<h").append(level).append(" id=\"").append(id).append("\">").append(runs(h.runs()))
                    .append("</h").append(level).append(">\n");
        } else if (b instanceof TextParagraph p) {
            out.append("<p>").append(runs(p.runs())).append("</p>\n");
        } else if (b instanceof ListBlock l) {
            String tag = l.ordered() ? "ol" : "ul";
            out.append('<').append(tag).append(">\n");
            for (ListBlock.ListItem item : l.items()) out.append("<li>").append(runs(item.runs())).append("</li>\n");
            out.append("</").append(tag).append(">\n");
        } else if (b instanceof Table t) {
            table(t);
        } else if (b instanceof Figure f) {
            String alt = f.caption() != null && !f.caption().isBlank() ? f.caption() : f.alt();
            out.append("<p>").append(Xml.text(alt)).append("</p>\n");
        } else if (b instanceof Columns c) {
            blocks(c.left());
            blocks(c.right());
        }
        // Rules and page breaks are presentation: a reading system paginates by itself.
    }

    private void table(Table t) {
        out.append("<table>\n");
        if (t.caption() != null && !t.caption().isBlank()) out.append("<caption>").append(Xml.text(t.caption())).append("</caption>\n");
        if (!t.header().isEmpty()) {
            out.append("<thead>\n");
            for (Table.Row row : t.header()) row(row, "th");
            out.append("</thead>\n");
        }
        out.append("<tbody>\n");
        for (Table.Row row : t.body()) row(row, "td");
        out.append("</tbody>\n</table>\n");
    }

    private void row(Table.Row row, String cell) {
        out.append("<tr>");
        for (List<Run> c : row.cells()) {
            out.append('<').append(cell).append(cell.equals("th") ? " scope=\"col\"" : "").append('>')
                    .append(runs(c)).append("</").append(cell).append('>');
        }
        out.append("</tr>\n");
    }

    /** Inline runs: emphasis, strong, terms; links are kept as text (a pack never links out unasked). */
    static String runs(List<Run> runs) {
        StringBuilder s = new StringBuilder();
        for (Run r : runs) {
            String text = Xml.text(r.text());
            String lang = r.lang() == null ? "" : " lang=\"" + Xml.text(r.lang()) + "\" xml:lang=\"" + Xml.text(r.lang()) + "\"";
            switch (r.style()) {
                case EMPHASIS -> s.append("<em").append(lang).append('>').append(text).append("</em>");
                case STRONG -> s.append("<strong").append(lang).append('>').append(text).append("</strong>");
                case TERM -> s.append("<dfn").append(lang).append('>').append(text).append("</dfn>");
                default -> s.append(lang.isEmpty() ? text : "<span" + lang + ">" + text + "</span>");
            }
        }
        return s.toString();
    }
}
