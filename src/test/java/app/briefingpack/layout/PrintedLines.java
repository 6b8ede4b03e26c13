package app.briefingpack.layout;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.TextPosition;

/**
 * The printed lines of a tagged PDF, block by block, as a reader sees them on paper: the text of
 * every structure element that is a block (a paragraph, list item body, table cell, heading,
 * figure ...; inline elements such as Span and Link count as part of their block), cut into lines
 * where the baseline moves or the page turns. Artifacts (running heads, repeated table headers,
 * line numbers) are not read. Also says which pages carry no content at all.
 */
final class PrintedLines {

    /** Elements that sit inside a block's lines rather than make one. */
    private static final Set<String> INLINE = Set.of("Span", "Link", "Quote", "Em", "Strong", "Reference", "Code",
            "BibEntry");

    /** One block's lines, in reading order, with the block's structure type. */
    record Block(String type, List<String> lines) {}

    private final List<Block> blocks;
    private final List<Integer> blankPages;

    private PrintedLines(List<Block> blocks, List<Integer> blankPages) {
        this.blocks = blocks;
        this.blankPages = blankPages;
    }

    List<Block> blocks() { return blocks; }

    /** 1-based numbers of the pages with neither tagged text nor a tagged figure. */
    List<Integer> blankPages() { return blankPages; }

    static PrintedLines of(PDDocument doc) throws IOException {
        // (page, MCID) -> the block element that owns it
        Map<COSDictionary, Map<Integer, PDStructureElement>> owners = new IdentityHashMap<>(); // by page dictionary
        walk(doc.getDocumentCatalog().getStructureTreeRoot(), null, owners);
        Map<PDStructureElement, List<String>> lines = new LinkedHashMap<>();
        Map<PDStructureElement, float[]> lastBaseline = new HashMap<>(); // {page, y}
        List<Integer> blank = new ArrayList<>();
        int pageNumber = 0;
        for (PDPage page : doc.getPages()) {
            pageNumber++;
            Map<Integer, PDStructureElement> mine = owners.getOrDefault(page.getCOSObject(), Map.of());
            PDFMarkedContentExtractor ex = new PDFMarkedContentExtractor();
            ex.processPage(page);
            boolean content = mine.values().stream().anyMatch(e -> "Figure".equals(e.getStructureType()));
            for (PDMarkedContent mc : flatten(ex.getMarkedContents())) {
                PDStructureElement block = mine.get(mc.getMCID());
                if (block == null) continue; // an artifact
                for (Object o : mc.getContents()) {
                    if (!(o instanceof TextPosition tp)) continue;
                    if (!tp.getUnicode().isBlank()) content = true;
                    List<String> ls = lines.computeIfAbsent(block, k -> new ArrayList<>());
                    float[] last = lastBaseline.get(block);
                    float y = tp.getYDirAdj();
                    if (last == null || last[0] != pageNumber || Math.abs(last[1] - y) > tp.getHeightDir() * 0.5f) {
                        ls.add("");
                        lastBaseline.put(block, new float[] {pageNumber, y});
                    }
                    ls.set(ls.size() - 1, ls.get(ls.size() - 1) + tp.getUnicode());
                }
            }
            if (!content) blank.add(pageNumber);
        }
        List<Block> out = new ArrayList<>();
        lines.forEach((e, ls) -> out.add(new Block(e.getStructureType(), ls.stream().map(String::strip).toList())));
        return new PrintedLines(out, blank);
    }

    private static void walk(PDStructureNode node, PDStructureElement block,
                             Map<COSDictionary, Map<Integer, PDStructureElement>> owners) {
        if (node instanceof PDStructureElement e && (block == null || !INLINE.contains(e.getStructureType()))) block = e;
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement e) walk(e, block, owners);
            else if (kid instanceof PDMarkedContentReference mcr && block != null) {
                PDPage page = mcr.getPage() != null ? mcr.getPage() : block.getPage();
                if (page != null) owners.computeIfAbsent(page.getCOSObject(), p -> new HashMap<>()).put(mcr.getMCID(), block);
            }
            else if (kid instanceof Integer mcid && node instanceof PDStructureElement e && e.getPage() != null)
                owners.computeIfAbsent(e.getPage().getCOSObject(), p -> new HashMap<>()).put(mcid, block);
        }
    }

    private static List<PDMarkedContent> flatten(List<PDMarkedContent> contents) {
        List<PDMarkedContent> out = new ArrayList<>();
        for (PDMarkedContent mc : contents) {
            if (mc.getMCID() >= 0) out.add(mc);
            List<PDMarkedContent> inner = new ArrayList<>();
            for (Object o : mc.getContents()) if (o instanceof PDMarkedContent m) inner.add(m);
            out.addAll(flatten(inner));
        }
        return out;
    }
}
