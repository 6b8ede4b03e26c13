package app.briefingpack.ingest;

import app.briefingpack.model.BlockKind;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.TextPosition;

/**
 * Reads a tagged PDF through its structure tree, the way a screen reader does: P, H and H1-H6,
 * BlockQuote, L/LI and Caption become typed blocks; Artifact, Note, Figure and list labels are
 * skipped. The glyphs of each marked-content sequence are found page by page (MCID), so the text
 * comes in the tree's reading order, whatever the order of drawing.
 */
final class PdfTaggedText {

    /** Elements whose text is not the article's: page furniture, footnotes and margin notes, pictures. */
    private static final Set<String> SKIPPED = Set.of("Artifact", "Note", "Figure", "Formula", "Form", "Private");

    /** Elements that are one block of text each. */
    private static final Set<String> BLOCKS = Set.of("P", "H", "H1", "H2", "H3", "H4", "H5", "H6", "Title", "Caption",
            "TD", "TH", "TOCI", "BibEntry", "Code");

    /** What the tree held: the typed blocks and the title, if the document's first heading is an H1 or Title. */
    record Result(ExtractedText text, String title, int blocks) {}

    private final Map<COSDictionary, Map<Integer, List<TextPosition>>> byPage = new HashMap<>();
    private final PdfBudget budget;
    private final ExtractedText text = new ExtractedText();
    private String title;
    private int blocks;
    /** Visible glyphs on the pages, tagged or not. */
    private long glyphs;
    private boolean seenHeading;

    private PdfTaggedText(PdfBudget budget) {
        this.budget = budget;
    }

    /** The document's blocks by its structure tree; zero blocks when it has no usable tree. */
    static Result read(PDDocument doc, PdfBudget budget) throws IOException {
        PDStructureTreeRoot root = doc.getDocumentCatalog().getStructureTreeRoot();
        PdfTaggedText reader = new PdfTaggedText(budget);
        if (root == null || root.getKids().isEmpty()) return new Result(reader.text, null, 0);
        for (PDPage page : doc.getPages()) reader.collect(page);
        reader.walk(root, null, 0, 0);
        // a tree that reaches under half the page text (only figures tagged, a broken tree) is not
        // the document's reading order: the layout is read instead
        int blocks = reader.text.body().length() * 2 < reader.glyphs ? 0 : reader.blocks;
        return new Result(reader.text, reader.title, blocks);
    }

    /** The glyphs of each marked-content sequence on the page, by MCID. */
    private void collect(PDPage page) throws IOException {
        budget.checkContent(page);
        PDFMarkedContentExtractor extractor = new PDFMarkedContentExtractor() {
            @Override
            protected void processTextPosition(TextPosition t) {
                budget.glyph();
                if (t.getUnicode() != null && !t.getUnicode().isBlank()) glyphs++;
                super.processTextPosition(t);
            }

            @Override
            protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
                budget.operator();
                super.processOperator(operator, operands);
            }
        };
        extractor.processPage(page);
        Map<Integer, List<TextPosition>> mcids = new HashMap<>();
        for (PDMarkedContent mc : extractor.getMarkedContents()) flatten(mc, mcids, null);
        byPage.put(page.getCOSObject(), mcids);
    }

    /** Nested sequences without an MCID of their own belong to the enclosing one. */
    private static void flatten(PDMarkedContent mc, Map<Integer, List<TextPosition>> mcids, List<TextPosition> outer) {
        if ("Artifact".equals(mc.getTag())) return;
        List<TextPosition> own = mc.getMCID() >= 0 ? mcids.computeIfAbsent(mc.getMCID(), k -> new ArrayList<>()) : outer;
        for (Object o : mc.getContents()) {
            if (o instanceof TextPosition t && own != null) own.add(t);
            else if (o instanceof PDMarkedContent inner) flatten(inner, mcids, own);
        }
    }

    private void walk(PDStructureNode node, PDPage page, int listDepth, int quoteGroup) {
        for (Object kid : node.getKids()) {
            if (!(kid instanceof PDStructureElement e)) continue;
            String type = type(e);
            PDPage here = e.getPage() != null ? e.getPage() : page;
            if (SKIPPED.contains(type)) continue;
            switch (type) {
                case "L" -> list(e, here, listDepth + 1, text.newGroup());
                case "LI" -> item(e, here, Math.max(1, listDepth), text.newGroup());
                case "BlockQuote" -> {
                    int group = text.newGroup();
                    if (hasContent(e)) add(textOf(e, here, false), BlockKind.QUOTE, 0, group);
                    else walk(e, here, listDepth, group);
                }
                default -> {
                    if (BLOCKS.contains(type) || hasContent(e)) block(type, textOf(e, here, false), quoteGroup);
                    else walk(e, here, listDepth, quoteGroup);
                }
            }
        }
    }

    private void list(PDStructureElement list, PDPage page, int depth, int group) {
        for (Object kid : list.getKids()) {
            if (!(kid instanceof PDStructureElement e) || SKIPPED.contains(type(e))) continue;
            PDPage here = e.getPage() != null ? e.getPage() : page;
            if (type(e).equals("LI")) item(e, here, depth, group);
            else if (type(e).equals("L")) list(e, here, depth + 1, text.newGroup());
            else if (hasContent(e)) add(textOf(e, here, true), BlockKind.LIST_ITEM, depth, group);
        }
    }

    /** A list item's text without its label; a list nested in it follows as its own list. */
    private void item(PDStructureElement item, PDPage page, int depth, int group) {
        add(PdfLists.stripMarker(textOf(item, page, true)), BlockKind.LIST_ITEM, depth, group);
        for (Object kid : item.getKids()) {
            if (!(kid instanceof PDStructureElement e)) continue;
            if (type(e).equals("L")) list(e, page, depth + 1, text.newGroup());
            else if (type(e).equals("LBody"))
                for (Object inner : e.getKids())
                    if (inner instanceof PDStructureElement ie && type(ie).equals("L")) list(ie, page, depth + 1, text.newGroup());
        }
    }

    private void block(String type, String content, int quoteGroup) {
        if (type.equals("Title") || type.equals("H1") && !seenHeading && title == null && blocks == 0) {
            if (title == null && !content.isBlank()) {
                title = content;
                seenHeading = true;
                return;
            }
        }
        if (type.matches("H[1-6]?")) {
            seenHeading = true;
            int level = type.length() == 1 ? 2 : Math.max(2, type.charAt(1) - '0');
            add(content, BlockKind.HEADING, level, 0);
        } else if (type.equals("Caption")) {
            add(content, BlockKind.CAPTION, 0, 0);
        } else if (quoteGroup > 0) {
            add(content, BlockKind.QUOTE, 0, quoteGroup);
        } else {
            add(content, BlockKind.PARAGRAPH, 0, 0);
        }
    }

    private void add(String content, BlockKind kind, int level, int group) {
        if (content.isBlank()) return;
        text.add(content, kind, level, group);
        blocks++;
    }

    /** All the element's text in tree order; list labels left out when {@code skipLabels}, nested lists always. */
    private String textOf(PDStructureElement e, PDPage page, boolean skipLabels) {
        PdfGlyphText out = new PdfGlyphText();
        gather(e, page, skipLabels, out, 0);
        return out.text();
    }

    private void gather(PDStructureElement e, PDPage page, boolean skipLabels, PdfGlyphText out, int depth) {
        if (depth > 64) return; // a cyclic or absurdly deep tree
        if (e.getActualText() != null) {
            out.addLiteral(e.getActualText());
            return;
        }
        for (Object kid : e.getKids()) {
            if (kid instanceof PDStructureElement child) {
                String type = type(child);
                if (SKIPPED.contains(type) || skipLabels && (type.equals("Lbl") || type.equals("L"))) continue;
                gather(child, child.getPage() != null ? child.getPage() : page, skipLabels, out, depth + 1);
            } else if (kid instanceof PDMarkedContentReference ref) {
                glyphs(ref.getPage() != null ? ref.getPage() : page, ref.getMCID(), out);
            } else if (kid instanceof Integer mcid) {
                glyphs(page, mcid, out);
            }
        }
    }

    private void glyphs(PDPage page, int mcid, PdfGlyphText out) {
        if (page == null) return;
        Map<Integer, List<TextPosition>> mcids = byPage.get(page.getCOSObject());
        if (mcids == null) return;
        for (TextPosition t : mcids.getOrDefault(mcid, List.of())) out.add(t);
    }

    private static boolean hasContent(PDStructureElement e) {
        for (Object kid : e.getKids()) if (kid instanceof PDMarkedContentReference || kid instanceof Integer) return true;
        return false;
    }

    /** The standard type the document's role map gives the element (its own name when none). */
    private static String type(PDStructureElement e) {
        String std = e.getStandardStructureType();
        return std != null ? std : e.getStructureType() == null ? "" : e.getStructureType();
    }
}
